import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { MunicipalityKind, Regierungsbezirk } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { MARK_END, MARK_START } from "./document";
import {
  BEZIRK_SLUGS,
  COST_BUCKETS,
  effectiveSort,
  FACETS,
  facetValues,
  KIND_SLUGS,
  PAGE_SIZE,
  PARTICIPANT_BUCKETS,
  type Bucket,
  type Facet,
  type SearchParams,
  type SortSlug,
} from "./search-params";
import { rangeLabelKey } from "./labels";
import { fuzzySnippet } from "./snippet";

/**
 * Full-text search and facets over the public Steckbriefe (issue 10), on the search documents
 * (PublicSearchDocument: only publicly visible profiles, see ./index-documents.ts).
 *
 * Text: German full-text search (stemming, umlauts and ß folded) with prefix matching of every term,
 * ranked by weight (title above teaser above the sections); a term of four letters or more also matches
 * inside a word ("kurs" finds "Sprachkurs", ranked after real matches). When no document matches the
 * text at all, the search falls back to trigram similarity (typos: "Wohnunk" finds "Wohnung"; spelling
 * variants: "Buerger" finds "Bürger") and says so (`matchMode: "fuzzy"`).
 *
 * Facets: the counts of each facet are computed with the selection of every *other* facet applied
 * (disjunctive faceting), so a visitor can add alternatives within a facet and sees what each would give.
 *
 * The database does the work with indexes: GIN on the tsvector, the trigram text and the arrays,
 * B-trees on the scalar facets and sort keys (see the migration and the README's figures).
 */

export type MatchMode = "none" | "fulltext" | "fuzzy";

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

/** Words of the search text the query uses: letters and digits only (safe in to_tsquery), at most 8. */
export function searchTerms(q: string): string[] {
  const words = q.match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.map((word) => word.slice(0, 50)))].slice(0, 8);
}

/** Terms this long also match inside words (compounds); shorter ones would match almost everything. */
const INFIX_MIN_LENGTH = 4;
/** pg_trgm word similarity from which a word counts as a typo or variant of a term. */
const FUZZY_THRESHOLD = 0.5;
const HEADLINE_OPTIONS = `StartSel="${MARK_START}", StopSel="${MARK_END}", MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;
const TITLE_HEADLINE_OPTIONS = `StartSel="${MARK_START}", StopSel="${MARK_END}", HighlightAll=true`;

interface Term {
  /** as typed (letters and digits) */
  raw: string;
  /** normalised like public_search_normalize */
  normalized: string;
  /** false for a stop word ("und"): the full-text search ignores it */
  meaningful: boolean;
}

const sql = Prisma.sql;
const BODY = sql`concat_ws(E'\\n', d."textB", d."textC", d."catalogText", d."textD")`;

function bucketPredicate(column: Prisma.Sql, bucket: Bucket): Prisma.Sql {
  const parts = [sql`${column} IS NOT NULL`];
  if (bucket.above !== null) parts.push(sql`${column} > ${bucket.above}`);
  if (bucket.upTo !== null) parts.push(sql`${column} <= ${bucket.upTo}`);
  return sql`(${Prisma.join(parts, " AND ")})`;
}

function bucketCase(column: Prisma.Sql, buckets: readonly Bucket[]): Prisma.Sql {
  return sql`CASE ${Prisma.join(
    buckets.map((bucket) => sql`WHEN ${bucketPredicate(column, bucket)} THEN ${bucket.slug}`),
    " ",
  )} END`;
}

const PARTICIPANTS = sql`d."participantCount"`;
const COST = sql`d."costTotal"`;

/** The condition of one facet's selection (values are alternatives); null = no condition. */
function facetPredicate(facet: Facet, values: string[]): Prisma.Sql | null {
  if (values.length === 0) return null;
  switch (facet) {
    case "typ":
      return sql`d."kind" = ANY(${values.map((value) => KIND_SLUGS[value as keyof typeof KIND_SLUGS])}::"MunicipalityKind"[])`;
    case "bezirk":
      return sql`d."regierungsbezirk" = ANY(${values.map((value) => BEZIRK_SLUGS[value as keyof typeof BEZIRK_SLUGS])}::"Regierungsbezirk"[])`;
    case "kreis":
      return sql`d."kreis" = ANY(${values}::text[])`;
    case "thema":
      return sql`d."topics" && ${values}::text[]`;
    case "format":
      return sql`d."formats" && ${values}::text[]`;
    case "jahr":
      return sql`d."years" && ${values.map(Number)}::int[]`;
    case "teilnehmende":
      return sql`(${Prisma.join(
        PARTICIPANT_BUCKETS.filter((bucket) => values.includes(bucket.slug)).map((bucket) => bucketPredicate(PARTICIPANTS, bucket)),
        " OR ",
      )})`;
    case "kosten":
      return sql`(${Prisma.join(
        COST_BUCKETS.filter((bucket) => values.includes(bucket.slug)).map((bucket) => bucketPredicate(COST, bucket)),
        " OR ",
      )})`;
  }
}

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

function where(conditions: (Prisma.Sql | null)[]): Prisma.Sql {
  const present = conditions.filter((condition): condition is Prisma.Sql => condition !== null);
  return present.length ? sql`WHERE ${Prisma.join(present, " AND ")}` : Prisma.empty;
}

/** The text condition of each mode. Terms are joined by AND; within a term the alternatives by OR. */
function textPredicate(mode: MatchMode, terms: Term[]): Prisma.Sql | null {
  if (mode === "none") return null;
  const usable = mode === "fulltext" ? terms.filter((term) => term.meaningful || term.raw.length >= INFIX_MIN_LENGTH) : terms;
  if (usable.length === 0) return sql`FALSE`;
  return sql`(${Prisma.join(
    usable.map((term) => {
      const alternatives: Prisma.Sql[] = [];
      if (mode === "fulltext") {
        if (term.meaningful) alternatives.push(sql`d."document" @@ to_tsquery('german', ${`${term.raw}:*`})`);
        if (term.raw.length >= INFIX_MIN_LENGTH) alternatives.push(sql`d."searchText" LIKE ${`%${term.normalized}%`}`);
      } else {
        alternatives.push(sql`d."searchText" %> ${term.normalized}`);
        alternatives.push(sql`d."searchText" LIKE ${`%${term.normalized}%`}`);
      }
      return sql`(${Prisma.join(alternatives, " OR ")})`;
    }),
    " AND ",
  )})`;
}

/** Any of the meaningful terms, with prefix matching: what ranks and what ts_headline marks. */
function rankingQuery(terms: Term[]): string {
  return terms
    .filter((term) => term.meaningful)
    .map((term) => `${term.raw}:*`)
    .join(" | ");
}

function rankExpression(mode: MatchMode, terms: Term[]): Prisma.Sql {
  if (mode === "fulltext") {
    const query = rankingQuery(terms);
    return query ? sql`ts_rank(d."document", to_tsquery('german', ${query}))` : sql`0::real`;
  }
  if (mode === "fuzzy") {
    return sql`(${Prisma.join(
      terms.map((term) => sql`word_similarity(${term.normalized}, d."searchText")`),
      " + ",
    )})`;
  }
  return sql`0::real`;
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
  body: string | null;
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

  return db.$transaction(async (tx) => {
    const terms: Term[] = rawTerms.length
      ? await tx.$queryRaw<Term[]>`
          SELECT t AS raw, public_search_normalize(t) AS normalized, numnode(to_tsquery('german', t || ':*')) > 0 AS meaningful
          FROM unnest(${rawTerms}::text[]) WITH ORDINALITY AS x(t, i) ORDER BY i`
      : [];

    // Full text first; trigram similarity only when the text occurs nowhere (whatever the filters).
    let mode: MatchMode = terms.length ? "fulltext" : "none";
    if (mode === "fulltext") {
      const [found] = await tx.$queryRaw<{ found: boolean }[]>`
        SELECT EXISTS (SELECT 1 FROM "PublicSearchDocument" d ${where([textPredicate("fulltext", terms)])}) AS found`;
      if (!found?.found) {
        mode = "fuzzy";
        await tx.$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(FUZZY_THRESHOLD)}, true)`;
      }
    }
    const text = textPredicate(mode, terms);
    const selected = Object.fromEntries(FACETS.map((facet) => [facet, facetValues(params, facet)])) as Record<Facet, string[]>;
    const predicates = Object.fromEntries(FACETS.map((facet) => [facet, facetPredicate(facet, selected[facet])])) as Record<
      Facet,
      Prisma.Sql | null
    >;
    const activeFacets = FACETS.filter((facet) => predicates[facet] !== null);
    const allConditions = [text, ...FACETS.map((facet) => predicates[facet])];

    // One page, then its snippets (ts_headline only for the rows shown).
    const page = params.seite;
    const rankingText = mode === "fulltext" ? rankingQuery(terms) : "";
    const rank = sort === "relevanz" ? rankExpression(mode, terms) : sql`0::real`;
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
          rankingText
            ? sql`ts_headline('german', d."title", to_tsquery('german', ${rankingText}), ${TITLE_HEADLINE_OPTIONS}) AS "titleMarked",
                  ts_headline('german', ${BODY}, to_tsquery('german', ${rankingText}), ${HEADLINE_OPTIONS}) AS snippet,`
            : sql`NULL AS "titleMarked", NULL AS snippet,`
        }
        ${mode === "none" ? sql`NULL` : BODY} AS body
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
      if (mode !== "none") {
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

    const normalizedTerms = terms.map((term) => term.normalized);
    const items = rows.map((row): SearchResultItem => {
      const marked = row.snippet?.includes(MARK_START) ? row.snippet : row.body ? fuzzySnippet(row.body, normalizedTerms) : null;
      return {
        slug: row.slug,
        title: row.title,
        titleMarked: row.titleMarked?.includes(MARK_START) ? row.titleMarked : (fuzzyTitle(row.title, normalizedTerms) ?? row.title),
        teaser: row.teaser,
        snippet: mode === "none" ? null : (marked ?? row.snippet ?? null),
        municipalityName: row.municipalityName,
        municipalityKind: row.kind,
        regierungsbezirk: row.regierungsbezirk,
        isDemo: row.isDemo,
        topics: row.topics ?? [],
        years: row.years,
        participantCount: row.participantCount,
        costTotal: row.costTotal,
        firstPublishedAt: row.firstPublishedAt.toISOString(),
      };
    });

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
  });
}

function fuzzyTitle(title: string, terms: string[]): string | null {
  if (terms.length === 0) return null;
  const marked = fuzzySnippet(title, terms, { words: 1000 });
  return marked?.replace(/^… | …$/g, "") ?? null;
}

function toSlug(facet: Facet, value: string): string {
  if (facet === "typ") return KIND_BY_ENUM[value] ?? value;
  if (facet === "bezirk") return BEZIRK_BY_ENUM[value] ?? value;
  return value;
}
