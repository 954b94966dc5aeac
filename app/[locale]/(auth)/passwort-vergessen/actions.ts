"use server";

import { after } from "next/server";
import { isActionFailure, runAction } from "@/lib/actions/run-action";
import { PASSWORD_RESET_REQUESTED, requestPasswordReset, requestPasswordResetSchema } from "@/lib/accounts/password-reset";
import { fieldErrors, type FieldErrors } from "@/lib/forms/field-errors";

export interface RequestPasswordResetState {
  errors?: FieldErrors;
  message?: "error";
  values?: { email: string };
  /** The request was accepted — said the same way whether the address has an account or not. */
  requested?: boolean;
}

/**
 * Public: anyone may ask for a reset link for any address. The answer is decided before the account is
 * even looked up: the work (token, audit entry, mail over SMTP) runs after the response has been sent, so
 * neither the answer nor its timing tells whether the address has an account. For the same reason a mail
 * that cannot be sent is not reported here (it is logged and recorded in the outbox).
 */
export async function requestPasswordResetAction(
  _previous: RequestPasswordResetState,
  formData: FormData,
): Promise<RequestPasswordResetState> {
  const values = { email: String(formData.get("email") ?? "") };
  const parsed = requestPasswordResetSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  const result = await runAction(async () => {
    after(() =>
      requestPasswordReset(parsed.data).catch((error: unknown) => console.error("[password-reset] Anforderung fehlgeschlagen", error)),
    );
    return PASSWORD_RESET_REQUESTED;
  });
  if (isActionFailure(result)) return { message: "error", values };
  return { requested: true, values };
}
