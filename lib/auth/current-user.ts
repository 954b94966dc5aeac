import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { db } from "@/lib/db";
import { actorOf, type Actor } from "@/lib/authz/policy";
import type { Role } from "@/generated/prisma/enums";
import { isSessionActive, isSessionId, touchSession } from "./sessions";

export interface CurrentUser extends Actor {
  email: string;
  name: string | null;
  role: Role;
}

/** next-auth's session cookie: "__Secure-" when the portal runs on https (see next-auth's cookie defaults). */
const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/** The session id, user id and session version in the request's session cookie, if it decrypts and has not expired. */
async function sessionOfRequest(): Promise<SessionClaims | null> {
  const jar = await cookies();
  const token = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  const secret = process.env.NEXTAUTH_SECRET;
  if (!token || !secret) return null;
  try {
    const payload = await decode({ token, secret });
    return payload ? sessionClaimsOf(payload) : null;
  } catch {
    return null; // forged, from another secret, or expired
  }
}

export interface SessionClaims {
  sessionId: string;
  userId: string;
  sessionVersion: number;
}

/** What lib/auth/options.ts puts into the token at sign-in; null for anything else (e.g. a token from before server-side sessions). */
export function sessionClaimsOf(token: Record<string, unknown>): SessionClaims | null {
  const { sid, uid, sv } = token;
  return isSessionId(sid) && typeof uid === "string" && typeof sv === "number" ? { sessionId: sid, userId: uid, sessionVersion: sv } : null;
}

/**
 * The user of a session, or null when it no longer signs anybody in: the session must be active
 * (lib/auth/sessions.ts: not signed out, within its absolute and idle lifetime) and its user exist,
 * be enabled and still have the session version the token was issued with (bumped on "sign out
 * everywhere", disabling and role changes). Records the activity for the idle timeout.
 */
export async function userOfSession(claims: SessionClaims, now: Date = new Date()) {
  const session = await db.authSession.findUnique({
    where: { id: claims.sessionId },
    select: {
      id: true,
      expiresAt: true,
      lastSeenAt: true,
      revokedAt: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          role: true,
          disabledAt: true,
          sessionVersion: true,
          assignments: { select: { municipalityId: true } },
        },
      },
    },
  });
  if (!session || session.user.id !== claims.userId || !isSessionActive(session, now)) return null;
  const { user } = session;
  if (user.disabledAt || user.sessionVersion !== claims.sessionVersion) return null;
  await touchSession(db, session, now);
  return user;
}

/** The signed-in user of this request, or null. The session cookie alone is not trusted (see userOfSession). */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const claims = await sessionOfRequest();
  const user = claims && (await userOfSession(claims));
  if (!user) return null;
  return { ...actorOf(user), email: user.email, name: user.name, role: user.role };
});
