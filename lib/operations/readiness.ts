import "server-only";
import { db } from "@/lib/db";
import { getCacheStore } from "@/lib/cache/cache-store.mjs";

/**
 * What a load balancer asks before it sends traffic to an instance (`/api/ready`): PostgreSQL answers,
 * and the shared cache (Redis) where one is configured. The process merely living is `/api/health`.
 * Each check gets a deadline, so that a hanging dependency makes the instance "not ready", not the probe hang.
 */

export type CheckState = "ok" | "failed" | "not-configured";

export interface Readiness {
  ready: boolean;
  checks: { database: CheckState; cache: CheckState };
}

const CHECK_TIMEOUT_MS = 2_000;

async function passes(probe: () => Promise<unknown>): Promise<CheckState> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timeout")), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([probe(), deadline]);
    return "ok";
  } catch {
    return "failed";
  } finally {
    clearTimeout(timer);
  }
}

export async function checkReadiness(): Promise<Readiness> {
  const [database, cache] = await Promise.all([
    passes(() => db.$queryRaw`SELECT 1`),
    process.env.REDIS_URL ? passes(() => getCacheStore().getValue("readiness-probe")) : Promise.resolve<CheckState>("not-configured"),
  ]);
  return { ready: database === "ok" && cache !== "failed", checks: { database, cache } };
}
