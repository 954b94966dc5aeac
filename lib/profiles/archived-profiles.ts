import pg from "pg";

/**
 * Is the profile with this slug archived? Used by the proxy to answer withdrawn profiles with
 * HTTP 410 (the page itself then explains it). The proxy runs apart from the render code, so it
 * uses its own tiny connection pool instead of the Prisma client.
 */
const globalForPool = globalThis as unknown as { archivedLookupPool?: pg.Pool };

function pool() {
  globalForPool.archivedLookupPool ??= new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
  return globalForPool.archivedLookupPool;
}

export async function isProfileArchived(slug: string): Promise<boolean> {
  if (!process.env.DATABASE_URL) return false;
  try {
    const result = await pool().query<{ archived: boolean }>(
      'SELECT "archivedAt" IS NOT NULL AS archived FROM "Profile" WHERE "slug" = $1',
      [slug],
    );
    return result.rows[0]?.archived ?? false;
  } catch (error) {
    console.error("Archive lookup failed", error);
    return false; // the page still shows the withdrawal notice, only the status code is 200 then
  }
}
