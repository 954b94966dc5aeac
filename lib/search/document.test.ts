import { describe, expect, it } from "vitest";
import { FIELD_KEYS, PROFILE_FIELDS } from "@/lib/profiles/fields";
import type { PublicContent } from "@/lib/public/public-content";
import { buildSearchDocument, fieldText, germanSortKey, weightOf } from "./document";

/** Public content where every text field holds its own key, so the test can see where each field went. */
function content(): PublicContent {
  const values: Record<string, unknown> = {};
  for (const key of FIELD_KEYS) {
    const field = PROFILE_FIELDS[key];
    switch (field.kind) {
      case "text":
      case "plainText":
      case "richText":
        values[key] = `wort${key}`;
        break;
      case "list":
      case "slots":
        values[key] = [`wort${key}`];
        break;
      case "choice":
        values[key] = field.values[0];
        break;
      case "choices":
        values[key] = [field.values[0]];
        break;
      case "dates":
        values[key] = ["2016-05-14", "2017-01-02", "2016-09-09"];
        break;
      case "links":
        values[key] = ["https://beispiel.example/quelle"];
        break;
      case "relation":
        values[key] = [{ slug: `${field.relation}-eins`, name: "Name" }];
        break;
      case "contacts":
        values[key] = [{ function: "wortfunktion", office: "wortamt", email: "a@b.example", phone: "0711", personName: null }];
        break;
      default:
        values[key] = 42;
    }
  }
  return values as PublicContent;
}

describe("search document", () => {
  const document = buildSearchDocument({
    profile: { id: "p", slug: "s", isDemo: false, firstPublishedAt: new Date("2026-01-01T00:00:00Z") },
    versionId: "v",
    publishedAt: null,
    municipality: {
      name: "Ölbach",
      slug: "oelbach",
      kind: "GEMEINDE",
      regierungsbezirk: "TUEBINGEN",
      landkreis: { slug: "kreis", name: "Musterkreis" },
    },
    content: content(),
  });

  it("takes every text field of the registry, weighted by its section", () => {
    for (const key of FIELD_KEYS) {
      if (!fieldText(key, content())) continue;
      const text = { A: document.textA, B: document.textB, C: document.textC, D: document.textD }[weightOf(key)];
      expect(text, key).toContain(fieldText(key, content()));
    }
    expect(document.textA).toContain("worttitle");
    expect(document.textA).toContain("Ölbach");
    expect(document.textB).toContain("wortteaser");
    expect(document.textD).toContain("wortfunktion");
    expect(document.textD).not.toContain("a@b.example");
    expect(document.textC).toContain("Bürgerinnen und Bürger"); // the German label of a choice
  });

  it("holds the facets", () => {
    expect(document).toMatchObject({
      kreis: "kreis",
      topics: ["topics-eins"],
      formats: ["formats-eins"],
      years: [2016, 2017],
      participantCount: 42,
      costTotal: 42,
      municipalitySortKey: "olbach",
    });
  });

  it("sorts names in German dictionary order", () => {
    expect(["Zell", "Öhringen", "Ostfildern", "Aalen"].sort((a, b) => germanSortKey(a).localeCompare(germanSortKey(b)))).toEqual([
      "Aalen",
      "Öhringen",
      "Ostfildern",
      "Zell",
    ]);
  });
});
