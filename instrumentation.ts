/**
 * Runs once when a server process starts: the background worker (scheduled publications) starts
 * with every server, also in embedded mode. Not during `next build`, and not where there is no
 * database (JOB_WORKER=off turns it off, e.g. for a second read-only instance).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  if (!process.env.DATABASE_URL || process.env.JOB_WORKER === "off") return;
  const { startJobWorker } = await import("./lib/jobs/worker");
  await startJobWorker().catch((error: unknown) => console.error("[jobs] worker did not start", error));
}

/**
 * A page or route that failed because the database is down marks it so at once: the proxy then answers
 * the next requests with the 503 page instead of rendering them (lib/database-availability.ts).
 */
export async function onRequestError(error: unknown) {
  const { isDatabaseUnavailable, noteDatabaseUnavailable } = await import("./lib/database-availability");
  if (isDatabaseUnavailable(error)) noteDatabaseUnavailable();
}
