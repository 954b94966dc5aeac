/**
 * `npm run db:seed`: loads the demo content into DATABASE_URL. Safe to run again.
 */
import { createPrismaClient } from "../lib/db-client";
import { loadDemoContent } from "./demo/load-demo-content";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL ist nicht gesetzt: Bitte die Adresse der PostgreSQL-Datenbank angeben.");
  process.exit(1);
}

const db = createPrismaClient(url, 2);
try {
  const result = await loadDemoContent(db);
  console.log(
    `Demo-Inhalte geladen: ${result.municipalities} Kommunen, ${result.profilesCreated} Steckbriefe neu, ${result.profilesKept} unverändert, ${result.accountsCreated} Demo-Konten neu.`,
  );
} finally {
  await db.$disconnect();
}
