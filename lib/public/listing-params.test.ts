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
  pageCountOf,
  paginationItems,
  parseListingParams,
  serializeListingState,
} from "./listing-params";

describe("parsing the listing's URL state", () => {
  it("reads typ and seite from URLSearchParams, a query string and Next's searchParams", () => {
    const expected = { typ: "stadt", seite: 3 };
    expect(parseListingParams(new URLSearchParams("typ=stadt&seite=3"))).toEqual(expected);
    expect(parseListingParams("?seite=3&typ=stadt")).toEqual(expected);
    expect(parseListingParams({ typ: "stadt", seite: "3" })).toEqual(expected);
    expect(parseListingParams({ typ: ["stadt", "gemeinde"], seite: ["3", "4"] })).toEqual(expected);
  });

  it("defaults to all kinds, page 1", () => {
    expect(parseListingParams("")).toEqual({ typ: undefined, seite: 1 });
    expect(DEFAULT_LISTING_STATE).toEqual({ typ: undefined, seite: 1 });
  });

  it.each([
    ["typ=dorf", { typ: undefined, seite: 1 }],
    ["typ=STADT", { typ: undefined, seite: 1 }],
    ["typ=", { typ: undefined, seite: 1 }],
    ["seite=0", { typ: undefined, seite: 1 }],
    ["seite=-2", { typ: undefined, seite: 1 }],
    ["seite=2.5", { typ: undefined, seite: 1 }],
    ["seite=2abc", { typ: undefined, seite: 1 }],
    ["seite=1e3", { typ: undefined, seite: 1 }],
    ["seite=0x10", { typ: undefined, seite: 1 }],
    ["seite=007", { typ: undefined, seite: 1 }],
    ["seite=99999999999999999999", { typ: undefined, seite: 1 }],
    [`seite=${MAX_PAGE + 1}`, { typ: undefined, seite: 1 }],
    [`seite=${MAX_PAGE}`, { typ: undefined, seite: MAX_PAGE }],
    ["typ=gemeinde&seite=%20%202", { typ: "gemeinde", seite: 2 }],
    ["typ=landkreis&utm_source=x&seite=", { typ: "landkreis", seite: 1 }],
    ["%E0%A4%A=1&typ=%ZZ", { typ: undefined, seite: 1 }],
  ])("tolerates junk: %s", (query, expected) => {
    expect(parseListingParams(query)).toEqual(expected);
  });
});

describe("the canonical query string", () => {
  it("has a fixed order and omits defaults", () => {
    expect(serializeListingState({ seite: 2, typ: "stadt" })).toBe("typ=stadt&seite=2");
    expect(serializeListingState({ typ: "stadt", seite: 1 })).toBe("typ=stadt");
    expect(serializeListingState({ seite: 4 })).toBe("seite=4");
    expect(serializeListingState(DEFAULT_LISTING_STATE)).toBe("");
  });

  it("round-trips every state", () => {
    for (const typ of [undefined, "landkreis", "stadt", "gemeinde"] as const) {
      for (const seite of [1, 2, 17]) {
        const query = serializeListingState({ typ, seite });
        expect(parseListingParams(query)).toEqual({ typ, seite });
        expect(isCanonicalListingQuery(query)).toBe(true);
      }
    }
  });

  it("recognises non-canonical queries", () => {
    expect(isCanonicalListingQuery("seite=2&typ=stadt")).toBe(false);
    expect(isCanonicalListingQuery("typ=stadt&seite=1")).toBe(false);
    expect(isCanonicalListingQuery("typ=stadt&utm=1")).toBe(false);
    expect(isCanonicalListingQuery("?typ=stadt&seite=2")).toBe(true);
    expect(isCanonicalListingQuery("")).toBe(true);
  });
});

describe("links", () => {
  const state = { typ: "stadt" as const, seite: 3 };
  it("point at the public listing path", () => {
    expect(listingHref(DEFAULT_LISTING_STATE)).toBe("/steckbriefe");
    expect(listingHref({ typ: "gemeinde" })).toBe("/steckbriefe?typ=gemeinde");
    expect(listingPageHref(state, 4)).toBe("/steckbriefe?typ=stadt&seite=4");
    expect(listingPageHref(state, 1)).toBe("/steckbriefe?typ=stadt");
  });

  it("start a new filter at page 1", () => {
    expect(listingFilterHref(state, { typ: "landkreis" })).toBe("/steckbriefe?typ=landkreis");
    expect(listingFilterHref(state, { typ: undefined })).toBe("/steckbriefe");
  });
});

describe("the internal path segment", () => {
  it("is the encoded canonical query, or 'alle'", () => {
    expect(listingStateSegment(DEFAULT_LISTING_STATE)).toBe("alle");
    expect(listingStateSegment({ typ: "stadt", seite: 2 })).toBe("typ%3Dstadt%26seite%3D2");
  });

  it("reads back only canonical segments, encoded or decoded", () => {
    expect(listingStateFromSegment("alle")).toEqual(DEFAULT_LISTING_STATE);
    expect(listingStateFromSegment("typ%3Dstadt%26seite%3D2")).toEqual({ typ: "stadt", seite: 2 });
    expect(listingStateFromSegment("typ=stadt&seite=2")).toEqual({ typ: "stadt", seite: 2 });
    expect(listingStateFromSegment("seite%3D2%26typ%3Dstadt")).toBeNull();
    expect(listingStateFromSegment("typ%3Dstadt%26seite%3D1")).toBeNull();
    expect(listingStateFromSegment("typ%3Ddorf")).toBeNull();
    expect(listingStateFromSegment("%E0%A4%A")).toBeNull();
    expect(listingStateFromSegment("")).toBeNull();
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
