"use server";

import { defineFormAction } from "@/lib/actions/define-action";
import { resetPassword } from "@/lib/accounts/password-reset";
import { resetPasswordSchema } from "@/lib/accounts/password-reset-schema";

/**
 * Public: the single-use token from the e-mail is the authorization (see lib/accounts/password-reset.ts).
 * The token travels in a hidden field of the form that the page only renders for a valid link.
 * Passwords are never sent back to the page; the form keeps what was typed.
 */
export const resetPasswordAction = defineFormAction({
  name: "resetPassword",
  access: "public",
  input: resetPasswordSchema,
  values: (formData) => ({
    token: String(formData.get("token") ?? ""),
    password: String(formData.get("password") ?? ""),
    passwordConfirmation: String(formData.get("passwordConfirmation") ?? ""),
  }),
  echoValues: false,
  // The account's address comes back so that the form can sign in with the new password.
  run: ({ input }) => resetPassword({ token: input.token, password: input.password }),
});
