#!/usr/bin/env node
// @ts-check
/**
 * `npm run db:reset`: empties the embedded database (PGlite in .data/pglite, or EMBEDDED_DATA_DIR), so that
 * the next `npm start` migrates it afresh and loads the demo content again. Sessions' secret and uploaded
 * media stay. With DATABASE_URL set it refuses: an external database is reset by its operator.
 */
import { existsSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { loadEnvFiles } from "./lib/load-env.mjs";

loadEnvFiles();
if (process.env.DATABASE_URL) {
  console.error(
    "DATABASE_URL ist gesetzt: npm run db:reset leert nur die eingebettete Datenbank. Eine externe PostgreSQL-Datenbank setzen Sie selbst zurück (z. B. neu anlegen, dann npm run db:migrate und npm run db:seed).",
  );
  process.exit(1);
}
const folder = resolve(import.meta.dirname, "..", process.env.EMBEDDED_DATA_DIR || ".data", "pglite");
if (existsSync(folder)) {
  rmSync(folder, { recursive: true, force: true });
  console.log(`Eingebettete Datenbank gelöscht (${folder}). Der nächste Start mit npm start lädt die Demo-Inhalte neu.`);
} else {
  console.log(`Keine eingebettete Datenbank unter ${folder} – nichts zu tun.`);
}
