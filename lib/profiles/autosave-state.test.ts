import { describe, expect, it } from "vitest";
import { autosaveReducer, initialAutosaveState, RETRIED_STATUSES, retryDelayMs, type AutosaveState } from "./autosave-state";
import { emptyFormValues } from "./form-values";

const base = { versionId: "v1", revision: 3 };
const start = () => initialAutosaveState(emptyFormValues("Titel"), base, false);
const run = (state: AutosaveState, ...events: Parameters<typeof autosaveReducer>[1][]) => events.reduce(autosaveReducer, state);

describe("autosave state", () => {
  it("typing makes the form dirty; a save of exactly those values makes it clean", () => {
    const typed = run(start(), { type: "edit", key: "occasion", value: "Anlass" });
    expect(typed).toMatchObject({ status: "dirty", dirty: true });
    expect(typed.values.occasion).toBe("Anlass");
    const saved = run(
      typed,
      { type: "save-started" },
      { type: "saved", base: { versionId: "v1", revision: 4 }, savedAt: "t", sent: typed.values },
    );
    expect(saved).toMatchObject({ status: "saved", dirty: false, base: { revision: 4 }, savedAt: "t" });
  });

  it("problems at the fields never block the save: they stay shown while the draft is saved", () => {
    const typed = run(start(), { type: "edit", key: "costTotal", value: "4.6OO" }, { type: "edit", key: "occasion", value: "Anlass" });
    const saving = run(typed, { type: "save-started", errors: { costTotal: "enthält den Buchstaben O" } });
    expect(saving).toMatchObject({ status: "saving", errors: { costTotal: "enthält den Buchstaben O" } });
    const saved = run(saving, { type: "saved", base: { versionId: "v1", revision: 4 }, savedAt: "t", sent: typed.values });
    expect(saved).toMatchObject({ status: "saved", dirty: false, errors: { costTotal: "enthält den Buchstaben O" } });
    expect(run(saved, { type: "checked", errors: {} }).errors).toEqual({});
  });

  it("the own share follows the amounts as they are typed", () => {
    const typed = run(start(), { type: "edit", key: "costTotal", value: "4.600" }, { type: "edit", key: "costFunding", value: "3.000" });
    expect(typed.values.costOwnShare).toBe("1.600,00");
    expect(run(typed, { type: "edit", key: "costFunding", value: "5.000" }).values.costOwnShare).toBe("");
  });

  it("what is typed while a save runs stays dirty and is saved next", () => {
    const typed = run(start(), { type: "edit", key: "occasion", value: "A" });
    const more = run(typed, { type: "save-started" }, { type: "edit", key: "occasion", value: "AB" });
    const saved = run(more, { type: "saved", base: { versionId: "v1", revision: 4 }, savedAt: "t", sent: typed.values });
    expect(saved).toMatchObject({ status: "dirty", dirty: true });
    expect(saved.values.occasion).toBe("AB");
  });

  it("a refusal never loses what was typed, and says why", () => {
    const typed = run(start(), { type: "edit", key: "title", value: "" });
    for (const [code, status] of [
      ["invalid-input", "invalid"],
      ["unauthenticated", "unauthenticated"],
      ["version-locked", "locked"],
      ["forbidden", "forbidden"],
      ["internal", "error"],
    ] as const) {
      const refused = run(typed, { type: "refused", code, errors: code === "invalid-input" ? { title: "zu kurz" } : undefined });
      expect(refused.status).toBe(status);
      expect(refused.values).toBe(typed.values);
      expect(refused.dirty).toBe(true);
    }
    expect(run(typed, { type: "offline" })).toMatchObject({ status: "offline", dirty: true });
  });

  it("a database outage keeps what was typed and its field messages, retries with backoff, and a save ends it", () => {
    const typed = run(start(), { type: "edit", key: "nextSteps", value: "Während des Ausfalls geschrieben" });
    const checked = run(typed, { type: "checked", errors: { costTotal: "unlesbar" } }, { type: "save-started" });
    const down = run(checked, { type: "refused", code: "unavailable" });
    expect(down).toMatchObject({ status: "unavailable", dirty: true, unavailableSaves: 1, errors: { costTotal: "unlesbar" } });
    expect(down.values.nextSteps).toBe("Während des Ausfalls geschrieben");
    expect(RETRIED_STATUSES).toContain("unavailable");
    const delays = [1, 2, 3, 4, 5, 6, 7].map((failures) => retryDelayMs({ status: "unavailable", unavailableSaves: failures }));
    expect(delays).toEqual([2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000]);
    expect(retryDelayMs({ status: "offline", unavailableSaves: 0 })).toBe(10_000);
    const stillDown = run(down, { type: "save-started" }, { type: "refused", code: "unavailable" });
    expect(stillDown.unavailableSaves).toBe(2);
    const saved = run(
      stillDown,
      { type: "save-started" },
      { type: "saved", base: { versionId: "v1", revision: 4 }, savedAt: "t", sent: typed.values },
    );
    expect(saved).toMatchObject({ status: "saved", dirty: false, unavailableSaves: 0 });
  });

  it("a conflict stays until resolved; taking their text is per field; keeping mine builds on their version", () => {
    const mine = run(start(), { type: "edit", key: "occasion", value: "Meins" }, { type: "edit", key: "goals", value: "Ziele" });
    const theirs = { ...emptyFormValues("Titel"), occasion: "Deren", goals: "Deren Ziele" };
    const conflicted = run(mine, {
      type: "conflict",
      conflict: { versionId: "v1", revision: 9, current: theirs, savedBy: "B", savedAt: "t" },
    });
    expect(conflicted.status).toBe("conflict");
    expect(run(conflicted, { type: "edit", key: "measures", value: "x" }).status).toBe("conflict");
    const took = run(conflicted, { type: "take-theirs", key: "occasion" });
    expect(took.values).toMatchObject({ occasion: "Deren", goals: "Ziele" });
    const kept = run(took, { type: "keep-mine" });
    expect(kept).toMatchObject({ status: "dirty", base: { versionId: "v1", revision: 9 } });
  });

  it("a locked version ignores edits; a restored backup is marked as such", () => {
    const locked = initialAutosaveState(emptyFormValues("Titel"), base, true);
    expect(run(locked, { type: "edit", key: "occasion", value: "x" })).toBe(locked);
    const restored = run(start(), { type: "restore", values: { ...emptyFormValues("Titel"), occasion: "Gesichert" }, base });
    expect(restored).toMatchObject({ restored: true, dirty: true, status: "dirty" });
  });
});
