import { z } from "zod";
import { newPasswordFields, passwordsMatch, signInSchema } from "@/lib/auth/schema";

/** The form of /passwort-vergessen: the address, compared and stored in lower case like at sign-in. */
export const requestPasswordResetSchema = signInSchema.pick({ email: true });
export type RequestPasswordResetInput = z.output<typeof requestPasswordResetSchema>;

/** The form behind a reset link: the new password twice, and the link's token (the authorization). */
export const resetPasswordSchema = newPasswordFields.extend({ token: z.string() }).refine(...passwordsMatch);
export type ResetPasswordInput = z.output<typeof resetPasswordSchema>;
