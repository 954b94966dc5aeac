/**
 * `npm run db:seed`: loads the demo content into DATABASE_URL. Safe to run again.
 */
import { createPrismaClient } from "../lib/db-client";
import { loadEnvFiles } from "../scripts/lib/load-env.mjs";
import { loadDemoContent } from "./demo/load-demo-content";

loadEnvFiles();
/** `--if-empty` (npm start in embedded mode): only into a database without any municipality. */
const onlyIfEmpty = process.argv.includes("--if-empty");

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL ist nicht gesetzt: Bitte die Adresse der PostgreSQL-Datenbank angeben.");
  process.exit(1);
}

const db = createPrismaClient(url, 2);
try {
  if (onlyIfEmpty && (await db.municipality.count()) > 0) {
    console.log("Die Datenbank enthält schon Inhalte – Demo-Inhalte werden nicht geladen.");
  } else {
    const result = await loadDemoContent(db);
    console.log(
      `Demo-Inhalte geladen: ${result.municipalities} Kommunen, ${result.profilesCreated} Steckbriefe neu, ${result.profilesKept} unverändert, ${result.accountsCreated} Demo-Konten neu.`,
    );
  }
} finally {
  await db.$disconnect();
}
