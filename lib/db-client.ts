import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

/**
 * Creates a Prisma client over node-postgres (Prisma 7 needs no native query engine;
 * the same driver serves an external PostgreSQL and the embedded PGlite).
 * The portal uses the single instance in lib/db.ts; scripts and tests create their own.
 */
export function createPrismaClient(connectionString: string, poolSize = 8) {
  const adapter = new PrismaPg({ connectionString, max: poolSize });
  return new PrismaClient({
    adapter,
    // Secrets never leave the data layer unless a query asks for them explicitly.
    omit: { user: { passwordHash: true } },
  });
}

export type Database = ReturnType<typeof createPrismaClient>;
