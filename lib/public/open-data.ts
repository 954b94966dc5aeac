import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { cachedPublicRead, PUBLIC_TAGS } from "@/lib/cache/public-cache";
import { db } from "@/lib/db";
import { bezirkSlugOf, kindSlugOf, type BezirkSlug, type KindSlug } from "@/lib/search/search-params";
import { PUBLICLY_VISIBLE } from "./visibility";

/**
 * Reads of the open data channels (API, downloads) that the pages do not already have: the
 * municipalities with published Steckbriefe and the topics with their counts. Only publicly visible
 * profiles count (PUBLICLY_VISIBLE; the search documents hold only those).
 */

export interface OpenMunicipality {
  slug: string;
  name: string;
  kind: KindSlug;
  regierungsbezirk: BezirkSlug;
  landkreis: string | null;
  population: number | null;
  website: string | null;
  profileCount: number;
}

/** One page of the municipalities that have at least one published Steckbrief, by name. */
export const listOpenMunicipalities = cachedPublicRead(
  async (page: number, pageSize: number): Promise<{ items: OpenMunicipality[]; total: number }> => {
    const where = { profiles: { some: PUBLICLY_VISIBLE } } satisfies Prisma.MunicipalityWhereInput;
    const [total, rows] = await Promise.all([
      db.municipality.count({ where }),
      db.municipality.findMany({
        where,
        orderBy: [{ name: "asc" }, { slug: "asc" }],
        skip: (page - 1) * pageSize,
        take: pageSize,
        select: {
          slug: true,
          name: true,
          kind: true,
          regierungsbezirk: true,
          population: true,
          website: true,
          landkreis: { select: { name: true } },
          _count: { select: { profiles: { where: PUBLICLY_VISIBLE } } },
        },
      }),
    ]);
    return {
      total,
      items: rows.map((row) => ({
        slug: row.slug,
        name: row.name,
        kind: kindSlugOf(row.kind),
        regierungsbezirk: bezirkSlugOf(row.regierungsbezirk),
        landkreis: row.landkreis?.name ?? null,
        population: row.population,
        website: row.website,
        profileCount: row._count.profiles,
      })),
    };
  },
  ["open-municipalities"],
  () => [PUBLIC_TAGS.profiles, PUBLIC_TAGS.municipalities],
);

export interface OpenTopic {
  slug: string;
  name: string;
  profileCount: number;
}

/** Every topic of the catalogue with the number of published Steckbriefe that name it. */
export const listOpenTopics = cachedPublicRead(
  async (): Promise<OpenTopic[]> =>
    db.$queryRaw<OpenTopic[]>`
      SELECT t."slug", t."name", (SELECT count(*)::int FROM "PublicSearchDocument" d WHERE d."topics" @> ARRAY[t."slug"]) AS "profileCount"
      FROM "Topic" t ORDER BY t."sortOrder", t."name"`,
  ["open-topics"],
  () => [PUBLIC_TAGS.profiles, PUBLIC_TAGS.catalog],
);

/** When the public data last changed: the latest publication of a version that is public now (ISO), null when none is. */
export const lastPublicChange = cachedPublicRead(
  async (): Promise<string | null> => {
    const latest = await db.profileVersion.aggregate({ where: { publishedOf: { is: PUBLICLY_VISIBLE } }, _max: { publishedAt: true } });
    return latest._max.publishedAt?.toISOString() ?? null;
  },
  ["open-last-change"],
  () => [PUBLIC_TAGS.profiles],
);
