import { describe, expect, it } from "vitest";
import { BW_BOUNDS, clusterPoints, mapHref, MAP_HEIGHT, MAP_WIDTH, parseMapQuery, project, viewportOf } from "./map-view";

describe("parseMapQuery", () => {
  it("reads typ, ausschnitt and seite, ignoring what does not parse", () => {
    expect(parseMapQuery({ typ: "Stadt", ausschnitt: "8.9,48.6,9.4,48.9", seite: "2" })).toEqual({
      kind: "STADT",
      section: { west: 8.9, south: 48.6, east: 9.4, north: 48.9 },
      page: 2,
    });
    expect(parseMapQuery({ typ: "dorf", ausschnitt: "1,2,3", seite: "-4" })).toEqual({ kind: null, section: null, page: 1 });
    expect(parseMapQuery({ typ: ["gemeinde", "stadt"], ausschnitt: "9.4,48.9,8.9,48.6" })).toEqual({
      kind: "GEMEINDE",
      section: null,
      page: 1,
    });
  });

  it("clamps a section to the state", () => {
    expect(parseMapQuery({ ausschnitt: "0,0,9,49" }).section).toEqual({ west: BW_BOUNDS.west, south: BW_BOUNDS.south, east: 9, north: 49 });
  });

  it("round-trips through mapHref", () => {
    const query = { kind: "LANDKREIS" as const, section: { west: 8.5, south: 48.1, east: 9.25, north: 48.75 }, page: 3 };
    const href = mapHref(query, "#liste");
    expect(href).toBe("/karte?typ=landkreis&ausschnitt=8.5,48.1,9.25,48.75&seite=3#liste");
    expect(parseMapQuery(Object.fromEntries(new URL(href, "http://x").searchParams))).toEqual(query);
    expect(mapHref({})).toBe("/karte");
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
