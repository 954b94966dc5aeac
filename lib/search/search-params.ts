import { z } from "zod";
import type { MunicipalityKind, Regierungsbezirk } from "@/generated/prisma/enums";
import { SLUG_PATTERN } from "@/lib/slug";
import { FACETS, type Facet } from "./facets";

/**
 * The parameters of a search of the public Steckbriefe, named like the URL parameters of the listing
 * (/steckbriefe?q=…&typ=stadt&thema=wohnen&seite=2). Values are slugs. Every facet may hold several
 * values (repeated parameter or comma-separated): values of one facet are alternatives (OR), facets
 * are combined (AND).
 *
 * Parsing never fails: junk (unknown values, wrong types, absurd page numbers) is dropped, so a
 * hand-edited or outdated address still shows a result. Pure (no database), shared by server and tests.
 */

export const KIND_SLUGS = { landkreis: "LANDKREIS", stadt: "STADT", gemeinde: "GEMEINDE" } as const satisfies Record<
  string,
  MunicipalityKind
>;
export type KindSlug = keyof typeof KIND_SLUGS;

export const BEZIRK_SLUGS = {
  stuttgart: "STUTTGART",
  karlsruhe: "KARLSRUHE",
  freiburg: "FREIBURG",
  tuebingen: "TUEBINGEN",
} as const satisfies Record<string, Regierungsbezirk>;
export type BezirkSlug = keyof typeof BEZIRK_SLUGS;

/** A range of a number: above `above` (exclusive) up to `upTo` (inclusive); null = open. */
export interface Bucket<S extends string = string> {
  slug: S;
  above: number | null;
  upTo: number | null;
}

/** Number of participants. The programme's dialogues had about 60 participants on average. */
export const PARTICIPANT_BUCKETS = [
  { slug: "bis-30", above: null, upTo: 30 },
  { slug: "31-60", above: 30, upTo: 60 },
  { slug: "61-100", above: 60, upTo: 100 },
  { slug: "ueber-100", above: 100, upTo: null },
] as const satisfies readonly Bucket[];
export type ParticipantBucket = (typeof PARTICIPANT_BUCKETS)[number]["slug"];

/** Total cost in euros. The programme granted up to 3,000 euros per municipality. */
export const COST_BUCKETS = [
  { slug: "bis-1000", above: null, upTo: 1000 },
  { slug: "1000-3000", above: 1000, upTo: 3000 },
  { slug: "3000-10000", above: 3000, upTo: 10000 },
  { slug: "ueber-10000", above: 10000, upTo: null },
] as const satisfies readonly Bucket[];
export type CostBucket = (typeof COST_BUCKETS)[number]["slug"];

/**
 * Sort orders. `relevanz` ranks by the text match (without a search text: by municipality name, like `name`);
 * `neueste` newest publication first; `name` by municipality name in German order; `kosten` cheapest
 * first (unknown cost last).
 */
export const SORTS = ["relevanz", "neueste", "name", "kosten"] as const;
export type SortSlug = (typeof SORTS)[number];

export const PAGE_SIZE = 20;
/** Highest page number: a larger one counts as this one (no endless cache entries of empty pages). */
export const MAX_PAGE = 10_000;
const MAX_VALUES = 20;
export const MAX_QUERY_LENGTH = 200;

/** The facets, in the order the listing shows them, with their URL parameter (./facets.ts). */
export { FACETS, type Facet };

/** Every value a parameter may hold, as strings (the raw URL form: one string or several). */
function toStrings(raw: unknown): string[] {
  const values = Array.isArray(raw) ? raw : [raw];
  return values
    .map((value) => (typeof value === "number" && Number.isFinite(value) ? String(value) : value))
    .filter((value): value is string => typeof value === "string")
    .flatMap((value) => value.split(","))
    .map((value) => value.trim().toLowerCase())
    .filter(Boolean);
}

function firstString(raw: unknown): string {
  const value: unknown = Array.isArray(raw) ? raw[0] : raw;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return typeof value === "string" ? value : "";
}

/** Several values of one parameter: only those `accept` keeps, each once, in the order given. */
function multi<T>(accept: (value: string) => T | undefined) {
  return z
    .unknown()
    .optional()
    .transform((raw): T[] => {
      const kept: T[] = [];
      for (const value of toStrings(raw)) {
        const accepted = accept(value);
        if (accepted !== undefined && !kept.includes(accepted)) kept.push(accepted);
        if (kept.length === MAX_VALUES) break;
      }
      return kept;
    });
}

const oneOf =
  <T extends string>(allowed: readonly T[]) =>
  (value: string): T | undefined =>
    (allowed as readonly string[]).includes(value) ? (value as T) : undefined;

const slug = (value: string) => (value.length <= 100 && SLUG_PATTERN.test(value) ? value : undefined);

const year = (value: string) => {
  if (!/^\d{4}$/.test(value)) return undefined;
  const number = Number(value);
  return number >= 1900 && number <= 2100 ? number : undefined;
};

export const SearchParams = z.object({
  /** the search text; "" = none */
  q: z
    .unknown()
    .optional()
    .transform((raw) => firstString(raw).replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH)),
  typ: multi(oneOf(Object.keys(KIND_SLUGS) as KindSlug[])),
  bezirk: multi(oneOf(Object.keys(BEZIRK_SLUGS) as BezirkSlug[])),
  /** slug of a Stadt- or Landkreis */
  kreis: multi(slug),
  /** topic slugs */
  thema: multi(slug),
  /** format slugs */
  format: multi(slug),
  jahr: multi(year),
  teilnehmende: multi(oneOf(PARTICIPANT_BUCKETS.map((bucket) => bucket.slug))),
  kosten: multi(oneOf(COST_BUCKETS.map((bucket) => bucket.slug))),
  /** null = the default: `relevanz` with a search text, else `name` */
  sort: z
    .unknown()
    .optional()
    .transform((raw) => oneOf(SORTS)(firstString(raw).trim().toLowerCase()) ?? null),
  /** 1-based */
  seite: z
    .unknown()
    .optional()
    .transform((raw) => {
      const text = firstString(raw).trim();
      const page = /^\d{1,6}$/.test(text) ? Number(text) : 1;
      return Math.min(Math.max(page, 1), MAX_PAGE);
    }),
});
export type SearchParams = z.output<typeof SearchParams>;

/** The parameters of an address: Next's `searchParams` object or URLSearchParams. Never throws. */
export function parseSearchParams(input: URLSearchParams | Record<string, string | string[] | undefined> | null | undefined): SearchParams {
  const record: Record<string, unknown> = {};
  if (input instanceof URLSearchParams) {
    for (const key of new Set(input.keys())) record[key] = input.getAll(key);
  } else if (input && typeof input === "object") {
    Object.assign(record, input);
  }
  return SearchParams.parse(record);
}

export const EMPTY_SEARCH: SearchParams = parseSearchParams({});

/** The effective sort order: `relevanz` only with a search text. */
export function effectiveSort(params: Pick<SearchParams, "q" | "sort">): SortSlug {
  if (params.sort && (params.sort !== "relevanz" || params.q)) return params.sort;
  return params.q ? "relevanz" : "name";
}

/**
 * The canonical query string of `params` (for links: facet toggles, pages, sort): values sorted, defaults
 * and empty parameters left out, several values of one parameter repeated.
 */
export function toQueryString(params: Partial<SearchParams>): string {
  const query = new URLSearchParams();
  if (params.q) query.set("q", params.q);
  for (const facet of FACETS) {
    const values = (params[facet] ?? []) as (string | number)[];
    for (const value of [...values].map(String).sort()) query.append(facet, value);
  }
  if (params.sort) query.set("sort", params.sort);
  if (params.seite && params.seite > 1) query.set("seite", String(params.seite));
  return query.toString();
}

/** Facet values as strings (years are numbers in the parameters). */
export function facetValues(params: SearchParams, facet: Facet): string[] {
  return (params[facet] as (string | number)[]).map(String);
}

/** `params` with one value of a facet added or removed (and back to page 1): the link of a facet checkbox. */
export function toggleFacetValue(params: SearchParams, facet: Facet, value: string): SearchParams {
  const current = facetValues(params, facet);
  const next = current.includes(value) ? current.filter((entry) => entry !== value) : [...current, value];
  return SearchParams.parse({ ...params, [facet]: next, seite: "1" });
}

const KIND_SLUG_OF = Object.fromEntries(Object.entries(KIND_SLUGS).map(([slug, kind]) => [kind, slug])) as Record<
  MunicipalityKind,
  KindSlug
>;
const BEZIRK_SLUG_OF = Object.fromEntries(Object.entries(BEZIRK_SLUGS).map(([slug, value]) => [value, slug])) as Record<
  Regierungsbezirk,
  BezirkSlug
>;

/** The URL value of a municipality kind (`STADT` → `stadt`). */
export const kindSlugOf = (kind: MunicipalityKind): KindSlug => KIND_SLUG_OF[kind];
/** The URL value of a Regierungsbezirk (`TUEBINGEN` → `tuebingen`). */
export const bezirkSlugOf = (bezirk: Regierungsbezirk): BezirkSlug => BEZIRK_SLUG_OF[bezirk];
