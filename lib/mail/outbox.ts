import "server-only";
import { db } from "@/lib/db";
import { RETENTION, retentionCutoff } from "@/lib/retention";

/** The outbox page shows the most recent mails; more is never needed at once. */
const MAX_LIMIT = 500;

/**
 * Mails of the outbox, newest first (for the admin page /redaktion/postausgang).
 * No authorization here: the page (and any action) that calls this checks that the user is an admin —
 * the outbox holds invitation and password-reset links, which are as good as passwords while valid.
 */
export async function listOutboxMails({ limit = 100 }: { limit?: number } = {}) {
  const take = Math.min(Math.max(Math.trunc(limit) || 1, 1), MAX_LIMIT);
  return db.outboxMail.findMany({
    // id breaks ties between mails of the same millisecond, so that the order is stable between loads.
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
  });
}

export type OutboxMailListItem = Awaited<ReturnType<typeof listOutboxMails>>[number];

/**
 * Deletes the mails older than RETENTION.outboxMailDays; returns how many. Called when a mail is
 * written, which is when the table grows (one indexed DELETE).
 */
export async function deleteExpiredOutboxMails(now: Date = new Date()): Promise<number> {
  const { count } = await db.outboxMail.deleteMany({ where: { createdAt: { lt: retentionCutoff(RETENTION.outboxMailDays, now) } } });
  return count;
}
