import { createHash } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { lockForTransaction } from "@/lib/db-lock";
import { RETENTION, retentionCutoff } from "@/lib/retention";

/**
 * Failed and throttled sign-ins, the counter behind the throttling. They are kept out of the
 * append-only audit log: the address is whatever a stranger typed (often no account's, sometimes
 * someone's password typed into the wrong field). So only a SHA-256 hash of the lower-cased
 * address is stored — enough to count attempts per address, and to check a given address when
 * looking into an attack — likewise of the client's address behind a trusted proxy, and every row
 * is deleted after RETENTION.signInAttemptDays.
 */

/** After this many failures for one address within the window, every attempt is refused. */
export const MAX_FAILED_SIGN_INS = 10;
/**
 * After this many failures from one client (across addresses) within the window, every attempt of that
 * client is refused — only behind a configured proxy (lib/client-address.ts), where the address is real.
 */
export const MAX_FAILED_SIGN_INS_PER_CLIENT = 50;
export const FAILED_SIGN_IN_WINDOW_MS = 15 * 60 * 1000;

const sha256 = (value: string) => createHash("sha256").update(value, "utf8").digest("hex");

export function signInAddressHash(email: string): string {
  return sha256(email.trim().toLowerCase());
}

export type Admission =
  | {
      admitted: true;
      attemptId: bigint;
      /** this attempt, if the password is wrong, is the one that locks the address (tell the owner) */
      locksAddress: boolean;
    }
  | { admitted: false };

/**
 * Admits one sign-in attempt for `email` (from `clientAddress`, the trusted one or null) to the password
 * check, or refuses it (throttled; recorded). An admitted attempt is recorded as FAILED *before* the
 * check — counted and written under locks on the address and the client, so parallel attempts cannot
 * all pass the count (40 at once: exactly 10 checked) — and `forgetAdmittedAttempt` removes it again
 * when the password was right.
 */
export async function admitSignInAttempt(email: string, clientAddress: string | null, now: Date = new Date()): Promise<Admission> {
  const emailHash = signInAddressHash(email);
  const clientHash = clientAddress ? sha256(clientAddress) : null;
  const since = new Date(now.getTime() - FAILED_SIGN_IN_WINDOW_MS);
  const result = await db.$transaction(async (tx): Promise<Admission> => {
    // Always in this order (address, then client), so that two attempts never wait for each other in a circle.
    await lockForTransaction(tx, `sign-in:${emailHash}`);
    if (clientHash) await lockForTransaction(tx, `sign-in-client:${clientHash}`);
    const failures = await tx.signInAttempt.count({ where: { emailHash, outcome: "FAILED", createdAt: { gt: since } } });
    const clientFailures = clientHash
      ? await tx.signInAttempt.count({ where: { clientHash, outcome: "FAILED", createdAt: { gt: since } } })
      : 0;
    const throttled = failures >= MAX_FAILED_SIGN_INS || clientFailures >= MAX_FAILED_SIGN_INS_PER_CLIENT;
    const attempt = await tx.signInAttempt.create({
      data: { emailHash, clientHash, outcome: throttled ? "THROTTLED" : "FAILED", createdAt: now },
      select: { id: true },
    });
    return throttled ? { admitted: false } : { admitted: true, attemptId: attempt.id, locksAddress: failures + 1 === MAX_FAILED_SIGN_INS };
  });
  await deleteExpiredSignInAttempts(now);
  return result;
}

/**
 * Lifts the lock on an address: its owner proved who they are (a password reset through the link
 * mailed to the address). Without this, anyone could keep an account locked for good by sending ten
 * wrong passwords every 15 minutes.
 */
export async function liftSignInLock(tx: Prisma.TransactionClient, email: string): Promise<void> {
  await tx.signInAttempt.deleteMany({ where: { emailHash: signInAddressHash(email), outcome: "FAILED" } });
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
