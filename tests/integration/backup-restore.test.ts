import { spawnSync } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import pg from "pg";
import PgBoss from "pg-boss";
import { afterAll, describe, expect, it } from "vitest";
import { LocalFileStorage, newMediaKey } from "@/lib/media/storage";
import { libpqConnection, pgClientUrl } from "../../scripts/lib/backup.mjs";

/**
 * Issue 14, "Backups": `npm run db:backup` of a database with migrations, the demo content and a stored
 * media file, then `npm run db:restore` into a fresh database and a fresh media folder; every table of
 * the schema is compared row by row (ordered by its primary key), every sequence, and every file by
 * checksum. The comparison covers every table information_schema lists, so a table the backup missed
 * fails the test. Figures: docs/RELIABILITY.md.
 *
 * The two databases are created next to the integration database (same server, unique names) and
 * dropped afterwards. Where that server is the embedded PGlite of `npm test` (no PostgreSQL server on
 * the machine), pg_dump cannot read it and the test is skipped with a note.
 */
const root = resolve(import.meta.dirname, "../..");
const serverUrl = process.env.DATABASE_URL;
const suffix = `${process.pid}_${Date.now()}`;
const sourceName = `backup_src_${suffix}`;
const targetName = `backup_dst_${suffix}`;
const work = mkdtempSync(join(tmpdir(), "steckbriefe-backup-"));
const sourceMedia = join(work, "media-source");
const targetMedia = join(work, "media-target");
const backupFolder = join(work, "backup");

function databaseUrl(name: string) {
  const url = new URL(serverUrl!);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Runs a command in the project folder; returns its exit code and output. */
function runInProject(command: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(command, args, {
    cwd: root,
    env: { ...process.env, INIT_CWD: root, ...env },
    encoding: "utf8",
    timeout: 180_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function mustRun(command: string, args: string[], env: Record<string, string>) {
  const result = runInProject(command, args, env);
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} → ${result.status}\n${result.output}`);
  return result.output;
}

/**
 * Why the test cannot run here, or null. Only the embedded PGlite of `npm test` (no PostgreSQL server
 * on the machine) is a reason to skip: pg_dump cannot read it. A missing or too old pg_dump next to
 * a real server fails the test — the backup would fail just the same.
 */
async function reasonToSkip(): Promise<string | null> {
  if (!serverUrl) return "DATABASE_URL fehlt";
  const version = await withClient(serverUrl, async (client) => String((await client.query("SELECT version() AS v")).rows[0].v));
  if (version.includes("PGlite")) return "die Testdatenbank ist das eingebettete PGlite, pg_dump kann es nicht sichern";
  return null;
}

type Snapshot = { tables: Map<string, string[]>; sequences: Map<string, string> };

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
const NOT_SYSTEM = (column: string) => `${column} NOT IN ('pg_catalog', 'information_schema') AND ${column} NOT LIKE 'pg\\_%'`;

/**
 * Every row of every table information_schema lists outside PostgreSQL's own schemas (`public` with
 * `_prisma_migrations`, and pg-boss's `pgboss`), as text, ordered by primary key (all columns where
 * there is none); and the state of every sequence.
 */
async function snapshot(url: string): Promise<Snapshot> {
  return withClient(url, async (client) => {
    const tables = (
      await client.query<{ table_schema: string; table_name: string }>(
        `SELECT table_schema, table_name FROM information_schema.tables
          WHERE table_type = 'BASE TABLE' AND ${NOT_SYSTEM("table_schema")} ORDER BY 1, 2`,
      )
    ).rows;
    const result = new Map<string, string[]>();
    for (const { table_schema, table_name } of tables) {
      const table = table_schema === "public" ? table_name : `${table_schema}.${table_name}`;
      const quoted = `${quote(table_schema)}.${quote(table_name)}`;
      const keyColumns = (
        await client.query<{ column_name: string }>(
          `SELECT a.attname AS column_name
             FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
            WHERE i.indrelid = $1::regclass AND i.indisprimary
            ORDER BY array_position(i.indkey, a.attnum)`,
          [quoted],
        )
      ).rows.map((row) => quote(row.column_name));
      const orderBy = keyColumns.length > 0 ? keyColumns.join(", ") : "t::text";
      const rows = await client.query<{ row: string }>(`SELECT t::text AS row FROM ${quoted} t ORDER BY ${orderBy}`);
      result.set(
        table,
        rows.rows.map((row) => row.row),
      );
    }
    const sequences = new Map<string, string>();
    const names = (
      await client.query<{ sequence_schema: string; sequence_name: string }>(
        `SELECT sequence_schema, sequence_name FROM information_schema.sequences WHERE ${NOT_SYSTEM("sequence_schema")} ORDER BY 1, 2`,
      )
    ).rows;
    for (const { sequence_schema, sequence_name } of names) {
      const state = await client.query(`SELECT last_value, is_called FROM ${quote(sequence_schema)}.${quote(sequence_name)}`);
      sequences.set(`${sequence_schema}.${sequence_name}`, JSON.stringify(state.rows[0]));
    }
    return { tables: result, sequences };
  });
}

function checksums(folder: string): Map<string, string> {
  return new Map(
    readdirSync(folder)
      .sort()
      .map((name) => [
        name,
        createHash("sha256")
          .update(readFileSync(join(folder, name)))
          .digest("hex"),
      ]),
  );
}

const created: string[] = [];
afterAll(async () => {
  if (serverUrl && created.length > 0) {
    await withClient(serverUrl, async (client) => {
      for (const name of created) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    });
  }
  rmSync(work, { recursive: true, force: true });
});

describe("npm run db:backup / db:restore", () => {
  it("restores every table row by row and every media file into a fresh database", { timeout: 300_000 }, async (context) => {
    const reason = await reasonToSkip();
    if (reason) {
      console.warn(`Sicherungstest übersprungen: ${reason}.`);
      context.skip();
    }

    // A source database as in production: migrated, demo content, one stored media file with its row.
    await withClient(serverUrl!, async (client) => {
      for (const name of [sourceName, targetName]) {
        await client.query(`CREATE DATABASE "${name}"`);
        created.push(name);
      }
    });
    const sourceUrl = databaseUrl(sourceName);
    const targetUrl = databaseUrl(targetName);
    mustRun(join(root, "node_modules/.bin/prisma"), ["migrate", "deploy"], { DATABASE_URL: sourceUrl });
    mustRun(join(root, "node_modules/.bin/tsx"), ["prisma/seed.ts"], { DATABASE_URL: sourceUrl });
    const key = newMediaKey("pdf");
    const bytes = Buffer.from(`%PDF-1.4\n% Sicherungstest ${randomUUID()} äöüß\n%%EOF\n`, "utf8");
    await new LocalFileStorage(sourceMedia).put(key, bytes, "application/pdf");
    await withClient(sourceUrl, (client) =>
      client.query(
        `INSERT INTO "Media" ("id", "versionId", "kind", "storageKey", "mimeType", "byteSize", "fileName", "title")
         SELECT $1, "id", 'DOCUMENT', $2, 'application/pdf', $3, 'sicherung.pdf', 'Sicherungstest'
           FROM "ProfileVersion" ORDER BY "id" LIMIT 1`,
        [randomUUID(), key, bytes.length],
      ),
    );

    // The job queue (pg-boss, schema pgboss) with a publication scheduled for later: lost, it would never happen.
    const boss = new PgBoss({ connectionString: sourceUrl, schema: "pgboss", max: 1, supervise: false, schedule: false });
    await boss.start();
    await boss.createQueue("publish-due-versions");
    await boss.send("publish-due-versions", { versionId: randomUUID() }, { startAfter: new Date(Date.now() + 86_400_000) });
    await boss.stop({ graceful: false, wait: true });

    const backupOutput = mustRun(process.execPath, ["scripts/db-backup.mjs", backupFolder], {
      DATABASE_URL: sourceUrl,
      MEDIA_STORAGE_DIR: sourceMedia,
    });
    expect(backupOutput).toContain("Sicherung erstellt");
    const manifestText = readFileSync(join(backupFolder, "manifest.json"), "utf8");
    expect(manifestText).not.toContain(sourceName); // no connection data (and so no password) in the manifest

    const restoreOutput = mustRun(process.execPath, ["scripts/db-restore.mjs", backupFolder], {
      DATABASE_URL: targetUrl,
      MEDIA_STORAGE_DIR: targetMedia,
    });
    expect(restoreOutput).toContain("wiederhergestellt");

    // Every table, row by row.
    const source = await snapshot(sourceUrl);
    const target = await snapshot(targetUrl);
    const tableNames = [...source.tables.keys()];
    expect(tableNames).toContain("_prisma_migrations");
    expect(tableNames).toContain("Media");
    expect(tableNames).toContain("pgboss.job");
    expect(tableNames.length).toBeGreaterThanOrEqual(20);
    expect([...target.tables.keys()]).toEqual(tableNames);
    let rows = 0;
    for (const table of tableNames) {
      expect(target.tables.get(table), `Tabelle ${table}`).toEqual(source.tables.get(table));
      rows += source.tables.get(table)!.length;
    }
    expect(rows).toBeGreaterThan(1000);
    expect(source.tables.get("Media")!.length).toBe(1);
    // Sequences: the next id after a restore must not collide with a restored row.
    expect(source.sequences.size).toBeGreaterThan(0);
    expect(target.sequences).toEqual(source.sequences);

    // Every file, by checksum.
    const sourceFiles = checksums(sourceMedia);
    expect(sourceFiles.size).toBe(1);
    expect(checksums(targetMedia)).toEqual(sourceFiles);

    const inPublic = tableNames.filter((table) => !table.includes("."));
    const publicRows = inPublic.reduce((sum, table) => sum + source.tables.get(table)!.length, 0);
    console.log(
      `Sicherung → Wiederherstellung verglichen: ${tableNames.length} Tabellen (${inPublic.length} in public mit ${publicRows} Zeilen, ` +
        `${tableNames.length - inPublic.length} in pgboss mit ${rows - publicRows} Zeilen, Partitionen einzeln mitgezählt), ` +
        `${source.sequences.size} Sequenzen, ${sourceFiles.size} Mediendatei(en); verloren: 0`,
    );

    // A second restore into the now filled database is refused without --force and changes nothing…
    const refused = runInProject(process.execPath, ["scripts/db-restore.mjs", backupFolder], {
      DATABASE_URL: targetUrl,
      MEDIA_STORAGE_DIR: targetMedia,
    });
    expect(refused.status).not.toBe(0);
    expect(refused.output).toContain("nur mit --force");

    // …and with --force replaces what is there: a row deleted after the backup is back.
    await withClient(targetUrl, (client) =>
      client.query(`DELETE FROM "Contact" WHERE "id" = (SELECT min("id"::text)::uuid FROM "Contact")`),
    );
    const forced = mustRun(process.execPath, ["scripts/db-restore.mjs", backupFolder, "--force"], {
      DATABASE_URL: targetUrl,
      MEDIA_STORAGE_DIR: targetMedia,
    });
    expect(forced).toContain("ersetzt");
    expect((await snapshot(targetUrl)).tables).toEqual(source.tables);
  });

  it("refuses a damaged backup before touching the database or the media folder", { timeout: 60_000 }, async (context) => {
    if (!existsSync(join(backupFolder, "manifest.json"))) context.skip();
    const damaged = join(work, "damaged");
    cpSync(backupFolder, damaged, { recursive: true });
    const dump = join(damaged, "database.dump");
    const data = readFileSync(dump);
    const at = data.length - 10;
    data.writeUInt8(data.readUInt8(at) ^ 0xff, at);
    writeFileSync(dump, data);
    const result = runInProject(process.execPath, ["scripts/db-restore.mjs", damaged, "--force"], {
      DATABASE_URL: databaseUrl(targetName),
      MEDIA_STORAGE_DIR: targetMedia,
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain("beschädigt");
    expect(checksums(targetMedia).size).toBe(1);
    const contacts = await withClient(databaseUrl(targetName), (client) => client.query('SELECT count(*)::int AS n FROM "Contact"'));
    expect(contacts.rows[0].n).toBeGreaterThan(0);
  });

  it("hands pg_dump the password in PGPASSWORD, not on its command line, and drops Prisma's parameters", () => {
    const url = "postgresql://portal:s3cr%40t@db.example.org:5432/steckbriefe?schema=public&connection_limit=5&sslmode=require";
    const { dbname, env } = libpqConnection(url);
    expect(dbname).toBe("postgresql://portal@db.example.org:5432/steckbriefe?sslmode=require");
    expect(env.PGPASSWORD).toBe("s3cr@t");
    expect(pgClientUrl(url)).toBe("postgresql://portal:s3cr%40t@db.example.org:5432/steckbriefe?sslmode=require");
  });
});
