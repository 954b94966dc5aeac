import { describe, expect, it } from "vitest";
import {
  parseRecommendationsParams,
  recommendationsHref,
  recommendationsStateFromSegment,
  recommendationsStateSegment,
  serializeRecommendationsState,
} from "./recommendations-params";

describe("the URL state of /empfehlungen", () => {
  it("takes the listing's parameters, without sort, with a page only for a single topic", () => {
    const state = parseRecommendationsParams("thema=wohnen&typ=stadt&sort=kosten&seite=2&utm=x");
    expect(serializeRecommendationsState(state)).toBe("typ=stadt&thema=wohnen&seite=2");
    expect(serializeRecommendationsState(parseRecommendationsParams("thema=wohnen,arbeit&seite=2"))).toBe("thema=arbeit&thema=wohnen");
    expect(serializeRecommendationsState(parseRecommendationsParams("sort=name"))).toBe("");
    expect(recommendationsHref({ thema: ["wohnen"] })).toBe("/empfehlungen?thema=wohnen");
    expect(recommendationsHref({})).toBe("/empfehlungen");
  });

  it("maps a filtered state to one segment of the internal route and back; anything else is no state", () => {
    const state = parseRecommendationsParams("thema=wohnen&typ=stadt");
    const segment = recommendationsStateSegment(state);
    expect(recommendationsStateFromSegment(segment)).toEqual(state);
    expect(recommendationsStateFromSegment("alle")).toBeNull(); // the unfiltered page is /empfehlungen itself
    expect(recommendationsStateFromSegment(encodeURIComponent("thema=wohnen&sort=kosten"))).toBeNull();
    expect(recommendationsStateFromSegment(encodeURIComponent("thema=a&thema=b&seite=2"))).toBeNull();
  });
});
