/**
 * Embedded PostgreSQL: PGlite (PostgreSQL compiled to WebAssembly) served on a local TCP
 * port, so that Prisma, node-postgres and the Prisma CLI connect to it like to a server.
 * Used by `npm start` when no DATABASE_URL is given, and by the tests on machines
 * without a PostgreSQL server.
 */
import { mkdirSync } from "node:fs";
import { createServer } from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/** Asks the OS for a free port on 127.0.0.1. */
export function findFreePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts PGlite and serves it on 127.0.0.1:port.
 * @param {{ dataDir?: string, port?: number }} options dataDir omitted = in memory
 */
export async function startEmbeddedPostgres({ dataDir, port } = {}) {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  // pg_trgm: the search's typo and compound matching (its migration runs CREATE EXTENSION).
  const db = await PGlite.create({ ...(dataDir ? { dataDir } : {}), extensions: { pg_trgm } });
  const listenPort = port ?? (await findFreePort());
  // PGlite runs one query at a time; the socket server queues queries of several
  // connections (default is a single connection, too few for a pool).
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: listenPort, maxConnections: 32 });
  await server.start();
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${listenPort}/postgres`,
    port: listenPort,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
