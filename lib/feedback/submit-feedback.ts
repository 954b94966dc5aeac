import "server-only";
import { db } from "@/lib/db";
import { lockForTransaction } from "@/lib/db-lock";
import { AppError } from "@/lib/errors";
import { RETENTION, retentionCutoff } from "@/lib/retention";
import { clientHashOf, isFormStartAcceptable } from "./form-token";
import { feedbackReference, type AccessibilityFeedbackInput } from "./schema";

/** Messages one client may send per hour; more are refused (like a bot's). */
export const FEEDBACK_PER_CLIENT_PER_HOUR = 5;
const HOUR_MS = 60 * 60 * 1000;

export interface SubmittedFeedback {
  id: string;
  reference: string;
}

/**
 * Stores one message of the accessibility feedback form. Public: no account is needed (§10 L-BGG asks
 * for a feedback function open to everyone), so three brakes stand in for the sign-in — a honeypot field,
 * the signed minimum fill time and a limit per client and hour, counted and written under an advisory lock
 * on the client so that parallel posts cannot all pass the count. Each refusal is the same
 * "feedback-refused", which tells a bot nothing about which brake caught it, and stores nothing.
 */
export async function submitAccessibilityFeedback({
  input,
  clientKey,
  now = new Date(),
}: {
  input: AccessibilityFeedbackInput;
  clientKey: string;
  now?: Date;
}): Promise<SubmittedFeedback> {
  if (input.website.trim() !== "" || !isFormStartAcceptable(input.startedAt, now)) throw new AppError("feedback-refused");
  const clientHash = clientHashOf(clientKey);
  const stored = await db.$transaction(async (tx) => {
    await lockForTransaction(tx, `accessibility-feedback:${clientHash}`);
    const recent = await tx.accessibilityFeedback.count({ where: { clientHash, createdAt: { gt: new Date(now.getTime() - HOUR_MS) } } });
    if (recent >= FEEDBACK_PER_CLIENT_PER_HOUR) throw new AppError("feedback-refused");
    return tx.accessibilityFeedback.create({
      data: {
        message: input.message,
        name: input.name ?? null,
        email: input.email ?? null,
        pagePath: input.page ?? null,
        clientHash,
        createdAt: now,
      },
      select: { id: true, number: true },
    });
  });
  await deleteExpiredFeedback(now);
  return { id: stored.id, reference: feedbackReference(stored.number) };
}

/**
 * Where the table grows: deletes the messages past RETENTION.accessibilityFeedbackDays and forgets the
 * client hashes past RETENTION.feedbackClientHashHours (the rate limit needs one hour). Two indexed statements.
 */
export async function deleteExpiredFeedback(now: Date = new Date()): Promise<{ deleted: number }> {
  const { count } = await db.accessibilityFeedback.deleteMany({
    where: { createdAt: { lt: retentionCutoff(RETENTION.accessibilityFeedbackDays, now) } },
  });
  await db.accessibilityFeedback.updateMany({
    where: { clientHash: { not: null }, createdAt: { lt: new Date(now.getTime() - RETENTION.feedbackClientHashHours * HOUR_MS) } },
    data: { clientHash: null },
  });
  return { deleted: count };
}
