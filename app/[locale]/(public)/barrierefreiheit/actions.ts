"use server";

import { headers } from "next/headers";
import { after } from "next/server";
import { defineFormAction } from "@/lib/actions/define-action";
import { clientKey } from "@/lib/client-address";
import { notifyFeedbackReceived } from "@/lib/feedback/notify-feedback";
import { accessibilityFeedbackSchema, feedbackValuesOf } from "@/lib/feedback/schema";
import { submitAccessibilityFeedback } from "@/lib/feedback/submit-feedback";
import { log } from "@/lib/operations/log";

/**
 * Public by design: the feedback function of the accessibility statement needs no account (§10 L-BGG).
 * The service's honeypot, signed minimum fill time and hourly limit per client stand in for a sign-in.
 * The limit counts per `clientKey` (lib/client-address.ts): behind TRUSTED_PROXY_HOPS the address the
 * proxy saw; without a proxy the forwarded header as sent, which a bot can vary — there the limit only
 * brakes, and the other two brakes still hold. A forged address can at worst use up someone's five
 * messages an hour; the Impressum's contact stays open to them.
 * The mails (staff, acknowledgement) go out after the answer, so SMTP never delays or fails the page.
 */
export const sendAccessibilityFeedbackAction = defineFormAction({
  name: "sendAccessibilityFeedback",
  access: "public",
  input: accessibilityFeedbackSchema,
  values: feedbackValuesOf,
  run: async ({ input }) => {
    const feedback = await submitAccessibilityFeedback({ input, clientKey: clientKey(await headers()) });
    after(() =>
      notifyFeedbackReceived(feedback.id).catch((error: unknown) =>
        log.error("feedback notification failed", { feedbackId: feedback.id, error }),
      ),
    );
    // Whether an acknowledgement goes out (to the address given); the address itself is not sent back.
    return { reference: feedback.reference, acknowledged: Boolean(input.email) };
  },
});
