import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { MunicipalityKind } from "@/generated/prisma/enums";
import { cachedPublicRead, PUBLIC_TAGS } from "@/lib/cache/public-cache";
import { db } from "@/lib/db";
import { fieldsOfSection, type FieldKey, type SectionKey } from "@/lib/profiles/fields";
import { resolveSearchFilter, where } from "@/lib/search/search-filter";
import type { ListingState } from "./listing-params";
import { RECOMMENDATIONS_PAGE_SIZE, RECOMMENDATIONS_PREVIEW, recommendationsState } from "./recommendations-params";
import { PUBLICLY_VISIBLE } from "./visibility";

/**
 * "Was anderswo funktioniert hat" (`/empfehlungen`): the recommendations and the most important results
 * of the published profiles, by topic, for the same selection as the search (lib/search: the search
 * documents hold only publicly visible profiles, and the texts are read again through PUBLICLY_VISIBLE).
 *
 * Which fields: the registry's "recommendations" section (Empfehlungen) and, of the "results" section,
 * the three most important results the form asks for (`keyResults`) — the other result fields are long
 * prose that belongs on the profile page. A profile counts for a topic when it has that topic and says
 * something in one of these fields.
 *
 * Scale (100,000 profiles): the database counts per topic and picks the first few items per topic
 * (window function); only those items' texts are loaded. The result is cached per state until a
 * publication, archive or catalogue or municipality edit.
 */

/** The registry fields shown per item, each with the section it belongs to (for the example marker). */
export const RECOMMENDATION_FIELDS = [
  ...fieldsOfSection("recommendations").map((field) => ({ field, section: "recommendations" as SectionKey })),
  { field: "keyResults" as const, section: "results" as SectionKey },
] satisfies readonly { field: FieldKey; section: SectionKey }[];

export interface RecommendationItem {
  slug: string;
  title: string;
  municipalityName: string;
  municipalityKind: MunicipalityKind;
  isDemo: boolean;
  /** the profile's recommendations (rich text), "" when it gives none */
  recommendations: string;
  /** its most important results, blanks left out */
  keyResults: string[];
  /** of "recommendations", "results" and "municipality": the parts that are example content (demo profiles) */
  exampleSections: string[];
}

export interface RecommendationTopic {
  slug: string;
  name: string;
  /** profiles of this topic (in the selection) with recommendations or results */
  profileCount: number;
  /** the municipalities they belong to */
  municipalityCount: number;
  /** the first items (newest publication first): a preview, or one page when only this topic is shown */
  items: RecommendationItem[];
}

export interface RecommendationsResult {
  topics: RecommendationTopic[];
  /** profiles in the selection with recommendations or results (a profile of several topics counts once) */
  profileCount: number;
  /** pages of the single topic shown (1 with several topics) */
  pageCount: number;
  page: number;
}

const sql = Prisma.sql;

/** Says something in one of RECOMMENDATION_FIELDS (octet_length reads a long text's size without unpacking it). */
const HAS_CONTENT = sql`(octet_length(v."recommendations") > 0 OR EXISTS (SELECT 1 FROM unnest(v."keyResults") r WHERE btrim(r) <> ''))`;

interface TopicRow {
  slug: string;
  name: string;
  profileCount: number;
  municipalityCount: number;
  profileIds: string[] | null;
}

async function loadRecommendations(input: ListingState): Promise<RecommendationsResult> {
  const state = recommendationsState(input);
  const single = state.thema.length === 1;
  const limit = single ? RECOMMENDATIONS_PAGE_SIZE : RECOMMENDATIONS_PREVIEW;
  const offset = single ? (state.seite - 1) * RECOMMENDATIONS_PAGE_SIZE : 0;

  const { rows, profileCount } = await db.$transaction(async (tx) => {
    const { conditions } = await resolveSearchFilter(tx, state);
    // The document's profile joined to its published version: the Profile conditions repeat
    // PUBLICLY_VISIBLE (the documents hold nothing else, this keeps it true even for a stale document).
    const selection = sql`
      SELECT d."profileId", d."slug", d."topics", d."firstPublishedAt", p."municipalityId"
      FROM "PublicSearchDocument" d
      JOIN "Profile" p ON p."id" = d."profileId" AND p."archivedAt" IS NULL AND p."publishedVersionId" IS NOT NULL
      JOIN "ProfileVersion" v ON v."id" = p."publishedVersionId"
      ${where([...conditions, HAS_CONTENT])}`;
    // With topics chosen, only those topics are shown (a profile of "Wohnen" and "Arbeit" found by "Wohnen" stands under "Wohnen").
    const shownTopic = state.thema.length ? sql`WHERE topic = ANY(${state.thema}::text[])` : Prisma.empty;
    const rows = await tx.$queryRaw<TopicRow[]>`
      WITH s AS MATERIALIZED (${selection}),
      t AS (
        SELECT s."profileId", s."municipalityId", topic,
          row_number() OVER (PARTITION BY topic ORDER BY s."firstPublishedAt" DESC, s."slug") AS position
        FROM s, unnest(s."topics") AS topic ${shownTopic}
      )
      SELECT tp."slug", tp."name", count(*)::int AS "profileCount", count(DISTINCT t."municipalityId")::int AS "municipalityCount",
        array_agg(t."profileId"::text ORDER BY t.position) FILTER (WHERE t.position > ${offset} AND t.position <= ${offset + limit}) AS "profileIds"
      FROM t JOIN "Topic" tp ON tp."slug" = t.topic
      GROUP BY tp."slug", tp."name", tp."sortOrder"
      ORDER BY tp."sortOrder", tp."name"`;
    const [total] = await tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (${selection}) s`;
    return { rows, profileCount: total?.n ?? 0 };
  }, READ_TRANSACTION);

  const ids = [...new Set(rows.flatMap((row) => row.profileIds ?? []))];
  const items = new Map((await loadItems(ids)).map((item) => [item.id, item.item]));
  const topics = rows.map((row) => ({
    slug: row.slug,
    name: row.name,
    profileCount: row.profileCount,
    municipalityCount: row.municipalityCount,
    items: (row.profileIds ?? []).flatMap((id) => {
      const item = items.get(id);
      return item ? [item] : [];
    }),
  }));
  const pageCount = single ? Math.max(1, Math.ceil((topics[0]?.profileCount ?? 0) / RECOMMENDATIONS_PAGE_SIZE)) : 1;
  return { topics, profileCount, pageCount, page: single ? state.seite : 1 };
}

/** The shown items' texts, read through the public read model. */
async function loadItems(ids: string[]): Promise<{ id: string; item: RecommendationItem }[]> {
  if (ids.length === 0) return [];
  const profiles = await db.profile.findMany({
    where: { ...PUBLICLY_VISIBLE, id: { in: ids } },
    select: {
      id: true,
      slug: true,
      isDemo: true,
      municipality: { select: { name: true, kind: true } },
      publishedVersion: { select: { title: true, recommendations: true, keyResults: true, exampleSections: true } },
    },
  });
  const relevant = new Set<string>(["municipality", ...RECOMMENDATION_FIELDS.map((entry) => entry.section)]);
  return profiles.flatMap(({ id, slug, isDemo, municipality, publishedVersion: version }) =>
    version
      ? [
          {
            id,
            item: {
              slug,
              title: version.title,
              municipalityName: municipality.name,
              municipalityKind: municipality.kind,
              isDemo,
              recommendations: version.recommendations,
              keyResults: version.keyResults.map((entry) => entry.trim()).filter(Boolean),
              exampleSections: version.exampleSections.filter((section) => relevant.has(section)),
            },
          },
        ]
      : [],
  );
}

/** Reads only; far above what it takes, like the search's limit. */
const READ_TRANSACTION = { timeout: 30_000, maxWait: 10_000 };

/** The recommendations for a state, from the public cache (what pages call). */
export const findRecommendations = cachedPublicRead(loadRecommendations, ["public-recommendations"], () => [
  PUBLIC_TAGS.profiles,
  PUBLIC_TAGS.catalog,
  PUBLIC_TAGS.municipalities,
]);

/** Uncached, for tests. */
export { loadRecommendations };
