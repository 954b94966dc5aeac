import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { RETENTION } from "@/lib/retention";
import { signInSchema, TOO_MANY_ATTEMPTS } from "./schema";
import { dummyPasswordHash, verifyPassword } from "./password";
import { isSignInThrottled, recordSignInAttempt } from "./sign-in-attempts";

/**
 * next-auth (v4) with e-mail + password. Sessions are JWTs in an http-only cookie; the token
 * carries the user id and the user's session version. Every request re-checks both against
 * the database (lib/auth/current-user.ts), so signing out everywhere, disabling a user and
 * changing a role take effect at once although JWTs cannot be revoked.
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: RETENTION.sessionHours * 60 * 60 },
  pages: { signIn: "/anmelden", error: "/anmelden" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "E-Mail und Passwort",
      credentials: {
        email: { label: "E-Mail-Adresse", type: "email" },
        password: { label: "Passwort", type: "password" },
      },
      async authorize(credentials) {
        const parsed = signInSchema.safeParse(credentials ?? {});
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        // Guessing passwords is slowed down per address: after too many failures within the
        // window every attempt is refused, right or wrong (the answer does not say which).
        if (await isSignInThrottled(email)) {
          await recordSignInAttempt(email, "THROTTLED");
          throw new Error(TOO_MANY_ATTEMPTS);
        }
        const user = await db.user.findUnique({
          where: { email },
          select: { id: true, email: true, name: true, passwordHash: true, disabledAt: true, sessionVersion: true },
        });
        // Always verify a hash, so that unknown addresses answer as slowly as wrong passwords.
        const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
        if (!user || !user.passwordHash || !valid || user.disabledAt) {
          await recordSignInAttempt(email, "FAILED");
          return null;
        }
        await recordAudit(db, { actorId: user.id, action: "auth.sign-in", objectType: "User", objectId: user.id });
        return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      // Only identifiers travel in the session; roles and rights are read from the database.
      return { ...session, userId: token.uid, sessionVersion: token.sv };
    },
  },
};
