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
