"use server";

import { isActionFailure, runAction } from "@/lib/actions/run-action";
import { resetPassword } from "@/lib/accounts/password-reset";
import { newPasswordSchema } from "@/lib/auth/schema";
import { fieldErrors, type FieldErrors } from "@/lib/forms/field-errors";

export interface ResetPasswordState {
  errors?: FieldErrors;
  message?: "expired" | "used" | "unknown" | "error";
  /** Passwords are never sent back to the page; the form keeps what was typed. */
  values?: Record<string, never>;
  /** Set on success: the account's address, so that the form can sign in with the new password. */
  email?: string;
}

/**
 * Public: the single-use token from the e-mail is the authorization (see lib/accounts/password-reset.ts).
 * The token travels in a hidden field of the form that the page only renders for a valid link.
 */
export async function resetPasswordAction(_previous: ResetPasswordState, formData: FormData): Promise<ResetPasswordState> {
  const token = String(formData.get("token") ?? "");
  const parsed = newPasswordSchema.safeParse({
    password: String(formData.get("password") ?? ""),
    passwordConfirmation: String(formData.get("passwordConfirmation") ?? ""),
  });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values: {} };
  const result = await runAction(() => resetPassword({ token, password: parsed.data.password }));
  if (isActionFailure(result)) return { message: "error", values: {} };
  if (!result.ok) return { message: result.reason, values: {} };
  return { email: result.email };
}
