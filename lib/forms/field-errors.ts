import type { z } from "zod";

/**
 * Validation messages travel as keys of the message catalogue (e.g. "Validation.tooLong") with
 * their values, never as finished sentences: the same zod schema runs in the browser and on the
 * server, and each side translates into the user's language (lib/i18n/translate.ts).
 */
export type MessageValues = Record<string, string | number>;

export interface MessageRef {
  key: string;
  values?: MessageValues;
}

/** Field path ("contacts.0.email") → the first problem of that field, untranslated. */
export type FieldErrorRefs = Record<string, MessageRef>;

/** Field path → the first problem of that field, as text for the user. */
export type FieldErrors = Record<string, string>;

/**
 * Limits that zod reports with an issue (too short, too long, too small, too big) become message
 * values, so that a message like "Höchstens {max, number} Zeichen." names the schema's own limit.
 * A custom issue passes its own values as `params`.
 */
function issueValues(issue: z.core.$ZodIssue): MessageValues | undefined {
  const values: MessageValues = {};
  if ("minimum" in issue && issue.minimum !== undefined) values.min = Number(issue.minimum);
  if ("maximum" in issue && issue.maximum !== undefined) values.max = Number(issue.maximum);
  if (issue.code === "custom" && issue.params) {
    for (const [name, value] of Object.entries(issue.params)) {
      if (typeof value === "string" || typeof value === "number") values[name] = value;
    }
  }
  return Object.keys(values).length > 0 ? values : undefined;
}

/** A message that is not a catalogue key (zod's own default text) becomes the generic "invalid" message. */
const isMessageKey = (message: string) => /^[A-Z][A-Za-z]*\.[\w.-]+$/.test(message);

export function fieldErrorRefs(error: z.ZodError): FieldErrorRefs {
  const result: FieldErrorRefs = {};
  for (const issue of error.issues) {
    const path = issue.path.join(".") || "form";
    result[path] ??= isMessageKey(issue.message) ? { key: issue.message, values: issueValues(issue) } : { key: "Validation.invalid" };
  }
  return result;
}

/** Entries for the error summary at the top of a form, each linking to its field's control. */
export function errorSummaryItems(errors: FieldErrors, fieldId: (path: string) => string) {
  return Object.entries(errors).map(([path, message]) => ({ fieldId: fieldId(path), message }));
}
