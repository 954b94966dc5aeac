import { afterAll, describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { GET as ready } from "@/app/api/ready/route";
import { db } from "@/lib/db";

/** The load balancer's probes (issue 14, "Operating it"): never cached, no data beyond the checks' states. */
afterAll(async () => {
  await db.$disconnect();
});

describe("health and readiness", () => {
  it("/api/health answers without touching a dependency", async () => {
    const response = health();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("/api/ready answers 200 when PostgreSQL answers, naming each check", async () => {
    const response = await ready();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(body).toEqual({
      status: "ready",
      checks: { database: "ok", cache: process.env.REDIS_URL ? "ok" : "not-configured" },
    });
  });
});
