import "server-only";
import { db } from "@/lib/db";
import { publishDueVersions } from "@/lib/review/workflow";
import { syncSearchDocuments } from "@/lib/search/index-documents";
import { JOBS, getJobQueue, type JobQueueOptions } from "./job-queue";
import { log } from "@/lib/operations/log";

/** Every minute, whatever a delayed job missed (a crash between an approval and its job, a restored database). */
const SAFETY_NET_CRON = "* * * * *";

/**
 * Starts this process's worker: it publishes due versions when their job comes (at the scheduled
 * time) and once a minute. Called by the server at start-up (instrumentation.ts); with several
 * instances every one runs a worker and pg-boss gives each job to one of them.
 */
export async function startJobWorker(options: JobQueueOptions = {}): Promise<void> {
  const boss = await getJobQueue(options);
  await boss.work(JOBS.publishDueVersions, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async () => {
    await publishDueVersions();
  });
  await boss.schedule(JOBS.publishDueVersions, SAFETY_NET_CRON, { reason: "safety-net" }, { tz: "Europe/Berlin" });
  // Search documents of profiles published before search existed or by an older derivation (a field
  // added to the registry): written once at start. Every later change writes its own in its transaction.
  // Not awaited: instrumentation's register() holds back every request until it returns, and at 100,000
  // profiles a rebuild takes minutes — the pages serve meanwhile, the search finds the rest as it is written.
  void syncSearchDocuments(db)
    .then(({ written, removed }) => {
      if (written || removed) log.info("search documents synchronised", { written, removed });
    })
    .catch((error: unknown) => log.error("search documents not synchronised", { error }));
}
