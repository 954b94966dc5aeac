import { describe, expect, it } from "vitest";
import { sampleFormValues } from "@/tests/support/sample-content";
import { changedFields, changedSections } from "./changed-sections";
import { emptyFormValues } from "./form-values";

describe("changedSections", () => {
  it("nothing changed: no section", () => {
    expect(changedSections(sampleFormValues(), sampleFormValues())).toEqual([]);
  });

  it("names the sections of the changed fields in the form's order", () => {
    const before = sampleFormValues();
    const after = { ...before, recommendations: `${before.recommendations} Neu.`, costSpentOn: "Raummiete" };
    expect(changedSections(before, after)).toEqual(["costs", "recommendations"]);
  });

  it("differences nobody sees are not changes", () => {
    const before = { ...sampleFormValues(), costTotal: "4.600,00", topicIds: ["a", "b"], occasion: "Text" };
    const after = { ...before, costTotal: "4600 €", topicIds: ["b", "a"], occasion: "  Text\r\n" };
    expect(changedFields(before, after)).toEqual([]);
  });

  it("an unreadable amount is compared as typed", () => {
    const before = { ...sampleFormValues(), costTotal: "4.600,00" };
    expect(changedSections(before, { ...before, costTotal: "4.6OO" })).toEqual(["costs"]);
  });

  it("the derived own share is not a change of its own", () => {
    const before = sampleFormValues();
    expect(changedFields(before, { ...before, costOwnShare: "1,00" })).toEqual([]);
  });

  it("a new Steckbrief against empty values: every filled section", () => {
    expect(changedSections(emptyFormValues(), emptyFormValues("Neuer Dialog"))).toEqual(["title"]);
  });
});
