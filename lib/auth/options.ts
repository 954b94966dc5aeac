import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { RETENTION } from "@/lib/retention";
import { signInSchema, TOO_MANY_ATTEMPTS } from "./schema";
import { dummyPasswordHash, verifyPassword } from "./password";
import { absoluteUrl } from "@/lib/accounts/tokens";
import { trustedClientAddress } from "@/lib/client-address";
import { recipientLanguage } from "@/lib/mail/recipient-language";
import { sendMail } from "@/lib/mail/send-mail";
import { signInLockedMail } from "@/lib/mail/templates";
import { admitSignInAttempt, FAILED_SIGN_IN_WINDOW_MS, forgetAdmittedAttempt } from "./sign-in-attempts";
import { revokeSession, startSession } from "./sessions";
import { sessionClaimsOf, userOfSession } from "./current-user";
import { log } from "@/lib/operations/log";

const SESSION_ENDED = "SESSION_ENDED";

/** next-auth hands authorize() the request's headers as a plain object. */
function headersOf(request: unknown): Record<string, string> {
  const headers = (request as { headers?: Record<string, unknown> } | undefined)?.headers ?? {};
  return Object.fromEntries(Object.entries(headers).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

/** The owner learns of the lock and how to lift it; a mail that cannot be sent is only logged (it is in the outbox). */
async function tellOwnerOfLock(owner: { email: string; locale: string | null }): Promise<void> {
  // In the owner's language, not in the language of whoever sent the wrong passwords.
  const locale = recipientLanguage(owner);
  try {
    await sendMail({
      to: owner.email,
      ...(await signInLockedMail({
        resetRequestUrl: absoluteUrl("/passwort-vergessen", locale),
        minutes: FAILED_SIGN_IN_WINDOW_MS / 60_000,
        locale,
      })),
    });
  } catch (error) {
    log.error("sign-in lock mail not sent", { error });
  }
}

/**
 * next-auth (v4) with e-mail + password. The session cookie is an encrypted JWT carrying the id of
 * the session on the server (lib/auth/sessions.ts), the user id and the user's session version.
 * Every request re-checks them against the database (lib/auth/current-user.ts), so signing out,
 * signing out everywhere, disabling a user, changing a role and the session's lifetimes take effect
 * at once although a JWT itself cannot be revoked. next-auth's own session endpoint
 * (/api/auth/session, which renews the cookie) checks the same and clears the cookie of an ended session.
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
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials ?? {});
        if (!parsed.success) return null;
        const { email, password, locale } = parsed.data;
        // Guessing passwords is slowed down per address (and per client behind a trusted proxy): after
        // too many failures within the window every attempt is refused, right or wrong (the answer does
        // not say which).
        const attempt = await admitSignInAttempt(email, trustedClientAddress(new Headers(headersOf(request))));
        if (!attempt.admitted) throw new Error(TOO_MANY_ATTEMPTS);
        const user = await db.user.findUnique({
          where: { email },
          select: { id: true, email: true, name: true, passwordHash: true, disabledAt: true, sessionVersion: true, locale: true },
        });
        // Always verify a hash, so that unknown addresses answer as slowly as wrong passwords.
        const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
        // A failure stays recorded (admitSignInAttempt wrote it before the check).
        if (!user || !user.passwordHash || !valid || user.disabledAt) {
          if (attempt.locksAddress && user?.passwordHash && !user.disabledAt) await tellOwnerOfLock(user);
          return null;
        }
        await forgetAdmittedAttempt(attempt.attemptId);
        if (locale && locale !== user.locale) await db.user.update({ where: { id: user.id }, data: { locale } });
        await recordAudit(db, { actorId: user.id, action: "auth.sign-in", objectType: "User", objectId: user.id });
        return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sid = await startSession(db, user.id);
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        return token;
      }
      // Renewing a cookie (/api/auth/session): only for a session that still signs its user in.
      // Throwing makes next-auth answer without a session and clear the cookie.
      const claims = sessionClaimsOf(token);
      if (!claims || !(await userOfSession(claims))) throw new Error(SESSION_ENDED);
      return token;
    },
    session({ session, token }) {
      // Only identifiers travel in the session; roles and rights are read from the database.
      return { ...session, userId: token.uid, sessionVersion: token.sv };
    },
  },
  logger: {
    // An ended session asking to be renewed is the normal end of a session, not an error of the portal.
    error(code, metadata) {
      if (code === "JWT_SESSION_ERROR" && metadata instanceof Error && metadata.message === SESSION_ENDED) return;
      log.error("next-auth error", { code, metadata });
    },
  },
  events: {
    async signOut({ token }) {
      // "Abmelden" ends this session on the server too: the cookie, if kept, no longer works.
      const claims = token ? sessionClaimsOf(token) : null;
      if (claims) await revokeSession(db, claims.sessionId);
    },
  },
};
