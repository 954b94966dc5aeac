import "server-only";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/ids";
import type { Prisma } from "@/generated/prisma/client";
import { assertCan, type Actor } from "@/lib/authz/policy";
import { startOfBerlinDay } from "@/lib/time/berlin";
import type { AuditLogCursor, AuditLogFilters, AuditLogQuery } from "./audit-filters";

/**
 * Reading the audit log for the page /redaktion/protokoll (reviewers and admins).
 *
 * The audit log is append-only: entries are written only by `recordAudit()`
 * (lib/audit/record-audit.ts), in the same transaction as the change they record, and a database
 * trigger refuses UPDATE, DELETE and TRUNCATE. This module therefore exposes READS ONLY — nothing
 * here creates, changes or deletes an entry, and nothing should be added that does.
 *
 * Every function asserts `audit.read` itself (not only the page): the log names people and
 * their e-mail addresses. Filters and their parsing: audit-filters.ts; labels: audit-labels.ts.
 */

export const AUDIT_PAGE_SIZE = 50;

function filterWhere(filters: AuditLogFilters): Prisma.AuditLogWhereInput {
  const where: Prisma.AuditLogWhereInput = {};
  if (filters.action) where.action = filters.action;
  if (filters.objectType) where.objectType = filters.objectType;
  if (filters.person) {
    // E-mail addresses are stored lower-case; names in any case.
    where.actor = {
      OR: [{ email: { contains: filters.person.toLowerCase() } }, { name: { contains: filters.person, mode: "insensitive" } }],
    };
  }
  if (filters.from || filters.to) {
    where.createdAt = {
      ...(filters.from && { gte: startOfBerlinDay(filters.from) }),
      ...(filters.to && { lt: startOfBerlinDay(filters.to, 1) }),
    };
  }
  return where;
}

export interface AuditObjectView {
  /** AuditLog.objectType, e.g. "Profile" */
  type: string;
  id: string;
  /** readable name (e-mail, file name, municipality, …); null when unknown or no longer there */
  name: string | null;
  /** for versions: their number */
  versionNumber: number | null;
  /** the Steckbrief the object is or belongs to; the page links to its edit page unless archived */
  profile: { slug: string; municipalityName: string; archived: boolean } | null;
}

export interface AuditEntryView {
  /** BigInt id as string (serialisable, React key) */
  id: string;
  createdAt: Date;
  action: string;
  /** null: no person (the system, a seed, or an anonymous request such as a password-reset request) */
  actor: { email: string; name: string | null } | null;
  object: AuditObjectView;
  /** an approval of a version its approver wrote into, allowed only with four eyes switched off (lib/review/four-eyes.ts) */
  approvedByAuthor: boolean;
}

export interface AuditLogPage {
  entries: AuditEntryView[];
  /** cursor for "Ältere Einträge", null when there are none */
  older: AuditLogCursor;
  /** cursor for "Neuere Einträge", null on the newest page */
  newer: AuditLogCursor;
}

/**
 * One page of the log, newest first. Order and cursor use the id (insertion order of the
 * sequence): unique and indexed, so paging is stable while new entries arrive; the time shown is
 * createdAt (transaction time, which can lag the id by the length of a transaction).
 */
export async function listAuditEntries({ actor, query }: { actor: Actor | null; query: AuditLogQuery }): Promise<AuditLogPage> {
  assertCan(actor, { action: "audit.read" });
  const where = filterWhere(query.filters);
  const { cursor } = query;
  const take = AUDIT_PAGE_SIZE + 1; // one more tells whether there is a further page

  const select = {
    id: true,
    createdAt: true,
    action: true,
    objectType: true,
    objectId: true,
    details: true,
    actor: { select: { email: true, name: true } },
  } satisfies Prisma.AuditLogSelect;

  let rows;
  let older: AuditLogCursor = null;
  let newer: AuditLogCursor = null;
  if (cursor?.direction === "newer") {
    const ascending = await db.auditLog.findMany({ where: { ...where, id: { gt: cursor.id } }, orderBy: { id: "asc" }, take, select });
    const hasMore = ascending.length > AUDIT_PAGE_SIZE;
    rows = ascending.slice(0, AUDIT_PAGE_SIZE).reverse();
    if (hasMore) newer = { direction: "newer", id: rows[0]!.id };
    // The entry the cursor names and everything before it are older.
    const boundary = rows.length > 0 ? rows[rows.length - 1]!.id : cursor.id + BigInt(1);
    if (await db.auditLog.findFirst({ where: { ...where, id: { lt: boundary } }, select: { id: true } })) {
      older = { direction: "older", id: boundary };
    }
  } else {
    const descending = await db.auditLog.findMany({
      where: cursor ? { ...where, id: { lt: cursor.id } } : where,
      orderBy: { id: "desc" },
      take,
      select,
    });
    const hasMore = descending.length > AUDIT_PAGE_SIZE;
    rows = descending.slice(0, AUDIT_PAGE_SIZE);
    if (hasMore) older = { direction: "older", id: rows[rows.length - 1]!.id };
    if (cursor) {
      const boundary = rows.length > 0 ? rows[0]!.id : cursor.id - BigInt(1);
      if (await db.auditLog.findFirst({ where: { ...where, id: { gt: boundary } }, select: { id: true } })) {
        newer = { direction: "newer", id: boundary };
      }
    }
  }

  const objects = await describeObjects(rows);
  return {
    entries: rows.map((row) => ({
      id: row.id.toString(),
      createdAt: row.createdAt,
      action: row.action,
      actor: row.actor ? { email: row.actor.email, name: row.actor.name } : null,
      object: objects(row),
      approvedByAuthor: detailFlag(row.details, "approvedByAuthor"),
    })),
    older,
    newer,
  };
}

/**
 * Every action found in the log (GROUP BY on the action column), so that the filter also offers
 * actions this module does not know yet.
 */
export async function listAuditActionsInUse({ actor }: { actor: Actor | null }): Promise<string[]> {
  assertCan(actor, { action: "audit.read" });
  const groups = await db.auditLog.groupBy({ by: ["action"], orderBy: { action: "asc" } });
  return groups.map((group) => group.action);
}

function detailFlag(details: Prisma.JsonValue, key: string): boolean {
  return Boolean(details && typeof details === "object" && !Array.isArray(details) && details[key] === true);
}

function detailString(details: Prisma.JsonValue, key: string): string | null {
  if (!details || typeof details !== "object" || Array.isArray(details)) return null;
  const value = (details as Record<string, Prisma.JsonValue>)[key];
  return typeof value === "string" ? value : null;
}

interface ObjectRow {
  objectType: string;
  objectId: string;
  details: Prisma.JsonValue;
}

/**
 * Readable names for the objects of one page: one query per object type (at most 50 ids each),
 * never one per row. Objects that no longer exist (a deleted file) keep their id only; for them the
 * Steckbrief is taken from the entry's details where recorded.
 */
async function describeObjects(rows: ObjectRow[]): Promise<(row: ObjectRow) => AuditObjectView> {
  const idsOf = (type: string) => [
    ...new Set(rows.filter((row) => row.objectType === type && isUuid(row.objectId)).map((row) => row.objectId)),
  ];
  const profileIdsFromDetails = rows
    .map((row) => detailString(row.details, "profileId"))
    .filter((id): id is string => id !== null && isUuid(id));

  const profileSelect = { id: true, slug: true, archivedAt: true, municipality: { select: { name: true } } } satisfies Prisma.ProfileSelect;
  const [profiles, versions, media, users, tokens, municipalities, topics, formats] = await Promise.all([
    db.profile.findMany({ where: { id: { in: [...new Set([...idsOf("Profile"), ...profileIdsFromDetails])] } }, select: profileSelect }),
    db.profileVersion.findMany({
      where: { id: { in: idsOf("ProfileVersion") } },
      select: { id: true, number: true, profile: { select: profileSelect } },
    }),
    db.media.findMany({
      where: { id: { in: idsOf("Media") } },
      select: { id: true, fileName: true, version: { select: { profile: { select: profileSelect } } } },
    }),
    db.user.findMany({ where: { id: { in: idsOf("User") } }, select: { id: true, email: true } }),
    // Never the token hash: only to whom the link went.
    db.authToken.findMany({ where: { id: { in: idsOf("AuthToken") } }, select: { id: true, email: true } }),
    db.municipality.findMany({ where: { id: { in: idsOf("Municipality") } }, select: { id: true, name: true } }),
    db.topic.findMany({ where: { id: { in: idsOf("Topic") } }, select: { id: true, name: true } }),
    db.format.findMany({ where: { id: { in: idsOf("Format") } }, select: { id: true, name: true } }),
  ]);

  type ProfileRef = (typeof profiles)[number];
  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((item) => [item.id, item]));
  const profileById = byId(profiles);
  const versionById = byId(versions);
  const mediaById = byId(media);
  const userById = byId(users);
  const tokenById = byId(tokens);
  const namedById = new Map<string, string>([...municipalities, ...topics, ...formats].map((item) => [item.id, item.name]));

  const profileRef = (profile: ProfileRef | undefined | null): AuditObjectView["profile"] =>
    profile ? { slug: profile.slug, municipalityName: profile.municipality.name, archived: profile.archivedAt !== null } : null;
  const profileFromDetails = (row: ObjectRow) => profileById.get(detailString(row.details, "profileId") ?? "");

  return (row) => {
    const base: AuditObjectView = { type: row.objectType, id: row.objectId, name: null, versionNumber: null, profile: null };
    switch (row.objectType) {
      case "Profile":
        return { ...base, profile: profileRef(profileById.get(row.objectId)) };
      case "ProfileVersion": {
        const version = versionById.get(row.objectId);
        return { ...base, versionNumber: version?.number ?? null, profile: profileRef(version?.profile ?? profileFromDetails(row)) };
      }
      case "Media": {
        const file = mediaById.get(row.objectId);
        return { ...base, name: file?.fileName ?? null, profile: profileRef(file?.version.profile ?? profileFromDetails(row)) };
      }
      case "User":
        return { ...base, name: userById.get(row.objectId)?.email ?? null };
      case "AuthToken":
        return { ...base, name: tokenById.get(row.objectId)?.email ?? detailString(row.details, "email") };
      case "Municipality":
      case "Topic":
      case "Format":
        return { ...base, name: namedById.get(row.objectId) ?? null };
      case "ImportUpload":
        // The upload itself expires; the entry keeps the file's name.
        return { ...base, name: detailString(row.details, "fileName") };
      case "AccessibilityFeedback":
        // The message itself expires; the entry keeps its reference number.
        return { ...base, name: detailString(row.details, "reference") };
      default:
        return base;
    }
  };
}
