import { parseIsoDate } from "@/lib/time/berlin";

/**
 * The audit log page's filters and cursor as they travel in the address (a plain GET form and
 * links, so everything works without JavaScript): reading them from the search params and
 * writing them back. Pure; the queries are in audit-queries.ts.
 */

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

/**
 * The first value of a parameter, without control characters: they mean nothing in a filter, and NUL
 * would make PostgreSQL refuse the whole query (a 500 instead of the page).
 */
const firstValue = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value)?.replace(/[\u0000-\u001F\u007F]/g, "").trim() || null;

function isoDateOrNull(value: string | null): string | null {
  return value && parseIsoDate(value) ? value : null;
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
