import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { feedbackReference } from "./schema";

const LIMIT = 200;

/**
 * The messages of the accessibility feedback form for the programme staff: open ones first, then the
 * newest. No authorization here: the page and the action that call this ask the policy ("feedback.read").
 */
export async function listAccessibilityFeedback() {
  const rows = await db.accessibilityFeedback.findMany({
    orderBy: [{ doneAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    take: LIMIT,
    select: {
      id: true,
      number: true,
      createdAt: true,
      message: true,
      name: true,
      email: true,
      pagePath: true,
      doneAt: true,
      doneBy: { select: { email: true } },
    },
  });
  return rows.map(({ number, ...row }) => ({ ...row, reference: feedbackReference(number) }));
}

export const FEEDBACK_LIST_LIMIT = LIMIT;

/**
 * Marks a message as dealt with, with its audit entry in the same transaction (once: a second mark keeps
 * the first one's time and person and writes nothing). Not found: "not-found".
 */
export async function markFeedbackDone({ id, actorId, now = new Date() }: { id: string; actorId: string; now?: Date }): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const feedback = await tx.accessibilityFeedback.findUnique({ where: { id }, select: { number: true } });
    if (!feedback) throw new AppError("not-found");
    const { count } = await tx.accessibilityFeedback.updateMany({ where: { id, doneAt: null }, data: { doneAt: now, doneById: actorId } });
    if (count === 1) {
      await recordAudit(tx, {
        actorId,
        action: "feedback.done",
        objectType: "AccessibilityFeedback",
        objectId: id,
        details: { reference: feedbackReference(feedback.number) },
      });
    }
    return count === 1;
  });
}
