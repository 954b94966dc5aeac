import { z } from "zod";
import { safeReturnPath } from "@/lib/auth/return-path";

/**
 * The feedback form of the accessibility statement (/barrierefreiheit): one schema for the form and
 * its server action. Messages are catalogue keys, translated where shown.
 */
export const FEEDBACK_MESSAGE_MAX = 5000;
export const FEEDBACK_NAME_MAX = 200;
export const FEEDBACK_PAGE_MAX = 500;

/** An optional text field: trimmed, empty becomes undefined. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "Validation.tooLong")
    .transform((value) => value || undefined);

/**
 * A path of this portal only (`/steckbriefe/tuebingen`): anything else — another site, a scheme, a
 * protocol-relative `//host` — is dropped rather than refused, since it was prefilled from a link.
 */
export function feedbackPagePath(value: string | undefined | null): string | undefined {
  const path = safeReturnPath(value?.trim(), "");
  return path ? path.slice(0, FEEDBACK_PAGE_MAX) : undefined;
}

export const feedbackFieldsSchema = z.object({
  message: z.string().trim().min(1, "AccessibilityFeedback.errors.messageRequired").max(FEEDBACK_MESSAGE_MAX, "Validation.tooLong"),
  name: optionalText(FEEDBACK_NAME_MAX),
  email: z
    .string()
    .trim()
    .max(254, "Auth.errors.emailTooLong")
    .refine((value) => value === "" || z.email().safeParse(value).success, "AccessibilityFeedback.errors.emailInvalid")
    .transform((value) => value.toLowerCase() || undefined),
  page: z
    .string()
    .max(FEEDBACK_PAGE_MAX * 4)
    .transform((value) => feedbackPagePath(value)),
});

/** The form's fields plus the two spam brakes: the honeypot (must stay empty) and the signed start time. */
export const accessibilityFeedbackSchema = feedbackFieldsSchema.extend({
  website: z.string().max(1000),
  startedAt: z.string().max(200),
});
export type AccessibilityFeedbackInput = z.output<typeof accessibilityFeedbackSchema>;

/** What the form posts, as typed (and what goes back to it after an error). */
export interface AccessibilityFeedbackValues {
  message: string;
  name: string;
  email: string;
  page: string;
  website: string;
  startedAt: string;
}

export const FEEDBACK_FIELDS = ["message", "name", "email", "page"] as const;

export function feedbackValuesOf(formData: FormData): AccessibilityFeedbackValues {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  return {
    message: text("message"),
    name: text("name"),
    email: text("email"),
    page: text("page"),
    website: text("website"),
    startedAt: text("startedAt"),
  };
}

/** "BF-00042": the reference number the sender is shown and staff search for. */
export function feedbackReference(number: number): string {
  return `BF-${String(number).padStart(5, "0")}`;
}
