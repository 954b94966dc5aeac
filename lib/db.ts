import "server-only";
import { createPrismaClient, type Database } from "./db-client";
import { isDatabaseUnavailable, noteDatabaseUnavailable } from "./database-availability";
import { getEnv } from "./env";

/**
 * The one Prisma client of the server process. Kept on globalThis so that hot reloading in
 * development does not open a new connection pool per edit.
 */
const globalForPrisma = globalThis as unknown as { prisma?: Database };

function getClient(): Database {
  if (!globalForPrisma.prisma) {
    const env = getEnv();
    // PostgreSQL tells its connections when it shuts down: the outage answers (503, cached pages) begin at
    // once, not only after the next probe (lib/database-availability.ts) — no page renders into a 500 meanwhile.
    globalForPrisma.prisma = createPrismaClient(env.DATABASE_URL, env.DATABASE_POOL_SIZE, (error) => {
      if (isDatabaseUnavailable(error)) noteDatabaseUnavailable();
    });
  }
  return globalForPrisma.prisma;
}

/**
 * Created on first use, not at import: `next build` imports every page without a database.
 */
export const db: Database = new Proxy({} as Database, {
  get(_target, property) {
    const client = getClient();
    const value = Reflect.get(client, property);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
