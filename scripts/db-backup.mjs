#!/usr/bin/env node
// @ts-check
/**
 * `npm run db:backup [-- <folder>]`: backs up the database at DATABASE_URL (pg_dump, custom format) and
 * every media file under MEDIA_STORAGE_DIR into one new folder (default `backups/<time>`), with a
 * manifest: time, portal version, last migration, rows per table, size and SHA-256 of the dump and
 * of every file. No connection data in the manifest: it holds no secret and can be read by anyone who
 * may read the backup.
 *
 * The folder is written as `<folder>.partial` and renamed at the end, so that a folder without that
 * suffix is always complete. pg_dump reads one consistent snapshot while the portal keeps running;
 * the media files are copied afterwards, so a file uploaded meanwhile is in the backup without its row
 * (harmless), and every row's file is there unless it was deleted in those seconds.
 *
 * Restoring: `npm run db:restore -- <folder>` (scripts/db-restore.mjs).
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { loadEnvFiles } from "./lib/load-env.mjs";
import {
  DUMP_FILE,
  EMBEDDED_MODE_MESSAGE,
  MANIFEST_FILE,
  MANIFEST_FORMAT,
  MEDIA_FOLDER,
  countOf,
  describeMediaFiles,
  formatBytes,
  lastMigration,
  libpqConnection,
  mediaDirectory,
  pgClientUrl,
  rowCounts,
  runTool,
  sha256File,
} from "./lib/backup.mjs";

const root = resolve(import.meta.dirname, "..");

async function main() {
  loadEnvFiles();
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { out: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    console.log("Aufruf: npm run db:backup [-- <Zielordner>]   (Standard: backups/<Datum-Uhrzeit>)");
    return;
  }
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error(EMBEDDED_MODE_MESSAGE);

  const createdAt = new Date();
  // Paths are the caller's: npm runs scripts in the project folder, INIT_CWD is where npm was called.
  const target = resolve(
    process.env.INIT_CWD ?? process.cwd(),
    values.out ??
      positionals[0] ??
      join(
        "backups",
        createdAt
          .toISOString()
          .replace(/[:.]/g, "-")
          .replace(/-\d{3}Z$/, "Z"),
      ),
  );
  if (existsSync(target)) throw new Error(`Der Zielordner ${target} existiert bereits. Eine Sicherung überschreibt nichts.`);
  const partial = `${target}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(join(partial, MEDIA_FOLDER), { recursive: true });

  try {
    const client = new pg.Client({ connectionString: pgClientUrl(url) });
    await client.connect();
    let counts;
    let migration;
    let serverVersion;
    try {
      serverVersion = (await client.query("SHOW server_version")).rows[0].server_version;
      migration = await lastMigration(client);
      counts = await rowCounts(client);
    } finally {
      await client.end();
    }

    const { dbname, env } = libpqConnection(url);
    const pgDumpVersion = (await runTool("pg_dump", ["--version"], env)).trim();
    const dumpPath = join(partial, DUMP_FILE);
    await runTool("pg_dump", ["--format=custom", "--file", dumpPath, "--dbname", dbname], env);

    const media = mediaDirectory();
    const files = await describeMediaFiles(media);
    for (const file of files) copyFileSync(join(media, file.name), join(partial, MEDIA_FOLDER, file.name));
    // The copies must be what was described (a file replaced meanwhile would not be).
    const copied = await describeMediaFiles(join(partial, MEDIA_FOLDER));
    if (JSON.stringify(copied) !== JSON.stringify(files)) {
      throw new Error("Mediendateien haben sich während der Sicherung geändert. Bitte die Sicherung wiederholen.");
    }

    const packageJson = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    const manifest = {
      format: MANIFEST_FORMAT,
      createdAt: createdAt.toISOString(),
      portal: { name: packageJson.name, version: packageJson.version },
      migration,
      postgres: { server: serverVersion, pgDump: pgDumpVersion },
      database: {
        file: DUMP_FILE,
        bytes: statSync(dumpPath).size,
        sha256: await sha256File(dumpPath),
        tables: counts,
      },
      media: { folder: MEDIA_FOLDER, files },
    };
    writeFileSync(join(partial, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    renameSync(partial, target);

    const rows = Object.values(counts).reduce((sum, n) => sum + n, 0);
    const mediaBytes = files.reduce((sum, file) => sum + file.bytes, 0);
    const fromHere = relative(process.env.INIT_CWD ?? process.cwd(), target);
    const shown = fromHere && !fromHere.startsWith("..") ? fromHere : target;
    console.log(
      `Sicherung erstellt: ${shown}\n` +
        `  Datenbank: ${countOf(Object.keys(counts).length, "Tabelle", "Tabellen")}, ${countOf(rows, "Zeile", "Zeilen")}, Migration ${migration ?? "–"} (${formatBytes(manifest.database.bytes)})\n` +
        `  Medien: ${countOf(files.length, "Datei", "Dateien")} (${formatBytes(mediaBytes)}) aus ${media}\n` +
        `Wiederherstellen mit: npm run db:restore -- ${shown}`,
    );
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw error;
  }
}

main().catch((error) => {
  console.error(`Sicherung fehlgeschlagen: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
