#!/usr/bin/env node
/**
 * `npm test`: everything CI runs, in one command, on any machine with Node 20+.
 *
 * 0. Static checks: Prettier, ESLint (zero warnings), TypeScript.
 * 1. Database: a fresh database on the PostgreSQL server at TEST_DATABASE_URL
 *    (default postgresql://postgres@127.0.0.1:5432/postgres) when it answers; otherwise
 *    an embedded, in-memory PGlite.
 * 2. Committed migrations applied with the real Prisma CLI (exercising the stand-in engine), and a
 *    drift check: the migrations must produce exactly prisma/schema.prisma.
 * 3. Unit tests, 4. integration tests against that database,
 * 5. production build, demo content, end-to-end tests in Chromium (with axe-core),
 * 6. the benchmark in its smoke mode (bench/run.ts --smoke: proves it runs, asserts no time),
 *    two production servers sharing one database and one Redis (when Redis answers): an invalidation
 *    on one is seen by the other,
 * 7. the embedded mode: `npm start` without DATABASE_URL serves the demo content.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { resolve } from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "./lib/embedded-postgres.mjs";
import { bin, run } from "./lib/run.mjs";
import { freePort, redisAnswers } from "./lib/network.mjs";

const root = resolve(import.meta.dirname, "..");
const started = Date.now();
const step = (title) => console.log(`\n▶ ${title} (${Math.round((Date.now() - started) / 1000)} s)`);
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? randomBytes(32).toString("base64url"),
};
const cleanups = [];

async function serverAnswers(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** A fresh, uniquely named database on the server; dropped again at the end. */
let databaseCounter = 0;
async function createFreshDatabase(serverUrl) {
  databaseCounter += 1;
  const name = `steckbriefe_test_${process.pid}_${Date.now()}_${databaseCounter}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  cleanups.push(async () => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
  });
  return url.toString();
}

function findChromium() {
  const candidates = [env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean);
  return candidates.find((path) => existsSync(path));
}

async function ensureBrowser() {
  const chromium = findChromium();
  if (chromium) return chromium;
  console.log("Kein Chromium unter /usr/bin/chromium gefunden – versuche Playwrights eigenen Chromium herunterzuladen …");
  try {
    await run(bin("playwright"), ["install", "chromium"], { env });
    return undefined; // Playwright finds its own download
  } catch {
    console.error(
      [
        "",
        "Für die End-to-End-Tests fehlt ein Browser. Bitte einen der folgenden Wege wählen:",
        "  • Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium",
        "  • mit Internetzugang:  npx playwright install chromium",
        "  • eigener Chromium:  CHROMIUM_PATH=/pfad/zu/chromium npm test",
      ].join("\n"),
    );
    process.exit(1);
  }
}

async function main() {
  // Uploaded files of the test runs go to a temporary folder, never into .data/.
  env.MEDIA_STORAGE_DIR = mkdtempSync(join(tmpdir(), "steckbriefe-medien-"));
  cleanups.push(async () => rmSync(env.MEDIA_STORAGE_DIR, { recursive: true, force: true }));

  const browserPath = await ensureBrowser();
  if (browserPath) env.CHROMIUM_PATH = browserPath;

  const serverUrl = env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const useServer = await serverAnswers(serverUrl);
  if (!useServer) console.log(`Kein PostgreSQL-Server unter ${serverUrl} – nutze eingebettetes PGlite.`);

  /** A fresh, migrated database: on the server when it answers, else an in-memory PGlite. */
  async function freshDatabase(purpose) {
    let url;
    if (useServer) {
      url = await createFreshDatabase(serverUrl);
    } else {
      const embedded = await startEmbeddedPostgres();
      cleanups.push(() => embedded.stop());
      url = embedded.url;
    }
    console.log(`Frische Datenbank für ${purpose}: ${url.replace(/\/\/[^@]*@/, "//")}`);
    await run(bin("prisma"), ["migrate", "deploy"], { env: { ...env, DATABASE_URL: url }, cwd: root });
    return url;
  }
  if (!useServer) env.DATABASE_POOL_SIZE = "1"; // PGlite: one connection (see scripts/start.mjs)

  step("Formatierung (Prettier), Lint (ESLint, keine Warnungen), Typen (tsc)");
  await run(bin("prettier"), ["--check", "--log-level", "warn", "."], { env, cwd: root });
  await run(bin("eslint"), [".", "--max-warnings", "0"], { env, cwd: root });
  // Page and layout props (PageProps, LayoutProps) are generated from the routes; a fresh clone has none yet.
  await run(bin("next"), ["typegen"], { env, cwd: root });
  await run(bin("tsc"), ["--noEmit"], { env, cwd: root });

  step("Testdatenbank für Integrationstests (prisma migrate deploy)");
  env.DATABASE_URL = await freshDatabase("Integrationstests");

  step("Migrationen und schema.prisma stimmen überein (prisma migrate diff --exit-code)");
  // The shadow database: created and dropped by Prisma on a server; PGlite serves only one database, so a second one.
  const shadow = useServer
    ? {}
    : { SHADOW_DATABASE_URL: (await startEmbeddedPostgres().then((db) => (cleanups.push(() => db.stop()), db))).url };
  await run(
    bin("prisma"),
    ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema", "prisma/schema.prisma", "--exit-code"],
    {
      env: { ...env, ...shadow },
      cwd: root,
    },
  );

  step("Unit-Tests");
  await run(bin("vitest"), ["run", "--project", "unit"], { env, cwd: root });

  step("Integrationstests gegen PostgreSQL");
  await run(bin("vitest"), ["run", "--project", "integration"], { env, cwd: root });

  step("Produktions-Build (next build)");
  // The types were checked in step 0 (tsc over the whole project): the build need not check them again.
  await run(bin("next"), ["build"], { env: { ...env, TYPES_CHECKED: "1" }, cwd: root });

  // End-to-end tests get their own database with nothing but the demo content.
  step("Testdatenbank für End-to-End-Tests mit Demo-Inhalten (npm run db:seed)");
  env.DATABASE_URL = await freshDatabase("End-to-End-Tests");
  await run(bin("tsx"), ["prisma/seed.ts"], { env, cwd: root });

  step("End-to-End-Tests in Chromium");
  // Free ports unless given: two test runs on one machine (two checkouts) never test each other's server.
  for (const name of ["E2E_PORT", "E2E_SMTP_PORT", "E2E_SMTP_HTTP_PORT"]) env[name] ??= String(await freePort());
  await run(bin("playwright"), ["test"], { env, cwd: root });

  // Proves that `npm run bench` still works (a few hundred synthetic profiles in a database of its own,
  // a second or two per URL, no Lighthouse); it prints numbers and asserts none.
  step("Benchmark im Rauchtest-Modus (npm run bench -- --smoke)");
  if (useServer) {
    await run(bin("tsx"), ["--import", "./bench/lib/server-modules.mjs", "bench/run.ts", "--smoke", "--no-build"], {
      env: { ...env, BENCH_DATABASE_URL: serverUrl },
      cwd: root,
    });
  } else {
    console.log("Kein PostgreSQL-Server – übersprungen (der Benchmark legt eine eigene Datenbank an).");
  }

  step("Zwei Instanzen, ein Redis: gemeinsamer Cache und Invalidierung");
  const redisUrl = env.REDIS_URL ?? "redis://127.0.0.1:6379";
  if (await redisAnswers(redisUrl)) {
    const clusterEnv = { ...env, REDIS_URL: redisUrl, CACHE_PREFIX: `steckbriefe-test-${process.pid}-${Date.now()}` };
    clusterEnv.DATABASE_URL = await freshDatabase("zwei Instanzen");
    await run(bin("vitest"), ["run", "--project", "cluster"], { env: clusterEnv, cwd: root });
  } else {
    console.log(`Kein Redis unter ${redisUrl} – übersprungen (.ci/run startet ihn; lokal: redis-server).`);
  }

  step("Eingebetteter Modus: npm start ohne DATABASE_URL");
  const { DATABASE_URL: _unused, ...embeddedEnv } = env;
  await run(bin("vitest"), ["run", "--project", "embedded"], { env: embeddedEnv, cwd: root });

  console.log(`\n✔ Alle Tests bestanden (${Math.round((Date.now() - started) / 1000)} s)`);
}

try {
  await main();
} catch (error) {
  console.error(`\n✘ ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup().catch((error) => console.error(error));
}
