import { describe, expect, it } from "vitest";
import { VersionState } from "@/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { TRANSITIONS, assertEditable, assertTransition, canTransition, isEditable, type Transition } from "./version-states";

const ALL_STATES = Object.values(VersionState);

describe("version states", () => {
  it("only drafts and versions with requested changes accept content changes", () => {
    expect(ALL_STATES.filter((state) => isEditable(state))).toEqual(["DRAFT", "CHANGES_REQUESTED"]);
    for (const state of ["IN_REVIEW", "APPROVED", "PUBLISHED", "SUPERSEDED", "DISCARDED"] as const) {
      expect(() => assertEditable({ state })).toThrow(expect.objectContaining({ code: "version-locked" }));
    }
    expect(() => assertEditable({ state: "DRAFT" })).not.toThrow();
  });

  it.each(Object.keys(TRANSITIONS) as Transition[])(
    "%s: allowed exactly from its starting states, refused with its code otherwise",
    (name) => {
      const transition = TRANSITIONS[name];
      for (const state of ALL_STATES) {
        const allowed = (transition.from as readonly VersionState[]).includes(state);
        expect(canTransition(name, state)).toBe(allowed);
        if (allowed) expect(assertTransition(name, state)).toBe(transition.to);
        else expect(() => assertTransition(name, state)).toThrow(new AppError(transition.refusal));
      }
    },
  );

  it("the workflow's decisions need a version in review; restoring is refused while one waits", () => {
    expect(canTransition("approve", "DRAFT")).toBe(false);
    expect(canTransition("schedule", "IN_REVIEW")).toBe(true);
    expect(() => assertTransition("discard", "APPROVED")).toThrow(expect.objectContaining({ code: "review-pending" }));
    expect(() => assertTransition("submit", "IN_REVIEW")).toThrow(expect.objectContaining({ code: "already-submitted" }));
  });
});
