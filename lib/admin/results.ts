import type { FieldErrors } from "@/lib/forms/field-errors";

/**
 * What the admin services answer. Like the media service they return statuses instead of
 * throwing for expected outcomes: invalid input (German messages per field, from the catalogue),
 * a refusal the user must be told about, or "unchanged" when the request changes nothing (then
 * nothing is written — not even an audit entry). Authorization failures are thrown
 * (AuthorizationError from assertCan) and mapped by runAction.
 */
export type AdminRefusal =
  | "self-demote"
  | "self-disable"
  | "not-editor"
  | "user-not-found"
  | "municipality-not-found"
  | "catalog-not-found"
  | "topic-in-use"
  | "format-in-use";

export type Invalid = { status: "invalid"; errors: FieldErrors };
/** "declined", not "refused": runAction's ActionFailure already uses "refused" for thrown DomainErrors. */
export type Refused = { status: "declined"; reason: AdminRefusal; params?: Record<string, string | number> };
export type Unchanged = { status: "unchanged" };

export const unchanged: Unchanged = Object.freeze({ status: "unchanged" as const });

export function refused(reason: AdminRefusal, params?: Refused["params"]): Refused {
  return { status: "declined", reason, params };
}

/** Fills "{name}" placeholders of a catalogue message that the server sends as a field error. */
export function fill(message: string, params: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (placeholder, key: string) => (key in params ? String(params[key]) : placeholder));
}
