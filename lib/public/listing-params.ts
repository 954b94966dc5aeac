import type { MunicipalityKind } from "@/generated/prisma/enums";
import { DEFAULT_STATE_SEGMENT, LISTING_PATH } from "./query-routes";
import {
  EMPTY_SEARCH,
  effectiveSort,
  KIND_SLUGS,
  MAX_PAGE,
  PAGE_SIZE,
  parseSearchParams,
  SearchParams,
  toQueryString,
  type KindSlug,
} from "@/lib/search/search-params";

/**
 * The URL state of the public listing (`/steckbriefe?q=wohnung&typ=stadt&thema=wohnen&seite=2`), in one
 * place: parsing, the canonical query string, the path segment of the cached route, and links to other
 * pages of it. The parameters themselves (names, values, junk tolerance) are the search's
 * (lib/search/search-params.ts) — one definition; this module adds what makes one state one address.
 *
 * Parsing never fails: a value that does not fit is treated as absent, so junk in the address bar gives
 * a result, never an error page. The canonical form omits defaults (page 1, the default sort of the
 * state) and has a fixed parameter and value order, so one state has exactly one address — and one
 * cache entry (proxy.ts rewrites the canonical query onto a cached path, see listingStateSegment).
 *
 * No server-only imports: the proxy and client components may use it too.
 */

export type { KindSlug };
/** `typ` values (slugs) and the municipality kinds they stand for. */
export const KIND_BY_SLUG = KIND_SLUGS;
export const SLUG_BY_KIND = Object.fromEntries(Object.entries(KIND_BY_SLUG).map(([slug, kind]) => [kind, slug])) as Record<
  MunicipalityKind,
  KindSlug
>;

export { MAX_PAGE, PAGE_SIZE };

/**
 * Longest canonical query the listing keeps (the path segment of the cached route and its cache key stay
 * bounded). Real states are far shorter: the search text has at most 200 characters; only made-up
 * facet values could exceed it, and those are dropped from the end.
 */
export const MAX_STATE_LENGTH = 1500;

/** The listing's state: the search's parameters, normalized (see canonicalListingState). */
export type ListingState = SearchParams;

/** The state without any parameter: all profiles, default order, page 1. */
export const DEFAULT_LISTING_STATE: ListingState = EMPTY_SEARCH;

/** What Next passes as `searchParams`, or URLSearchParams (proxy, forms), or a query string. */
export type ListingSearchParams = URLSearchParams | string | Record<string, string | string[] | undefined>;

/** The facets whose values are free slugs (the others have a handful of fixed values). */
const FREE_FACETS = ["kreis", "thema", "format"] as const;

/**
 * One state, one form: the sort is left out where it is the default of the state (`relevanz` without a
 * search text means the default too), and an overlong state loses facet values from the end.
 */
export function canonicalListingState(state: ListingState): ListingState {
  let result: ListingState = state.sort && state.sort === effectiveSort({ q: state.q, sort: null }) ? { ...state, sort: null } : state;
  if (result.sort === "relevanz" && !result.q) result = { ...result, sort: null };
  while (toQueryString(result).length > MAX_STATE_LENGTH) {
    const longest = [...FREE_FACETS].sort((a, b) => result[b].length - result[a].length)[0]!;
    if (result[longest].length === 0) break; // cannot happen: q alone is far below the limit
    result = { ...result, [longest]: result[longest].slice(0, -1) };
  }
  return result;
}

/** The listing's state from the URL: tolerant, never throws; unknown parameters are ignored. */
export function parseListingParams(input: ListingSearchParams): ListingState {
  let params: URLSearchParams | Record<string, string | string[] | undefined>;
  if (typeof input === "string") {
    try {
      params = new URLSearchParams(input.startsWith("?") ? input.slice(1) : input);
    } catch {
      params = new URLSearchParams();
    }
  } else {
    params = input;
  }
  return canonicalListingState(parseSearchParams(params));
}

/** The canonical query string (without "?"): fixed order, defaults omitted; "" for the default state. */
export function serializeListingState(state: Partial<ListingState>): string {
  return toQueryString(canonicalListingState(SearchParams.parse({ ...DEFAULT_LISTING_STATE, ...state })));
}

/** Whether a query string is already the canonical form of the state it stands for. */
export function isCanonicalListingQuery(query: string): boolean {
  const trimmed = query.startsWith("?") ? query.slice(1) : query;
  return serializeListingState(parseListingParams(trimmed)) === trimmed;
}

export { LISTING_PATH };

/** The public address (path and query) of a state, e.g. `/steckbriefe?typ=stadt&seite=2`. */
export function listingHref(state: Partial<ListingState>): string {
  return stateHref(LISTING_PATH, state);
}

/** The address of a state on a page that takes the listing's parameters (the listing, /empfehlungen). */
export function stateHref(path: string, state: Partial<ListingState>): string {
  const query = serializeListingState(state);
  return query ? `${path}?${query}` : path;
}

/** The address of another page of the same state. */
export function listingPageHref(state: ListingState, page: number): string {
  return listingHref({ ...state, seite: page });
}

/** The address of a changed filter, from its first page (a new filter starts at page 1). */
export function listingFilterHref(state: ListingState, change: Partial<Omit<ListingState, "seite">>): string {
  return listingHref({ ...state, ...change, seite: 1 });
}

/**
 * The state as one path segment of the internal, cached route (`/steckbriefe/liste/<segment>`):
 * the canonical query string, percent-encoded, or "alle" for the default state. Only ever built
 * from a parsed state, so it is canonical by construction.
 */
export { DEFAULT_STATE_SEGMENT };

export function listingStateSegment(state: ListingState): string {
  const query = serializeListingState(state);
  return query ? encodeURIComponent(query) : DEFAULT_STATE_SEGMENT;
}

/**
 * The state of a segment, or null when the segment is not the canonical form of any state (the
 * route then answers 404: one state, one address). Accepts the segment encoded or decoded: a decoded
 * segment is itself a canonical query (which may hold percent escapes, `q=B%C3%BCrger`); an encoded one
 * never is (it starts with `q%3D…`), so the two readings cannot be confused.
 */
export function listingStateFromSegment(segment: string): ListingState | null {
  if (segment === DEFAULT_STATE_SEGMENT) return DEFAULT_LISTING_STATE;
  if (segment === "") return null;
  if (isCanonicalListingQuery(segment)) return parseListingParams(segment);
  let query: string;
  try {
    query = decodeURIComponent(segment);
  } catch {
    return null;
  }
  if (query === "" || query === segment || !isCanonicalListingQuery(query)) return null;
  return parseListingParams(query);
}

/** Page numbers to show in the pagination: first, last, the current one and its neighbours; null = gap. */
export function paginationItems(current: number, pageCount: number, neighbours = 1): (number | null)[] {
  if (pageCount <= 1) return pageCount === 1 ? [1] : [];
  const pages = new Set<number>([1, pageCount]);
  for (let page = current - neighbours; page <= current + neighbours; page += 1) {
    if (page >= 1 && page <= pageCount) pages.add(page);
  }
  const sorted = [...pages].sort((a, b) => a - b);
  const items: (number | null)[] = [];
  for (const [index, page] of sorted.entries()) {
    const previous = sorted[index - 1];
    if (previous !== undefined && page - previous > 1) {
      // A gap of exactly one page shows that page instead of an ellipsis (no "1 … 3").
      items.push(page - previous === 2 ? previous + 1 : null);
    }
    items.push(page);
  }
  return items;
}

/** Number of pages for `total` results (at least 1: an empty listing is one empty page). */
export function pageCountOf(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}
