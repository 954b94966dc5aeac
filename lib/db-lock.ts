import type { Prisma } from "@/generated/prisma/client";

/**
 * Serialises transactions on one key across every app instance: a PostgreSQL advisory lock held until
 * the caller's transaction ends. For "count, then write" limits (sign-in throttling, reset links): without
 * it, parallel requests all count before any writes and together pass the limit. Keep such transactions
 * short — no password hashing or mail inside.
 */
export async function lockForTransaction(tx: Prisma.TransactionClient, key: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
}
