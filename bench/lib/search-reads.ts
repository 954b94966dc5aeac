/**
 * The search's reads `npm run bench` measures with EXPLAIN ANALYZE: the listing's (the page LISTING_PATH
 * of bench/run.ts shows) and a search with text and two facets (its SEARCH_PATH). Each is run once before it is measured, as on a
 * running server (connections open, the facet index loaded).
 */
export const explainedSearches = ["typ=stadt&seite=3", "q=wohnung&typ=gemeinde&thema=wohnen"].map((query) => ({
  name: `searchProfiles(${query})`,
  read: async () => {
    const [{ searchProfiles }, { parseSearchParams }] = await Promise.all([
      import("@/lib/search/search-profiles"),
      import("@/lib/search/search-params"),
    ]);
    return searchProfiles(parseSearchParams(new URLSearchParams(query)));
  },
}));
