#!/usr/bin/env node
// @ts-check
/**
 * `npm run db:restore -- <folder> [--force]`: restores a backup of `npm run db:backup` into the database
 * at DATABASE_URL (pg_restore) and the media folder MEDIA_STORAGE_DIR.
 *
 * Before touching anything it checks the backup against its manifest (checksum of the dump and of every
 * media file). It refuses to write into a database that has tables, or a media folder that has files,
 * unless `--force` is given: then the schema `public` is dropped and restored from the dump (tables,
 * data, sequences, functions, triggers), and media files not in the backup are removed, so that
 * afterwards both are exactly the state of the backup. Finally it compares the row count of every
 * table and the checksum of every file with the manifest and says in German what it did.
 *
 * The portal should not be running during a restore (its sessions and caches would refer to the old
 * state): stop it, restore, start it.
 */
import { randomUUID } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, unlinkSync } from "node:fs";
import { join, resolve } from "node:path";
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
  listMediaFiles,
  mediaDirectory,
  pgClientUrl,
  quoteIdentifier,
  rowCounts,
  userSchemas,
  userTables,
  runTool,
  sha256File,
} from "./lib/backup.mjs";

/**
 * @typedef {{ name: string, bytes: number, sha256: string }} FileEntry
 * @typedef {{ format: number, createdAt: string, portal: { version: string }, migration: string | null,
 *   database: { file: string, sha256: string, tables: Record<string, number> }, media: { folder: string, files: FileEntry[] } }} Manifest
 */

/** @param {string} folder @returns {Promise<Manifest>} */
async function readVerifiedManifest(folder) {
  const manifestPath = join(folder, MANIFEST_FILE);
  if (!existsSync(manifestPath)) {
    throw new Error(
      `${folder} ist keine Sicherung: ${MANIFEST_FILE} fehlt. (Ein Ordner mit der Endung .partial ist eine abgebrochene Sicherung.)`,
    );
  }
  /** @type {Manifest} */
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  if (manifest.format !== MANIFEST_FORMAT) {
    throw new Error(`Unbekanntes Sicherungsformat ${manifest.format} (erwartet ${MANIFEST_FORMAT}).`);
  }
  const dumpPath = join(folder, DUMP_FILE);
  if (!existsSync(dumpPath) || (await sha256File(dumpPath)) !== manifest.database.sha256) {
    throw new Error(`Die Datenbanksicherung ${dumpPath} fehlt oder ist beschädigt (Prüfsumme stimmt nicht mit dem Manifest überein).`);
  }
  const mediaPath = join(folder, MEDIA_FOLDER);
  const present = new Map((await describeMediaFiles(mediaPath)).map((file) => [file.name, file]));
  const damaged = manifest.media.files.filter((file) => present.get(file.name)?.sha256 !== file.sha256);
  if (damaged.length > 0) {
    throw new Error(
      `${damaged.length} Mediendatei(en) der Sicherung fehlen oder sind beschädigt, z. B. ${damaged[0].name}. Nichts wurde verändert.`,
    );
  }
  return manifest;
}

async function main() {
  loadEnvFiles();
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { force: { type: "boolean" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help || positionals.length !== 1) {
    console.log("Aufruf: npm run db:restore -- <Sicherungsordner> [--force]");
    if (!values.help) process.exitCode = 1;
    return;
  }
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error(EMBEDDED_MODE_MESSAGE);
  const folder = resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]);
  const manifest = await readVerifiedManifest(folder);
  const media = mediaDirectory();

  const client = new pg.Client({ connectionString: pgClientUrl(url) });
  await client.connect();
  try {
    const existingTables = await userTables(client);
    const schemas = await userSchemas(client);
    const existingFiles = listMediaFiles(media);
    if ((existingTables.length > 0 || existingFiles.length > 0) && !values.force) {
      const what = [
        existingTables.length > 0 ? `die Datenbank enthält ${countOf(existingTables.length, "Tabelle", "Tabellen")}` : null,
        existingFiles.length > 0 ? `der Medienordner ${media} enthält ${countOf(existingFiles.length, "Datei", "Dateien")}` : null,
      ].filter(Boolean);
      throw new Error(
        `Nicht wiederhergestellt: ${what.join(" und ")}. Eine Wiederherstellung überschreibt bestehende Daten nur mit --force ` +
          "(npm run db:restore -- <Ordner> --force); legen Sie vorher selbst eine Sicherung an.",
      );
    }

    if (values.force) {
      // Everything of the portal goes (public, pgboss, …), not only what the dump contains: a table of a
      // later migration would otherwise survive next to an older `_prisma_migrations`.
      await client.query("BEGIN");
      for (const schema of schemas) await client.query(`DROP SCHEMA ${quoteIdentifier(schema)} CASCADE`);
      await client.query("CREATE SCHEMA public");
      await client.query("COMMIT");
    }
    const { dbname, env } = libpqConnection(url);
    try {
      await runTool(
        "pg_restore",
        ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", "--dbname", dbname, join(folder, DUMP_FILE)],
        env,
      );
    } catch (error) {
      const emptied = existingTables.length > 0 ? " Die Datenbank ist jetzt leer (sie wurde mit --force geleert)." : "";
      throw new Error(`${error instanceof Error ? error.message : String(error)}${emptied}`);
    }

    // Media: each file under a temporary name, then renamed (atomic), as the storage itself writes.
    mkdirSync(media, { recursive: true });
    for (const file of manifest.media.files) {
      const temporary = join(media, `.tmp-${randomUUID()}`);
      copyFileSync(join(folder, MEDIA_FOLDER, file.name), temporary);
      renameSync(temporary, join(media, file.name));
    }
    const wanted = new Set(manifest.media.files.map((file) => file.name));
    const removed = existingFiles.filter((name) => !wanted.has(name));
    for (const name of removed) unlinkSync(join(media, name));

    // Check the result against the manifest.
    const counts = await rowCounts(client);
    const expectedTables = Object.keys(manifest.database.tables).sort();
    const mismatched = expectedTables.filter((table) => counts[table] !== manifest.database.tables[table]);
    if (mismatched.length > 0 || Object.keys(counts).length !== expectedTables.length) {
      throw new Error(`Zeilenzahlen nach der Wiederherstellung weichen vom Manifest ab (z. B. Tabelle ${mismatched[0] ?? "?"}).`);
    }
    const restored = new Map((await describeMediaFiles(media)).map((file) => [file.name, file.sha256]));
    const badFiles = manifest.media.files.filter((file) => restored.get(file.name) !== file.sha256);
    if (badFiles.length > 0) throw new Error(`Mediendatei ${badFiles[0].name} wurde nicht korrekt wiederhergestellt.`);

    const rows = Object.values(counts).reduce((sum, n) => sum + n, 0);
    const bytes = manifest.media.files.reduce((sum, file) => sum + file.bytes, 0);
    const createdAt = new Date(manifest.createdAt).toLocaleString("de-DE", { timeZone: "Europe/Berlin" });
    console.log(
      `Sicherung vom ${createdAt} (Portal ${manifest.portal.version}) wiederhergestellt:\n` +
        `  Datenbank: ${countOf(expectedTables.length, "Tabelle", "Tabellen")}, ${countOf(rows, "Zeile", "Zeilen")}, Migration ${(await lastMigration(client)) ?? "–"}` +
        (existingTables.length > 0
          ? ` (die vorher vorhandenen ${countOf(existingTables.length, "Tabelle", "Tabellen")} wurden ersetzt)`
          : "") +
        "\n" +
        `  Medien: ${countOf(manifest.media.files.length, "Datei", "Dateien")} (${formatBytes(bytes)}) nach ${media}` +
        (removed.length > 0 ? `; ${countOf(removed.length, "Datei", "Dateien")}, die nicht in der Sicherung waren, entfernt` : "") +
        "\n" +
        "Alle Zeilenzahlen und Prüfsummen stimmen mit dem Manifest überein. Bitte das Portal jetzt (neu) starten.",
    );
  } finally {
    await client.end();
  }
}

main().catch((error) => {
  console.error(`Wiederherstellung fehlgeschlagen: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
