import { z } from "zod";
import type { MunicipalityKind } from "@/generated/prisma/enums";

/**
 * The URL state of the public listing (`/steckbriefe?typ=stadt&seite=2`), in one place: parsing,
 * the canonical query string, and links to other pages of it. Today `typ` and `seite`; the search
 * (issue "Volltextsuche und Filter") adds `q`, `thema`, `bezirk`, `kreis`, `format`, `jahr`,
 * `teilnehmende`, `kosten` and `sort` — one entry each in LISTING_PARAMS (schema, default) and its
 * place in PARAM_ORDER; parsing, serializing and the page links follow from there.
 *
 * Parsing never fails: a value that does not fit its schema is treated as absent (the default), so
 * junk in the address bar gives the unfiltered page 1, never an error page. The canonical form
 * omits defaults and has a fixed parameter order, so one state has exactly one address — and one
 * cache entry (proxy.ts rewrites the canonical query onto a cached path, see listingStateSegment).
 *
 * No server-only imports: the proxy and client components may use it too.
 */

/** `typ` values (slugs) and the municipality kinds they stand for. */
export const KIND_BY_SLUG = { landkreis: "LANDKREIS", stadt: "STADT", gemeinde: "GEMEINDE" } as const satisfies Record<
  string,
  MunicipalityKind
>;
export type KindSlug = keyof typeof KIND_BY_SLUG;
export const KIND_SLUGS = Object.keys(KIND_BY_SLUG) as KindSlug[];
export const SLUG_BY_KIND = Object.fromEntries(Object.entries(KIND_BY_SLUG).map(([slug, kind]) => [kind, slug])) as Record<
  MunicipalityKind,
  KindSlug
>;

/** Cards per page of the listing. */
export const PAGE_SIZE = 20;
/**
 * Highest page number accepted. Far above any real listing (100,000 profiles are 5,000 pages);
 * a larger number counts as junk (page 1), so that nobody can make the cache hold endless 404s.
 */
export const MAX_PAGE = 50_000;

const PAGE_NUMBER = /^[1-9][0-9]{0,5}$/;

/** One schema per parameter; `.catch` turns a wrong value into the default (never an exception). */
const LISTING_PARAMS = {
  typ: z
    .enum(KIND_SLUGS as [KindSlug, ...KindSlug[]])
    .optional()
    .catch(undefined),
  seite: z
    .string()
    .regex(PAGE_NUMBER)
    .transform(Number)
    .pipe(z.number().int().min(1).max(MAX_PAGE))
    .optional()
    .catch(undefined)
    .transform((page) => page ?? 1),
} as const;

export type ListingParam = keyof typeof LISTING_PARAMS;

/** The order of parameters in the canonical query string (filters first, the page last). */
const PARAM_ORDER: readonly ListingParam[] = ["typ", "seite"];

const listingStateSchema = z.object(LISTING_PARAMS);

export type ListingState = z.output<typeof listingStateSchema>;

/** The state without any parameter: all profiles, page 1. */
export const DEFAULT_LISTING_STATE: ListingState = listingStateSchema.parse({});

/** What Next passes as `searchParams`, or URLSearchParams (proxy, forms), or a query string. */
export type ListingSearchParams = URLSearchParams | string | Record<string, string | string[] | undefined>;

/** The listing's state from the URL: tolerant, never throws; unknown parameters are ignored. */
export function parseListingParams(input: ListingSearchParams): ListingState {
  const raw: Record<string, string> = {};
  for (const key of PARAM_ORDER) {
    const value = firstValue(input, key);
    // An empty field of a GET form (`?typ=`) means "not set".
    if (value !== undefined && value.trim() !== "") raw[key] = value.trim();
  }
  return listingStateSchema.parse(raw);
}

function firstValue(input: ListingSearchParams, key: string): string | undefined {
  if (typeof input === "string") return new URLSearchParams(input).get(key) ?? undefined;
  if (input instanceof URLSearchParams) return input.get(key) ?? undefined;
  const value = input[key];
  return Array.isArray(value) ? value[0] : value;
}

/** The canonical query string (without "?"): fixed order, defaults omitted; "" for the default state. */
export function serializeListingState(state: Partial<ListingState>): string {
  const complete = { ...DEFAULT_LISTING_STATE, ...state };
  const query = new URLSearchParams();
  for (const key of PARAM_ORDER) {
    const value = complete[key];
    if (value === undefined || value === DEFAULT_LISTING_STATE[key]) continue;
    query.set(key, String(value));
  }
  return query.toString();
}

/** Whether a query string is already the canonical form of the state it stands for. */
export function isCanonicalListingQuery(query: string): boolean {
  const trimmed = query.startsWith("?") ? query.slice(1) : query;
  return serializeListingState(parseListingParams(trimmed)) === trimmed;
}

/** The public path of the listing. */
export const LISTING_PATH = "/steckbriefe";

/** The public address (path and query) of a state, e.g. `/steckbriefe?typ=stadt&seite=2`. */
export function listingHref(state: Partial<ListingState>): string {
  const query = serializeListingState(state);
  return query ? `${LISTING_PATH}?${query}` : LISTING_PATH;
}

/** The address of another page of the same filter. */
export function listingPageHref(state: ListingState, page: number): string {
  return listingHref({ ...state, seite: page });
}

/** The address of a filter, from its first page (a new filter starts at page 1). */
export function listingFilterHref(state: ListingState, change: Partial<Omit<ListingState, "seite">>): string {
  return listingHref({ ...state, ...change, seite: 1 });
}

/**
 * The state as one path segment of the internal, cached route (`/steckbriefe/liste/<segment>`):
 * the canonical query string, percent-encoded, or "alle" for the default state. Only ever built
 * from a parsed state, so it is canonical by construction.
 */
export const DEFAULT_STATE_SEGMENT = "alle";

export function listingStateSegment(state: ListingState): string {
  const query = serializeListingState(state);
  return query ? encodeURIComponent(query) : DEFAULT_STATE_SEGMENT;
}

/**
 * The state of a segment, or null when the segment is not the canonical form of any state (the
 * route then answers 404: one state, one address). Accepts the segment encoded or decoded.
 */
export function listingStateFromSegment(segment: string): ListingState | null {
  if (segment === DEFAULT_STATE_SEGMENT) return DEFAULT_LISTING_STATE;
  let query: string;
  try {
    query = segment.includes("%") ? decodeURIComponent(segment) : segment;
  } catch {
    return null;
  }
  if (query === "" || !isCanonicalListingQuery(query)) return null;
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
