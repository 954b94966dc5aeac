import type { Prisma } from "@/generated/prisma/client";
import type { Database } from "@/lib/db-client";
import { isUuid } from "@/lib/ids";
import { RETENTION } from "@/lib/retention";

/**
 * Sessions on the server (ASVS V7). The session cookie is next-auth's encrypted JWT; it carries the
 * id of an AuthSession row, and a request is signed in only while that row is:
 * - not revoked — "Abmelden" revokes exactly this session (ending every session of a user — sign-out
 *   everywhere, disabling, a role change — stays the user's `sessionVersion`, compared on every request);
 * - younger than the absolute lifetime (RETENTION.sessionHours, stated on the privacy page), however
 *   active the session is;
 * - used within the idle timeout: a forgotten browser on a shared computer does not stay signed in
 *   for the rest of the day.
 * A stolen or kept cookie therefore stops working with the session, not when the JWT would expire.
 */

type Writer = Pick<Database, "authSession"> | Prisma.TransactionClient;

const HOUR_MS = 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = RETENTION.sessionHours * HOUR_MS;
/** Without any request for this long, the session ends. */
export const SESSION_IDLE_MS = RETENTION.sessionIdleHours * HOUR_MS;
/** `lastSeenAt` is written at most this often (a write on every request would cost more than it tells). */
const LAST_SEEN_GRANULARITY_MS = 5 * 60 * 1000;

export interface SessionState {
  expiresAt: Date;
  lastSeenAt: Date;
  revokedAt: Date | null;
}

/** Whether a session still signs its user in at `now`. */
export function isSessionActive(session: SessionState, now: Date = new Date()): boolean {
  return !session.revokedAt && session.expiresAt > now && now.getTime() - session.lastSeenAt.getTime() < SESSION_IDLE_MS;
}

/** A new session for a successful sign-in; returns its id (for the cookie). Deletes sessions that have ended. */
export async function startSession(db: Writer, userId: string, now: Date = new Date()): Promise<string> {
  // Ended sessions tell nothing anybody needs (the audit log records sign-ins): kept no longer than their lifetime.
  await db.authSession.deleteMany({ where: { OR: [{ expiresAt: { lt: now } }, { revokedAt: { not: null } }] } });
  const session = await db.authSession.create({
    data: { userId, createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS) },
    select: { id: true },
  });
  return session.id;
}

/** Records activity of an active session (for the idle timeout), at most every few minutes. */
export async function touchSession(db: Writer, session: SessionState & { id: string }, now: Date = new Date()): Promise<void> {
  if (now.getTime() - session.lastSeenAt.getTime() < LAST_SEEN_GRANULARITY_MS) return;
  await db.authSession.updateMany({ where: { id: session.id, revokedAt: null }, data: { lastSeenAt: now } });
}

/** Ends one session (sign-out). Unknown ids are ignored: the cookie is cleared anyway. */
export async function revokeSession(db: Writer, sessionId: string, now: Date = new Date()): Promise<void> {
  await db.authSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
}

/** A session id as the cookie may carry it (anything else is not looked up). */
export function isSessionId(value: unknown): value is string {
  return typeof value === "string" && isUuid(value);
}
