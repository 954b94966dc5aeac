import "server-only";
import { db } from "@/lib/db";
import { RETENTION, retentionCutoff } from "@/lib/retention";

/**
 * Deletes invitation and password-reset links that ended (expired or used) more than
 * RETENTION.authTokenDaysAfterEnd ago; returns how many. Called whenever a new link is made,
 * which is when the table grows. Until then a used link's page can still say "already used".
 */
export async function deleteExpiredAuthTokens(now: Date = new Date()): Promise<number> {
  const cutoff = retentionCutoff(RETENTION.authTokenDaysAfterEnd, now);
  const { count } = await db.authToken.deleteMany({ where: { OR: [{ expiresAt: { lt: cutoff } }, { usedAt: { lt: cutoff } }] } });
  return count;
}
