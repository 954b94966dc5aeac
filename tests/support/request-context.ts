import { RequestCookies } from "next/dist/compiled/@edge-runtime/cookies";
import { encode } from "next-auth/jwt";
import type { Database } from "@/lib/db-client";
import { publicBaseUrl } from "@/lib/env";
import { startSession } from "@/lib/auth/sessions";

/**
 * Next's request scope for tests that call server actions and route handlers themselves.
 *
 * Outside a Next request, `cookies()`/`headers()` (next/headers), `revalidatePath`/`revalidateTag`
 * (next/cache) and `after` (next/server) throw. A test replaces exactly these with the functions
 * below — everything else (the action boundary, zod, the policy, the services, PostgreSQL and
 * next-auth's JWT decoding) stays real. `vi.mock` is hoisted to the top of the test file, so the
 * mocks must be declared there; they take their state from this module:
 *
 *   const context = await vi.hoisted(() => import("../support/request-context"));
 *   vi.mock("next/headers", async (original) => ({ ...(await original<object>()), ...context.nextHeaders }));
 *   vi.mock("next/cache", async (original) => ({ ...(await original<object>()), ...context.nextCache }));
 *   vi.mock("next/server", async (original) => ({ ...(await original<object>()), ...context.nextServer }));
 *
 * This module must not import next/headers, next/cache or next/server itself (the mock factories
 * load it while those modules are being mocked).
 */

/** next-auth's session cookie on http (lib/auth/current-user.ts also accepts the "__Secure-" one). */
export const SESSION_COOKIE = "next-auth.session-token";

export interface Revalidation {
  kind: "path" | "tag";
  target: string;
  type?: string;
}

type AfterTask = (() => unknown) | Promise<unknown>;

/** One request at a time: what `cookies()` and `headers()` answer, and what the request left behind. */
class RequestScope {
  headers = new Headers();
  /** revalidatePath/revalidateTag calls of the current request */
  readonly revalidated: Revalidation[] = [];
  private readonly afterTasks: AfterTask[] = [];

  /**
   * Starts a new request, signed in with `sessionToken` (see `sessionTokenFor`) or anonymous (null).
   * Forgets what the previous request revalidated or scheduled.
   */
  begin(sessionToken: string | null): void {
    this.headers = new Headers(sessionToken ? { cookie: `${SESSION_COOKIE}=${sessionToken}` } : {});
    this.revalidated.length = 0;
    this.afterTasks.length = 0;
  }

  /**
   * A Request to `path` of the portal (PUBLIC_BASE_URL) carrying the current request's cookie, for a
   * route handler; its headers become what `headers()` answers.
   */
  request(path: string, init: RequestInit = {}): Request {
    const headers = new Headers(init.headers);
    const cookie = this.headers.get("cookie");
    if (cookie) headers.set("cookie", cookie);
    const request = new Request(new URL(path, publicBaseUrl()), { ...init, headers });
    this.headers = new Headers(request.headers);
    return request;
  }

  /** The callbacks `after()` collected (Next runs them once the response is sent); awaited in order. */
  async runAfterTasks(): Promise<void> {
    while (this.afterTasks.length > 0) {
      const task = this.afterTasks.shift()!;
      await (typeof task === "function" ? task() : task);
    }
  }

  get pendingAfterTasks(): number {
    return this.afterTasks.length;
  }

  schedule(task: AfterTask): void {
    this.afterTasks.push(task);
  }
}

export const requestScope = new RequestScope();

/** For `vi.mock("next/headers", …)`: the current request's cookies (parsed as Next parses them) and headers. */
export const nextHeaders = {
  cookies: async () => new RequestCookies(requestScope.headers),
  headers: async () => requestScope.headers,
};

/** For `vi.mock("next/cache", …)`: records what would be revalidated. */
export const nextCache = {
  revalidatePath: (path: string, type?: "layout" | "page") => {
    requestScope.revalidated.push({ kind: "path", target: path, ...(type ? { type } : {}) });
  },
  revalidateTag: (tag: string, profile?: unknown) => {
    requestScope.revalidated.push({ kind: "tag", target: tag, ...(typeof profile === "string" ? { type: profile } : {}) });
  },
};

/** For `vi.mock("next/server", …)`: `after()` collects its task; `requestScope.runAfterTasks()` runs them. */
export const nextServer = {
  after: (task: AfterTask) => requestScope.schedule(task),
};

/**
 * A session cookie value as next-auth issues it at sign-in (lib/auth/options.ts: a new session on the
 * server, its id `sid`, and `uid` and `sv`).
 */
export async function sessionTokenFor(db: Database, user: { id: string; sessionVersion: number }): Promise<string> {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET fehlt: Integrationstests laufen über `npm test`.");
  const sid = await startSession(db, user.id);
  return encode({ token: { sid, uid: user.id, sv: user.sessionVersion }, secret });
}

/**
 * Starts a request as the user with `userId` — with a cookie for their current session version, as
 * if they had just signed in — or anonymously (null). The cookie is issued whatever the account's
 * state: a disabled user's cookie must be refused by the portal, not by the test.
 */
export async function beginRequestAs(db: Database, userId: string | null): Promise<void> {
  if (!userId) return requestScope.begin(null);
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, sessionVersion: true } });
  requestScope.begin(await sessionTokenFor(db, user));
}

type FormValue = string | number | Blob | readonly string[] | null | undefined;

/** Form data as a browser sends it: lists become repeated fields, null/undefined are left out. */
export function formData(fields: Record<string, FormValue>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (value === null || value === undefined) continue;
    if (Array.isArray(value)) for (const entry of value) data.append(name, entry);
    else if (value instanceof Blob) data.append(name, value);
    else data.append(name, String(value));
  }
  return data;
}

/**
 * The tables whose rows a refused call must leave untouched, with their primary key columns.
 * The audit log and the outbox belong here too: a refusal writes no entry and sends no mail.
 */
export const SNAPSHOT_TABLES: Record<string, readonly string[]> = {
  Profile: ["id"],
  ProfileVersion: ["id"],
  ProfileVersionTopic: ["versionId", "topicId"],
  ProfileVersionFormat: ["versionId", "formatId"],
  Media: ["id"],
  Contact: ["id"],
  ReviewComment: ["id"],
  User: ["id"],
  EditorAssignment: ["userId", "municipalityId"],
  Municipality: ["id"],
  Topic: ["id"],
  Format: ["id"],
  AuthToken: ["id"],
  OutboxMail: ["id"],
  AuditLog: ["id"],
  ImportUpload: ["id"],
  AccessibilityFeedback: ["id"],
};

/**
 * Per table: primary key → the version of the row, i.e. PostgreSQL's `xmin` (the transaction that
 * inserted or last updated it). Every INSERT and UPDATE gives a row a new `xmin` — even one that
 * writes the same values again — and a DELETE removes the key, so comparing two snapshots finds
 * every write to these tables. Far cheaper than serializing every column of every row, which matters
 * when a test takes two snapshots per call on a database that other test files have filled.
 * (Row locks, SELECT … FOR UPDATE, do not change `xmin`: they are no change.)
 */
export type DatabaseSnapshot = Record<string, Map<string, string>>;

type Tables = Record<string, readonly string[]>;

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;
const keyOf = (key: readonly string[]) => `concat_ws('|', ${key.map((column) => `t.${quoted(column)}::text`).join(", ")})`;

/** The key and version of every row of `tables`, read in one statement (one consistent view), ordered by key. */
export async function snapshotDatabase(db: Database, tables: Tables = SNAPSHOT_TABLES): Promise<DatabaseSnapshot> {
  const parts = Object.entries(tables).map(([table, key]) => {
    const order = key.map((column) => `t.${quoted(column)}`).join(", ");
    return `'${table}', (SELECT coalesce(json_agg(json_build_array(${keyOf(key)}, t.xmin::text) ORDER BY ${order}), '[]'::json) FROM ${quoted(table)} t)`;
  });
  const [result] = await db.$queryRawUnsafe<{ snapshot: Record<string, [string, string][]> }[]>(
    `SELECT json_build_object(${parts.join(", ")}) AS snapshot`,
  );
  return Object.fromEntries(Object.keys(tables).map((table) => [table, new Map(result!.snapshot[table] ?? [])]));
}

/**
 * What changed since `before`: one line per row added, changed or removed ("Table key changed: {row}",
 * with the row as it is now), empty when nothing did.
 */
export async function changesSince(db: Database, before: DatabaseSnapshot, tables: Tables = SNAPSHOT_TABLES): Promise<string[]> {
  const after = await snapshotDatabase(db, tables);
  const changes: string[] = [];
  for (const [table, key] of Object.entries(tables)) {
    const old = before[table] ?? new Map<string, string>();
    const now = after[table] ?? new Map<string, string>();
    for (const [id, version] of now) {
      if (old.get(id) === version) continue;
      const [row] = await db.$queryRawUnsafe<{ row: string }[]>(
        `SELECT row_to_json(t)::text AS row FROM ${quoted(table)} t WHERE ${keyOf(key)} = $1`,
        id,
      );
      changes.push(`${table} ${id} ${old.has(id) ? "changed" : "added"}: ${row?.row ?? "(gone again)"}`);
    }
    for (const id of old.keys()) if (!now.has(id)) changes.push(`${table} ${id} removed`);
  }
  return changes;
}
