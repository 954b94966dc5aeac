import { FACETS } from "@/lib/search/facets";

/**
 * The search form's data as the listing's canonical query, for the browser (components/listing/live-search.tsx),
 * without the parameter schemas (zod): the form only ever holds valid values, so only order, defaults and
 * the page remain. Kept equal to serializeListingState by its test.
 */
export function canonicalFormQuery(data: FormData): string {
  const query = new URLSearchParams();
  const q = String(data.get("q") ?? "")
    .replace(/\s+/g, " ")
    .trim();
  if (q) query.set("q", q);
  for (const facet of FACETS) {
    const values = [...new Set(data.getAll(facet).map(String))].sort();
    for (const value of values) query.append(facet, value);
  }
  const sort = String(data.get("sort") ?? "");
  // The default order is left out: relevance (by name without a search text).
  if (sort && sort !== "relevanz" && !(sort === "name" && !q)) query.set("sort", sort);
  return query.toString();
}
