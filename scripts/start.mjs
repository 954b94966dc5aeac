#!/usr/bin/env node
/**
 * `npm start`: serves the production build (`npm run dev`: the development server, --dev).
 * - With DATABASE_URL: uses that PostgreSQL server as it is (no migration, no demo content
 *   unless asked for with `npm run db:migrate` / `npm run db:seed`).
 * - Without: starts the embedded PostgreSQL (PGlite, data in .data/pglite), applies the
 *   migrations, loads the demo content on the first start, then serves the portal.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { startEmbeddedPostgres } from "./lib/embedded-postgres.mjs";
import { bin, run } from "./lib/run.mjs";

const root = resolve(import.meta.dirname, "..");
const port = process.env.PORT ?? "3000";
const devMode = process.argv.includes("--dev");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

if (!devMode && !existsSync(resolve(root, ".next/BUILD_ID"))) {
  console.log("Noch kein Produktions-Build vorhanden – baue das Portal (npm run build) …");
  await run(bin("next"), ["build"], { env, cwd: root });
}

const dataDir = resolve(root, env.EMBEDDED_DATA_DIR ?? ".data");

// Sessions are signed with NEXTAUTH_SECRET. Production sets it; otherwise a random secret is
// created once and kept in the data folder, so sessions survive restarts.
if (!env.NEXTAUTH_SECRET) {
  const secretFile = resolve(dataDir, "auth-secret");
  if (!existsSync(secretFile)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(secretFile, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  env.NEXTAUTH_SECRET = readFileSync(secretFile, "utf8").trim();
}
env.NEXTAUTH_URL ??= env.PUBLIC_BASE_URL ?? `http://localhost:${port}`;

let embedded = null;
if (!env.DATABASE_URL) {
  embedded = await startEmbeddedPostgres({
    dataDir: resolve(dataDir, "pglite"),
    port: env.EMBEDDED_DATABASE_PORT ? Number(env.EMBEDDED_DATABASE_PORT) : undefined,
  });
  env.DATABASE_URL = embedded.url;
  // PGlite is one session behind its socket server, which interleaves the messages of several
  // connections (outside transactions): two concurrent extended-protocol queries clash ("portal does
  // not exist"). One connection serializes them.
  env.DATABASE_POOL_SIZE ??= "1";
  console.log(`Eingebettete Datenbank (PGlite) läuft auf Port ${embedded.port}, Daten in ${dataDir}.`);
  await run(bin("prisma"), ["migrate", "deploy"], { env, cwd: root });
  const marker = resolve(dataDir, "demo-content-loaded");
  if (!existsSync(marker)) {
    await run(bin("tsx"), ["prisma/seed.ts"], { env, cwd: root });
    writeFileSync(marker, `${new Date().toISOString()}\n`);
  }
}

const server = spawn(bin("next"), [devMode ? "dev" : "start", "--port", port], { env, cwd: root, stdio: "inherit" });
console.log(`Das Portal startet unter http://localhost:${port}`);

let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  server.kill(signal);
}
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));

server.on("exit", async (code) => {
  if (embedded) await embedded.stop();
  process.exit(code ?? 0);
});
