import { checkReadiness } from "@/lib/operations/readiness";

/** Readiness for a load balancer: 200 when PostgreSQL (and Redis, where configured) answer, else 503. */
export async function GET() {
  const readiness = await checkReadiness();
  return Response.json(
    { status: readiness.ready ? "ready" : "unavailable", checks: readiness.checks },
    { status: readiness.ready ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
