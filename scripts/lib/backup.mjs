// @ts-check
/**
 * Shared by `npm run db:backup` and `npm run db:restore` (and their test): how to hand DATABASE_URL to
 * pg_dump / pg_restore without putting the password on a command line, checksums, the media folder,
 * and what a backup folder looks like.
 *
 * A backup is one folder:
 *   manifest.json   — when, portal version, last migration, rows per table, checksums (no secrets)
 *   database.dump   — `pg_dump --format=custom` of the whole database
 *   media/<key>     — every stored media file, under its key
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { createReadStream, existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

export const MANIFEST_FILE = "manifest.json";
export const DUMP_FILE = "database.dump";
export const MEDIA_FOLDER = "media";
export const MANIFEST_FORMAT = 1;

// Connection parameters libpq understands in a URI's query string; Prisma's own (`schema`,
// `connection_limit`, `pool_timeout`, …) would make pg_dump refuse the URI, so they are left out.
const LIBPQ_PARAMETERS = new Set([
  "sslmode",
  "sslcert",
  "sslkey",
  "sslrootcert",
  "sslpassword",
  "sslcrl",
  "application_name",
  "connect_timeout",
  "options",
  "target_session_attrs",
  "gssencmode",
  "channel_binding",
]);

/**
 * The arguments and environment that point a libpq client (pg_dump, pg_restore, psql) at `url`: the
 * URI without password on the command line (visible to every user in `ps`), the password in
 * PGPASSWORD.
 * @param {string} url
 * @returns {{ dbname: string, env: NodeJS.ProcessEnv }}
 */
export function libpqConnection(url) {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  for (const key of [...parsed.searchParams.keys()]) {
    if (!LIBPQ_PARAMETERS.has(key)) parsed.searchParams.delete(key);
  }
  const env = { ...process.env };
  if (password) env.PGPASSWORD = password;
  return { dbname: parsed.toString(), env };
}

/**
 * The URL for the `pg` client: Prisma's query parameters removed as well (node-postgres ignores
 * most, but `schema` means nothing to it and `sslmode` is the only one it reads).
 * @param {string} url
 */
export function pgClientUrl(url) {
  const parsed = new URL(url);
  for (const key of [...parsed.searchParams.keys()]) {
    if (!LIBPQ_PARAMETERS.has(key)) parsed.searchParams.delete(key);
  }
  return parsed.toString();
}

/**
 * Runs a command and collects its output; rejects with its error output on a non-zero exit.
 * @param {string} command
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<string>}
 */
export function runTool(command, args, env) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", (error) => {
      const missing = /** @type {NodeJS.ErrnoException} */ (error).code === "ENOENT";
      reject(
        new Error(
          missing
            ? `${command} ist nicht installiert. Installieren Sie die PostgreSQL-Client-Programme (Debian/Ubuntu: apt-get install postgresql-client), in mindestens der Version des Servers.`
            : `${command}: ${error.message}`,
        ),
      );
    });
    child.on("exit", (code, signal) => {
      if (code === 0) resolvePromise(stdout);
      else reject(new Error(`${command} ist fehlgeschlagen (${signal ?? `Exit-Code ${code}`}):\n${stderr.trim()}`));
    });
  });
}

/** @param {string} file */
export function sha256File(file) {
  return new Promise((resolvePromise, reject) => {
    const hash = createHash("sha256");
    createReadStream(file)
      .on("error", reject)
      .on("data", (chunk) => hash.update(chunk))
      .on("end", () => resolvePromise(hash.digest("hex")));
  });
}

/** The media folder of this installation, resolved the way lib/media/storage.ts does. */
export function mediaDirectory() {
  return resolve(process.env.MEDIA_STORAGE_DIR || join(".data", "media"));
}

/**
 * The stored media files of a folder (sorted by name). Names starting with a dot are the storage's
 * temporary files of an upload in progress, never a stored object.
 * @param {string} folder
 * @returns {string[]}
 */
export function listMediaFiles(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => !name.startsWith(".") && statSync(join(folder, name)).isFile())
    .sort();
}

/**
 * Name and checksum of every media file in a folder.
 * @param {string} folder
 * @returns {Promise<{ name: string, bytes: number, sha256: string }[]>}
 */
export async function describeMediaFiles(folder) {
  const files = [];
  for (const name of listMediaFiles(folder)) {
    const path = join(folder, name);
    files.push({ name, bytes: statSync(path).size, sha256: await sha256File(path) });
  }
  return files;
}

/** Schemas that belong to PostgreSQL itself, not to the portal. */
const SYSTEM_SCHEMAS = "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'";

/**
 * The portal's schemas: `public` (its tables and `_prisma_migrations`) and `pgboss` (the job queue:
 * scheduled publications), and whatever else a later change adds — everything but PostgreSQL's own.
 * @param {import("pg").Client} client
 * @returns {Promise<string[]>}
 */
export async function userSchemas(client) {
  const result = await client.query(`SELECT n.nspname AS name FROM pg_namespace n WHERE ${SYSTEM_SCHEMAS} ORDER BY 1`);
  return result.rows.map((row) => row.name);
}

/** @param {string} name */
export function quoteIdentifier(name) {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Every table (plain and partitioned) of the portal's schemas: `label` is the name for tables in
 * `public` and `schema.name` elsewhere, `sql` the quoted, qualified name.
 * @param {import("pg").Client} client
 * @returns {Promise<{ label: string, sql: string }[]>}
 */
export async function userTables(client) {
  const result = await client.query(
    `SELECT n.nspname AS schema, c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND ${SYSTEM_SCHEMAS} ORDER BY 1, 2`,
  );
  return result.rows.map((row) => ({
    label: row.schema === "public" ? row.name : `${row.schema}.${row.name}`,
    sql: `${quoteIdentifier(row.schema)}.${quoteIdentifier(row.name)}`,
  }));
}

/**
 * Exact row counts per table (a partitioned table counts the rows of all its partitions).
 * @param {import("pg").Client} client
 * @returns {Promise<Record<string, number>>}
 */
export async function rowCounts(client) {
  /** @type {Record<string, number>} */
  const counts = {};
  for (const table of await userTables(client)) {
    const result = await client.query(`SELECT count(*)::bigint AS n FROM ${table.sql}`);
    counts[table.label] = Number(result.rows[0].n);
  }
  return counts;
}

/**
 * The last migration applied (Prisma's `_prisma_migrations`), or null in a database without one.
 * @param {import("pg").Client} client
 * @returns {Promise<string | null>}
 */
export async function lastMigration(client) {
  const exists = await client.query("SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS present");
  if (!exists.rows[0].present) return null;
  const result = await client.query(
    "SELECT migration_name FROM public._prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name DESC LIMIT 1",
  );
  return result.rows[0]?.migration_name ?? null;
}

/**
 * "1 Datei", "3 Dateien".
 * @param {number} n @param {string} one @param {string} many
 */
export function countOf(n, one, many) {
  return `${n.toLocaleString("de-DE")} ${n === 1 ? one : many}`;
}

/** @param {number} bytes */
export function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} Bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toLocaleString("de-DE", { maximumFractionDigits: 1 })} KiB`;
  return `${(bytes / 1024 / 1024).toLocaleString("de-DE", { maximumFractionDigits: 1 })} MiB`;
}

/** Said when a command needs a PostgreSQL server and DATABASE_URL is not set (the embedded mode). */
export const EMBEDDED_MODE_MESSAGE =
  "DATABASE_URL ist nicht gesetzt. Sicherungen mit npm run db:backup und npm run db:restore brauchen einen PostgreSQL-Server (pg_dump/pg_restore). " +
  "Die eingebettete Demo-Datenbank (PGlite) sichern Sie, indem Sie das Portal beenden und den Ordner .data (bzw. EMBEDDED_DATA_DIR und MEDIA_STORAGE_DIR) kopieren.";
