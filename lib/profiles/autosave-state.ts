import type { ErrorCode } from "@/lib/errors";
import type { FieldErrors } from "@/lib/forms/field-errors";
import type { FieldKey, ProfileFormValues } from "./fields";
import { withDerivedFormValues } from "./own-share";

/**
 * The edit form's saving as a pure state machine (no React, no timers, no storage), so that every
 * path — typing, saving, a save meeting a newer one, losing the connection or the session — is
 * unit-tested. The hook in components/profile-form/use-autosave.ts runs the side effects.
 *
 * Nothing typed is lost: `values` only ever change by the user's own edits (or when they take the
 * saved text of a field in a conflict); a failed save keeps them and says why.
 *
 * Saving never waits for valid input: a draft is saved as it is (lib/profiles/content-schema.ts, the
 * draft schema). `errors` are the strict schema's findings, shown at the fields while typing without
 * blocking the save; only input beyond the draft's limits (types, lengths, sizes) is not sent ("invalid").
 */

export type SaveStatus =
  | "idle" // nothing changed since loading
  | "dirty" // changed, a save follows shortly
  | "saving"
  | "saved"
  | "invalid" // beyond the draft's limits (or refused by the server): not saved; errors at the fields
  | "offline" // the request did not reach the server; retried
  | "error" // the server failed; retried
  | "unavailable" // the database is down (an outage): the browser keeps the values; retried with backoff
  | "unauthenticated" // the session ended; the browser keeps the values
  | "forbidden"
  | "conflict" // someone else saved meanwhile; both texts are shown per field
  | "locked"; // submitted or approved: no changes until the decision

/** The version and revision a save builds on (optimistic concurrency). */
export interface SaveBase {
  versionId: string | null;
  revision: number;
}

export interface Conflict extends SaveBase {
  current: ProfileFormValues;
  savedBy: string | null;
  savedAt: string | null;
}

export interface AutosaveState {
  values: ProfileFormValues;
  base: SaveBase;
  status: SaveStatus;
  /** changes not yet on the server */
  dirty: boolean;
  /** problems per field (shown at the fields; they block submitting, not saving) */
  errors: FieldErrors;
  conflict: Conflict | null;
  savedAt: string | null;
  /** the values came from this browser's backup, not from the server */
  restored: boolean;
  /** saves that failed in a row because the database was down (for the backoff of the retries) */
  unavailableSaves: number;
}

export type AutosaveEvent =
  | { type: "edit"; key: FieldKey; value: ProfileFormValues[FieldKey] }
  | { type: "restore"; values: ProfileFormValues; base: SaveBase }
  | { type: "invalid"; errors: FieldErrors }
  | { type: "checked"; errors: FieldErrors }
  | { type: "save-started"; errors?: FieldErrors }
  | { type: "saved"; base: SaveBase; savedAt: string; sent: ProfileFormValues }
  | { type: "conflict"; conflict: Conflict }
  | { type: "refused"; code: ErrorCode; errors?: FieldErrors }
  | { type: "offline" }
  | { type: "keep-mine" }
  | { type: "take-theirs"; key: FieldKey };

export function initialAutosaveState(values: ProfileFormValues, base: SaveBase, readOnly: boolean): AutosaveState {
  return {
    values,
    base,
    status: readOnly ? "locked" : "idle",
    dirty: false,
    errors: {},
    conflict: null,
    savedAt: null,
    restored: false,
    unavailableSaves: 0,
  };
}

/** What a refusal of the server means for the form. */
function statusOfRefusal(code: ErrorCode): SaveStatus {
  switch (code) {
    case "invalid-input":
      return "invalid";
    case "unauthenticated":
      return "unauthenticated";
    case "forbidden":
    case "not-found":
      return "forbidden";
    case "version-locked":
      return "locked";
    case "unavailable":
      return "unavailable";
    default:
      return "error";
  }
}

export function autosaveReducer(state: AutosaveState, event: AutosaveEvent): AutosaveState {
  switch (event.type) {
    case "edit":
      if (state.status === "locked") return state;
      return {
        ...state,
        // computed fields (the own share) follow the amounts they are computed from
        values: withDerivedFormValues({ ...state.values, [event.key]: event.value }),
        dirty: true,
        // A conflict stays on screen until it is resolved; other states wait for the next save.
        status: state.status === "conflict" ? "conflict" : "dirty",
      };
    case "restore":
      return { ...state, values: event.values, base: event.base, dirty: true, restored: true, status: "dirty" };
    case "invalid":
      return { ...state, errors: event.errors, status: "invalid" };
    case "checked":
      return { ...state, errors: event.errors };
    case "save-started":
      return { ...state, errors: event.errors ?? state.errors, status: "saving" };
    case "saved": {
      // Typed while the save ran: those changes still need a save.
      const caughtUp = state.values === event.sent;
      return {
        ...state,
        base: event.base,
        savedAt: event.savedAt,
        conflict: null,
        unavailableSaves: 0,
        dirty: !caughtUp,
        restored: caughtUp ? false : state.restored,
        status: caughtUp ? "saved" : "dirty",
      };
    }
    case "conflict":
      return { ...state, conflict: event.conflict, status: "conflict" };
    case "refused": {
      const status = statusOfRefusal(event.code);
      // What the draft's own checks found stays at the fields: "unavailable" says nothing about the input.
      if (status === "unavailable") return { ...state, status, unavailableSaves: state.unavailableSaves + 1 };
      return { ...state, errors: event.errors ?? {}, status };
    }
    case "offline":
      return { ...state, status: "offline" };
    case "keep-mine":
      // The user saw the other text and keeps theirs: the next save builds on the newer version.
      if (!state.conflict) return state;
      return { ...state, base: { versionId: state.conflict.versionId, revision: state.conflict.revision }, status: "dirty" };
    case "take-theirs":
      if (!state.conflict) return state;
      return { ...state, values: { ...state.values, [event.key]: state.conflict.current[event.key] }, dirty: true };
  }
}

/** Statuses after which the hook tries again by itself. */
export const RETRIED_STATUSES: readonly SaveStatus[] = ["offline", "error", "unavailable"];

/** Statuses the status line shows as a problem. */
export const PROBLEM_STATUSES: readonly SaveStatus[] = [
  "offline",
  "error",
  "unavailable",
  "unauthenticated",
  "invalid",
  "conflict",
  "forbidden",
];

const RETRY_DELAY_MS = 10_000;
const FIRST_UNAVAILABLE_RETRY_MS = 2000;
const LONGEST_UNAVAILABLE_RETRY_MS = 30_000;

/**
 * When the hook tries again. During a database outage: 2 s, 4 s, 8 s, … up to 30 s — a short outage (a
 * restart) is bridged within seconds, a long one costs each open form one request every 30 s.
 */
export function retryDelayMs(state: Pick<AutosaveState, "status" | "unavailableSaves">): number {
  if (state.status !== "unavailable") return RETRY_DELAY_MS;
  const doubled = FIRST_UNAVAILABLE_RETRY_MS * 2 ** Math.max(0, state.unavailableSaves - 1);
  return Math.min(doubled, LONGEST_UNAVAILABLE_RETRY_MS);
}
