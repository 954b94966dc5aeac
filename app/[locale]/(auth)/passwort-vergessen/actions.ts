"use server";

import { after } from "next/server";
import { defineFormAction } from "@/lib/actions/define-action";
import { requestPasswordReset } from "@/lib/accounts/password-reset";
import { requestPasswordResetSchema } from "@/lib/accounts/password-reset-schema";
import { log } from "@/lib/operations/log";

/**
 * Public: anyone may ask for a reset link for any address. The answer is decided before the account is
 * even looked up: the work (token, audit entry, mail over SMTP) runs after the response has been sent, so
 * neither the answer nor its timing tells whether the address has an account. For the same reason a mail
 * that cannot be sent is not reported here (it is logged and recorded in the outbox).
 */
export const requestPasswordResetAction = defineFormAction({
  name: "requestPasswordReset",
  access: "public",
  input: requestPasswordResetSchema,
  values: (formData) => ({ email: String(formData.get("email") ?? "") }),
  run: async ({ input }) => {
    after(() => requestPasswordReset(input).catch((error: unknown) => log.error("password reset request failed", { error })));
    // The address goes back to the form, which keeps it in its field (the same answer for every address).
    return { email: input.email };
  },
});
