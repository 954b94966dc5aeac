import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { MunicipalityKind, Regierungsbezirk } from "@/generated/prisma/enums";
import { cachedPublicRead, PUBLIC_TAGS } from "@/lib/cache/public-cache";
import { db } from "@/lib/db";
import { MARK_END, MARK_START } from "./document";
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
import { bucketCase, COST, facetPredicate, PARTICIPANTS, resolveSearchFilter, searchTerms, where, type MatchMode } from "./search-filter";

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
 * The database does the work with indexes: GIN on the tsvector, the trigram text and the arrays,
 * B-trees on the scalar facets and sort keys (see the migration and the README's figures).
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

const HEADLINE_OPTIONS = `StartSel="${MARK_START}", StopSel="${MARK_END}", MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;
const TITLE_HEADLINE_OPTIONS = `StartSel="${MARK_START}", StopSel="${MARK_END}", HighlightAll=true`;

const sql = Prisma.sql;
const BODY = sql`concat_ws(E'\\n', d."textB", d."textC", d."catalogText", d."textD")`;

/** Counts per value of one facet over the rows of CTE `source` (aliased d). */
function facetAggregate(group: number, facet: Facet, source: string): Prisma.Sql {
  const from = Prisma.raw(`"${source}" d`);
  const scalar = (column: Prisma.Sql) =>
    sql`SELECT ${group}::int AS g, ${facet} AS facet, ${column}::text AS value, count(*)::int AS n FROM ${from} WHERE ${column} IS NOT NULL GROUP BY 3`;
  const array = (column: Prisma.Sql) =>
    sql`SELECT ${group}::int AS g, ${facet} AS facet, v::text AS value, count(*)::int AS n FROM ${from}, unnest(${column}) v GROUP BY 3`;
  switch (facet) {
    case "typ":
      return scalar(sql`d."kind"`);
    case "bezirk":
      return scalar(sql`d."regierungsbezirk"`);
    case "kreis":
      return scalar(sql`d."kreis"`);
    case "thema":
      return array(sql`d."topics"`);
    case "format":
      return array(sql`d."formats"`);
    case "jahr":
      return array(sql`d."years"`);
    case "teilnehmende":
      return scalar(bucketCase(PARTICIPANTS, PARTICIPANT_BUCKETS));
    case "kosten":
      return scalar(bucketCase(COST, COST_BUCKETS));
  }
}

function orderBy(sort: SortSlug): Prisma.Sql {
  switch (sort) {
    case "relevanz":
      return sql`rank DESC, d."municipalitySortKey", d."title", d."slug"`;
    case "neueste":
      return sql`d."firstPublishedAt" DESC, d."slug"`;
    case "name":
      return sql`d."municipalitySortKey", d."title", d."slug"`;
    case "kosten":
      return sql`d."costTotal" ASC NULLS LAST, d."municipalitySortKey", d."slug"`;
  }
}

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

interface CountRow {
  g: number;
  facet: string;
  value: string | null;
  n: number;
}

const KIND_BY_ENUM = Object.fromEntries(Object.entries(KIND_SLUGS).map(([slug, kind]) => [kind, slug])) as Record<string, string>;
const BEZIRK_BY_ENUM = Object.fromEntries(Object.entries(BEZIRK_SLUGS).map(([slug, value]) => [value, slug])) as Record<string, string>;

/** Searches the public Steckbriefe: one page of results, the facets with their counts, and — when nothing was found — what to drop. */
export async function searchProfiles(params: SearchParams, { pageSize = PAGE_SIZE }: { pageSize?: number } = {}): Promise<SearchResult> {
  const sort = effectiveSort(params);
  const rawTerms = searchTerms(params.q);

  // One transaction: the fallback's similarity threshold is set for it alone (set_config … true).
  return db.$transaction(async (tx) => {
    const { textQuery, mode, text, selected, predicates, conditions: allConditions } = await resolveSearchFilter(tx, params);
    const activeFacets = FACETS.filter((facet) => predicates[facet] !== null);

    // One page, then its snippets (ts_headline only for the rows shown).
    const page = params.seite;
    const rank = sort === "relevanz" && textQuery ? sql`ts_rank(d."document", ${textQuery.any})` : sql`0::real`;
    const rows = await tx.$queryRaw<PageRow[]>`
      WITH page AS (
        SELECT d."profileId", row_number() OVER (ORDER BY ${orderBy(sort)}) AS position
        FROM (SELECT d."profileId", d."municipalitySortKey", d."title", d."slug", d."firstPublishedAt", d."costTotal", ${rank} AS rank
              FROM "PublicSearchDocument" d ${where(allConditions)}) d
        ORDER BY ${orderBy(sort)} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}
      )
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
      FROM page JOIN "PublicSearchDocument" d ON d."profileId" = page."profileId"
      ORDER BY page.position`;

    // Counts: the full selection gives the total and the facets nobody selected; each selected facet
    // is counted without its own selection (and gives the counts for dropping each of its values).
    const groups: { facets: Facet[]; without: Facet | null }[] = [
      { facets: FACETS.filter((facet) => !activeFacets.includes(facet)), without: null },
      ...activeFacets.map((facet) => ({ facets: [facet], without: facet })),
    ];
    const ctes: Prisma.Sql[] = [];
    const selects: Prisma.Sql[] = [];
    groups.forEach((group, index) => {
      const name = `g${index}`;
      const conditions = [text, ...FACETS.map((facet) => (facet === group.without ? null : predicates[facet]))];
      ctes.push(
        sql`${Prisma.raw(`"${name}"`)} AS MATERIALIZED (SELECT d."kind", d."regierungsbezirk", d."kreis", d."topics", d."formats", d."years",
          d."participantCount", d."costTotal" FROM "PublicSearchDocument" d ${where(conditions)})`,
      );
      selects.push(sql`SELECT ${index}::int AS g, '' AS facet, NULL::text AS value, count(*)::int AS n FROM ${Prisma.raw(`"${name}"`)}`);
      for (const facet of group.facets) selects.push(facetAggregate(index, facet, name));
      if (group.without && selected[group.without].length > 1) {
        const facet = group.without;
        for (const value of selected[facet]) {
          const rest = facetPredicate(
            facet,
            selected[facet].filter((entry) => entry !== value),
          )!;
          selects.push(
            sql`SELECT ${index}::int AS g, ${`relax:${facet}`} AS facet, ${value}::text AS value, (count(*) FILTER (WHERE ${rest}))::int AS n
                FROM ${Prisma.raw(`"${name}"`)} d`,
          );
        }
      }
    });
    const counts = await tx.$queryRaw<CountRow[]>`
      WITH ${Prisma.join(ctes, ", ")}
      ${Prisma.join(selects, " UNION ALL ")}`;
    const totalOf = (group: number) => counts.find((row) => row.g === group && row.facet === "")?.n ?? 0;
    const total = totalOf(0);

    const relaxations: Relaxation[] = [];
    if (total === 0) {
      groups.forEach((group, index) => {
        if (!group.without) return;
        const facet = group.without;
        for (const value of selected[facet]) {
          const count =
            selected[facet].length > 1
              ? (counts.find((row) => row.g === index && row.facet === `relax:${facet}` && row.value === value)?.n ?? 0)
              : totalOf(index);
          relaxations.push({ param: facet, value, count });
        }
      });
      if (rawTerms.length) {
        const [withoutText] = await tx.$queryRaw<{ n: number }[]>`
          SELECT count(*)::int AS n FROM "PublicSearchDocument" d ${where(FACETS.map((facet) => predicates[facet]))}`;
        relaxations.push({ param: "q", value: params.q, count: withoutText?.n ?? 0 });
      }
      relaxations.sort((a, b) => b.count - a.count);
    }

    // Labels of the values that come from the data.
    const wanted = (facet: Facet) => [
      ...new Set([...counts.filter((row) => row.facet === facet && row.value).map((row) => row.value!), ...selected[facet]]),
    ];
    const labels = await tx.$queryRaw<{ facet: Facet; value: string; label: string; position: number }[]>`
      SELECT 'thema' AS facet, "slug" AS value, "name" AS label, "sortOrder" AS position FROM "Topic" WHERE "slug" = ANY(${wanted("thema")}::text[])
      UNION ALL
      SELECT 'format', "slug", "name", "sortOrder" FROM "Format" WHERE "slug" = ANY(${wanted("format")}::text[])
      UNION ALL
      SELECT 'kreis', "slug", "name", 0 FROM "Municipality" WHERE "slug" = ANY(${wanted("kreis")}::text[])`;

    const groupOf = (facet: Facet) => groups.findIndex((group) => group.facets.includes(facet));
    const facets = Object.fromEntries(
      FACETS.map((facet) => {
        const group = groupOf(facet);
        const countOf = new Map(
          counts.filter((row) => row.g === group && row.facet === facet).map((row) => [toSlug(facet, row.value!), row.n] as const),
        );
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
            const known = labels.filter((row) => row.facet === facet);
            const values = [...new Set([...countOf.keys(), ...selected[facet]])];
            const label = (value: string) => known.find((row) => row.value === value);
            const collator = new Intl.Collator("de");
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

function toSlug(facet: Facet, value: string): string {
  if (facet === "typ") return KIND_BY_ENUM[value] ?? value;
  if (facet === "bezirk") return BEZIRK_BY_ENUM[value] ?? value;
  return value;
}

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
