import type { z } from "zod";

/** Field path ("contacts.0.email") → first German message for that field. */
export type FieldErrors = Record<string, string>;

export function fieldErrors(error: z.ZodError): FieldErrors {
  const result: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    result[key] ??= issue.message;
  }
  return result;
}

/** Entries for the error summary at the top of a form, each linking to its field's control. */
export function errorSummaryItems(errors: FieldErrors, fieldId: (path: string) => string) {
  return Object.entries(errors).map(([path, message]) => ({ fieldId: fieldId(path), message }));
}
