import { describe, expect, it } from "vitest";
import {
  assessCompleteness,
  COMPLETENESS_SECTIONS,
  LONG_TEXT_MIN_CHARS,
  REQUIRED_SECTIONS,
  visibleLength,
  type CompletenessInput,
} from "./completeness";

const long = (topic: string) =>
  `${topic}: Die Stadt lud Bürgerinnen und Bürger, Ehrenamtliche und Geflüchtete zu drei Abenden ins Rathaus ein. ` +
  "Gemeinsam wurden Fragen gesammelt, Erfahrungen ausgetauscht und erste Verabredungen getroffen, die danach in Arbeitsgruppen weiterverfolgt wurden.";

/** A Steckbrief in which every section is complete. */
function fullVersion(): CompletenessInput {
  return {
    title: "Frühstücksbus: Begegnung auf Rädern",
    teaser: "Ein umgebauter Linienbus brachte Frühstück und Gespräche in die Quartiere mit Gemeinschaftsunterkünften.",
    occasion: long("Anlass"),
    goals: "Begegnung ermöglichen und Vorurteile abbauen.",
    concept: long("Ablauf"),
    eventDates: [new Date("2016-05-14"), new Date("2016-06-18")],
    eventCount: 2,
    moderationType: "EXTERN",
    moderationOrganisation: "Büro für Bürgerbeteiligung",
    moderationDescription: "Die externe Moderation half, alle zu Wort kommen zu lassen.",
    participantGroups: ["BUERGERINNEN", "GEFLUECHTETE"],
    participantCount: 120,
    refugeeParticipation: "Mit Dolmetscherinnen für Arabisch und Farsi.",
    languages: ["Deutsch", "Arabisch", "Farsi"],
    processRating: 4,
    resultsRating: 5,
    ratingComment: "Gute Stimmung, viele neue Kontakte.",
    keyResults: ["Sprachcafé gegründet", "Patenschaften vermittelt", "Fahrradwerkstatt eröffnet"],
    measures: "Monatliches Sprachcafé im Jugendhaus.",
    nextSteps: "Zweite Runde im Herbst.",
    costTotal: "2500.00",
    costFunding: { toString: () => "2000.00" }, // like a Prisma Decimal
    costOwnShare: 500,
    costSpentOn: "Moderation, Verpflegung, Dolmetschen.",
    recommendations: long("Empfehlung"),
    topicCount: 3,
    formatCount: 1,
    contactCount: 1,
  };
}

/** A freshly created Steckbrief: only the working title. */
function newVersion(): CompletenessInput {
  return {
    title: "Neuer Dialog",
    teaser: "",
    occasion: "",
    goals: "",
    concept: "",
    eventDates: [],
    eventCount: null,
    moderationType: null,
    moderationOrganisation: "",
    moderationDescription: "",
    participantGroups: [],
    participantCount: null,
    refugeeParticipation: "",
    languages: [],
    processRating: null,
    resultsRating: null,
    ratingComment: "",
    keyResults: [],
    measures: "",
    nextSteps: "",
    costTotal: null,
    costFunding: null,
    costOwnShare: null,
    costSpentOn: "",
    recommendations: "",
    topicCount: 0,
    formatCount: 0,
    contactCount: 0,
  };
}

const messages = (assessment: ReturnType<typeof assessCompleteness>, key: (typeof COMPLETENESS_SECTIONS)[number]) =>
  assessment.sections[key].reasons.map((reason) => reason.message);

describe("assessCompleteness", () => {
  it("a full Steckbrief is complete in every section with score 100", () => {
    const assessment = assessCompleteness(fullVersion());
    for (const key of COMPLETENESS_SECTIONS) {
      expect({ key, ...assessment.sections[key] }).toMatchObject({ key, status: "complete", reasons: [] });
    }
    expect(assessment).toMatchObject({
      completeSections: 11,
      thinSections: 0,
      emptySections: 0,
      totalSections: 11,
      score: 100,
      missingRequired: false,
    });
  });

  it("a new Steckbrief with only a title: title thin, everything else empty, required sections missing", () => {
    const assessment = assessCompleteness(newVersion());
    expect(assessment.sections.title.status).toBe("thin");
    expect(messages(assessment, "title")).toEqual(["Kurzbeschreibung fehlt"]);
    for (const key of COMPLETENESS_SECTIONS.filter((section) => section !== "title")) {
      expect(assessment.sections[key].status).toBe("empty");
      expect(assessment.sections[key].reasons).toHaveLength(1);
    }
    expect(messages(assessment, "occasion")).toEqual(["Anlass fehlt"]);
    expect(assessment.missingRequired).toBe(true);
    expect(assessment.completeSections).toBe(0);
    expect(assessment.score).toBe(5); // ½ of 11 sections
  });

  it("marks required sections", () => {
    const assessment = assessCompleteness(fullVersion());
    expect(COMPLETENESS_SECTIONS.filter((key) => assessment.sections[key].required)).toEqual([...REQUIRED_SECTIONS]);
    expect(assessment.sections.moderation.required).toBe(false);
  });

  it("an empty optional section lowers the score but is not missing-required", () => {
    const assessment = assessCompleteness({
      ...fullVersion(),
      recommendations: "",
      processRating: null,
      resultsRating: null,
      ratingComment: "",
    });
    expect(assessment.sections.recommendations).toMatchObject({ status: "empty", reasons: [{ code: "recommendations.missing" }] });
    expect(assessment.sections.rating.status).toBe("empty");
    expect(assessment.missingRequired).toBe(false);
    expect(assessment.completeSections).toBe(9);
    expect(assessment.score).toBe(82);
  });

  it("an empty required section sets missingRequired", () => {
    const assessment = assessCompleteness({ ...fullVersion(), contactCount: 0 });
    expect(assessment.sections.contacts).toMatchObject({ status: "empty", reasons: [{ message: "Kein Ansprechpartner angegeben" }] });
    expect(assessment.missingRequired).toBe(true);
  });

  it("short long texts are thin: under 200 visible characters", () => {
    const assessment = assessCompleteness({ ...fullVersion(), occasion: "Viele Geflüchtete kamen 2015 an." });
    expect(assessment.sections.occasion.status).toBe("thin");
    expect(messages(assessment, "occasion")).toEqual([`Text sehr kurz (unter ${LONG_TEXT_MIN_CHARS} Zeichen)`]);
    expect(assessment.missingRequired).toBe(false);
  });

  it("formatting marks do not count as text", () => {
    expect(visibleLength("**Wichtig:** [Stadt Kehl](https://www.kehl.example/sehr/langer/pfad)")).toBe("Wichtig: Stadt Kehl".length);
    expect(visibleLength("- eins\n- zwei")).toBe("eins zwei".length);
    expect(visibleLength("   ")).toBe(0);
    const padded = `**${"a".repeat(190)}** [x](https://example.org/${"y".repeat(50)})`;
    expect(assessCompleteness({ ...fullVersion(), recommendations: padded }).sections.recommendations.status).toBe("thin");
  });

  it("results: counts the named key results of three, ignoring blank slots", () => {
    const assessment = assessCompleteness({ ...fullVersion(), keyResults: ["Sprachcafé gegründet", "", "  "] });
    expect(assessment.sections.results.status).toBe("thin");
    expect(messages(assessment, "results")).toEqual(["Ergebnisse: nur 1 von 3 genannt"]);
    const none = assessCompleteness({ ...fullVersion(), keyResults: [], nextSteps: "" });
    expect(messages(none, "results")).toEqual(["Keine Ergebnisse genannt", "Nächste Schritte fehlen"]);
  });

  it("concept: names each missing part", () => {
    const assessment = assessCompleteness({ ...fullVersion(), goals: "", formatCount: 0, eventDates: [], eventCount: null });
    expect(assessment.sections.concept.status).toBe("thin");
    expect(messages(assessment, "concept")).toEqual([
      "Zielsetzung fehlt",
      "Kein Format gewählt",
      "Keine Termine angegeben",
      "Anzahl der Veranstaltungen fehlt",
    ]);
  });

  it("moderation: the organisation is needed only for external or mixed moderation", () => {
    const internal = assessCompleteness({ ...fullVersion(), moderationType: "INTERN", moderationOrganisation: "" });
    expect(internal.sections.moderation.status).toBe("complete");
    const external = assessCompleteness({ ...fullVersion(), moderationType: "GEMISCHT", moderationOrganisation: "" });
    expect(messages(external, "moderation")).toEqual(["Moderierende Organisation fehlt"]);
  });

  it("costs: an own share of 0 is an answer, a missing amount is not", () => {
    expect(assessCompleteness({ ...fullVersion(), costTotal: 2000, costFunding: 2000, costOwnShare: 0 }).sections.costs.status).toBe(
      "complete",
    );
    const assessment = assessCompleteness({ ...fullVersion(), costOwnShare: null, costSpentOn: "" });
    expect(messages(assessment, "costs")).toEqual(["Eigenanteil fehlt", "Verwendung der Mittel fehlt"]);
  });

  it("accepts the edit form's values (strings, comma-separated languages)", () => {
    const assessment = assessCompleteness({
      ...fullVersion(),
      eventCount: "2",
      participantCount: "",
      languages: "Deutsch, Arabisch",
      costTotal: "2.500,00",
      eventDates: ["2016-05-14"],
    });
    expect(assessment.sections.concept.status).toBe("complete");
    expect(messages(assessment, "participants")).toEqual(["Anzahl der Teilnehmenden fehlt"]);
    const noLanguages = assessCompleteness({ ...fullVersion(), languages: " , " });
    expect(messages(noLanguages, "participants")).toEqual(["Sprachen fehlen"]);
  });

  it("takes topics, formats and contacts as counts or as lists (relations or form ids)", () => {
    const { topicCount: _t, formatCount: _f, contactCount: _c, ...withoutCounts } = fullVersion();
    expect(assessCompleteness(withoutCounts).sections.topics.status).toBe("empty");
    const fromRelations = assessCompleteness({
      ...withoutCounts,
      topics: [{ topicId: "a" }],
      formats: [{ formatId: "b" }],
      contacts: [{ id: "c" }],
    });
    expect(fromRelations.completeSections).toBe(11);
    const fromForm = assessCompleteness({ ...withoutCounts, topicIds: ["a"], formatIds: ["b"], contacts: [{}] });
    expect(fromForm.completeSections).toBe(11);
    expect(assessCompleteness({ ...withoutCounts, topicCount: 0, topics: [{}] }).sections.topics.status).toBe("empty");
  });

  it("title: a short teaser is thin", () => {
    const assessment = assessCompleteness({ ...fullVersion(), teaser: "Ein Bus." });
    expect(messages(assessment, "title")).toEqual(["Kurzbeschreibung sehr kurz (unter 80 Zeichen)"]);
  });

  it("score counts thin sections half", () => {
    const assessment = assessCompleteness({ ...fullVersion(), occasion: "kurz", recommendations: "kurz" });
    expect(assessment.completeSections).toBe(9);
    expect(assessment.thinSections).toBe(2);
    expect(assessment.score).toBe(91); // (9 + 1) / 11
  });
});
