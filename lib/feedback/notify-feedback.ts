import "server-only";
import { absoluteUrl } from "@/lib/accounts/tokens";
import { rolesWith } from "@/lib/authz/policy";
import { db } from "@/lib/db";
import { byLanguage } from "@/lib/mail/recipient-language";
import { sendMail } from "@/lib/mail/send-mail";
import { feedbackAcknowledgementMail, feedbackReceivedMail } from "@/lib/mail/templates";
import { feedbackReference } from "./schema";
import { log } from "@/lib/operations/log";

/**
 * After a message is stored: the programme staff (everyone who may read the messages, as the policy
 * says) get it by mail, and the sender an acknowledgement if they gave an address. Each mail is in the
 * outbox; a failing one is logged and never undoes the stored message (staff also see it in the list).
 */
export async function notifyFeedbackReceived(feedbackId: string): Promise<void> {
  const feedback = await db.accessibilityFeedback.findUniqueOrThrow({
    where: { id: feedbackId },
    select: { number: true, message: true, name: true, email: true, pagePath: true },
  });
  const reference = feedbackReference(feedback.number);
  const staff = await db.user.findMany({
    where: { role: { in: rolesWith({ action: "feedback.read" }) }, disabledAt: null },
    select: { email: true, locale: true },
    orderBy: { email: "asc" },
  });
  for (const [locale, group] of byLanguage(staff)) {
    const staffMail = await feedbackReceivedMail({
      reference,
      message: feedback.message,
      name: feedback.name ?? undefined,
      email: feedback.email ?? undefined,
      pageUrl: feedback.pagePath ? absoluteUrl(feedback.pagePath) : undefined,
      listUrl: absoluteUrl("/redaktion/rueckmeldungen", locale),
      locale,
    });
    for (const { email } of group) {
      await sendMail({ to: email, ...staffMail }).catch((error: unknown) => log.error("feedback staff mail failed", { feedbackId, error }));
    }
  }
  // The sender is answered in the language of the page they wrote on (this request's).
  if (feedback.email) {
    await sendMail({ to: feedback.email, ...(await feedbackAcknowledgementMail({ reference })) }).catch((error: unknown) =>
      log.error("feedback acknowledgement failed", { feedbackId, error }),
    );
  }
}
