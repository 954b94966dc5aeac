import { VersionState } from "@/generated/prisma/enums";
import { AppError, type ErrorCode } from "@/lib/errors";

/**
 * The states of a Steckbrief version and the rules between them — the one place that says what may
 * happen to a version in which state. Text saves, media uploads and deletions, the workflow
 * and the pages that show "locked" all ask here.
 *
 *   DRAFT / CHANGES_REQUESTED --submit--> IN_REVIEW --approve--> PUBLISHED
 *                                         IN_REVIEW --schedule--> APPROVED --publish-scheduled--> PUBLISHED
 *                                         IN_REVIEW --request-changes--> CHANGES_REQUESTED
 *   DRAFT / CHANGES_REQUESTED --discard--> DISCARDED (replaced by a restored version)
 *   PUBLISHED --supersede--> SUPERSEDED (a newer version was published)
 */

/** States in which editors change the content (text, media). */
export const EDITABLE_STATES = [VersionState.DRAFT, VersionState.CHANGES_REQUESTED] as const;

/** States of a profile's working version (the others belong to the history). */
export const WORKING_STATES = [VersionState.DRAFT, VersionState.IN_REVIEW, VersionState.CHANGES_REQUESTED, VersionState.APPROVED] as const;
export type WorkingState = (typeof WORKING_STATES)[number];

/** Waiting for the programme staff: submitted, or approved for a later date. */
export const AWAITING_PUBLICATION_STATES = [VersionState.IN_REVIEW, VersionState.APPROVED] as const;

export const TRANSITIONS = {
  submit: { from: EDITABLE_STATES, to: VersionState.IN_REVIEW, refusal: "already-submitted" },
  approve: { from: [VersionState.IN_REVIEW], to: VersionState.PUBLISHED, refusal: "version-not-in-review" },
  schedule: { from: [VersionState.IN_REVIEW], to: VersionState.APPROVED, refusal: "version-not-in-review" },
  "publish-scheduled": { from: [VersionState.APPROVED], to: VersionState.PUBLISHED, refusal: "version-not-in-review" },
  "request-changes": { from: [VersionState.IN_REVIEW], to: VersionState.CHANGES_REQUESTED, refusal: "version-not-in-review" },
  discard: { from: EDITABLE_STATES, to: VersionState.DISCARDED, refusal: "review-pending" },
  supersede: { from: [VersionState.PUBLISHED], to: VersionState.SUPERSEDED, refusal: "internal" },
} as const satisfies Record<string, { from: readonly VersionState[]; to: VersionState; refusal: ErrorCode }>;

export type Transition = keyof typeof TRANSITIONS;

export function isEditable(state: VersionState | null | undefined): boolean {
  return state !== null && state !== undefined && (EDITABLE_STATES as readonly VersionState[]).includes(state);
}

export function isWorkingState(state: VersionState): state is WorkingState {
  return (WORKING_STATES as readonly VersionState[]).includes(state);
}

/** Refuses a content change (text, media) of a version that is submitted, approved or history. */
export function assertEditable(version: { state: VersionState }): void {
  if (!isEditable(version.state)) throw new AppError("version-locked");
}

export function canTransition(transition: Transition, state: VersionState): boolean {
  return (TRANSITIONS[transition].from as readonly VersionState[]).includes(state);
}

/** The target state of a transition, or the transition's refusal. */
export function assertTransition(transition: Transition, state: VersionState): VersionState {
  if (!canTransition(transition, state)) throw new AppError(TRANSITIONS[transition].refusal);
  return TRANSITIONS[transition].to;
}
