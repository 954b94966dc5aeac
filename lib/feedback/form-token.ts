import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The feedback form's minimum fill time, without cookies or third parties: the page puts the time it
 * was rendered into the form, signed with the server's secret (HMAC-SHA-256 with NEXTAUTH_SECRET), and
 * the action accepts a message only when that time is at least MIN_FILL_MS and at most MAX_AGE_MS ago.
 * A bot that posts at once, or replays an old form, or makes up a time, is refused. The token is not a
 * secret and not single-use: the rate limit per client bounds reuse.
 */
export const MIN_FILL_MS = 3_000;
export const MAX_AGE_MS = 24 * 60 * 60 * 1000;

function secret(): string {
  const value = process.env.NEXTAUTH_SECRET;
  // Production and `npm start` always set it (scripts/start.mjs); without it no form could be verified.
  if (!value) throw new Error("NEXTAUTH_SECRET fehlt: Das Rückmeldeformular kann nicht signiert werden.");
  return value;
}

function signature(payload: string): string {
  return createHmac("sha256", secret()).update(`accessibility-feedback:${payload}`).digest("base64url");
}

export function signFormStart(now: Date = new Date()): string {
  const payload = String(now.getTime());
  return `${payload}.${signature(payload)}`;
}

/** Whether the token is ours and its time lies between MIN_FILL_MS and MAX_AGE_MS before `now`. */
export function isFormStartAcceptable(token: string, now: Date = new Date()): boolean {
  const match = /^(\d{1,15})\.([\w-]{43})$/.exec(token);
  if (!match) return false;
  const expected = Buffer.from(signature(match[1]!));
  const given = Buffer.from(match[2]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return false;
  const age = now.getTime() - Number(match[1]);
  return age >= MIN_FILL_MS && age <= MAX_AGE_MS;
}

/**
 * The client address as a keyed hash: enough to count a client's messages per hour, not reversible by
 * trying every IPv4 address without the server's secret.
 */
export function clientHashOf(clientKey: string): string {
  return createHmac("sha256", secret()).update(`feedback-client:${clientKey}`).digest("hex");
}
