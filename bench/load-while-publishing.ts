/**
 * `npm run bench:publishing` — issue 14, "Load while publishing": 100 concurrent readers on the public pages
 * while editors save drafts and reviewers publish, then a check that nothing was lost.
 *
 *   npm run bench:publishing                     60 s of load (after `npm run build`)
 *   npm run bench:publishing -- --smoke          10 s, two profiles written (proves it works)
 *   options: --seconds S  --connections N  --profiles N (written during the load)  --port P (else a free port)
 *            --database NAME (default load_publishing_<pid>; dropped at the end unless --keep)  --build
 *
 * 1. A fresh database on the PostgreSQL server (BENCH_DATABASE_URL, else TEST_DATABASE_URL, else
 *    postgresql://postgres@127.0.0.1:5432/postgres): migrated, with the demo content (prisma/seed.ts).
 * 2. `next start` (the existing production build; `--build` builds first) on it, its cache in Redis
 *    (REDIS_URL, default redis://127.0.0.1:6379) under a prefix of its own. Redis is required: the writes run
 *    in this process through the portal's services, and their invalidations reach the server through it.
 * 3. Readers: autocannon in a second process (bench/lib/load-worker.mjs), `--connections` (100) for
 *    `--seconds` (60), cycling through the start page, the listing, a search and the Steckbriefe (also those
 *    being written). Writers at the same time (bench/lib/publishing-writers.ts): per profile, rounds of three
 *    autosaves → submit → approve (two reviewers taking turns) → the public page polled until it shows the
 *    new title.
 * 4. Checks, from the database with a plain SQL client: every save is in its version (revisions without a
 *    gap, the last saved text stored), every publication is a PUBLISHED or SUPERSEDED version with exactly
 *    the saved text, each profile shows its last one, the audit log has one entry per submission and
 *    publication and one "version.save" per version (its rule: one per person and version), and nothing
 *    else; the public pages show the newest titles; zero 5xx responses. Exit code 1 when any check fails.
 */
import { randomBytes } from "node:crypto";
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import pg from "pg";
import { freePort, redisAnswers } from "../scripts/lib/network.mjs";
import type { WriterLog } from "./lib/publishing-writers";
import { bin, root, runLoad, startServer, type LoadResult, type RunningServer } from "./lib/server";

const { values: args } = parseArgs({
  options: {
    smoke: { type: "boolean", default: false },
    seconds: { type: "string" },
    connections: { type: "string", default: "100" },
    profiles: { type: "string" },
    port: { type: "string" },
    database: { type: "string" },
    keep: { type: "boolean", default: false },
    build: { type: "boolean", default: false },
  },
});
const smoke = args.smoke!;
const seconds = Number(args.seconds ?? (smoke ? 10 : 60));
const connections = Number(args.connections);
const writtenProfiles = Number(args.profiles ?? (smoke ? 2 : 4));
const SAVES_PER_ROUND = 3;
/** Between two steps of one writer: an editor types, a reviewer reads (short: many publications in the time). */
const PAUSE_MS = 100;
const started = performance.now();
const log = (message: string) => console.log(`[publishing ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((done, reject) => {
    execFile(command, commandArgs, { cwd: root, env, maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) =>
      error ? reject(new Error(`${command} ${commandArgs.join(" ")}: ${error.message}\n${stderr}`)) : done(),
    );
  });
}

async function admin<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Error lines of the server's log (what failed under load), counted by their first words. */
function serverErrors(logFile: string): string[] {
  const counts = new Map<string, number>();
  for (const line of readFileSync(logFile, "utf8").split("\n")) {
    if (!/error|⨯/i.test(line) || /^\s+at /.test(line)) continue;
    const message = line.trim().slice(0, 120);
    counts.set(message, (counts.get(message) ?? 0) + 1);
  }
  return [...counts].map(([message, count]) => `${count} × ${message}`);
}

interface Check {
  name: string;
  expected: number;
  found: number;
  /** what is missing or wrong, for the report (a few examples) */
  problems: string[];
}

/** Everything the writers did, looked up again in the database with plain SQL (not through the portal's code). */
async function checkDatabase(databaseUrl: string, writes: WriterLog, since: Date): Promise<Check[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const checks: Check[] = [];
    const check = (name: string, expected: number, problems: string[]) =>
      checks.push({ name, expected, found: expected - problems.length, problems: problems.slice(0, 5) });

    // Saves: each version's revisions came back without a gap, and the version holds the last saved text.
    const versions = new Map<string, WriterLog["saves"]>();
    for (const save of writes.saves) versions.set(save.versionId, [...(versions.get(save.versionId) ?? []), save]);
    const stored = new Map(
      (
        await client.query<{ id: string; revision: number; title: string; occasion: string; state: string; publishedAt: Date | null }>(
          `SELECT id, revision, title, occasion, state, "publishedAt" FROM "ProfileVersion" WHERE id = ANY($1::uuid[])`,
          [[...versions.keys()]],
        )
      ).rows.map((row) => [row.id, row]),
    );
    const saveProblems: string[] = [];
    for (const [versionId, saves] of versions) {
      const row = stored.get(versionId);
      const revisions = saves.map((save) => save.revision);
      const last = saves.at(-1)!;
      for (const [index, save] of saves.entries()) {
        const gapless = index === 0 || revisions[index - 1]! + 1 === save.revision;
        const kept =
          row && (save === last ? row.revision === save.revision && row.title === save.title && row.occasion === save.occasion : true);
        if (!row) saveProblems.push(`version ${versionId} is missing`);
        else if (!gapless) saveProblems.push(`version ${versionId}: revision ${save.revision} after ${revisions[index - 1]}`);
        else if (!kept) saveProblems.push(`version ${versionId}: stored revision ${row.revision}, saved ${save.revision} (or other text)`);
      }
    }
    check("saves in the database", writes.saves.length, saveProblems);

    // Publications: published (or superseded by the next one) with exactly the saved text; each profile shows its last.
    const publicationProblems: string[] = [];
    for (const publication of writes.publications) {
      const row = stored.get(publication.versionId);
      const lastSave = versions.get(publication.versionId)?.at(-1);
      if (!row || !["PUBLISHED", "SUPERSEDED"].includes(row.state) || !row.publishedAt)
        publicationProblems.push(`${publication.versionId}: ${row?.state ?? "missing"}`);
      else if (row.title !== lastSave?.title || row.occasion !== lastSave.occasion)
        publicationProblems.push(`${publication.versionId}: other text`);
    }
    const lastPublished = new Map(writes.publications.map((publication) => [publication.profileId, publication.versionId]));
    const profiles = await client.query<{ id: string; publishedVersionId: string; published: number }>(
      `SELECT p.id, p."publishedVersionId", (SELECT count(*)::int FROM "ProfileVersion" v WHERE v."profileId" = p.id AND v.state = 'PUBLISHED') AS published
       FROM "Profile" p WHERE p.id = ANY($1::uuid[])`,
      [[...lastPublished.keys()]],
    );
    for (const profile of profiles.rows) {
      if (profile.publishedVersionId !== lastPublished.get(profile.id) || profile.published !== 1)
        publicationProblems.push(`profile ${profile.id}: shows ${profile.publishedVersionId}, ${profile.published} published versions`);
    }
    check("publications in the database", writes.publications.length, publicationProblems);

    // Audit log: one entry per submission and publication, one "version.save" per version, nothing else by the writers.
    const entries = await client.query<{ action: string; objectId: string; actorId: string | null }>(
      `SELECT action, "objectId", "actorId"::text AS "actorId" FROM "AuditLog"
       WHERE "createdAt" >= $1 AND "actorId" = ANY($2::uuid[])`,
      [since, [writes.editorId, ...writes.reviewerIds]],
    );
    const count = (action: string, objectId: string, actorId?: string) =>
      entries.rows.filter((entry) => entry.action === action && entry.objectId === objectId && (!actorId || entry.actorId === actorId))
        .length;
    const expectedEntries = [
      ...[...versions.keys()].map((versionId) => ({ action: "version.save", objectId: versionId, actorId: writes.editorId })),
      ...writes.submissions.map((submission) => ({ action: "version.submit", objectId: submission.versionId, actorId: writes.editorId })),
      ...writes.publications.map((publication) => ({
        action: "version.publish",
        objectId: publication.versionId,
        actorId: publication.reviewerId,
      })),
    ];
    const auditProblems = expectedEntries
      .filter((entry) => count(entry.action, entry.objectId, entry.actorId) !== 1)
      .map((entry) => `${entry.action} ${entry.objectId}: ${count(entry.action, entry.objectId, entry.actorId)} entries`);
    if (entries.rows.length !== expectedEntries.length)
      auditProblems.push(`${entries.rows.length} entries by the writers, ${expectedEntries.length} expected`);
    check("audit entries", expectedEntries.length, auditProblems);
    return checks;
  } finally {
    await client.end();
  }
}

/** After the load: every written profile's page shows its last published title. */
async function checkPublicPages(base: string, writes: WriterLog): Promise<Check> {
  const last = new Map(writes.publications.map((publication) => [publication.slug, publication.title]));
  const problems: string[] = [];
  for (const [slug, title] of last) {
    const response = await fetch(`${base}/steckbriefe/${slug}`);
    const html = await response.text();
    if (response.status !== 200 || !html.includes(title)) problems.push(`/steckbriefe/${slug}: ${response.status}, "${title}" missing`);
  }
  return { name: "public pages with the newest title", expected: last.size, found: last.size - problems.length, problems };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]! : NaN;
};
const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(0)} ms` : "–");

async function main() {
  const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
  if (!(await redisAnswers(redisUrl))) {
    throw new Error(`no Redis at ${redisUrl}: the writes in this process could not invalidate the server's cache (set REDIS_URL)`);
  }
  const port = Number(args.port ?? process.env.BENCH_PORT ?? (await freePort()));
  const name = args.database ?? `load_publishing_${process.pid}`;
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`--database ${name}: lower-case letters, digits and _ only`);
  const databaseUrl = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
  const cachePrefix = `steckbriefe-publishing-${process.pid}-${Date.now()}`;
  log(`${seconds} s, ${connections} readers, ${writtenProfiles} profiles written, database ${name}, port ${port}`);

  const cleanups: (() => Promise<void>)[] = [];
  let server: RunningServer | undefined;
  try {
    await admin(serverUrl, async (client) => {
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.query(`CREATE DATABASE "${name}"`);
    });
    if (!args.keep)
      cleanups.push(() => admin(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}));
    cleanups.push(async () => {
      const { createClient } = await import("@redis/client");
      const redis = createClient({ url: redisUrl });
      await redis.connect();
      for await (const keys of redis.scanIterator({ MATCH: `${cachePrefix}:*`, COUNT: 1000 })) if (keys.length) await redis.del(keys);
      await redis.close();
    });

    const { REDIS_URL: _ignored, ...baseEnv } = process.env;
    const env: NodeJS.ProcessEnv = {
      ...baseEnv,
      NEXT_TELEMETRY_DISABLED: "1",
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? randomBytes(32).toString("base64url"),
      API_RATE_LIMIT: "0", // 100 connections from one address are the load, not an abuse
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      CACHE_PREFIX: cachePrefix,
    };
    // This process (the writers) uses the same database and cache as the server.
    Object.assign(process.env, { DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, CACHE_PREFIX: cachePrefix });
    delete process.env.SMTP_URL; // mails of the workflow land in the outbox

    log("prisma migrate deploy, demo content");
    await run(bin("prisma"), ["migrate", "deploy"], env);
    await run(bin("tsx"), ["prisma/seed.ts"], env);
    if (args.build) {
      log("next build");
      await run(bin("next"), ["build"], env);
    }

    const slugs = await admin(databaseUrl, async (client) =>
      (
        await client.query<{ slug: string }>(
          `SELECT slug FROM "Profile" WHERE "archivedAt" IS NULL AND "publishedVersionId" IS NOT NULL AND "workingVersionId" IS NULL ORDER BY slug`,
        )
      ).rows.map((row) => row.slug),
    );
    if (slugs.length < writtenProfiles) throw new Error(`only ${slugs.length} published profiles without a draft in the demo content`);
    // Spread over the alphabet: not all written profiles on one listing page.
    const written = Array.from({ length: writtenProfiles }, (_, index) => slugs[Math.floor((index * slugs.length) / writtenProfiles)]!);
    const readPaths = ["/", "/steckbriefe", "/steckbriefe?q=wohnung", ...slugs.slice(0, 12).map((slug) => `/steckbriefe/${slug}`)];
    for (const slug of written) if (!readPaths.includes(`/steckbriefe/${slug}`)) readPaths.push(`/steckbriefe/${slug}`);

    log("next start");
    server = await startServer({ port, env });
    const base = server.base;
    for (const path of readPaths) {
      const response = await fetch(`${base}${path}`, { redirect: "manual" });
      if (response.status >= 400) throw new Error(`${path} answers ${response.status} before the load`);
    }

    const { runWriters, closeWriterDatabase } = await import("./lib/publishing-writers");
    cleanups.push(closeWriterDatabase);
    const since = new Date();
    log(`load: ${connections} readers over ${readPaths.length} paths for ${seconds} s, writers on ${written.join(", ")}`);
    const loadStarted = Date.now();
    const [load, writes] = await Promise.all([
      runLoad({ url: base, paths: readPaths, connections, duration: seconds }),
      // The writers stop starting rounds 5 s before the readers stop, so that every publication happens under load.
      runWriters({
        base,
        slugs: written,
        until: loadStarted + Math.max(1, seconds - 5) * 1000,
        savesPerRound: SAVES_PER_ROUND,
        pauseMs: PAUSE_MS,
      }),
    ]);
    log(`load done: ${load.requests} requests; writers: ${writes.saves.length} saves, ${writes.publications.length} publications`);

    const checks = [...(await checkDatabase(databaseUrl, writes, since)), await checkPublicPages(base, writes)];
    const errorsInLog = serverErrors(server.logFile);
    const report = renderReport(load, writes, checks, errorsInLog);
    console.log(`\n${report}`);
    const failed =
      serverErrorResponses(load) > 0 ||
      load.errors > 0 ||
      load.timeouts > 0 ||
      writes.faults.length > 0 ||
      writes.publications.length === 0 ||
      checks.some((check) => check.found !== check.expected);
    if (failed) throw new Error("load while publishing: a check failed (see above)");
    log("all checks passed");
  } finally {
    await server?.stop();
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => console.error(error));
  }
}

const serverErrorResponses = (load: LoadResult) =>
  Object.entries(load.statuses)
    .filter(([status]) => Number(status) >= 500)
    .reduce((sum, [, count]) => sum + count, 0);

function renderReport(load: LoadResult, writes: WriterLog, checks: Check[], errorsInLog: string[]): string {
  const visible = writes.publications.flatMap((publication) => (publication.visibleMs === null ? [] : [publication.visibleMs]));
  const lost = checks.reduce((sum, check) => sum + (check.expected - check.found), 0);
  const rows: [string, string][] = [
    ["readers (connections) × seconds", `${connections} × ${load.seconds}`],
    ["read requests", `${load.requests} (${load.requestsPerSecond.toFixed(0)}/s)`],
    [
      "read latency p50 / p95 / p99 / max",
      `${ms(load.p50 ?? NaN)} / ${ms(load.p95 ?? NaN)} / ${ms(load.p99 ?? NaN)} / ${ms(load.max ?? NaN)}`,
    ],
    [
      "responses by status",
      Object.entries(load.statuses)
        .map(([status, count]) => `${status}: ${count}`)
        .join(", "),
    ],
    ["5xx responses", String(serverErrorResponses(load))],
    ["connection errors / timeouts", `${load.errors} / ${load.timeouts}`],
    [
      "saves (autosaves of drafts)",
      `${writes.saves.length}, p50 ${ms(
        percentile(
          writes.saves.map((s) => s.ms),
          0.5,
        ),
      )}, max ${ms(Math.max(...writes.saves.map((s) => s.ms)))}`,
    ],
    ["submissions", String(writes.submissions.length)],
    [
      "publications (approve at once)",
      `${writes.publications.length}, approve p50 ${ms(
        percentile(
          writes.publications.map((p) => p.approveMs),
          0.5,
        ),
      )}, max ${ms(Math.max(...writes.publications.map((p) => p.approveMs)))}`,
    ],
    ["approve → visible on the public page", `p50 ${ms(percentile(visible, 0.5))}, max ${ms(Math.max(...visible))}`],
    ...checks.map((check): [string, string] => [
      check.name,
      `${check.found} of ${check.expected}${check.problems.length ? ` — ${check.problems.join("; ")}` : ""}`,
    ]),
    ["writer faults", writes.faults.length ? writes.faults.slice(0, 5).join("; ") : "0"],
    ["data lost (saves, publications, audit entries, pages)", String(lost)],
    ["error lines in the server log", errorsInLog.length ? errorsInLog.slice(0, 5).join("; ") : "0"],
  ];
  return ["| figure | value |", "| --- | --- |", ...rows.map(([label, value]) => `| ${label} | ${value.replaceAll("|", "\\|")} |`)].join(
    "\n",
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`\n✘ ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
