import "server-only";
import PgBoss from "pg-boss";
import { isDatabaseUnavailable, noteDatabaseUnavailable } from "@/lib/database-availability";
import { getEnv } from "@/lib/env";
import { log } from "@/lib/operations/log";

/**
 * Background work runs in a job queue on the portal's own PostgreSQL (pg-boss, schema "pgboss"):
 * never on a request's read path, and with several app instances each job runs once (pg-boss
 * hands a job to one worker; the work itself is idempotent besides).
 */
export const JOBS = {
  /** publishes every approved version whose date has come (lib/review/workflow.ts publishDueVersions) */
  publishDueVersions: "publish-due-versions",
} as const;

export type JobName = (typeof JOBS)[keyof typeof JOBS];

const globalForQueue = globalThis as unknown as { jobQueue?: Promise<PgBoss> };

export interface JobQueueOptions {
  /** how often a worker asks for due jobs (seconds); tests make it short */
  pollingIntervalSeconds?: number;
}

/** The started queue of this process (created with its queues on first use). */
export function getJobQueue(options: JobQueueOptions = {}): Promise<PgBoss> {
  globalForQueue.jobQueue ??= (async () => {
    const boss = new PgBoss({ connectionString: getEnv().DATABASE_URL, max: 2, schema: "pgboss", ...options });
    // pg-boss retries on its own: an outage of the database is logged once where it is noticed
    // (lib/database-availability.ts), not as an error per lost connection of the queue.
    boss.on("error", (error) => {
      if (isDatabaseUnavailable(error)) noteDatabaseUnavailable();
      else log.error("job queue error", { error });
    });
    await boss.start();
    for (const name of Object.values(JOBS)) await boss.createQueue(name);
    return boss;
  })().catch((error: unknown) => {
    globalForQueue.jobQueue = undefined; // the next call tries again
    throw error;
  });
  return globalForQueue.jobQueue;
}

/**
 * Publishes the approved version `versionId` at `at`. The queue keeps one job per version
 * (singletonKey); a minute's schedule catches anything this misses (lib/jobs/worker.ts).
 */
export async function schedulePublication(versionId: string, at: Date): Promise<void> {
  const boss = await getJobQueue();
  await boss.send(
    JOBS.publishDueVersions,
    { versionId },
    { startAfter: at, singletonKey: `publish:${versionId}`, retryLimit: 5, retryDelay: 10 },
  );
}

/** Stops this process's queue (tests, shutdown). */
export async function stopJobQueue(): Promise<void> {
  const boss = await globalForQueue.jobQueue?.catch(() => undefined);
  globalForQueue.jobQueue = undefined;
  await boss?.stop({ graceful: false, wait: true });
}
