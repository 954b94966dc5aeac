import { describe, expect, it } from "vitest";
import { effectiveSort, EMPTY_SEARCH, parseSearchParams, toggleFacetValue, toQueryString } from "./search-params";

describe("search parameters", () => {
  it("parses an address, repeated and comma-separated values alike", () => {
    const params = parseSearchParams(
      new URLSearchParams("q=  Wohnen  im  Quartier &typ=stadt&typ=gemeinde&thema=wohnen,sprache&jahr=2016&seite=3"),
    );
    expect(params).toEqual({
      ...EMPTY_SEARCH,
      q: "Wohnen im Quartier",
      typ: ["stadt", "gemeinde"],
      thema: ["wohnen", "sprache"],
      jahr: [2016],
      seite: 3,
    });
  });

  it("drops junk instead of failing", () => {
    const params = parseSearchParams({
      typ: ["dorf", "STADT", "stadt"],
      bezirk: "mordor",
      kreis: "<script>",
      jahr: ["16", "3000", "2017"],
      teilnehmende: "viele",
      kosten: "bis-1000",
      sort: ["zufall"],
      seite: "999999999",
      unbekannt: "x",
    });
    expect(params).toEqual({ ...EMPTY_SEARCH, typ: ["stadt"], jahr: [2017], kosten: ["bis-1000"], seite: 1 });
    expect(parseSearchParams(null)).toEqual(EMPTY_SEARCH);
    expect(parseSearchParams({ q: "x".repeat(500) }).q).toHaveLength(200);
  });

  it("sorts by relevance only with a search text", () => {
    expect(effectiveSort({ q: "", sort: null })).toBe("name");
    expect(effectiveSort({ q: "", sort: "relevanz" })).toBe("name");
    expect(effectiveSort({ q: "Wohnen", sort: null })).toBe("relevanz");
    expect(effectiveSort({ q: "Wohnen", sort: "kosten" })).toBe("kosten");
  });

  it("builds canonical links and toggles facet values (back to page 1)", () => {
    const params = parseSearchParams({ q: "Café", thema: "wohnen", seite: "4" });
    const toggled = toggleFacetValue(params, "thema", "sprache");
    expect(toggled.thema).toEqual(["wohnen", "sprache"]);
    expect(toQueryString(toggled)).toBe("q=Caf%C3%A9&thema=sprache&thema=wohnen");
    expect(toggleFacetValue(toggled, "thema", "wohnen").thema).toEqual(["sprache"]);
    expect(toQueryString(parseSearchParams({ jahr: "2017", seite: "2", sort: "neueste" }))).toBe("jahr=2017&sort=neueste&seite=2");
  });
});
