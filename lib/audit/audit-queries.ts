import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import { assertCan, type Actor } from "@/lib/authz/policy";

/**
 * Reading the audit log for the page /redaktion/protokoll (reviewers and admins).
 *
 * The audit log is append-only: entries are written only by `recordAudit()`
 * (lib/audit/record-audit.ts), in the same transaction as the change they record, and a database
 * trigger refuses UPDATE, DELETE and TRUNCATE. This module therefore exposes READS ONLY — nothing
 * here creates, changes or deletes an entry, and nothing should be added that does.
 *
 * Every function asserts `audit.read` itself (not only the page): the log names people and
 * their e-mail addresses.
 */

export const AUDIT_PAGE_SIZE = 50;

/**
 * The actions the portal writes (or will write), grouped for the filter's select. Labels are in
 * lib/i18n/messages/de/audit.json under AuditLog.actions (the key "version.save" is the message
 * path actions.version.save). An action that is not listed here still shows (as its raw key) and
 * is still filterable: the select adds every action found in the log.
 */
export const AUDIT_ACTION_GROUPS = [
  {
    key: "accounts",
    actions: [
      "auth.sign-in",
      "auth.sign-in-failed",
      "auth.sign-in-throttled",
      "auth.sign-out-everywhere",
      "user.invite",
      "user.accept-invitation",
      "user.password-reset-request",
      "user.password-reset",
      "user.role-change",
      "user.assignments-change",
      "user.disable",
      "user.enable",
    ],
  },
  {
    key: "profiles",
    actions: [
      "profile.create",
      "profile.demo-seed",
      "version.save",
      "media.upload",
      "media.delete",
      "version.restore",
      "profile.archive",
      "profile.unarchive",
    ],
  },
  {
    key: "review",
    actions: ["version.submit", "version.request-changes", "version.approve", "version.schedule", "version.publish"],
  },
  {
    key: "catalog",
    actions: [
      "municipality.create",
      "municipality.update",
      "topic.create",
      "topic.update",
      "topic.delete",
      "topic.reorder",
      "format.create",
      "format.update",
      "format.delete",
      "format.reorder",
    ],
  },
] as const;

export const KNOWN_AUDIT_ACTIONS: readonly string[] = AUDIT_ACTION_GROUPS.flatMap((group) => group.actions);

/** Object types of the log (AuditLog.objectType); labels under AuditLog.objectTypes. */
export const AUDIT_OBJECT_TYPES = [
  "Profile",
  "ProfileVersion",
  "Media",
  "User",
  "AuthToken",
  "Municipality",
  "Topic",
  "Format",
  "SignInAttempt",
] as const;

export interface AuditLogFilters {
  /** exact action key, e.g. "auth.sign-in" */
  action: string | null;
  /** part of the e-mail address (or name) of the acting person */
  person: string | null;
  objectType: string | null;
  /** ISO dates (YYYY-MM-DD), inclusive, days in Europe/Berlin */
  from: string | null;
  to: string | null;
}

/** Pagination by id: entries older than (id <) or newer than (id >) the given entry. */
export type AuditLogCursor = { direction: "older" | "newer"; id: bigint } | null;

export interface AuditLogQuery {
  filters: AuditLogFilters;
  cursor: AuditLogCursor;
}

/** Names of the GET parameters (the filter form works without JavaScript). */
export const AUDIT_QUERY_PARAMS = {
  action: "aktion",
  person: "person",
  objectType: "objekt",
  from: "von",
  to: "bis",
  older: "aelter-als",
  newer: "neuer-als",
} as const;

type SearchParams = Record<string, string | string[] | undefined>;

const firstValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || null;

function isoDateOrNull(value: string | null): string | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const [year, month, day] = value.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? value : null;
}

function idOrNull(value: string | null): bigint | null {
  return value && /^\d{1,18}$/.test(value) ? BigInt(value) : null;
}

/**
 * Reads filters and cursor from the page's search params. Whatever is malformed is ignored
 * (an invalid date filters nothing rather than failing the page).
 */
export function parseAuditLogQuery(searchParams: SearchParams): AuditLogQuery {
  const get = (name: string) => firstValue(searchParams[name]);
  const older = idOrNull(get(AUDIT_QUERY_PARAMS.older));
  const newer = idOrNull(get(AUDIT_QUERY_PARAMS.newer));
  return {
    filters: {
      action: get(AUDIT_QUERY_PARAMS.action)?.slice(0, 100) ?? null,
      person: get(AUDIT_QUERY_PARAMS.person)?.slice(0, 254) ?? null,
      objectType: get(AUDIT_QUERY_PARAMS.objectType)?.slice(0, 100) ?? null,
      from: isoDateOrNull(get(AUDIT_QUERY_PARAMS.from)),
      to: isoDateOrNull(get(AUDIT_QUERY_PARAMS.to)),
    },
    cursor: older !== null ? { direction: "older", id: older } : newer !== null ? { direction: "newer", id: newer } : null,
  };
}

/** The search params of a filter state (for the pagination links). */
export function auditLogSearchParams(filters: AuditLogFilters, cursor: AuditLogCursor = null): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.action) params.set(AUDIT_QUERY_PARAMS.action, filters.action);
  if (filters.person) params.set(AUDIT_QUERY_PARAMS.person, filters.person);
  if (filters.objectType) params.set(AUDIT_QUERY_PARAMS.objectType, filters.objectType);
  if (filters.from) params.set(AUDIT_QUERY_PARAMS.from, filters.from);
  if (filters.to) params.set(AUDIT_QUERY_PARAMS.to, filters.to);
  if (cursor) params.set(cursor.direction === "older" ? AUDIT_QUERY_PARAMS.older : AUDIT_QUERY_PARAMS.newer, cursor.id.toString());
  return params;
}

const TIME_ZONE = "Europe/Berlin";

/** Offset of `timeZone` from UTC at `date`, in milliseconds (positive east of Greenwich). */
function timeZoneOffset(date: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((entry) => entry.type === type)?.value);
  const wallClockAsUtc = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
  return wallClockAsUtc - Math.floor(date.getTime() / 1000) * 1000;
}

/** The instant a calendar day starts in Berlin (the portal's time zone), `dayOffset` days later. */
export function startOfBerlinDay(isoDate: string, dayOffset = 0): Date {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  const midnightUtc = Date.UTC(year, month - 1, day + dayOffset);
  let instant = midnightUtc - timeZoneOffset(new Date(midnightUtc), TIME_ZONE);
  // Across a DST change the offset at the result can differ from the first guess.
  const corrected = midnightUtc - timeZoneOffset(new Date(instant), TIME_ZONE);
  if (corrected !== instant) instant = corrected;
  return new Date(instant);
}

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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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
    ...new Set(rows.filter((row) => row.objectType === type && UUID.test(row.objectId)).map((row) => row.objectId)),
  ];
  const profileIdsFromDetails = rows
    .map((row) => detailString(row.details, "profileId"))
    .filter((id): id is string => id !== null && UUID.test(id));

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
      default:
        return base;
    }
  };
}
