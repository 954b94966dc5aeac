import { describe, expect, it } from "vitest";
import { MAX_QUERY_LENGTH } from "@/lib/search/search-params";
import { DEFAULT_LISTING_STATE, listingHref, parseListingParams } from "./listing-params";
import {
  BW_BOUNDS,
  clusterPoints,
  mapFilterQuery,
  mapHref,
  MAP_HEIGHT,
  MAP_WIDTH,
  nonCanonicalMapHref,
  parseMapQuery,
  project,
  viewportOf,
} from "./map-view";

const all = DEFAULT_LISTING_STATE;

describe("parseMapQuery", () => {
  it("reads the search's filter with the search's parser, ausschnitt and seite, ignoring what does not parse", () => {
    expect(parseMapQuery({ typ: "Stadt", ausschnitt: "8.9,48.6,9.4,48.9", seite: "2" })).toEqual({
      filter: { ...all, typ: ["stadt"] },
      section: { west: 8.9, south: 48.6, east: 9.4, north: 48.9 },
      page: 2,
    });
    expect(parseMapQuery({ typ: "dorf", ausschnitt: "1,2,3", seite: "-4" })).toEqual({ filter: all, section: null, page: 1 });
    // Several values of one facet are alternatives, as in the search (the map used to take only the first kind).
    expect(parseMapQuery({ typ: ["gemeinde", "stadt"], ausschnitt: "9.4,48.9,8.9,48.6" })).toEqual({
      filter: { ...all, typ: ["gemeinde", "stadt"] },
      section: null,
      page: 1,
    });
  });

  it("takes every search parameter, and neither the search's sort nor its page", () => {
    const query = parseMapQuery(
      new URLSearchParams(
        "q=Begegnung&typ=stadt&thema=wohnen&thema=sprache&bezirk=tuebingen&kreis=landkreis-tuebingen&format=fest&jahr=2016&teilnehmende=31-60&kosten=bis-1000&sort=neueste&seite=3&sprache=de",
      ),
    );
    expect(query.filter).toEqual({
      ...all,
      q: "Begegnung",
      typ: ["stadt"],
      thema: ["wohnen", "sprache"],
      bezirk: ["tuebingen"],
      kreis: ["landkreis-tuebingen"],
      format: ["fest"],
      jahr: [2016],
      teilnehmende: ["31-60"],
      kosten: ["bis-1000"],
      sort: null,
      seite: 1,
    });
    expect(query.page).toBe(3);
  });

  it("drops junk and cuts an overlong search text as the search does", () => {
    const query = parseMapQuery({ q: "x".repeat(10_000), thema: "<script>", jahr: "1800", kosten: "gratis", teilnehmende: ["1", "2"] });
    expect(query.filter).toEqual({ ...all, q: "x".repeat(MAX_QUERY_LENGTH) });
    expect(mapHref({ filter: query.filter }).length).toBeLessThan(MAX_QUERY_LENGTH + 20);
    expect(parseMapQuery({ ausschnitt: "a".repeat(10_000), seite: "9".repeat(50) })).toEqual({ filter: all, section: null, page: 1 });
  });

  it("clamps a section to the state", () => {
    expect(parseMapQuery({ ausschnitt: "0,0,9,49" }).section).toEqual({ west: BW_BOUNDS.west, south: BW_BOUNDS.south, east: 9, north: 49 });
  });

  it("round-trips through mapHref, the filter in the listing's canonical form", () => {
    const query = {
      filter: { ...all, typ: ["landkreis" as const], thema: ["wohnen", "arbeit"], q: "Fest am See" },
      section: { west: 8.5, south: 48.1, east: 9.25, north: 48.75 },
      page: 3,
    };
    const href = mapHref(query, "#liste");
    expect(href).toBe("/karte?q=Fest+am+See&typ=landkreis&thema=arbeit&thema=wohnen&ausschnitt=8.5,48.1,9.25,48.75&seite=3#liste");
    expect(parseMapQuery(new URL(href, "http://x").searchParams)).toEqual({
      ...query,
      filter: { ...query.filter, thema: ["arbeit", "wohnen"] },
    });
    expect(mapHref({})).toBe("/karte");
    expect(mapHref({ filter: all, page: 1 })).toBe("/karte");
  });

  it("shares the selection with the listing: the same query, without the listing's sort and page", () => {
    const state = parseListingParams("q=wohnung&thema=wohnen&typ=stadt&sort=neueste&seite=2");
    expect(mapFilterQuery(state)).toBe("q=wohnung&typ=stadt&thema=wohnen");
    expect(mapHref({ filter: state })).toBe(`/karte?${mapFilterQuery(state)}`);
    expect(listingHref(parseMapQuery(new URL(mapHref({ filter: state }), "http://x").searchParams).filter)).toBe(
      "/steckbriefe?q=wohnung&typ=stadt&thema=wohnen",
    );
    expect(mapFilterQuery(all)).toBe("");
  });
});

describe("nonCanonicalMapHref", () => {
  it("leaves the canonical address alone and names it for every other spelling", () => {
    expect(nonCanonicalMapHref({})).toBeNull();
    expect(nonCanonicalMapHref(new URLSearchParams("typ=stadt&thema=wohnen&ausschnitt=8.5,48.1,9.25,48.75&seite=2"))).toBeNull();
    expect(nonCanonicalMapHref({ q: "Fest am See", typ: ["gemeinde", "stadt"] })).toBeNull();
    expect(nonCanonicalMapHref({ q: "a,b" })).toBeNull();
    // what a GET form sends: empty fields, the form's order
    expect(nonCanonicalMapHref(new URLSearchParams("q=&thema=wohnen&typ=stadt"))).toBe("/karte?typ=stadt&thema=wohnen");
    expect(nonCanonicalMapHref({ typ: "stadt,gemeinde", sort: "name", seite: "1" })).toBe("/karte?typ=gemeinde&typ=stadt");
    expect(nonCanonicalMapHref({ typ: "dorf", ausschnitt: "1,2", q: "x".repeat(10_000) })).toBe(`/karte?q=${"x".repeat(MAX_QUERY_LENGTH)}`);
    expect(nonCanonicalMapHref({ ausschnitt: "8.123456,48.1,9.2,48.7" })).toBe("/karte?ausschnitt=8.1235,48.1,9.2,48.7");
  });

  it("is stable: the canonical address of any input is canonical", () => {
    for (const input of [
      "q=&typ=stadt",
      "thema=b,a&jahr=2016&jahr=2017&seite=0",
      "ausschnitt=0,0,99,99",
      "q=B%C3%BCrger+Dialog&kosten=bis-1000",
    ]) {
      const href = nonCanonicalMapHref(new URLSearchParams(input)) ?? `/karte?${input}`;
      expect(nonCanonicalMapHref(new URL(href, "http://x").searchParams), href).toBeNull();
    }
  });
});

describe("projection and clustering", () => {
  it("maps the state's corners onto the map", () => {
    expect(project(BW_BOUNDS.north, BW_BOUNDS.west)).toEqual({ x: 0, y: 0 });
    const se = project(BW_BOUNDS.south, BW_BOUNDS.east);
    expect(se.x).toBeCloseTo(MAP_WIDTH);
    expect(se.y).toBeCloseTo(MAP_HEIGHT, 0);
  });

  it("keeps every place exactly once, clusters neighbours and splits them when zoomed in", () => {
    const stuttgart = { lat: 48.7758, lon: 9.1829, id: "s" };
    const near = { lat: 48.7708, lon: 9.1879, id: "e" };
    const freiburg = { lat: 47.999, lon: 7.8421, id: "f" };
    const whole = clusterPoints([stuttgart, near, freiburg], viewportOf(null));
    expect(whole.map((mark) => (mark.type === "place" ? 1 : mark.items.length)).reduce((a, b) => a + b)).toBe(3);
    const cluster = whole.find((mark) => mark.type === "cluster");
    expect(cluster?.type === "cluster" && cluster.items.map((item) => item.id).sort()).toEqual(["e", "s"]);
    if (cluster?.type !== "cluster") throw new Error("no cluster");
    const zoomed = clusterPoints([stuttgart, near], viewportOf(cluster.section));
    expect(zoomed.every((mark) => mark.type === "place")).toBe(true);
  });

  it("scales to 11,000 places without a marker per place", () => {
    const places = Array.from({ length: 11_000 }, (_, i) => ({
      lat: BW_BOUNDS.south + (((i * 7919) % 1000) / 1000) * (BW_BOUNDS.north - BW_BOUNDS.south),
      lon: BW_BOUNDS.west + (((i * 104729) % 1000) / 1000) * (BW_BOUNDS.east - BW_BOUNDS.west),
    }));
    const marks = clusterPoints(places, viewportOf(null));
    expect(marks.length).toBeLessThan(1200);
    expect(marks.reduce((sum, mark) => sum + (mark.type === "place" ? 1 : mark.items.length), 0)).toBe(11_000);
  });
});
