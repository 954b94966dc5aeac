import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { MunicipalityKind } from "@/generated/prisma/enums";
import { cachedPublicRead, PUBLIC_TAGS } from "@/lib/cache/public-cache";
import { db } from "@/lib/db";
import { MUNICIPALITY_KIND_ORDER } from "@/lib/public/queries";
import { rangeLabelKey } from "@/lib/search/labels";
import { bucketCase, COST, PARTICIPANTS, resolveSearchFilter, where } from "@/lib/search/search-filter";
import { BEZIRK_SLUGS, COST_BUCKETS, KIND_SLUGS, PARTICIPANT_BUCKETS, type SearchParams } from "@/lib/search/search-params";
import { ALWAYS_GIVEN, COUNT_CHARTS, NO_VALUE_KEY, type CountChart, type CountEntry, type Statistics } from "./charts";

/**
 * The numbers of the statistics page: the publicly visible profiles a search selects (the same
 * selection as the listing's result count, lib/search/search-filter.ts), counted per value of each
 * facet in PostgreSQL (GROUP BY over the search documents: only published, non-archived profiles are
 * there). Profiles without a value are counted as such ("keine Angabe"), never dropped.
 *
 * Funding and own share are not facets: they are read from the published version each search document
 * was made from (`versionId`), which is what the profile page shows.
 */

const sql = Prisma.sql;

interface CountRow {
  chart: string;
  value: string | null;
  n: number;
}

interface FundingRow {
  kind: MunicipalityKind;
  profiles: number;
  withAmounts: number;
  funding: string;
  ownShare: string;
}

/** Counts of a scalar column (NULL = no value) and of an array column (empty = no value). */
const scalarCounts = (chart: CountChart, column: Prisma.Sql) =>
  sql`SELECT ${chart} AS chart, ${column}::text AS value, count(*)::int AS n FROM sel d GROUP BY 2`;
const arrayCounts = (chart: CountChart, column: Prisma.Sql) =>
  sql`SELECT ${chart} AS chart, v::text AS value, count(*)::int AS n FROM sel d, unnest(${column}) v GROUP BY 2
      UNION ALL SELECT ${chart}, NULL, count(*)::int FROM sel d WHERE cardinality(${column}) = 0`;

const COUNT_QUERIES: Record<CountChart, Prisma.Sql> = {
  typ: scalarCounts("typ", sql`d."kind"`),
  bezirk: scalarCounts("bezirk", sql`d."regierungsbezirk"`),
  thema: arrayCounts("thema", sql`d."topics"`),
  format: arrayCounts("format", sql`d."formats"`),
  jahr: arrayCounts("jahr", sql`d."years"`),
  // A value outside every range cannot occur (the ranges cover all numbers): NULL is a missing value.
  teilnehmende: scalarCounts("teilnehmende", bucketCase(PARTICIPANTS, PARTICIPANT_BUCKETS)),
  kosten: scalarCounts("kosten", bucketCase(COST, COST_BUCKETS)),
};

const KIND_BY_ENUM = Object.fromEntries(Object.entries(KIND_SLUGS).map(([slug, kind]) => [kind, slug]));
const BEZIRK_BY_ENUM = Object.fromEntries(Object.entries(BEZIRK_SLUGS).map(([slug, value]) => [value, slug]));

/** Computes the statistics of the profiles `params` selects (search text and facets; sort and page are ignored). */
export async function computeStatistics(params: SearchParams): Promise<Statistics> {
  return db.$transaction(async (tx) => {
    const filter = await resolveSearchFilter(tx, params);
    // The selection once (MATERIALIZED), every count over it.
    const selection = sql`sel AS MATERIALIZED (
      SELECT d."versionId", d."kind", d."regierungsbezirk", d."topics", d."formats", d."years", d."participantCount", d."costTotal", d."isDemo"
      FROM "PublicSearchDocument" d ${where(filter.conditions)})`;
    const counts = await tx.$queryRaw<CountRow[]>`
      WITH ${selection}
      SELECT 'total' AS chart, NULL::text AS value, count(*)::int AS n FROM sel
      UNION ALL SELECT 'demo', NULL, (count(*) FILTER (WHERE sel."isDemo"))::int FROM sel
      UNION ALL ${Prisma.join(
        COUNT_CHARTS.map((chart) => COUNT_QUERIES[chart]),
        " UNION ALL ",
      )}`;
    // Sums only over profiles that give both amounts: a sum of fundings of some profiles set against the
    // own shares of others would compare nothing.
    const both = sql`v."costFunding" IS NOT NULL AND v."costOwnShare" IS NOT NULL`;
    const funding = await tx.$queryRaw<FundingRow[]>`
      WITH ${selection}
      SELECT d."kind", count(*)::int AS profiles, (count(*) FILTER (WHERE ${both}))::int AS "withAmounts",
        coalesce(sum(v."costFunding") FILTER (WHERE ${both}), 0)::text AS funding,
        coalesce(sum(v."costOwnShare") FILTER (WHERE ${both}), 0)::text AS "ownShare"
      FROM sel d JOIN "ProfileVersion" v ON v."id" = d."versionId"
      GROUP BY d."kind"`;

    const of = (chart: string) => counts.filter((row) => row.chart === chart);
    const free = (chart: "thema" | "format") => [
      ...new Set([...of(chart).flatMap((row) => (row.value ? [row.value] : [])), ...filter.selected[chart]]),
    ];
    const labels = await tx.$queryRaw<{ chart: "thema" | "format" | "kreis"; value: string; label: string; position: number }[]>`
      SELECT 'thema' AS chart, "slug" AS value, "name" AS label, "sortOrder" AS position FROM "Topic" WHERE "slug" = ANY(${free("thema")}::text[])
      UNION ALL
      SELECT 'format', "slug", "name", "sortOrder" FROM "Format" WHERE "slug" = ANY(${free("format")}::text[])
      UNION ALL
      SELECT 'kreis', "slug", "name", 0 FROM "Municipality" WHERE "slug" = ANY(${filter.selected.kreis}::text[])`;
    const names = { thema: {}, format: {}, kreis: {} } as Statistics["names"];
    for (const row of labels) names[row.chart][row.value] = row.label;
    const position = new Map(labels.map((row) => [`${row.chart}:${row.value}`, row.position]));

    const countOf = (chart: CountChart, value: string | null) => of(chart).find((row) => row.value === value)?.n ?? 0;
    const noValue = (chart: CountChart): CountEntry[] =>
      ALWAYS_GIVEN.includes(chart) ? [] : [{ value: null, label: null, labelKey: NO_VALUE_KEY, count: countOf(chart, null) }];
    const collator = new Intl.Collator("de");
    const byCatalogue = (chart: "thema" | "format"): CountEntry[] =>
      of(chart)
        .filter((row) => row.value !== null)
        .map((row) => ({ value: row.value, label: names[chart][row.value!] ?? row.value, labelKey: null, count: row.n }))
        .sort(
          (a, b) =>
            (position.get(`${chart}:${a.value}`) ?? Number.MAX_SAFE_INTEGER) -
              (position.get(`${chart}:${b.value}`) ?? Number.MAX_SAFE_INTEGER) || collator.compare(a.label!, b.label!),
        );

    const result: Record<CountChart, CountEntry[]> = {
      typ: MUNICIPALITY_KIND_ORDER.map((kind) => ({
        value: KIND_BY_ENUM[kind]!,
        label: null,
        labelKey: `Kinds.${kind}`,
        count: countOf("typ", kind),
      })),
      bezirk: Object.values(BEZIRK_SLUGS).map((bezirk) => ({
        value: BEZIRK_BY_ENUM[bezirk]!,
        label: null,
        labelKey: `Regierungsbezirke.${bezirk}`,
        count: countOf("bezirk", bezirk),
      })),
      thema: byCatalogue("thema"),
      format: byCatalogue("format"),
      jahr: of("jahr")
        .filter((row) => row.value !== null)
        .map((row) => ({ value: row.value, label: row.value, labelKey: null, count: row.n }))
        .sort((a, b) => Number(a.value) - Number(b.value)),
      teilnehmende: PARTICIPANT_BUCKETS.map((bucket) => ({
        value: bucket.slug,
        label: null,
        labelKey: rangeLabelKey("teilnehmende", bucket.slug),
        count: countOf("teilnehmende", bucket.slug),
      })),
      kosten: COST_BUCKETS.map((bucket) => ({
        value: bucket.slug,
        label: null,
        labelKey: rangeLabelKey("kosten", bucket.slug),
        count: countOf("kosten", bucket.slug),
      })),
    };
    for (const chart of COUNT_CHARTS) result[chart].push(...noValue(chart));

    return {
      matchMode: filter.mode,
      total: of("total")[0]?.n ?? 0,
      demoCount: of("demo")[0]?.n ?? 0,
      counts: result,
      funding: MUNICIPALITY_KIND_ORDER.flatMap((kind) => {
        const row = funding.find((entry) => entry.kind === kind);
        return row
          ? [{ kind, profiles: row.profiles, withAmounts: row.withAmounts, funding: Number(row.funding), ownShare: Number(row.ownShare) }]
          : [];
      }),
      names,
    };
  }, STATISTICS_TRANSACTION);
}

/** Reads only; far above what it takes. */
const STATISTICS_TRANSACTION = { timeout: 30_000, maxWait: 10_000 };

/** What the statistics depend on: the selection, not the listing's order or page. */
export function statisticsParams(params: SearchParams): SearchParams {
  return { ...params, sort: null, seite: 1 };
}

/**
 * computeStatistics from the public cache (what the page and the CSV route call): the statistics of all
 * profiles — the page without parameters — are computed once and kept until a publication, archive or
 * catalogue or municipality edit invalidates them, like the listing.
 */
const cachedStatistics = cachedPublicRead(
  (params: SearchParams) => computeStatistics(params),
  ["public-statistics"],
  () => [PUBLIC_TAGS.profiles, PUBLIC_TAGS.catalog, PUBLIC_TAGS.municipalities],
);

export const publicStatistics = (params: SearchParams) => cachedStatistics(statisticsParams(params));
