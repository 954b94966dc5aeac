import { describe, expect, it } from "vitest";
import {
  DEFAULT_LISTING_STATE,
  isCanonicalListingQuery,
  listingFilterHref,
  listingHref,
  listingPageHref,
  listingStateFromSegment,
  listingStateSegment,
  MAX_PAGE,
  MAX_STATE_LENGTH,
  pageCountOf,
  paginationItems,
  parseListingParams,
  serializeListingState,
  type ListingState,
} from "./listing-params";

const state = (change: Partial<ListingState> = {}): ListingState => ({ ...DEFAULT_LISTING_STATE, ...change });

describe("parsing the listing's URL state", () => {
  it("reads the search's parameters from URLSearchParams, a query string and Next's searchParams", () => {
    const expected = state({ typ: ["stadt"], seite: 3 });
    expect(parseListingParams(new URLSearchParams("typ=stadt&seite=3"))).toEqual(expected);
    expect(parseListingParams("?seite=3&typ=stadt")).toEqual(expected);
    expect(parseListingParams({ typ: "stadt", seite: "3" })).toEqual(expected);
    expect(parseListingParams({ typ: ["stadt", "dorf"], seite: ["3", "4"] })).toEqual(expected);
    expect(parseListingParams("q=Wohnung&thema=wohnen&typ=gemeinde,stadt")).toEqual(
      state({ q: "Wohnung", thema: ["wohnen"], typ: ["gemeinde", "stadt"] }),
    );
  });

  it("defaults to everything, default order, page 1", () => {
    expect(parseListingParams("")).toEqual(DEFAULT_LISTING_STATE);
    expect(DEFAULT_LISTING_STATE).toMatchObject({ q: "", typ: [], thema: [], sort: null, seite: 1 });
  });

  it.each([
    ["typ=dorf", {}],
    ["typ=", {}],
    ["seite=0", {}],
    ["seite=-2", {}],
    ["seite=2.5", {}],
    ["seite=2abc", {}],
    ["seite=1e3", {}],
    ["seite=0x10", {}],
    ["seite=99999999999999999999", {}],
    [`seite=${MAX_PAGE + 1}`, { seite: MAX_PAGE }],
    [`seite=${MAX_PAGE}`, { seite: MAX_PAGE }],
    ["typ=gemeinde&seite=%20%202", { typ: ["gemeinde"], seite: 2 }],
    ["typ=landkreis&utm_source=x&seite=", { typ: ["landkreis"] }],
    ["%E0%A4%A=1&typ=%ZZ", {}],
    ["sort=name", {}],
    ["sort=relevanz", {}],
    ["q=a&sort=relevanz", { q: "a" }],
    ["q=a&sort=name", { q: "a", sort: "name" }],
    ["sort=neueste", { sort: "neueste" }],
    ["sort=zufall", {}],
  ] as const)("tolerates junk and drops defaults: %s", (query, expected) => {
    expect(parseListingParams(query)).toEqual(state(expected as Partial<ListingState>));
  });

  it("keeps the state bounded", () => {
    const long = Array.from({ length: 20 }, (_, index) => `${"k".repeat(90)}-${index}`);
    const parsed = parseListingParams(
      new URLSearchParams([...long.map((value) => ["kreis", value]), ...long.map((value) => ["thema", value])]),
    );
    expect(serializeListingState(parsed).length).toBeLessThanOrEqual(MAX_STATE_LENGTH);
    expect(parsed.kreis.length + parsed.thema.length).toBeGreaterThan(10);
  });
});

describe("the canonical query string", () => {
  it("has a fixed order and omits defaults", () => {
    expect(serializeListingState({ seite: 2, typ: ["stadt"] })).toBe("typ=stadt&seite=2");
    expect(serializeListingState({ typ: ["stadt"], seite: 1 })).toBe("typ=stadt");
    expect(serializeListingState({ seite: 4 })).toBe("seite=4");
    expect(serializeListingState({ thema: ["wohnen"], q: "Wohnung", typ: ["stadt", "gemeinde"] })).toBe(
      "q=Wohnung&typ=gemeinde&typ=stadt&thema=wohnen",
    );
    expect(serializeListingState(DEFAULT_LISTING_STATE)).toBe("");
  });

  it("round-trips every state", () => {
    for (const typ of [[], ["landkreis"], ["stadt"], ["gemeinde", "stadt"]] as const) {
      for (const seite of [1, 2, 17]) {
        for (const q of ["", "Bürger dialog", "100%"]) {
          const query = serializeListingState({ typ: [...typ], seite, q });
          expect(parseListingParams(query)).toEqual(state({ typ: [...typ], seite, q }));
          expect(isCanonicalListingQuery(query)).toBe(true);
        }
      }
    }
  });

  it("recognises non-canonical queries", () => {
    expect(isCanonicalListingQuery("seite=2&typ=stadt")).toBe(false);
    expect(isCanonicalListingQuery("typ=stadt&seite=1")).toBe(false);
    expect(isCanonicalListingQuery("typ=stadt&utm=1")).toBe(false);
    expect(isCanonicalListingQuery("typ=stadt,gemeinde")).toBe(false);
    expect(isCanonicalListingQuery("q=a%20b")).toBe(false);
    expect(isCanonicalListingQuery("q=a+b")).toBe(true);
    expect(isCanonicalListingQuery("?typ=stadt&seite=2")).toBe(true);
    expect(isCanonicalListingQuery("")).toBe(true);
  });
});

describe("links", () => {
  const current = state({ typ: ["stadt"], seite: 3 });
  it("point at the public listing path", () => {
    expect(listingHref(DEFAULT_LISTING_STATE)).toBe("/steckbriefe");
    expect(listingHref({ typ: ["gemeinde"] })).toBe("/steckbriefe?typ=gemeinde");
    expect(listingPageHref(current, 4)).toBe("/steckbriefe?typ=stadt&seite=4");
    expect(listingPageHref(current, 1)).toBe("/steckbriefe?typ=stadt");
  });

  it("start a new filter at page 1", () => {
    expect(listingFilterHref(current, { typ: ["landkreis"] })).toBe("/steckbriefe?typ=landkreis");
    expect(listingFilterHref(current, { typ: [] })).toBe("/steckbriefe");
  });
});

describe("the internal path segment", () => {
  it("is the encoded canonical query, or 'alle'", () => {
    expect(listingStateSegment(DEFAULT_LISTING_STATE)).toBe("alle");
    expect(listingStateSegment(state({ typ: ["stadt"], seite: 2 }))).toBe("typ%3Dstadt%26seite%3D2");
  });

  it("reads back only canonical segments, encoded or decoded", () => {
    expect(listingStateFromSegment("alle")).toEqual(DEFAULT_LISTING_STATE);
    expect(listingStateFromSegment("typ%3Dstadt%26seite%3D2")).toEqual(state({ typ: ["stadt"], seite: 2 }));
    expect(listingStateFromSegment("typ=stadt&seite=2")).toEqual(state({ typ: ["stadt"], seite: 2 }));
    expect(listingStateFromSegment("seite%3D2%26typ%3Dstadt")).toBeNull();
    expect(listingStateFromSegment("typ%3Dstadt%26seite%3D1")).toBeNull();
    expect(listingStateFromSegment("typ%3Ddorf")).toBeNull();
    expect(listingStateFromSegment("%E0%A4%A")).toBeNull();
    expect(listingStateFromSegment("")).toBeNull();
  });

  it("reads text with umlauts and percent signs either way", () => {
    for (const q of ["Bürger", "100% Wohnung"]) {
      const segment = listingStateSegment(state({ q }));
      expect(listingStateFromSegment(segment)).toEqual(state({ q }));
      expect(listingStateFromSegment(decodeURIComponent(segment))).toEqual(state({ q }));
    }
  });
});

describe("pagination items", () => {
  it.each([
    [1, 0, []],
    [1, 1, [1]],
    [1, 2, [1, 2]],
    [1, 5, [1, 2, null, 5]],
    [3, 5, [1, 2, 3, 4, 5]],
    [5, 10, [1, null, 4, 5, 6, null, 10]],
    [10, 10, [1, null, 9, 10]],
    [4, 7, [1, 2, 3, 4, 5, 6, 7]],
  ])("page %i of %i", (current, count, expected) => {
    expect(paginationItems(current, count)).toEqual(expected);
  });

  it("counts pages of 20", () => {
    expect([0, 1, 20, 21, 40, 41].map(pageCountOf)).toEqual([1, 1, 1, 2, 2, 3]);
  });
});
