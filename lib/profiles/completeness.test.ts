import { describe, expect, it } from "vitest";
import { visibleLength } from "@/lib/rich-text/parse";
import { assessCompleteness, COMPLETENESS_SECTIONS, REQUIRED_SECTIONS, type CompletenessSectionKey } from "./completeness";
import { emptyFormValues } from "./form-values";
import { sampleFormValues } from "@/tests/support/sample-content";

const codes = (assessment: ReturnType<typeof assessCompleteness>, key: CompletenessSectionKey) =>
  assessment.sections[key].reasons.map((reason) => reason.code);

describe("assessCompleteness", () => {
  it("a full Steckbrief is complete in every section with score 100", () => {
    const assessment = assessCompleteness(sampleFormValues());
    for (const key of COMPLETENESS_SECTIONS) {
      expect({ key, ...assessment.sections[key] }).toMatchObject({ key, status: "complete", reasons: [] });
    }
    expect(assessment).toMatchObject({ completeSections: 11, thinSections: 0, emptySections: 0, totalSections: 11, score: 100 });
    expect(assessment.missingRequired).toBe(false);
  });

  it("assesses every section that expects something, not the optional quote", () => {
    expect(COMPLETENESS_SECTIONS).not.toContain("quote");
    expect(COMPLETENESS_SECTIONS).toHaveLength(11);
  });

  it("a new Steckbrief with only a title: title thin, everything else empty, required sections missing", () => {
    const assessment = assessCompleteness(emptyFormValues("Neuer Dialog"));
    expect(assessment.sections.title.status).toBe("thin");
    expect(codes(assessment, "title")).toEqual(["teaser.missing"]);
    for (const key of COMPLETENESS_SECTIONS.filter((section) => section !== "title")) {
      expect(assessment.sections[key]).toMatchObject({ status: "empty", reasons: [{ code: `${key}.empty` }] });
    }
    expect(assessment.missingRequired).toBe(true);
    expect(assessment.score).toBe(5); // ½ of 11 sections
  });

  it("marks required sections as the registry says", () => {
    const assessment = assessCompleteness(sampleFormValues());
    expect(COMPLETENESS_SECTIONS.filter((key) => assessment.sections[key].required)).toEqual([...REQUIRED_SECTIONS]);
    expect(assessment.sections.moderation.required).toBe(false);
  });

  it("an empty optional section lowers the score but is not missing-required", () => {
    const assessment = assessCompleteness({
      ...sampleFormValues(),
      recommendations: "",
      processRating: "",
      resultsRating: "",
      ratingComment: "",
    });
    expect(assessment.sections.recommendations).toMatchObject({ status: "empty", reasons: [{ code: "recommendations.empty" }] });
    expect(assessment.sections.rating.status).toBe("empty");
    expect(assessment.missingRequired).toBe(false);
    expect(assessment.score).toBe(82);
  });

  it("an empty required section sets missingRequired; an empty contact slot is no contact", () => {
    const empty = { function: "", office: "", email: "", phone: "", personName: "", nameConsentAt: "" };
    const assessment = assessCompleteness({ ...sampleFormValues(), contacts: [empty] });
    expect(assessment.sections.contacts.status).toBe("empty");
    expect(assessment.missingRequired).toBe(true);
  });

  it("short long texts are thin, with the limit as a message value", () => {
    const assessment = assessCompleteness({ ...sampleFormValues(), occasion: "Viele Geflüchtete kamen 2015 an." });
    expect(assessment.sections.occasion.reasons).toEqual([
      { code: "occasion.short", message: { key: "Completeness.short", values: { min: 200 } }, labelKey: "Fields.occasion.label" },
    ]);
  });

  it("formatting marks do not count as text", () => {
    expect(visibleLength("**Wichtig:** [Stadt Kehl](https://www.kehl.example/sehr/langer/pfad)")).toBe("Wichtig: Stadt Kehl".length);
    expect(visibleLength("- eins\n- zwei")).toBe("eins zwei".length);
    const padded = `**${"a".repeat(190)}** [x](https://example.org/${"y".repeat(50)})`;
    expect(assessCompleteness({ ...sampleFormValues(), recommendations: padded }).sections.recommendations.status).toBe("thin");
  });

  it("results: counts the named key results of three, ignoring blank slots", () => {
    const assessment = assessCompleteness({ ...sampleFormValues(), keyResults: ["Sprachcafé gegründet", "", "  "] });
    expect(assessment.sections.results.reasons).toMatchObject([{ code: "keyResults.few", message: { values: { count: 1, expected: 3 } } }]);
    const none = assessCompleteness({ ...sampleFormValues(), keyResults: ["", "", ""], nextSteps: "" });
    expect(codes(none, "results")).toEqual(["keyResults.missing", "nextSteps.missing"]);
  });

  it("concept: names each missing part", () => {
    const assessment = assessCompleteness({ ...sampleFormValues(), goals: "", formatIds: [], eventDates: [], eventCount: "" });
    expect(codes(assessment, "concept")).toEqual(["goals.missing", "formatIds.missing", "eventDates.missing", "eventCount.missing"]);
  });

  it("moderation: the organisation is needed only for external or mixed moderation", () => {
    const internal = assessCompleteness({ ...sampleFormValues(), moderationType: "INTERN", moderationOrganisation: "" });
    expect(internal.sections.moderation.status).toBe("complete");
    const mixed = assessCompleteness({ ...sampleFormValues(), moderationType: "GEMISCHT", moderationOrganisation: "" });
    expect(codes(mixed, "moderation")).toEqual(["moderationOrganisation.missing"]);
  });

  it("costs: a funding of 0 is an answer, a missing amount is not; the computed own share is never asked for", () => {
    const zero = assessCompleteness({ ...sampleFormValues(), costTotal: "2000", costFunding: "0", costOwnShare: "" });
    expect(zero.sections.costs.status).toBe("complete");
    const assessment = assessCompleteness({ ...sampleFormValues(), costFunding: "", costOwnShare: "", costSpentOn: "" });
    expect(codes(assessment, "costs")).toEqual(["costFunding.missing", "costSpentOn.missing"]);
  });

  it("languages: a comma-separated list without entries is missing", () => {
    expect(codes(assessCompleteness({ ...sampleFormValues(), languages: " , " }), "participants")).toEqual(["languages.missing"]);
  });
});
