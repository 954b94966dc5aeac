import { describe, expect, it } from "vitest";
import { FIELD_KEYS } from "@/lib/profiles/fields";
import { toPublicContent, type PublishedVersionRow } from "./public-content";

/** A published version row as Prisma returns it with publicVersionInclude. */
function row(contacts: Partial<PublishedVersionRow["contacts"][number]>[]): PublishedVersionRow {
  const contact = (extra: Partial<PublishedVersionRow["contacts"][number]>) => ({
    id: "c-id",
    versionId: "v-id",
    sortOrder: 0,
    function: "Integrationsbeauftragte",
    office: "Amt",
    email: "integration@stadt.example",
    phone: null,
    personName: null,
    nameConsentAt: null,
    ...extra,
  });
  return {
    id: "v-id",
    profileId: "p-id",
    title: "Titel",
    teaser: "Kurz",
    occasion: "Anlass",
    goals: "",
    concept: "",
    eventDates: [new Date("2016-10-20T00:00:00Z")],
    eventCount: 1,
    moderationType: "EXTERN",
    moderationOrganisation: "Büro",
    moderationDescription: "",
    participantGroups: ["GEFLUECHTETE"],
    participantCount: 36,
    refugeeParticipation: "",
    languages: ["Deutsch"],
    processRating: null,
    resultsRating: 4,
    ratingComment: "",
    keyResults: ["Eins", ""],
    measures: "",
    nextSteps: "",
    costTotal: { toString: () => "2500.5" },
    costFunding: null,
    costOwnShare: null,
    costSpentOn: "",
    recommendations: "",
    quoteText: "",
    quoteAuthor: "",
    quoteRole: "",
    sourceUrls: ["https://www.fluechtlingsdialoge.de/"],
    sourceNote: "",
    exampleSections: ["costs"],
    topics: [{ versionId: "v-id", topicId: "t-id", topic: { slug: "wohnen", name: "Wohnen", sortOrder: 1 } }],
    formats: [{ versionId: "v-id", formatId: "f-id", format: { slug: "workshop", name: "Workshop", sortOrder: 1 } }],
    contacts: contacts.map(contact),
    media: [],
  } as unknown as PublishedVersionRow;
}

describe("public content", () => {
  it("holds every registry field and nothing internal", () => {
    const content = toPublicContent(row([{}]));
    expect(Object.keys(content).sort()).toEqual([...FIELD_KEYS].sort());
    const serialized = JSON.stringify(content);
    for (const internal of ["v-id", "p-id", "c-id", "t-id", "f-id", "nameConsentAt", "sortOrder"])
      expect(serialized).not.toContain(internal);
  });

  it("names a contact person only with recorded consent", () => {
    const content = toPublicContent(
      row([{ personName: "Erika Beispiel" }, { personName: "Max Muster", nameConsentAt: new Date("2026-01-01T00:00:00Z") }]),
    );
    expect(content.contacts.map((contact) => contact.personName)).toEqual([null, "Max Muster"]);
    expect(JSON.stringify(content)).not.toContain("Erika");
  });

  it("gives typed values: ISO days, numbers, catalogue names, no empty slots", () => {
    const content = toPublicContent(row([]));
    expect(content.eventDates).toEqual(["2016-10-20"]);
    expect(content.costTotal).toBe(2500.5);
    expect(content.topicIds).toEqual([{ slug: "wohnen", name: "Wohnen" }]);
    expect(content.keyResults).toEqual(["Eins"]);
  });
});
