"use server";

import { defineAction } from "@/lib/actions/define-action";
import { resetPassword } from "@/lib/accounts/password-reset";
import { resetPasswordSchema } from "@/lib/accounts/password-reset-schema";

/**
 * Public: the single-use token from the e-mail is the authorization (see lib/accounts/password-reset.ts).
 * The token travels with the form that the page only renders for a valid link. Called by the form's
 * script with the values (the page needs JavaScript to sign in afterwards), so nothing typed —
 * least of all a password — is ever sent back. Answers the account's address, so that the form
 * can sign in with the new password.
 */
export const resetPasswordAction = defineAction({
  name: "resetPassword",
  access: "public",
  input: resetPasswordSchema,
  run: ({ input }) => resetPassword({ token: input.token, password: input.password }),
});
