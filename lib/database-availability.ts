import { log } from "@/lib/operations/log";

/**
 * Whether PostgreSQL can be reached, and whether an error means it cannot (issue 14, "Database outage").
 *
 * While the database is down the portal answers what it can from the cache and says "temporarily
 * unavailable" (503) for the rest, instead of a 500 or a blank error page: the proxy asks
 * `databaseReachable()` before a page that needs the database is rendered, and the action and API
 * boundaries turn an error of `isDatabaseUnavailable` into their "unavailable" answer.
 *
 * The state is kept on `globalThis` under a registry symbol: the proxy, the pages and the route handlers
 * are separate bundles in one server process, and each must see what the others found out.
 */

/**
 * Socket failures: they mean the database only inside an error of Prisma or its driver adapter — the same
 * codes from the mail server or Redis must not put the portal into its outage answers.
 */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EPIPE", "EHOSTUNREACH", "ENETUNREACH"]);

/** Connection failures that can only come from the database. */
const UNREACHABLE_CODES = new Set([
  // PostgreSQL: shutting down, starting up, connection failures (SQLSTATE classes 57P and 08)
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08006",
  // Prisma: can't reach the server, timed out, connection closed
  "P1001",
  "P1002",
  "P1017",
]);

/** What Prisma's driver adapter calls a lost connection (`DriverAdapterError.cause.kind`). */
const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);

/** Messages of node-postgres and Prisma without a code (e.g. a connection ended by the server between queries). */
const UNREACHABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Can't reach database server|server closed the connection|the database system is (?:starting up|shutting down|in recovery mode)|terminating connection due to administrator command|Client has encountered a connection error/i;

/** True when `error` (or anything it wraps) says that the database could not be reached. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return unreachable(error, false, 0);
}

function unreachable(error: unknown, fromDatabaseClient: boolean, depth: number): boolean {
  if (depth > 8 || typeof error !== "object" || error === null) return false;
  const record = error as Record<string, unknown>;
  const ofDatabaseClient =
    fromDatabaseClient ||
    "clientVersion" in record ||
    (typeof record.name === "string" && /^(Prisma|DriverAdapterError)/.test(record.name));
  if (typeof record.code === "string") {
    if (UNREACHABLE_CODES.has(record.code)) return true;
    if (ofDatabaseClient && SOCKET_CODES.has(record.code)) return true;
  }
  if (typeof record.kind === "string" && UNREACHABLE_KINDS.has(record.kind)) return true;
  if (typeof record.message === "string" && UNREACHABLE_MESSAGES.test(record.message)) return true;
  const wrapped = [record.cause, (record.meta as Record<string, unknown> | undefined)?.driverAdapterError];
  if (Array.isArray(record.errors)) wrapped.push(...(record.errors as unknown[]));
  return wrapped.some((inner) => unreachable(inner, ofDatabaseClient, depth + 1));
}

/** How long a probe's answer is trusted: short, so that an outage and the recovery are seen within a second. */
const REACHABLE_FOR_MS = 1000;
const UNREACHABLE_FOR_MS = 1000;
/** A database that does not answer within this time counts as unavailable (a hung server, not only a closed port). */
const PROBE_TIMEOUT_MS = 2000;

interface AvailabilityState {
  reachable: boolean;
  checkedAt: number;
  probe: Promise<boolean> | null;
}

const STATE_KEY = Symbol.for("steckbriefe.database-availability");

function state(): AvailabilityState {
  const global = globalThis as typeof globalThis & { [STATE_KEY]?: AvailabilityState };
  global[STATE_KEY] ??= { reachable: true, checkedAt: 0, probe: null };
  return global[STATE_KEY];
}

/** Records what a failed query found out, so that the next requests need not try first. */
export function noteDatabaseUnavailable(): void {
  record(state(), false, Date.now());
}

/** Keeps a finding; a change is logged once (not every failed request: an outage would flood the log). */
function record(current: AvailabilityState, reachable: boolean, at: number) {
  if (current.reachable !== reachable) {
    if (reachable) log.info("database reachable again");
    else log.warn("database unreachable", { effect: "cached pages are served, everything else answers 503 until it is back" });
  }
  Object.assign(current, { reachable, checkedAt: at });
}

/**
 * Whether the database answers, asked with `probe` (e.g. `SELECT 1`) at most once a second per process;
 * concurrent callers share one probe.
 */
export async function databaseReachable(probe: () => Promise<unknown>, now: () => number = Date.now): Promise<boolean> {
  const current = state();
  const trustedFor = current.reachable ? REACHABLE_FOR_MS : UNREACHABLE_FOR_MS;
  if (now() - current.checkedAt < trustedFor) return current.reachable;
  current.probe ??= (async () => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("connection timeout")), PROBE_TIMEOUT_MS);
    });
    try {
      await Promise.race([probe(), timeout]);
      return true;
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  })().then((reachable) => {
    current.probe = null;
    record(current, reachable, now());
    return reachable;
  });
  return current.probe;
}

/** Seconds after which a client may try again (`Retry-After` of every 503 during an outage). */
export const RETRY_AFTER_SECONDS = 30;
