import "server-only";
import { Prisma } from "@/generated/prisma/client";
import {
  COST_BUCKETS,
  FACETS,
  facetValues,
  BEZIRK_SLUGS,
  KIND_SLUGS,
  PARTICIPANT_BUCKETS,
  type Bucket,
  type Facet,
  type SearchParams,
} from "./search-params";

/**
 * Which search documents a search selects: the text condition (full text, else the vocabulary fallback)
 * and one condition per facet. Shared by the search (./search-profiles.ts) and everything that must
 * count the same profiles as the search does — the statistics (lib/statistics) above all: one
 * definition of "these hits", so a chart never disagrees with the result count it was reached from.
 * Every condition refers to the search documents as `d`.
 */

export type MatchMode = "none" | "fulltext" | "fuzzy";

/** Words of the search text the query uses: letters and digits only (safe in to_tsquery), at most 8. */
export function searchTerms(q: string): string[] {
  const words = q.match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.map((word) => word.slice(0, 50)))].slice(0, 8);
}

/** In the fallback, terms this long also match inside words (compounds); shorter ones would match almost everything. */
const INFIX_MIN_LENGTH = 4;
/** pg_trgm similarity from which a lexeme counts as a typo or variant of a term. */
const FUZZY_THRESHOLD = 0.4;
/** At most this many lexemes stand in for one term in the fallback. */
const FUZZY_CANDIDATES = 12;
const sql = Prisma.sql;

/** What the text matches: `all` must match (the filter), `any` ranks and marks the snippets. */
export interface TextQuery {
  mode: MatchMode;
  all: Prisma.Sql;
  any: Prisma.Sql;
}

/** Full text: every term as a stemmed prefix (to_tsquery stems and drops stop words). */
export function fulltextQuery(terms: string[]): TextQuery {
  const prefixes = terms.map((term) => `${term}:*`);
  return {
    mode: "fulltext",
    all: sql`to_tsquery('german', ${prefixes.join(" & ")})`,
    any: sql`to_tsquery('german', ${prefixes.join(" | ")})`,
  };
}

/**
 * The fallback: `known` terms (they occur somewhere) as they are, and for each of the other `terms` the
 * lexemes of the vocabulary that resemble or contain it. Returns null when such a term has none
 * (nothing can match). The lexemes come back quoted by quote_literal, so the
 * query text is safe to cast to tsquery.
 */
async function fuzzyQuery(tx: Prisma.TransactionClient, known: string[], terms: string[]): Promise<TextQuery | null> {
  await tx.$queryRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(FUZZY_THRESHOLD)}, true)`;
  const rows = await tx.$queryRaw<{ position: bigint; alternatives: string | null }[]>`
    WITH t AS (
      SELECT i AS position, lower(term) AS word,
        coalesce((ts_lexize('german_stem', lower(term)))[1], lower(term)) AS stem,
        (ts_lexize('german_stem', replace(replace(replace(lower(term), 'ae', 'a'), 'oe', 'o'), 'ue', 'u')))[1] AS spelt
      FROM unnest(${terms}::text[]) WITH ORDINALITY AS x(term, i)
      WHERE numnode(to_tsquery('german', term)) > 0
    )
    SELECT t.position, (
      SELECT string_agg(quote_literal(c."lexeme"), ' | ')
      FROM (
        SELECT l."lexeme" FROM "PublicSearchLexeme" l
        WHERE l."lexeme" % t.stem OR l."lexeme" = t.spelt
          OR (length(t.stem) >= ${INFIX_MIN_LENGTH} AND l."lexeme" LIKE '%' || t.stem || '%')
        ORDER BY l."lexeme" = t.spelt DESC, similarity(l."lexeme", t.stem) DESC, l."lexeme"
        LIMIT ${FUZZY_CANDIDATES}
      ) c
    ) AS alternatives
    FROM t ORDER BY t.position`;
  if (rows.length === 0 || rows.some((row) => !row.alternatives)) return null;
  const alternatives = rows.map((row) => row.alternatives!);
  const exact = known.map((term) => `${term}:*`);
  const fuzzyAll = sql`${alternatives.map((entry) => `(${entry})`).join(" & ")}::tsquery`;
  const fuzzyAny = sql`${alternatives.join(" | ")}::tsquery`;
  return {
    mode: "fuzzy",
    all: exact.length ? sql`(to_tsquery('german', ${exact.join(" & ")}) && ${fuzzyAll})` : fuzzyAll,
    any: exact.length ? sql`(to_tsquery('german', ${exact.join(" | ")}) || ${fuzzyAny})` : fuzzyAny,
  };
}

export function bucketPredicate(column: Prisma.Sql, bucket: Bucket): Prisma.Sql {
  const parts = [sql`${column} IS NOT NULL`];
  if (bucket.above !== null) parts.push(sql`${column} > ${bucket.above}`);
  if (bucket.upTo !== null) parts.push(sql`${column} <= ${bucket.upTo}`);
  return sql`(${Prisma.join(parts, " AND ")})`;
}

export function bucketCase(column: Prisma.Sql, buckets: readonly Bucket[]): Prisma.Sql {
  return sql`CASE ${Prisma.join(
    buckets.map((bucket) => sql`WHEN ${bucketPredicate(column, bucket)} THEN ${bucket.slug}`),
    " ",
  )} END`;
}

export const PARTICIPANTS = sql`d."participantCount"`;
export const COST = sql`d."costTotal"`;

/** The condition of one facet's selection (values are alternatives); null = no condition. */
export function facetPredicate(facet: Facet, values: string[]): Prisma.Sql | null {
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

/**
 * Runs an existence check of text matches through the GIN index. For EXISTS the planner prefers a
 * sequential scan that stops at the first match: instant for a common word, but a read of every
 * document when nothing matches (1.2 s at 100,000) — and "nothing matches" is what these checks are
 * there to find. Through the index it takes 2–30 ms either way. Only for this statement: the setting
 * is switched back within the transaction.
 */
async function throughTextIndex<T>(tx: Prisma.TransactionClient, read: () => Promise<T>): Promise<T> {
  await tx.$queryRaw`SELECT set_config('enable_seqscan', 'off', true)`;
  const result = await read();
  await tx.$queryRaw`SELECT set_config('enable_seqscan', 'on', true)`;
  return result;
}

export function where(conditions: (Prisma.Sql | null)[]): Prisma.Sql {
  const present = conditions.filter((condition): condition is Prisma.Sql => condition !== null);
  return present.length ? sql`WHERE ${Prisma.join(present, " AND ")}` : Prisma.empty;
}

export function textPredicate(text: TextQuery | null): Prisma.Sql | null {
  return text ? sql`d."document" @@ ${text.all}` : null;
}

/** The selection of a search: the text condition, the selected values and condition of each facet. */
export interface SearchFilter {
  /** the words of the search text used (./search-params: at most 8) */
  terms: string[];
  /** null without a search text, or when the text resembles no word at all */
  textQuery: TextQuery | null;
  mode: MatchMode;
  /** the text condition: null without a search text, FALSE for a text that resembles nothing */
  text: Prisma.Sql | null;
  selected: Record<Facet, string[]>;
  /** per facet its condition; null = not selected */
  predicates: Record<Facet, Prisma.Sql | null>;
  /** the text and every facet: the whole selection (pass to where()) */
  conditions: (Prisma.Sql | null)[];
}

/**
 * The selection of `params`. Runs in the caller's transaction: the fallback sets its similarity
 * threshold for that transaction alone (set_config … true).
 */
export async function resolveSearchFilter(tx: Prisma.TransactionClient, params: SearchParams): Promise<SearchFilter> {
  const terms = searchTerms(params.q);
  // Full text first. When it finds nothing (whatever the filters), the terms that occur nowhere are
  // replaced by similar words of the vocabulary; terms that all occur, only not together, stay as they
  // are (nothing found; the search's relaxations offer to drop the text).
  let textQuery: TextQuery | null = terms.length ? fulltextQuery(terms) : null;
  if (textQuery) {
    const [found] = await throughTextIndex(
      tx,
      () =>
        tx.$queryRaw<{ found: boolean }[]>`
        SELECT EXISTS (SELECT 1 FROM "PublicSearchDocument" d WHERE ${textPredicate(textQuery!)}) AS found`,
    );
    if (!found?.found) {
      const occurrence = await throughTextIndex(
        tx,
        () => tx.$queryRaw<{ term: string; occurs: boolean }[]>`
          SELECT term, EXISTS (SELECT 1 FROM "PublicSearchDocument" d WHERE d."document" @@ to_tsquery('german', term || ':*')) AS occurs
          FROM unnest(${terms}::text[]) AS term`,
      );
      const unknown = occurrence.filter((row) => !row.occurs).map((row) => row.term);
      if (unknown.length > 0) {
        const known = terms.filter((term) => !unknown.includes(term));
        textQuery = await fuzzyQuery(tx, known, unknown);
      }
    }
  }
  const mode: MatchMode = textQuery?.mode ?? (terms.length ? "fuzzy" : "none");
  // A search text that resembles no word at all matches nothing.
  const text = textQuery ? textPredicate(textQuery) : terms.length ? sql`FALSE` : null;
  const selected = Object.fromEntries(FACETS.map((facet) => [facet, facetValues(params, facet)])) as Record<Facet, string[]>;
  const predicates = Object.fromEntries(FACETS.map((facet) => [facet, facetPredicate(facet, selected[facet])])) as Record<
    Facet,
    Prisma.Sql | null
  >;
  return { terms, textQuery, mode, text, selected, predicates, conditions: [text, ...FACETS.map((facet) => predicates[facet])] };
}
