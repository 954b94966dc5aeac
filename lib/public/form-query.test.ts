import { describe, expect, it } from "vitest";
import { canonicalFormQuery } from "./form-query";
import { parseListingParams, serializeListingState } from "./listing-params";

const CASES: [string, string][][] = [
  [
    ["q", ""],
    ["sort", "relevanz"],
  ],
  [
    ["q", "  Wohnung   Bürger "],
    ["sort", "relevanz"],
  ],
  [
    ["q", "100% sicher"],
    ["sort", "name"],
  ],
  [
    ["q", ""],
    ["sort", "name"],
  ],
  [
    ["q", ""],
    ["sort", "neueste"],
    ["typ", "stadt"],
    ["typ", "gemeinde"],
  ],
  [
    ["q", "x"],
    ["thema", "wohnen"],
    ["jahr", "2017"],
    ["jahr", "2016"],
    ["kosten", "bis-1000"],
    ["sort", "kosten"],
  ],
];

describe("the search form's query in the browser", () => {
  it("equals the listing's canonical query", () => {
    for (const entries of CASES) {
      const data = new FormData();
      for (const [key, value] of entries) data.append(key, value);
      expect(canonicalFormQuery(data), JSON.stringify(entries)).toBe(
        serializeListingState(parseListingParams(new URLSearchParams(entries))),
      );
    }
  });
});
