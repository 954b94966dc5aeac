import type { Instrumentation } from "next";
import { log } from "./lib/operations/log";
import { REQUEST_ID_HEADER } from "./lib/operations/request-id";

/**
 * Runs once when a server process starts: the background worker (scheduled publications) starts
 * with every server, also in embedded mode. Not during `next build`, and not where there is no
 * database (JOB_WORKER=off turns it off, e.g. for a second read-only instance).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  if (!process.env.DATABASE_URL || process.env.JOB_WORKER === "off") return;
  const { startJobWorker } = await import("./lib/jobs/worker");
  await startJobWorker().catch((error: unknown) => log.error("job worker did not start", { error }));
}

/**
/**
 * An error while rendering a page or running a route handler. Because the database is down: marked at
 * once, so that the proxy answers the next requests with the 503 page instead of rendering them
 * (lib/database-availability.ts, which logs the outage once). Anything else: one log line with the
 * request's id and the error's digest — the "Fehlernummer" the error page shows (app/[locale]/error.tsx) —
 * so that a person's report leads to it. (Server actions answer their own errors: lib/actions/define-action.ts.)
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const { isDatabaseUnavailable, noteDatabaseUnavailable } = await import("./lib/database-availability");
  if (isDatabaseUnavailable(error)) return noteDatabaseUnavailable();
  const requestId = request.headers[REQUEST_ID_HEADER];
  log.error("request failed", {
    requestId: Array.isArray(requestId) ? requestId[0] : requestId,
    method: request.method,
    path: request.path.split("?")[0],
    route: context.routePath,
    routeType: context.routeType,
    error,
  });
};
