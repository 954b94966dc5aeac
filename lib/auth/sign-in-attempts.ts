import { createHash } from "node:crypto";
import type { SignInOutcome } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { lockForTransaction } from "@/lib/db-lock";
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

/**
 * Admits one sign-in attempt for `email` to the password check, or refuses it (throttled; recorded).
 * An admitted attempt is recorded as FAILED *before* the check — counted and written under a lock on
 * the address, so parallel attempts cannot all pass the count (40 at once: exactly 10 checked) — and
 * `forgetAdmittedAttempt` removes it again when the password was right.
 */
export async function admitSignInAttempt(
  email: string,
  now: Date = new Date(),
): Promise<{ admitted: true; attemptId: bigint } | { admitted: false }> {
  const emailHash = signInAddressHash(email);
  const result = await db.$transaction(async (tx) => {
    await lockForTransaction(tx, `sign-in:${emailHash}`);
    const failures = await tx.signInAttempt.count({
      where: { emailHash, outcome: "FAILED", createdAt: { gt: new Date(now.getTime() - FAILED_SIGN_IN_WINDOW_MS) } },
    });
    const outcome: SignInOutcome = failures >= MAX_FAILED_SIGN_INS ? "THROTTLED" : "FAILED";
    const attempt = await tx.signInAttempt.create({ data: { emailHash, outcome, createdAt: now }, select: { id: true } });
    return outcome === "FAILED" ? ({ admitted: true, attemptId: attempt.id } as const) : ({ admitted: false } as const);
  });
  await deleteExpiredSignInAttempts(now);
  return result;
}

/** The password was right: the admitted attempt is no failure. */
export async function forgetAdmittedAttempt(attemptId: bigint): Promise<void> {
  await db.signInAttempt.deleteMany({ where: { id: attemptId } });
}

/** Deletes the attempts older than the retention period; returns how many. */
export async function deleteExpiredSignInAttempts(now: Date = new Date()): Promise<number> {
  const { count } = await db.signInAttempt.deleteMany({ where: { createdAt: { lt: retentionCutoff(RETENTION.signInAttemptDays, now) } } });
  return count;
}
