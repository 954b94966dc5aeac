import { createHash } from "node:crypto";
import type { SignInOutcome } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { RETENTION, retentionCutoff } from "@/lib/retention";

/**
 * Failed and throttled sign-ins, the counter behind the throttling. They are kept out of the
 * append-only audit log: the address is whatever a stranger typed (often no account's, sometimes
 * someone's password typed into the wrong field). So only a SHA-256 hash of the lower-cased
 * address is stored — enough to count attempts per address, and to check a given address when
 * looking into an attack — and every row is deleted after RETENTION.signInAttemptDays.
 */

/** After this many failures for one address within the window, every attempt is refused. */
export const MAX_FAILED_SIGN_INS = 10;
export const FAILED_SIGN_IN_WINDOW_MS = 15 * 60 * 1000;

export function signInAddressHash(email: string): string {
  return createHash("sha256").update(email.trim().toLowerCase(), "utf8").digest("hex");
}

export async function isSignInThrottled(email: string, now: Date = new Date()): Promise<boolean> {
  const failures = await db.signInAttempt.count({
    where: {
      emailHash: signInAddressHash(email),
      outcome: "FAILED",
      createdAt: { gt: new Date(now.getTime() - FAILED_SIGN_IN_WINDOW_MS) },
    },
  });
  return failures >= MAX_FAILED_SIGN_INS;
}

/**
 * Records one attempt and deletes the expired ones: a failed sign-in is when the table grows, so
 * that is where it is kept short (one indexed DELETE; no job needed).
 */
export async function recordSignInAttempt(email: string, outcome: SignInOutcome, now: Date = new Date()): Promise<void> {
  await db.signInAttempt.create({ data: { emailHash: signInAddressHash(email), outcome, createdAt: now } });
  await deleteExpiredSignInAttempts(now);
}

/** Deletes the attempts older than the retention period; returns how many. */
export async function deleteExpiredSignInAttempts(now: Date = new Date()): Promise<number> {
  const { count } = await db.signInAttempt.deleteMany({ where: { createdAt: { lt: retentionCutoff(RETENTION.signInAttemptDays, now) } } });
  return count;
}
