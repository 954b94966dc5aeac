#!/usr/bin/env node
/**
 * `npm start`: serves the production build (`npm run dev`: the development server, --dev).
 * - With DATABASE_URL: uses that PostgreSQL server as it is (no migration, no demo content
 *   unless asked for with `npm run db:migrate` / `npm run db:seed`).
 * - Without: starts the embedded PostgreSQL (PGlite, data in .data/pglite), applies the
 *   migrations, loads the demo content into an empty database, then serves the portal — on this
 *   machine only (localhost): the demo accounts' passwords are in the README. HOST=0.0.0.0 opens it.
 * Configuration comes from the environment and from .env.local / .env, read as Next reads them.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { startEmbeddedPostgres } from "./lib/embedded-postgres.mjs";
import { loadEnvFiles } from "./lib/load-env.mjs";
import { bin, run } from "./lib/run.mjs";

const root = resolve(import.meta.dirname, "..");
const devMode = process.argv.includes("--dev");
loadEnvFiles({ dev: devMode });
const port = process.env.PORT || "3000";
const env = { ...process.env, PORT: port, NEXT_TELEMETRY_DISABLED: "1" };

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
// Links in e-mails, feeds and metadata point to the port actually served, unless a public address is set.
env.PUBLIC_BASE_URL ||= `http://localhost:${port}`;
env.NEXTAUTH_URL ||= env.PUBLIC_BASE_URL;

let embedded = null;
if (!env.DATABASE_URL) {
  delete env.DATABASE_URL; // set but empty: the embedded database
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
  // The database itself tells whether it holds content (a marker file beside it outlived a deleted database).
  await run(bin("tsx"), ["prisma/seed.ts", "--if-empty"], { env, cwd: root });
}

// The embedded demo listens on this machine only, unless HOST says otherwise. "localhost", not "127.0.0.1":
// Next gives the proxy's rewrites the host "localhost", and with another bound host they turn into redirects.
const host = env.HOST || (embedded ? "localhost" : "");
const server = spawn(bin("next"), [devMode ? "dev" : "start", "--port", port, ...(host ? ["--hostname", host] : [])], {
  env,
  cwd: root,
  stdio: "inherit",
});
console.log(`Das Portal startet unter ${env.PUBLIC_BASE_URL}`);

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
