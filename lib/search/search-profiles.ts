import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { MunicipalityKind, Regierungsbezirk } from "@/generated/prisma/enums";
import { cachedPublicRead, PUBLIC_TAGS } from "@/lib/cache/public-cache";
import { db } from "@/lib/db";
import { MARK_END, MARK_START } from "./document";
import type { StoredOrder } from "./facet-index";
import { currentFacetIndex } from "./facet-index-store";
import {
  BEZIRK_SLUGS,
  COST_BUCKETS,
  effectiveSort,
  FACETS,
  KIND_SLUGS,
  PAGE_SIZE,
  PARTICIPANT_BUCKETS,
  type Facet,
  type SearchParams,
  type SortSlug,
} from "./search-params";
import { rangeLabelKey } from "./labels";
import { resolveSearchFilter, searchTerms, type MatchMode } from "./search-filter";

/**
 * Full-text search and facets over the public Steckbriefe (issue 10), on the search documents
 * (PublicSearchDocument: only publicly visible profiles, see ./index-documents.ts).
 *
 * Text: German full-text search (stemming, umlauts and ß folded) with prefix matching of every term,
 * ranked by weight (title above teaser above the sections). When no document matches the text at all,
 * the search falls back to the vocabulary (PublicSearchLexeme, every lexeme of the documents): per term
 * the lexemes that resemble it (trigram similarity: typos, "Wohnunk" finds "Wohnung"), its spelling
 * with umlauts written out ("Buerger" finds "Bürger"), and lexemes that contain it (compounds: "kammer"
 * finds "Kleiderkammer") — then a full-text search for those, so ranking, snippets and indexes stay the
 * same; the result says so (`matchMode: "fuzzy"`). Trigram matching runs over short words only, never
 * over whole texts: that would not scale.
 *
 * Facets: the counts of each facet are computed with the selection of every *other* facet applied
 * (disjunctive faceting), so a visitor can add alternatives within a facet and sees what each would give.
 *
 * The work is split where each part is cheap: PostgreSQL answers the text condition (GIN on the
 * tsvector, the trigram index of the vocabulary), the ranks and the page's rows with their snippets;
 * the facet counts, the total, the relaxations and the order of a page come from the facet index in
 * memory (./facet-index.ts, kept equal to the documents by ./facet-index-store.ts) — counting over every
 * selected row in SQL took seconds at 100,000 documents (docs/PERFORMANCE.md).
 */

export type { MatchMode };
export { searchTerms };

export interface SearchResultItem {
  slug: string;
  title: string;
  /** the title with the matched words between MARK_START and MARK_END (./snippet.ts, splitMarked) */
  titleMarked: string;
  teaser: string;
  /** why the result matched: a passage of its text with the matches marked; null without a search text */
  snippet: string | null;
  municipalityName: string;
  municipalityKind: MunicipalityKind;
  regierungsbezirk: Regierungsbezirk;
  isDemo: boolean;
  topics: { slug: string; name: string }[];
  years: number[];
  participantCount: number | null;
  costTotal: number | null;
  /** ISO timestamp */
  firstPublishedAt: string;
}

export interface FacetValue {
  /** the URL value (slug, year, range) */
  value: string;
  /** the label where it comes from the data (Kreis, topic, format, year) */
  label: string | null;
  /** the catalogue key of the label where it is fixed (kind, Regierungsbezirk, ranges) */
  labelKey: string | null;
  /** profiles matching the search and the *other* facets' selection with this value */
  count: number;
  selected: boolean;
}

export interface Relaxation {
  /** the URL parameter and value to drop */
  param: "q" | Facet;
  value: string;
  /** how many profiles the search would find without it */
  count: number;
}

export interface SearchResult {
  params: SearchParams;
  /** the sort order in effect (the default: `relevanz` with a search text, else `name`) */
  sort: SortSlug;
  matchMode: MatchMode;
  items: SearchResultItem[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  facets: Record<Facet, FacetValue[]>;
  /** only when nothing was found: per active filter (and the search text), the count without it, most first */
  relaxations: Relaxation[];
}

const collator = new Intl.Collator("de");

const HEADLINE_OPTIONS = `StartSel="${MARK_START}", StopSel="${MARK_END}", MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;
const TITLE_HEADLINE_OPTIONS = `StartSel="${MARK_START}", StopSel="${MARK_END}", HighlightAll=true`;

const sql = Prisma.sql;
const BODY = sql`concat_ws(E'\\n', d."textB", d."textC", d."catalogText", d."textD")`;

/** The stored order of the index for a sort (relevance without a text is name order). */
const STORED_ORDER: Record<SortSlug, StoredOrder> = {
  relevanz: "name",
  neueste: "neueste",
  name: "name",
  kosten: "kosten",
};

interface PageRow {
  slug: string;
  title: string;
  titleMarked: string | null;
  teaser: string;
  snippet: string | null;
  municipalityName: string;
  kind: MunicipalityKind;
  regierungsbezirk: Regierungsbezirk;
  isDemo: boolean;
  topics: { slug: string; name: string }[] | null;
  years: number[];
  participantCount: number | null;
  costTotal: number | null;
  firstPublishedAt: Date;
}

/** Searches the public Steckbriefe: one page of results, the facets with their counts, and — when nothing was found — what to drop. */
export async function searchProfiles(params: SearchParams, { pageSize = PAGE_SIZE }: { pageSize?: number } = {}): Promise<SearchResult> {
  const sort = effectiveSort(params);
  const rawTerms = searchTerms(params.q);

  // One transaction: the fallback's similarity threshold is set for it alone (set_config … true).
  return db.$transaction(async (tx) => {
    const { textQuery, mode, text, selected } = await resolveSearchFilter(tx, params);
    const index = await currentFacetIndex(tx);

    // The text condition in PostgreSQL (GIN index): the matching documents, ranked when sorted by relevance.
    let textMatches: Map<string, number> | null = null;
    if (text) {
      const rank = sort === "relevanz" && textQuery ? sql`ts_rank(d."document", ${textQuery.any})` : sql`0::real`;
      // As two comma-separated strings in one row: tens of thousands of rows (or array elements) cost the
      // driver far more than splitting a string.
      const [matches] = await tx.$queryRaw<{ ids: string | null; ranks: string | null }[]>`
        SELECT string_agg(m."profileId", ',') AS ids, string_agg(m.rank::text, ',') AS ranks
        FROM (SELECT d."profileId"::text AS "profileId", ${rank} AS rank FROM "PublicSearchDocument" d WHERE ${text}) m`;
      const ranks = matches?.ranks?.split(",") ?? [];
      textMatches = new Map(matches?.ids?.split(",").map((id, position) => [id, Number(ranks[position])]));
    }

    // The facets, the total and the page's documents from the facet index (./facet-index.ts).
    const selection = index.select(selected, textMatches ? textMatches.keys() : null);
    const page = params.seite;
    const offset = (page - 1) * pageSize;
    const pageIds =
      sort === "relevanz" && textMatches
        ? selection.pageByRank(textMatches, offset, pageSize)
        : selection.page(STORED_ORDER[sort], offset, pageSize);

    // The page's rows, then their snippets (ts_headline only for the rows shown).
    const rows = await tx.$queryRaw<PageRow[]>`
      SELECT d."slug", d."title", d."teaser", d."municipalityName", d."kind", d."regierungsbezirk", d."isDemo", d."years",
        d."participantCount", d."costTotal"::float8 AS "costTotal", d."firstPublishedAt",
        (SELECT json_agg(json_build_object('slug', t."slug", 'name', t."name") ORDER BY t."sortOrder", t."name")
           FROM "Topic" t WHERE t."slug" = ANY(d."topics")) AS topics,
        ${
          textQuery
            ? sql`ts_headline('german', d."title", ${textQuery.any}, ${TITLE_HEADLINE_OPTIONS}) AS "titleMarked",
                  ts_headline('german', ${BODY}, ${textQuery.any}, ${HEADLINE_OPTIONS}) AS snippet`
            : sql`NULL AS "titleMarked", NULL AS snippet`
        }
      FROM unnest(${pageIds}::uuid[]) WITH ORDINALITY AS page("profileId", position)
      JOIN "PublicSearchDocument" d ON d."profileId" = page."profileId"
      ORDER BY page.position`;

    const counts = selection.facetCounts();
    const total = selection.total;
    const relaxations: Relaxation[] = [];
    if (total === 0) {
      for (const facet of FACETS) {
        for (const value of selected[facet]) relaxations.push({ param: facet, value, count: selection.countWithout(facet, value) });
      }
      if (rawTerms.length) relaxations.push({ param: "q", value: params.q, count: selection.countWithoutText() });
      relaxations.sort((a, b) => b.count - a.count);
    }

    // Labels of the values that come from the data.
    const wanted = (facet: Facet) => [...new Set([...counts[facet].keys(), ...selected[facet]])];
    const labels = await tx.$queryRaw<{ facet: Facet; value: string; label: string; position: number }[]>`
      SELECT 'thema' AS facet, "slug" AS value, "name" AS label, "sortOrder" AS position FROM "Topic" WHERE "slug" = ANY(${wanted("thema")}::text[])
      UNION ALL
      SELECT 'format', "slug", "name", "sortOrder" FROM "Format" WHERE "slug" = ANY(${wanted("format")}::text[])
      UNION ALL
      SELECT 'kreis', "slug", "name", 0 FROM "Municipality" WHERE "slug" = ANY(${wanted("kreis")}::text[])`;

    const facets = Object.fromEntries(
      FACETS.map((facet) => {
        const countOf = counts[facet];
        const isSelected = (value: string) => selected[facet].includes(value);
        const entry = (value: string, label: string | null, labelKey: string | null): FacetValue => ({
          value,
          label,
          labelKey,
          count: countOf.get(value) ?? 0,
          selected: isSelected(value),
        });
        switch (facet) {
          case "typ":
            return [facet, Object.entries(KIND_SLUGS).map(([slug, kind]) => entry(slug, null, `Kinds.${kind}`))];
          case "bezirk":
            return [facet, Object.entries(BEZIRK_SLUGS).map(([slug, value]) => entry(slug, null, `Regierungsbezirke.${value}`))];
          case "teilnehmende":
            return [facet, PARTICIPANT_BUCKETS.map((bucket) => entry(bucket.slug, null, rangeLabelKey("teilnehmende", bucket.slug)))];
          case "kosten":
            return [facet, COST_BUCKETS.map((bucket) => entry(bucket.slug, null, rangeLabelKey("kosten", bucket.slug)))];
          case "jahr": {
            const years = [...new Set([...countOf.keys(), ...selected.jahr])].sort();
            return [facet, years.map((year) => entry(year, year, null))];
          }
          default: {
            // A Map, not a search per comparison: at 100,000 profiles a facet holds thousands of Kreise.
            const known = new Map(labels.filter((row) => row.facet === facet).map((row) => [row.value, row]));
            const values = [...new Set([...countOf.keys(), ...selected[facet]])];
            const label = (value: string) => known.get(value);
            values.sort(
              (a, b) =>
                (label(a)?.position ?? Number.MAX_SAFE_INTEGER) - (label(b)?.position ?? Number.MAX_SAFE_INTEGER) ||
                collator.compare(label(a)?.label ?? a, label(b)?.label ?? b),
            );
            return [facet, values.map((value) => entry(value, label(value)?.label ?? null, null))];
          }
        }
      }),
    ) as Record<Facet, FacetValue[]>;

    const items = rows.map((row): SearchResultItem => ({
      slug: row.slug,
      title: row.title,
      titleMarked: row.titleMarked ?? row.title,
      teaser: row.teaser,
      snippet: row.snippet,
      municipalityName: row.municipalityName,
      municipalityKind: row.kind,
      regierungsbezirk: row.regierungsbezirk,
      isDemo: row.isDemo,
      topics: row.topics ?? [],
      years: row.years,
      participantCount: row.participantCount,
      costTotal: row.costTotal,
      firstPublishedAt: row.firstPublishedAt.toISOString(),
    }));

    return {
      params,
      sort,
      matchMode: mode,
      items,
      total,
      page,
      pageSize,
      pageCount: Math.max(1, Math.ceil(total / pageSize)),
      facets,
      relaxations,
    };
  }, SEARCH_TRANSACTION);
}

/** A search reads only; the limit is far above what it takes (see the README's figures), never reached in practice. */
const SEARCH_TRANSACTION = { timeout: 30_000, maxWait: 10_000 };

/**
 * searchProfiles from the public cache (what pages should call): the same search for everyone — above
 * all the listing without text or filters, whose counts span every profile — is computed once and kept
 * until a publication, archive or catalogue or municipality edit invalidates it (lib/cache/public-cache.ts).
 */
export const searchPublicProfiles = cachedPublicRead(
  (params: SearchParams) => searchProfiles(params),
  ["public-search"],
  () => [PUBLIC_TAGS.profiles, PUBLIC_TAGS.catalog, PUBLIC_TAGS.municipalities],
);
