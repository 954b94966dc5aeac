import { describe, expect, it } from "vitest";
import { bucketOf, FacetIndex, facetValuesOf, type FacetIndexRow } from "./facet-index";
import { COST_BUCKETS, FACETS, PARTICIPANT_BUCKETS, type Facet } from "./search-params";

/** A small deterministic random source: the same rows on every run. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const KINDS = ["LANDKREIS", "STADT", "GEMEINDE"] as const;
const BEZIRKE = ["STUTTGART", "KARLSRUHE", "FREIBURG", "TUEBINGEN"] as const;
const TOPICS = ["wohnen", "arbeit", "sprache", "schule", "gesundheit"];
const FORMATS = ["workshop", "buergerdialog", "zukunftswerkstatt"];

function rows(count: number, seed = 7): FacetIndexRow[] {
  const next = random(seed);
  const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)]!;
  const some = (values: readonly string[]) => values.filter(() => next() < 0.35);
  const generated = Array.from({ length: count }, (_, number) => ({
    profileId: `p${number}`,
    kind: pick(KINDS),
    regierungsbezirk: pick(BEZIRKE),
    kreis: next() < 0.1 ? null : pick(["rhein-neckar-kreis", "ortenaukreis", "bodenseekreis"]),
    topics: some(TOPICS),
    formats: some(FORMATS),
    years: next() < 0.2 ? [2016, 2017] : [pick([2016, 2017])],
    participantCount: next() < 0.15 ? null : Math.floor(next() * 160),
    costTotal: next() < 0.15 ? null : pick([0, 500, 1000, 1000.01, 2999.99, 3000, 3000.5, 9999, 10000, 25000]),
  }));
  // Stored orders as PostgreSQL would give them: by id for the test's purpose, newest reversed, cost by amount.
  const positions = (compare: (a: (typeof generated)[number], b: (typeof generated)[number]) => number) =>
    new Map([...generated].sort(compare).map((row, position) => [row.profileId, position + 1]));
  const byName = positions((a, b) => a.profileId.localeCompare(b.profileId));
  const byNewest = positions((a, b) => b.profileId.localeCompare(a.profileId));
  const byCost = positions((a, b) => (a.costTotal ?? Infinity) - (b.costTotal ?? Infinity) || a.profileId.localeCompare(b.profileId));
  return generated.map((row) => ({
    ...row,
    byName: byName.get(row.profileId)!,
    byNewest: byNewest.get(row.profileId)!,
    byCost: byCost.get(row.profileId)!,
  }));
}

type Selected = Record<Facet, string[]>;
const none = (): Selected => Object.fromEntries(FACETS.map((facet) => [facet, []])) as unknown as Selected;

/** The plain definition: a row passes a facet when the facet selects nothing or one of the row's values. */
function passes(row: FacetIndexRow, selected: Selected, without: Facet | null, text: Set<string> | null): boolean {
  if (text && !text.has(row.profileId)) return false;
  const values = facetValuesOf(row);
  return FACETS.every(
    (facet) => facet === without || selected[facet].length === 0 || values[facet].some((value) => selected[facet].includes(value)),
  );
}

function expectedCounts(data: FacetIndexRow[], selected: Selected, text: Set<string> | null): Record<Facet, Map<string, number>> {
  return Object.fromEntries(
    FACETS.map((facet) => {
      const counts = new Map<string, number>();
      for (const row of data.filter((entry) => passes(entry, selected, facet, text))) {
        for (const value of facetValuesOf(row)[facet]) counts.set(value, (counts.get(value) ?? 0) + 1);
      }
      return [facet, counts];
    }),
  ) as Record<Facet, Map<string, number>>;
}

describe("bucketOf", () => {
  it("puts a number in the range the SQL facet counts it in: above the lower bound, up to the upper one", () => {
    expect(bucketOf(1000, COST_BUCKETS)).toBe("bis-1000");
    expect(bucketOf(1000.01, COST_BUCKETS)).toBe("1000-3000");
    expect(bucketOf(10000, COST_BUCKETS)).toBe("3000-10000");
    expect(bucketOf(10000.5, COST_BUCKETS)).toBe("ueber-10000");
    expect(bucketOf(0, PARTICIPANT_BUCKETS)).toBe("bis-30");
    expect(bucketOf(null, PARTICIPANT_BUCKETS)).toBeNull();
  });
});

describe("FacetIndex", () => {
  const data = rows(1500);
  const index = new FacetIndex(data);
  const text = new Set(data.filter((_, number) => number % 3 !== 0).map((row) => row.profileId));

  const selections: [string, Partial<Selected>, Set<string> | null][] = [
    ["nothing selected", {}, null],
    ["one facet", { typ: ["stadt"] }, null],
    [
      "alternatives within a facet and several facets",
      { thema: ["wohnen", "arbeit"], typ: ["gemeinde", "stadt"], kosten: ["1000-3000"] },
      null,
    ],
    ["array and range facets with a text", { format: ["workshop"], jahr: ["2017"], teilnehmende: ["31-60", "ueber-100"] }, text],
    [
      "every facet",
      {
        typ: ["stadt"],
        bezirk: ["karlsruhe"],
        kreis: ["ortenaukreis"],
        thema: ["schule"],
        format: ["workshop"],
        jahr: ["2016"],
        teilnehmende: ["61-100"],
        kosten: ["3000-10000"],
      },
      null,
    ],
    ["an unknown value", { kreis: ["gibt-es-nicht"] }, text],
  ];

  it.each(selections)("counts like a plain filter: %s", (_, partial, textMatches) => {
    const selected = { ...none(), ...partial };
    const selection = index.select(selected, textMatches);
    const expectedTotal = data.filter((row) => passes(row, selected, null, textMatches)).length;
    expect(selection.total).toBe(expectedTotal);
    expect(selection.facetCounts()).toEqual(expectedCounts(data, selected, textMatches));
    expect(selection.countWithoutText()).toBe(data.filter((row) => passes(row, selected, null, null)).length);
    for (const facet of FACETS) {
      for (const value of selected[facet]) {
        const dropped = { ...selected, [facet]: selected[facet].filter((entry) => entry !== value) };
        expect(selection.countWithout(facet, value), `${facet}=${value}`).toBe(
          data.filter((row) => passes(row, dropped, null, textMatches)).length,
        );
      }
    }
  });

  it("pages in a stored order, skipping what the selection drops", () => {
    const selected = { ...none(), typ: ["stadt"] };
    const expected = data
      .filter((row) => passes(row, selected, null, null))
      .sort((a, b) => a.byCost - b.byCost)
      .map((row) => row.profileId);
    const selection = index.select(selected, null);
    expect(selection.page("kosten", 0, 20)).toEqual(expected.slice(0, 20));
    expect(selection.page("kosten", 40, 20)).toEqual(expected.slice(40, 60));
    expect(selection.page("kosten", expected.length - 5, 20)).toEqual(expected.slice(-5));
    expect(selection.page("kosten", expected.length, 20)).toEqual([]);
  });

  it("pages by rank, ties in name order", () => {
    const rank = new Map([...text].map((id, number) => [id, number % 4]));
    const selected = { ...none(), bezirk: ["stuttgart"] };
    const expected = data
      .filter((row) => passes(row, selected, null, text))
      .sort((a, b) => rank.get(b.profileId)! - rank.get(a.profileId)! || a.byName - b.byName)
      .map((row) => row.profileId);
    const selection = index.select(selected, rank.keys());
    expect(selection.pageByRank(rank, 0, 20)).toEqual(expected.slice(0, 20));
    expect(selection.pageByRank(rank, 20, 20)).toEqual(expected.slice(20, 40));
  });

  it("ignores matches of documents it does not hold (published after it was loaded)", () => {
    const selection = index.select(none(), ["unbekannt", data[0]!.profileId]);
    expect(selection.total).toBe(1);
  });
});
