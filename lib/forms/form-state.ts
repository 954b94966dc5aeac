import type { Result } from "@/lib/actions/define-action";
import type { FieldErrors } from "./field-errors";

/**
 * Reading the result of a server action in a form (client components): the messages per field,
 * and the message of a failure that no field shows (a refusal, "forbidden", an internal error).
 */
export function fieldErrorsOf(state: Result<unknown> | null | undefined): FieldErrors {
  return state && !state.ok ? (state.error.fieldErrors ?? {}) : {};
}

/**
 * The failure's message when none of `shownFields` (the form's visible fields; all fields when
 * omitted) carries a message of its own — those are listed in the form's error summary instead.
 */
export function failureMessageOf(state: Result<unknown> | null | undefined, shownFields?: readonly string[]): string | null {
  if (!state || state.ok) return null;
  const fields = Object.keys(state.error.fieldErrors ?? {});
  const shown = shownFields ? fields.filter((field) => shownFields.includes(field)) : fields;
  return shown.length === 0 ? state.error.message : null;
}
