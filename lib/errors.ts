/**
 * The one error type of the portal's domain. Services throw `AppError` with a code from the one
 * list below; the action boundary (lib/actions/define-action.ts) turns it into a typed result with a
 * message from the catalogue (namespace "Errors", one key per code) in the user's language.
 * Anything else that is thrown is a bug: logged with a request id, shown as "internal".
 */
import type { FieldErrorRefs, MessageValues } from "@/lib/forms/field-errors";

export const ERROR_CODES = [
  // the request
  "unauthenticated",
  "forbidden",
  "not-found",
  "invalid-input",
  "payload-too-large",
  "rate-limited",
  "internal",
  // the database cannot be reached (an outage): retried, nothing typed is lost
  "unavailable",
  // the publishing workflow and editing
  "version-locked",
  "version-not-in-review",
  "nothing-to-submit",
  "not-submittable",
  "nothing-changed",
  "already-submitted",
  "comment-required",
  "schedule-in-past",
  "review-pending",
  "own-version",
  "nothing-to-discard",
  "never-published",
  "already-archived",
  "not-archived",
  "import-done",
  // administration
  "self-demote",
  "self-disable",
  "self-erase",
  "not-editor",
  "topic-in-use",
  "format-in-use",
  // accounts
  "link-expired",
  "link-used",
  "link-unknown",
  "mail-failed",
  // public forms
  "feedback-refused",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** HTTP status of each code, for route handlers (and the `status` of an action result in logs). */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  "not-found": 404,
  "invalid-input": 422,
  "payload-too-large": 413,
  "rate-limited": 429,
  internal: 500,
  unavailable: 503,
  "version-locked": 409,
  "version-not-in-review": 409,
  "nothing-to-submit": 409,
  "not-submittable": 422,
  "nothing-changed": 409,
  "already-submitted": 409,
  "comment-required": 422,
  "schedule-in-past": 422,
  "review-pending": 409,
  "own-version": 403,
  "nothing-to-discard": 409,
  "never-published": 409,
  "already-archived": 409,
  "not-archived": 409,
  "import-done": 409,
  "self-demote": 409,
  "self-disable": 409,
  "self-erase": 409,
  "not-editor": 409,
  "topic-in-use": 409,
  "format-in-use": 409,
  "link-expired": 410,
  "link-used": 410,
  "link-unknown": 404,
  "mail-failed": 502,
  "feedback-refused": 429,
};

export interface AppErrorDetails {
  /** per form field (path "contacts.0.email"): message keys, translated at the boundary */
  fieldErrors?: FieldErrorRefs;
  /** values for the code's message, e.g. { name: "Wohnen" } for "topic-in-use" */
  values?: MessageValues;
  cause?: unknown;
}

export class AppError extends Error {
  readonly fieldErrors?: FieldErrorRefs;
  readonly values?: MessageValues;

  constructor(
    readonly code: ErrorCode,
    details: AppErrorDetails = {},
  ) {
    super(code, { cause: details.cause });
    this.name = "AppError";
    this.fieldErrors = details.fieldErrors;
    this.values = details.values;
  }
}

export function isAppError(error: unknown, code?: ErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}

/** Invalid input found by a service (beyond the zod schema, e.g. a slug already taken). */
export function invalidInput(fieldErrors: FieldErrorRefs): AppError {
  return new AppError("invalid-input", { fieldErrors });
}
