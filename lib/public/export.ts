import "server-only";
import { db } from "@/lib/db";
import { resolveSearchFilter, where } from "@/lib/search/search-filter";
import type { SearchParams } from "@/lib/search/search-params";
import { publicProfileSelect, toPublicProfile, type PublicProfile } from "./queries";
import { PUBLICLY_VISIBLE } from "./visibility";

/**
 * The whole data set, or every hit of a search, for the downloads (CSV and JSON): the matching
 * profiles in the listing's order, read in batches so that 100,000 profiles stream through a
 * bounded amount of memory. Only publicly visible profiles (the search documents hold only those,
 * and each batch is read with PUBLICLY_VISIBLE again: a profile archived meanwhile is left out).
 */

const BATCH = 250;

/** The ids of the matching profiles, ordered like the listing by name. */
async function matchingProfileIds(params: SearchParams): Promise<string[]> {
  return db.$transaction(async (tx) => {
    const filter = await resolveSearchFilter(tx, params);
    const rows = await tx.$queryRaw<{ profileId: string }[]>`
      SELECT d."profileId" FROM "PublicSearchDocument" d ${where(filter.conditions)}
      ORDER BY d."municipalitySortKey", d."title", d."slug"`;
    return rows.map((row) => row.profileId);
  });
}

/** The matching public profiles, batch by batch. */
export async function* exportPublicProfiles(params: SearchParams): AsyncGenerator<PublicProfile[]> {
  const ids = await matchingProfileIds(params);
  for (let start = 0; start < ids.length; start += BATCH) {
    const batch = ids.slice(start, start + BATCH);
    const rows = await db.profile.findMany({
      where: { AND: [{ id: { in: batch } }, PUBLICLY_VISIBLE] },
      select: { id: true, ...publicProfileSelect },
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    const profiles: PublicProfile[] = [];
    for (const id of batch) {
      const row = byId.get(id);
      if (row?.publishedVersion && !row.archivedAt) profiles.push(toPublicProfile({ ...row, publishedVersion: row.publishedVersion }));
    }
    yield profiles;
  }
}
