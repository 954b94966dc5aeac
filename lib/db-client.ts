import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

/**
 * Creates a Prisma client over node-postgres (Prisma 7 needs no native query engine;
 * the same driver serves an external PostgreSQL and the embedded PGlite).
 * The portal uses the single instance in lib/db.ts; scripts and tests create their own.
 */
export function createPrismaClient(connectionString: string, poolSize = 8, onConnectionError?: (error: Error) => void) {
  // An idle connection's error (the server shutting down, a connection cut) reaches `onConnectionError`
  // before any query fails (the adapter itself only writes it to its debug log).
  const adapter = new PrismaPg({ connectionString, max: poolSize }, { onPoolError: onConnectionError, onConnectionError });
  return new PrismaClient({
    adapter,
    // Secrets never leave the data layer unless a query asks for them explicitly.
    omit: { user: { passwordHash: true } },
  });
}

export type Database = ReturnType<typeof createPrismaClient>;
