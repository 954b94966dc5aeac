import { Prisma } from "@/generated/prisma/client";
import type { Database } from "@/lib/db-client";
import { PUBLICLY_VISIBLE } from "@/lib/public/publicly-visible";
import { publicVersionInclude, toPublicContent } from "@/lib/public/public-content";
import { buildSearchDocument, SEARCH_DERIVATION, type SearchDocumentRow } from "./document";

/**
 * Keeps the search documents (PublicSearchDocument) equal to what the public sees. Every function takes
 * the transaction of the change that alters public visibility, so that the document changes in the
 * same commit — never by a later rebuild:
 *
 * - publication (at once and scheduled), archive, unarchive: refreshSearchDocuments(tx, [profileId])
 *   (lib/review/workflow.ts)
 * - an edited municipality: refreshSearchDocumentsOfMunicipality (lib/admin/municipalities.ts)
 * - a renamed topic or format: searchDocumentsCatalogRenamed (lib/admin/catalog.ts)
 *
 * syncSearchDocuments repairs what no transaction wrote: documents of profiles published before search
 * existed (or by a script), and documents of an older derivation. It runs at server start and after
 * the demo seed. No "server-only": the seed (tsx) uses it too.
 */

/** The transaction of the change. */
type Client = Prisma.TransactionClient;

const sourceSelect = {
  id: true,
  slug: true,
  isDemo: true,
  firstPublishedAt: true,
  publishedVersion: { include: publicVersionInclude },
  municipality: {
    select: { name: true, slug: true, kind: true, regierungsbezirk: true, landkreis: { select: { slug: true, name: true } } },
  },
} satisfies Prisma.ProfileSelect;

type SourceProfile = Prisma.ProfileGetPayload<{ select: typeof sourceSelect }>;

function toRow(profile: SourceProfile): SearchDocumentRow | null {
  const version = profile.publishedVersion;
  if (!version) return null;
  return buildSearchDocument({
    profile,
    versionId: version.id,
    publishedAt: version.publishedAt,
    municipality: profile.municipality,
    content: toPublicContent(version),
  });
}

function valuesOf(row: SearchDocumentRow) {
  return Prisma.sql`(${row.profileId}::uuid, ${row.versionId}::uuid, ${row.derivation}, ${row.slug}, ${row.title}, ${row.teaser},
    ${row.municipalityName}, ${row.municipalitySortKey}, ${row.kind}::"MunicipalityKind", ${row.regierungsbezirk}::"Regierungsbezirk",
    ${row.kreis}, ${row.topics}::text[], ${row.formats}::text[], ${row.years}::int[], ${row.participantCount}::int,
    ${row.costTotal}::numeric, ${row.firstPublishedAt}::timestamptz, ${row.isDemo}, ${row.textA}, ${row.textB}, ${row.textC}, ${row.textD})`;
}

async function upsertRows(tx: Client, rows: SearchDocumentRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "PublicSearchDocument" ("profileId", "versionId", "derivation", "slug", "title", "teaser", "municipalityName",
      "municipalitySortKey", "kind", "regierungsbezirk", "kreis", "topics", "formats", "years", "participantCount", "costTotal",
      "firstPublishedAt", "isDemo", "textA", "textB", "textC", "textD")
    VALUES ${Prisma.join(rows.map(valuesOf))}
    ON CONFLICT ("profileId") DO UPDATE SET
      "versionId" = EXCLUDED."versionId", "derivation" = EXCLUDED."derivation", "slug" = EXCLUDED."slug",
      "title" = EXCLUDED."title", "teaser" = EXCLUDED."teaser", "municipalityName" = EXCLUDED."municipalityName",
      "municipalitySortKey" = EXCLUDED."municipalitySortKey", "kind" = EXCLUDED."kind",
      "regierungsbezirk" = EXCLUDED."regierungsbezirk", "kreis" = EXCLUDED."kreis", "topics" = EXCLUDED."topics",
      "formats" = EXCLUDED."formats", "years" = EXCLUDED."years", "participantCount" = EXCLUDED."participantCount",
      "costTotal" = EXCLUDED."costTotal", "firstPublishedAt" = EXCLUDED."firstPublishedAt", "isDemo" = EXCLUDED."isDemo",
      "textA" = EXCLUDED."textA", "textB" = EXCLUDED."textB", "textC" = EXCLUDED."textC", "textD" = EXCLUDED."textD"`;
}

/**
 * Makes the documents of these profiles what the public sees now: written for a publicly visible
 * profile, removed for any other (archived, never published, deleted).
 */
export async function refreshSearchDocuments(tx: Client, profileIds: readonly string[]): Promise<void> {
  const ids = [...new Set(profileIds)];
  if (ids.length === 0) return;
  const profiles = await tx.profile.findMany({ where: { AND: [{ id: { in: ids } }, PUBLICLY_VISIBLE] }, select: sourceSelect });
  const rows = profiles.map(toRow).filter((row): row is SearchDocumentRow => row !== null);
  const visible = rows.map((row) => row.profileId);
  await tx.publicSearchDocument.deleteMany({ where: { profileId: { in: ids.filter((id) => !visible.includes(id)) } } });
  await upsertRows(tx, rows);
}

/**
 * A municipality's data changed (name, kind, Regierungsbezirk, Landkreis): the documents of its
 * profiles, and — for a Landkreis — those of its members' profiles (they name it and are filtered by it).
 */
export async function refreshSearchDocumentsOfMunicipality(tx: Client, municipalityId: string): Promise<void> {
  const profiles = await tx.profile.findMany({
    where: { OR: [{ municipalityId }, { municipality: { landkreisId: municipalityId } }] },
    select: { id: true },
  });
  for (let start = 0; start < profiles.length; start += BATCH) {
    await refreshSearchDocuments(
      tx,
      profiles.slice(start, start + BATCH).map((profile) => profile.id),
    );
  }
}

/**
 * A topic or format was renamed: its slug stays, so the documents that name it are found by slug and
 * touched; the trigger then writes the new name into their text (one set-based UPDATE, GIN index).
 */
export async function searchDocumentsCatalogRenamed(tx: Client, kind: "topic" | "format", slug: string): Promise<number> {
  return kind === "topic"
    ? tx.$executeRaw`UPDATE "PublicSearchDocument" SET "topics" = "topics" WHERE "topics" @> ARRAY[${slug}]::text[]`
    : tx.$executeRaw`UPDATE "PublicSearchDocument" SET "formats" = "formats" WHERE "formats" @> ARRAY[${slug}]::text[]`;
}

const BATCH = 200;
/** A batch's text search vectors take seconds on a busy machine: more than Prisma's default of 5 s. */
const SYNC_TRANSACTION = { timeout: 120_000, maxWait: 30_000 };

/**
 * Repairs the documents where no transaction wrote them: removes those of profiles no longer visible,
 * writes missing ones, and rebuilds those of another published version or an older derivation (a
 * field added to the registry). Idempotent and safe in several processes at once. Returns how many
 * documents it wrote or removed.
 */
export async function syncSearchDocuments(client: Database): Promise<{ written: number; removed: number }> {
  const removed = await client.$executeRaw`
    DELETE FROM "PublicSearchDocument" d USING "Profile" p
    WHERE p."id" = d."profileId" AND (p."archivedAt" IS NOT NULL OR p."publishedVersionId" IS NULL)`;
  let written = 0;
  const seen = new Set<string>();
  for (;;) {
    const stale = await client.$queryRaw<{ id: string }[]>`
      SELECT p."id" FROM "Profile" p
      LEFT JOIN "PublicSearchDocument" d ON d."profileId" = p."id"
      WHERE p."archivedAt" IS NULL AND p."publishedVersionId" IS NOT NULL
        AND (d."profileId" IS NULL OR d."versionId" <> p."publishedVersionId" OR d."derivation" <> ${SEARCH_DERIVATION})
      LIMIT ${BATCH}`;
    // (An id seen before would mean a document that cannot be written: stop rather than loop.)
    if (stale.length === 0 || stale.every((row) => seen.has(row.id))) break;
    for (const row of stale) seen.add(row.id);
    await client.$transaction(
      (tx) =>
        refreshSearchDocuments(
          tx,
          stale.map((row) => row.id),
        ),
      SYNC_TRANSACTION,
    );
    written += stale.length;
  }
  return { written, removed };
}
