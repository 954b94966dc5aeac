/** Liveness for a load balancer or orchestrator: the process answers. Touches no dependency (see /api/ready). */
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
