import { apiText } from "./texts";
import { FACETS, MAX_PAGE, MAX_QUERY_LENGTH, SearchParams, SORTS, parseSearchParams } from "@/lib/search/search-params";

/**
 * The API's query parameters: the same names and values as the search page `/steckbriefe` (one parser,
 * lib/search/search-params.ts), but strict — where the page quietly drops what it does not know, the API
 * answers 400 and names each bad parameter, so that a client learns of its mistake.
 */

export interface InvalidParam {
  name: string;
  reason: string;
  reason_en: string;
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** A bad parameter with the reason's text (OpenData.invalidParams.<reason>) in German and English. */
function invalidParam(name: string, reason: string, values?: Record<string, string | number>): InvalidParam {
  const text = apiText(`OpenData.invalidParams.${reason}`, values);
  return { name, reason: text.de, reason_en: text.en };
}

const unknownParam = (name: string) => invalidParam(name, "unknown");

function pageNumber(name: string, raw: string, max: number): number | InvalidParam {
  if (/^\d{1,7}$/.test(raw) && Number(raw) >= 1 && Number(raw) <= max) return Number(raw);
  return invalidParam(name, "wholeNumber", { max });
}

/** Page and page size (`seite`, `proSeite`) of any list. */
function paging(query: URLSearchParams, invalid: InvalidParam[]): { page: number; pageSize: number } {
  let page = 1;
  let pageSize = DEFAULT_PAGE_SIZE;
  const seite = query.get("seite");
  if (seite !== null) {
    const value = pageNumber("seite", seite, MAX_PAGE);
    if (typeof value === "number") page = value;
    else invalid.push(value);
  }
  const proSeite = query.get("proSeite");
  if (proSeite !== null) {
    const value = pageNumber("proSeite", proSeite, MAX_PAGE_SIZE);
    if (typeof value === "number") pageSize = value;
    else invalid.push(value);
  }
  return { page, pageSize };
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; invalid: InvalidParam[] };

/** The search of `GET /api/v1/steckbriefe` (filters, sort, page and page size) and of the downloads (without pages). */
export function parseSteckbriefQuery(query: URLSearchParams, { paged = true } = {}): Parsed<{ params: SearchParams; pageSize: number }> {
  const invalid: InvalidParam[] = [];
  const known = new Set<string>(["q", "sort", ...(paged ? ["seite", "proSeite"] : []), ...FACETS]);
  for (const name of new Set(query.keys())) if (!known.has(name)) invalid.push(unknownParam(name));

  const q = query.getAll("q");
  if (q.length > 1) invalid.push(invalidParam("q", "oneText"));
  if ((q[0] ?? "").length > MAX_QUERY_LENGTH) invalid.push(invalidParam("q", "tooLong", { max: MAX_QUERY_LENGTH }));
  for (const facet of FACETS) {
    for (const value of query.getAll(facet).flatMap((entry) => entry.split(","))) {
      // A value the page's parser keeps is valid; an unknown slug of the right form is valid too (it finds nothing).
      const kept = (SearchParams.parse({ [facet]: value })[facet] as unknown[]).length === 1;
      if (!kept) invalid.push(invalidParam(facet, "invalidValue", { value: value.slice(0, 50) }));
    }
  }
  const sort = query.get("sort");
  if (sort !== null && !(SORTS as readonly string[]).includes(sort)) {
    invalid.push(invalidParam("sort", "allowed", { values: SORTS.join(", ") }));
  }
  const { pageSize } = paging(query, invalid);
  if (invalid.length) return { ok: false, invalid };
  return { ok: true, value: { params: parseSearchParams(query), pageSize } };
}

/** `GET /api/v1/kommunen`: page and page size only. */
export function parsePagingQuery(query: URLSearchParams): Parsed<{ page: number; pageSize: number }> {
  const invalid: InvalidParam[] = [];
  for (const name of new Set(query.keys())) if (name !== "seite" && name !== "proSeite") invalid.push(unknownParam(name));
  const value = paging(query, invalid);
  return invalid.length ? { ok: false, invalid } : { ok: true, value };
}

/** Endpoints without parameters. */
export function parseNoQuery(query: URLSearchParams): Parsed<null> {
  const invalid = [...new Set(query.keys())].map(unknownParam);
  return invalid.length ? { ok: false, invalid } : { ok: true, value: null };
}
