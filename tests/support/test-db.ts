import { createPrismaClient, type Database } from "@/lib/db-client";

/**
 * A Prisma client on the test database that `npm test` created and migrated.
 * Tests talk to real PostgreSQL (or PGlite where no server exists): no mocks.
 */
export function connectTestDatabase(): Database {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL fehlt: Integrationstests laufen über `npm test`.");
  return createPrismaClient(url, 4);
}

let counter = 0;
/** A unique, valid slug for rows a test creates. */
export function uniqueSlug(prefix: string) {
  counter += 1;
  return `${prefix}-${process.pid}-${Date.now().toString(36)}-${counter}`;
}
