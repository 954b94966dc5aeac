/**
 * `npm run bench` — the portal under load with a realistic amount of data (issue: performance).
 *
 *   npm run bench                       100,000 published Steckbriefe, full run, writes docs/PERFORMANCE.md
 *   npm run bench -- --smoke            a few hundred Steckbriefe, 2 s per URL, no Lighthouse: proves it still works
 *   options: --profiles N  --duration S  --no-build  --fresh (regenerate the data)  --lighthouse / --no-lighthouse
 *            --out FILE (smoke runs write nothing unless given)  --port P (else BENCH_PORT, else a free port)
 *
 * 1. A separate database `bench_<N>` on the PostgreSQL server (BENCH_DATABASE_URL, else TEST_DATABASE_URL, else
 *    postgresql://postgres@127.0.0.1:5432/postgres): migrated, filled with synthetic data (bench/lib/generate.ts),
 *    kept for the next run (smoke databases are dropped). Never the demo database.
 * 2. `next build`, then `next start` against it, with the shared cache in Redis (REDIS_URL, default
 *    redis://127.0.0.1:6379) under a prefix of its own — the approval in step 6 invalidates it from this process.
 * 3. First (uncached) request of each page; then autocannon from a second process, 50 connections, per URL:
 *    a static file (the physical limit on the same server in the same run), the start page, the listing,
 *    one Steckbrief, and many different Steckbriefe; the server's memory (RSS of the process tree) sampled.
 * 4. First-load JavaScript (gzip) per public route, from the scripts each page's HTML loads.
 * 5. EXPLAIN (ANALYZE, BUFFERS) of every statement of two searches (bench/lib/search-reads.ts).
 * 6. Approve → visible. 7. Lighthouse (mobile). Numbers, never assertions.
 */
import { randomBytes } from "node:crypto";
import { execFile } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { freePort, redisAnswers } from "../scripts/lib/network.mjs";
import os from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import type { ApproveResult } from "./lib/approve-to-visible";
import type { ExplainResult } from "./lib/explain";
import { explainedSearches } from "./lib/search-reads";
import { GENERATOR_VERSION, generateBenchData, type GeneratedData } from "./lib/generate";
import { renderReport, type BenchReport, type PageResult } from "./lib/report";
import {
  bin,
  commandVersion,
  fetchPage,
  firstLoadJs,
  lighthouse,
  root,
  runLoad,
  sampleRss,
  startServer,
  treeRss,
  type LighthouseScores,
  type RunningServer,
} from "./lib/server";

const { values: args } = parseArgs({
  options: {
    smoke: { type: "boolean", default: process.env.BENCH_SMOKE === "1" },
    profiles: { type: "string" },
    duration: { type: "string" },
    build: { type: "boolean", default: true },
    "no-build": { type: "boolean", default: false },
    fresh: { type: "boolean", default: false },
    lighthouse: { type: "boolean" },
    "no-lighthouse": { type: "boolean", default: false },
    out: { type: "string" },
    port: { type: "string" },
  },
});
const smoke = args.smoke!;
const profileCount = Number(args.profiles ?? (smoke ? 300 : 100_000));
const duration = Number(args.duration ?? (smoke ? 2 : 10));
const connections = 50;
const runLighthouse = args["no-lighthouse"] ? false : (args.lighthouse ?? !smoke);
const outFile = args.out ?? (smoke ? undefined : join(root, "docs/PERFORMANCE.md"));
const started = performance.now();
const log = (message: string) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

/** The listing URL of the issue. */
const LISTING_PATH = "/steckbriefe?typ=stadt&seite=3";
/** Where docs/PERFORMANCE.md's hand-written part begins: kept when a run rewrites the file. */
const ANALYSIS_HEADING = "## Targets: where they are missed, by how much, why";
/** A search with text and two facets (served from the cache after its first request, like the listing). */
const SEARCH_PATH = "/steckbriefe?q=wohnung&typ=gemeinde&thema=wohnen"; // the canonical order (no redirect)
/** The open data API's list (JSON, ETag; its data cached like the pages'). */
const API_LIST_PATH = "/api/v1/steckbriefe?typ=stadt&seite=3";
/** The whole data set as CSV, streamed: time and the server's memory while it streams. */
const CSV_PATH = "/api/v1/steckbriefe.csv";

function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((done, reject) => {
    const child = execFile(command, commandArgs, { cwd: root, env, maxBuffer: 64 * 1024 * 1024 }, (error) =>
      error ? reject(new Error(`${command} ${commandArgs.join(" ")}: ${error.message}`)) : done(),
    );
    child.stdout?.pipe(process.stdout);
    child.stderr?.pipe(process.stderr);
  });
}

async function prepareDatabase(
  serverUrl: string,
): Promise<{ url: string; name: string; data: GeneratedData | null; drop: () => Promise<void> }> {
  const name = smoke ? `bench_smoke_${process.pid}` : `bench_${profileCount}`;
  const marker = `steckbriefe bench generator v${GENERATOR_VERSION}, ${profileCount} profiles`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const drop = async () => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
  };
  try {
    const existing = await admin.query<{ comment: string | null }>(
      `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`,
      [name],
    );
    if (existing.rows[0]?.comment === marker && !args.fresh) {
      log(`database ${name} holds the data already (${marker}) — reused (--fresh generates it anew)`);
      return { url: url.toString(), name, data: null, drop };
    }
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  log(`database ${name}: prisma migrate deploy`);
  await run(bin("prisma"), ["migrate", "deploy"], { ...process.env, DATABASE_URL: url.toString() });
  log(`generating ${profileCount.toLocaleString("en")} published Steckbriefe …`);
  let reported = 0;
  const data = await generateBenchData({
    databaseUrl: url.toString(),
    publishedProfiles: profileCount,
    onProgress: (done, total) => {
      if (done / total >= reported + 0.1 || done === total) {
        reported = Math.floor((done / total) * 10) / 10;
        log(`  ${Math.round((done / total) * 100)} %`);
      }
    },
  });
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`COMMENT ON DATABASE "${name}" IS '${marker}'`);
  await client.end();
  log(`generated in ${data.seconds.toFixed(1)} s: ${data.municipalities} municipalities, ${data.versions} versions`);
  return { url: url.toString(), name, data, drop };
}

async function redisInfo(url: string, prefix: string): Promise<{ version: string | null; clear: () => Promise<void> }> {
  const { createClient } = await import("@redis/client");
  const client = createClient({ url });
  await client.connect();
  const info = await client.info("server");
  await client.close();
  return {
    version: /redis_version:(\S+)/.exec(info)?.[1] ?? null,
    clear: async () => {
      const cleaner = createClient({ url });
      await cleaner.connect();
      for await (const keys of cleaner.scanIterator({ MATCH: `${prefix}:*`, COUNT: 1000 })) if (keys.length) await cleaner.del(keys);
      await cleaner.close();
    },
  };
}

/** Error lines of the server's log, counted by their first words (what failed under load, and how often). */
function summarizeServerLog(logFile: string): { message: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const line of readFileSync(logFile, "utf8").split("\n")) {
    if (!/error|⨯/i.test(line) || /^\s+at /.test(line)) continue;
    const message = line
      .replace(/[0-9a-f]{32,}|\/steckbriefe\/[a-z0-9-]+/g, (match) => (match.startsWith("/") ? "/steckbriefe/…" : "…"))
      .trim()
      .slice(0, 120);
    counts.set(message, (counts.get(message) ?? 0) + 1);
  }
  return [...counts].map(([message, count]) => ({ message, count })).sort((a, b) => b.count - a.count);
}

const packageVersion = (name: string) =>
  JSON.parse(readFileSync(join(root, "node_modules", name, "package.json"), "utf8")).version as string;

async function main() {
  const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
  const port = Number(args.port ?? process.env.BENCH_PORT ?? (await freePort()));
  log(`${smoke ? "smoke run" : "full run"}: ${profileCount} profiles, ${connections} connections × ${duration} s per URL, port ${port}`);

  const database = await prepareDatabase(serverUrl);
  const cleanups: (() => Promise<void>)[] = [];
  if (smoke) cleanups.push(database.drop);
  let server: RunningServer | undefined;
  try {
    const useRedis = await redisAnswers(redisUrl);
    const cachePrefix = `steckbriefe-bench-${process.pid}-${Date.now()}`;
    const redis = useRedis ? await redisInfo(redisUrl, cachePrefix) : null;
    if (redis) cleanups.push(redis.clear);
    const { REDIS_URL: _ignored, ...baseEnv } = process.env;
    const env: NodeJS.ProcessEnv = {
      ...baseEnv,
      NEXT_TELEMETRY_DISABLED: "1",
      API_RATE_LIMIT: "0", // 50 connections from one address are the load, not an abuse
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? randomBytes(32).toString("base64url"),
      DATABASE_URL: database.url,
      ...(useRedis ? { REDIS_URL: redisUrl, CACHE_PREFIX: cachePrefix } : {}),
    };
    // This process (EXPLAIN, approval) reads and invalidates the same database and cache as the server.
    Object.assign(process.env, { DATABASE_URL: env.DATABASE_URL, ...(useRedis ? { REDIS_URL: redisUrl, CACHE_PREFIX: cachePrefix } : {}) });

    if (args.build && !args["no-build"]) {
      log("next build");
      await run(bin("next"), ["build"], env);
    }

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const counts = (
      await client.query<{ published: number; municipalities: number; versions: number }>(
        `SELECT (SELECT count(*)::int FROM "Profile" WHERE "archivedAt" IS NULL AND "publishedVersionId" IS NOT NULL) AS published,
                (SELECT count(*)::int FROM "Municipality") AS municipalities, (SELECT count(*)::int FROM "ProfileVersion") AS versions`,
      )
    ).rows[0]!;
    const candidates = (
      await client.query<{ slug: string }>(
        `SELECT slug FROM "Profile" WHERE "archivedAt" IS NULL AND "publishedVersionId" IS NOT NULL AND "workingVersionId" IS NULL
         ORDER BY md5(slug) LIMIT 1001`,
      )
    ).rows.map((row) => row.slug);
    const postgresVersion = (await client.query<{ server_version: string }>("SHOW server_version")).rows[0]!.server_version;
    await client.end();
    const [steckbriefSlug, ...manySlugs] = candidates;
    if (!steckbriefSlug) throw new Error("no published Steckbrief in the bench database");

    // The search documents of generated profiles (the server would write them at start, in the background,
    // while it is measured): once, before — a no-op when they are complete.
    const { syncSearchDocuments } = await import("@/lib/search/index-documents");
    const { db } = await import("@/lib/db");
    cleanups.push(() => db.$disconnect());
    const synced = await syncSearchDocuments(db);
    if (synced.written || synced.removed) log(`search documents: ${synced.written} written, ${synced.removed} removed`);

    log("next start");
    server = await startServer({ port, env });
    const idleRss = treeRss(server.pid);

    // The start page last: it lists every published profile, the heaviest page at 100,000.
    const targets: { label: string; paths: string[] }[] = [
      { label: "static file", paths: ["/bench-static.txt"] },
      { label: "Steckbrief", paths: [`/steckbriefe/${steckbriefSlug}`] },
      { label: `${manySlugs.length} Steckbriefe`, paths: manySlugs.map((slug) => `/steckbriefe/${slug}`) },
      { label: "listing", paths: [LISTING_PATH] },
      { label: "search", paths: [SEARCH_PATH] },
      { label: "API list", paths: [API_LIST_PATH] },
      { label: "start page", paths: ["/"] },
    ];
    const pages: PageResult[] = [];
    const crashes: string[] = [];
    /** A server that died under load (out of memory …) is reported and started again for the next step. */
    const ensureServer = async (step: string) => {
      if (server!.alive()) return;
      crashes.push(`the server ended during or before "${step}" (log: ${server!.logFile}); started again`);
      log(crashes.at(-1)!);
      server = await startServer({ port, env });
    };
    for (const target of targets) {
      await ensureServer(target.label);
      server = server!;
      const rss = sampleRss(server.pid);
      const first = await fetchPage(`${server.base}${target.paths[0]}`).catch((error: unknown) => ({ error: String(error) }));
      if ("error" in first) log(`${target.label}: first request failed: ${first.error}`);
      else
        log(
          `${target.label}: first request ${first.status} in ${first.ms.toFixed(0)} ms (${(first.htmlGzipBytes / 1024).toFixed(1)} KB gzip)`,
        );
      // A page that fails or needs minutes alone is not put under load: 50 more of it would only bury the server.
      const skipLoad = "error" in first || first.status >= 500 || first.ms > 60_000;
      const load = skipLoad ? null : await runLoad({ url: server.base, paths: target.paths, connections, duration });
      const maxRss = rss.stop();
      if (load)
        log(
          `${target.label}: ${load.requestsPerSecond.toFixed(0)} req/s, p50 ${load.p50?.toFixed(0)} ms, p95 ${load.p95?.toFixed(0)} ms, ` +
            `p99 ${load.p99?.toFixed(0)} ms, non-2xx ${load.non2xx}, errors ${load.errors}, max RSS ${(maxRss / 1048576).toFixed(0)} MB`,
        );
      else {
        log(
          `${target.label}: not put under load (its first request failed or took over a minute), max RSS ${(maxRss / 1048576).toFixed(0)} MB`,
        );
        // What that request left behind (gigabytes of heap, renders still running) would distort every later step.
        crashes.push(`the server was started again after "${target.label}" (its first request failed or took over a minute)`);
        await server.stop();
        server = await startServer({ port, env });
      }
      pages.push({
        label: target.label,
        path: target.paths.length > 1 ? `/steckbriefe/… (${target.paths.length})` : target.paths[0]!,
        first,
        load,
        maxRss,
      });
    }

    await ensureServer("CSV download");
    log("the whole data set as CSV");
    const csv = await measureDownload(`${server.base}${CSV_PATH}`, server.pid);
    log(
      `CSV: ${csv.status}, ${(csv.bytes / 1048576).toFixed(1)} MB in ${(csv.ms / 1000).toFixed(1)} s, max RSS ${(csv.maxRss / 1048576).toFixed(0)} MB`,
    );

    await ensureServer("first-load JavaScript");
    log("first-load JavaScript per public route");
    const publicRoutes = [
      "/",
      LISTING_PATH,
      SEARCH_PATH,
      `/steckbriefe/${steckbriefSlug}`,
      "/karte",
      `/vergleich?ids=${steckbriefSlug}`,
      "/statistik",
      "/empfehlungen",
      "/daten",
      "/ueber-das-programm",
      "/leichte-sprache",
      "/impressum",
      "/datenschutz",
      "/barrierefreiheit",
    ];
    const javascript = [];
    for (const path of publicRoutes) {
      // The pages measured above are not fetched again (the start page may take minutes at 100,000 profiles).
      const measured = pages.find((page) => page.path === path)?.first;
      const page = measured && !("error" in measured) ? measured : await fetchPage(`${server.base}${path}`).catch(() => null);
      if (!page) continue;
      javascript.push({ path, status: page.status, htmlGzipBytes: page.htmlGzipBytes, ...(await firstLoadJs(server.base, page.html)) });
    }

    const { explainRead } = await import("./lib/explain");
    const explained: { name: string; result: ExplainResult }[] = [];
    for (const search of explainedSearches) {
      log(`EXPLAIN ANALYZE: ${search.name}`);
      explained.push({ name: search.name, result: await explainRead(database.url, search.read) });
    }

    await ensureServer("approve → visible");
    let approve: ApproveResult | { skipped: string };
    if (useRedis) {
      log("approve → visible");
      const { measureApproveToVisible, closeBenchDatabase } = await import("./lib/approve-to-visible");
      cleanups.push(closeBenchDatabase);
      approve = await measureApproveToVisible({ base: server.base, slug: steckbriefSlug });
      log(`approve → visible: ${approve.visibleMs.toFixed(0)} ms (approveVersion ${approve.approveMs.toFixed(0)} ms)`);
    } else {
      approve = { skipped: `no Redis at ${redisUrl}: the server's cache cannot be invalidated from the bench process` };
    }

    const lighthouseResults: { path: string; scores: LighthouseScores }[] = [];
    if (runLighthouse) {
      await ensureServer("Lighthouse");
      for (const path of ["/", LISTING_PATH, `/steckbriefe/${steckbriefSlug}`]) {
        const first = pages.find((page) => page.path === path)?.first;
        if (first && ("error" in first || first.status >= 500 || first.ms > 60_000)) {
          const why = "error" in first ? first.error : `its first request answered ${first.status} after ${(first.ms / 1000).toFixed(0)} s`;
          lighthouseResults.push({
            path,
            scores: { performance: null, accessibility: null, bestPractices: null, seo: null, lcpMs: null, error: `skipped: ${why}` },
          });
          continue;
        }
        log(`Lighthouse (mobile) ${path}`);
        lighthouseResults.push({ path, scores: await lighthouse(`${server.base}${path}`, port + 1) });
      }
    }
    await ensureServer("end");
    const finalRss = treeRss(server.pid);
    const serverErrors = summarizeServerLog(server.logFile);

    const report: BenchReport = {
      date: new Date(),
      smoke,
      machine: {
        cores: os.cpus().length,
        cpu: os.cpus()[0]?.model ?? "unknown",
        memoryBytes: os.totalmem(),
        loadAverage: os.loadavg(),
      },
      versions: {
        node: process.versions.node,
        next: packageVersion("next"),
        react: packageVersion("react"),
        prisma: packageVersion("prisma"),
        postgres: postgresVersion,
        redis: redis?.version ?? null,
        autocannon: packageVersion("autocannon"),
        lighthouse: runLighthouse ? packageVersion("lighthouse") : null,
        chromium: runLighthouse ? await commandVersion(process.env.CHROME_PATH ?? "/usr/bin/chromium", ["--version"]) : null,
      },
      data: { ...counts, generated: database.data, database: database.name },
      load: { connections, duration, cache: useRedis ? "Redis" : "process memory" },
      pages,
      javascript,
      csv: { path: CSV_PATH, ...csv },
      explained,
      approve,
      crashes,
      serverErrors,
      memory: { idleRss, maxRss: Math.max(...pages.map((page) => page.maxRss)), finalRss },
      lighthouse: lighthouseResults,
      totalSeconds: (performance.now() - started) / 1000,
    };
    const markdown = renderReport(report);
    console.log(`\n${markdown}`);
    if (outFile) {
      // The written analysis of the targets (by hand, below the generated run) stays when the run is replaced.
      const previous = existsSync(outFile) ? readFileSync(outFile, "utf8") : "";
      const analysis = previous.indexOf(ANALYSIS_HEADING);
      writeFileSync(outFile, analysis >= 0 ? `${markdown.trimEnd()}\n\n${previous.slice(analysis)}` : markdown);
      log(`written to ${outFile}`);
    }
  } finally {
    await server?.stop();
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => console.error(error));
  }
  log("done");
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`\n✘ bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);

/** Streams a download to its end: its size, the time it took and the server's largest memory meanwhile. */
async function measureDownload(url: string, pid: number): Promise<{ status: number; bytes: number; ms: number; maxRss: number }> {
  const rss = sampleRss(pid);
  const started = performance.now();
  const response = await fetch(url);
  let bytes = 0;
  const reader = response.body!.getReader();
  for (let part = await reader.read(); !part.done; part = await reader.read()) bytes += part.value.byteLength;
  return { status: response.status, bytes, ms: performance.now() - started, maxRss: rss.stop() };
}
