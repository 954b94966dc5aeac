import { z } from "zod";
import { routing } from "@/lib/i18n/routing";

/**
 * Addresses and passwords, shared by the sign-in, invitation and password-reset forms and their
 * server actions. Messages are catalogue keys (namespace Auth.errors), translated where shown.
 */

/** Addresses are compared and stored in lower case. */
export const emailSchema = z
  .string({ error: "Auth.errors.emailRequired" })
  .trim()
  .min(1, "Auth.errors.emailRequired")
  .max(254, "Auth.errors.emailTooLong")
  .pipe(z.email("Auth.errors.emailInvalid"))
  .transform((email) => email.toLowerCase());

/** Error code of a throttled sign-in (too many failures for one address); the form explains it. */
export const TOO_MANY_ATTEMPTS = "TooManyAttempts";

export const signInSchema = z.object({
  email: emailSchema,
  /** the language of the sign-in page, stored with the account for the user's mails; anything else is ignored */
  locale: z.enum(routing.locales).optional().catch(undefined),
  password: z.string({ error: "Auth.errors.passwordRequired" }).min(1, "Auth.errors.passwordRequired"),
});

/** New passwords: long rather than complicated (BSI / NIST guidance). */
export const newPasswordFields = z.object({
  password: z.string().min(12, "Auth.errors.passwordTooShort").max(200, "Auth.errors.passwordTooLong"),
  passwordConfirmation: z.string(),
});

export const passwordsMatch: [
  (value: { password: string; passwordConfirmation: string }) => boolean,
  { path: PropertyKey[]; message: string },
] = [(value) => value.password === value.passwordConfirmation, { path: ["passwordConfirmation"], message: "Auth.errors.passwordsDiffer" }];

export const newPasswordSchema = newPasswordFields.refine(...passwordsMatch);
