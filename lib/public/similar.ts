import "server-only";
import type { MunicipalityKind } from "@/generated/prisma/enums";
import { cachedPublicRead, PUBLIC_TAGS } from "@/lib/cache/public-cache";
import { db } from "@/lib/db";
import type { PublicCatalogEntry } from "./public-content";
import { PUBLICLY_VISIBLE } from "./visibility";

/**
 * Similar dialogues on a profile's page: 3–5 other published profiles that share topics or formats
 * with it, ranked in PostgreSQL by one score over the search documents (PublicSearchDocument: only
 * publicly visible profiles; GIN indexes on topics and formats find the candidates):
 *
 *   3 per shared topic + 2 per shared format + 1 for the same municipality kind + 1 for a similar size
 *
 * Topics weigh most because visitors ask "what did others do about housing?"; kind and size alone never
 * make a profile similar (at least one shared topic or format is required). Similar size: both
 * populations known and at most twice the other. Ties: more shared topics, then newest publication.
 * Each entry carries what it shares, so the page can say why it is there.
 */

export const SIMILAR_MAX = 5;
/** Population ratio up to which two municipalities count as of similar size. */
const SIZE_RATIO = 2;
/** Bounds of the candidates scored (see the query): enough for a good choice, cheap at any size. */
const POOL_CLOSE = 500;
const POOL_ANY = 1500;

export interface SimilarProfile {
  slug: string;
  title: string;
  municipalityName: string;
  municipalityKind: MunicipalityKind;
  isDemo: boolean;
  sharedTopics: PublicCatalogEntry[];
  sharedFormats: PublicCatalogEntry[];
  sameKind: boolean;
  similarSize: boolean;
}

interface Row {
  profileId: string;
  sharedTopics: PublicCatalogEntry[] | null;
  sharedFormats: PublicCatalogEntry[] | null;
  sameKind: boolean;
  similarSize: boolean;
}

async function loadSimilarProfiles(slug: string): Promise<SimilarProfile[]> {
  const rows = await db.$queryRaw<Row[]>`
    WITH me AS (
      SELECT d."profileId", d."topics", d."formats", d."kind", m."population"
      FROM "PublicSearchDocument" d JOIN "Profile" p ON p."id" = d."profileId" JOIN "Municipality" m ON m."id" = p."municipalityId"
      WHERE d."slug" = ${slug}
    ),
    -- The profiles scored: at 100,000 profiles nearly every one shares some topic, and scoring them all
    -- took seconds per page. So at most POOL_CLOSE that name every topic of this one (the best candidates,
    -- found by the GIN index) and POOL_ANY more that share a topic or format.
    pool AS (
      (SELECT o."profileId", o."slug", o."firstPublishedAt", o."topics", o."formats", o."kind" FROM "PublicSearchDocument" o, me
       WHERE cardinality(me."topics") > 0 AND o."topics" @> me."topics" LIMIT ${POOL_CLOSE})
      UNION
      (SELECT o."profileId", o."slug", o."firstPublishedAt", o."topics", o."formats", o."kind" FROM "PublicSearchDocument" o, me
       WHERE o."topics" && me."topics" OR o."formats" && me."formats" LIMIT ${POOL_ANY})
    ),
    candidates AS (
      SELECT o."profileId", o."slug", o."firstPublishedAt",
        ARRAY(SELECT unnest(o."topics") INTERSECT SELECT unnest(me."topics")) AS topics,
        ARRAY(SELECT unnest(o."formats") INTERSECT SELECT unnest(me."formats")) AS formats,
        o."kind" = me."kind" AS "sameKind",
        coalesce(m."population" > 0 AND me."population" > 0
          AND greatest(m."population", me."population") <= ${SIZE_RATIO} * least(m."population", me."population"), false) AS "similarSize"
      FROM me
      JOIN pool o ON o."profileId" <> me."profileId"
      JOIN "Profile" p ON p."id" = o."profileId" AND p."archivedAt" IS NULL AND p."publishedVersionId" IS NOT NULL
      JOIN "Municipality" m ON m."id" = p."municipalityId"
    ),
    best AS (
      SELECT c.*, 3 * cardinality(c.topics) + 2 * cardinality(c.formats) + c."sameKind"::int + c."similarSize"::int AS score
      FROM candidates c
      ORDER BY score DESC, cardinality(c.topics) DESC, c."firstPublishedAt" DESC, c."slug"
      LIMIT ${SIMILAR_MAX}
    )
    SELECT b."profileId"::text AS "profileId", b."sameKind", b."similarSize",
      (SELECT json_agg(json_build_object('slug', t."slug", 'name', t."name") ORDER BY t."sortOrder", t."name")
         FROM "Topic" t WHERE t."slug" = ANY(b.topics)) AS "sharedTopics",
      (SELECT json_agg(json_build_object('slug', f."slug", 'name', f."name") ORDER BY f."sortOrder", f."name")
         FROM "Format" f WHERE f."slug" = ANY(b.formats)) AS "sharedFormats"
    FROM best b
    ORDER BY b.score DESC, cardinality(b.topics) DESC, b."firstPublishedAt" DESC, b."slug"`;
  if (rows.length === 0) return [];

  // Titles and municipalities through the public read model: nothing that is not publicly visible.
  const profiles = await db.profile.findMany({
    where: { ...PUBLICLY_VISIBLE, id: { in: rows.map((row) => row.profileId) } },
    select: {
      id: true,
      slug: true,
      isDemo: true,
      municipality: { select: { name: true, kind: true } },
      publishedVersion: { select: { title: true } },
    },
  });
  const byId = new Map(profiles.map((profile) => [profile.id, profile]));
  return rows.flatMap((row) => {
    const profile = byId.get(row.profileId);
    if (!profile?.publishedVersion) return [];
    return [
      {
        slug: profile.slug,
        title: profile.publishedVersion.title,
        municipalityName: profile.municipality.name,
        municipalityKind: profile.municipality.kind,
        isDemo: profile.isDemo,
        sharedTopics: row.sharedTopics ?? [],
        sharedFormats: row.sharedFormats ?? [],
        sameKind: row.sameKind,
        similarSize: row.similarSize,
      },
    ];
  });
}

/**
 * Similar profiles of a published profile, cached with its page: any publication, archive or catalogue
 * or municipality edit may change who is similar, so the lists' tags invalidate it.
 */
export const findSimilarProfiles = cachedPublicRead(loadSimilarProfiles, ["public-similar"], () => [
  PUBLIC_TAGS.profiles,
  PUBLIC_TAGS.catalog,
  PUBLIC_TAGS.municipalities,
]);

export { loadSimilarProfiles };
