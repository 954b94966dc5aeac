import { z } from "zod";

/** Addresses are compared and stored in lower case. */
export const emailSchema = z
  .string({ error: "Bitte geben Sie Ihre E-Mail-Adresse ein." })
  .trim()
  .min(1, "Bitte geben Sie Ihre E-Mail-Adresse ein.")
  .max(254, "Die E-Mail-Adresse ist zu lang.")
  .pipe(z.email("Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@kommune.de."))
  .transform((email) => email.toLowerCase());

/** Error code of a throttled sign-in (too many failures for one address); the form explains it. */
export const TOO_MANY_ATTEMPTS = "TooManyAttempts";

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string({ error: "Bitte geben Sie Ihr Passwort ein." }).min(1, "Bitte geben Sie Ihr Passwort ein."),
});

/** New passwords: long rather than complicated (BSI / NIST guidance). */
export const newPasswordFields = z.object({
  password: z
    .string()
    .min(12, "Das Passwort muss mindestens 12 Zeichen lang sein.")
    .max(200, "Das Passwort darf höchstens 200 Zeichen lang sein."),
  passwordConfirmation: z.string(),
});

export const passwordsMatch: [
  (value: { password: string; passwordConfirmation: string }) => boolean,
  { path: PropertyKey[]; message: string },
] = [
  (value) => value.password === value.passwordConfirmation,
  { path: ["passwordConfirmation"], message: "Die beiden Passwörter stimmen nicht überein." },
];

export const newPasswordSchema = newPasswordFields.refine(...passwordsMatch);
