import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import CacheHandler from "@/cache-handler.mjs";
import proxy from "@/proxy";

/**
 * The security headers the proxy and the cache handler set (issue 14, finding 5). What the browser makes
 * of them (hydration, no violation, map tiles) is tested in e2e/security-headers.spec.ts.
 */
const request = (path: string, headers: Record<string, string> = {}) => new NextRequest(`http://localhost:3000${path}`, { headers });
const policyOf = (response: Response) => response.headers.get("content-security-policy");

afterEach(() => {
  delete process.env.TRUSTED_PROXY_HOPS;
  delete process.env.PUBLIC_BASE_URL;
});

describe("the proxy's Content-Security-Policy", () => {
  it("gives a page rendered per request a fresh nonce, in the answer and in the request Next renders", async () => {
    const first = await proxy(request("/redaktion"));
    const second = await proxy(request("/redaktion"));
    const policy = policyOf(first)!;
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]{22}==';/);
    expect(policy).toContain("frame-ancestors 'none'");
    // Next reads the nonce from the policy among the request headers the proxy passes on.
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    expect(policyOf(second)).not.toBe(policy);
    for (const path of [
      "/anmelden",
      "/einladung/abc",
      "/passwort-vergessen",
      "/passwort-zuruecksetzen/abc",
      "/karte",
      "/vergleich",
      "/barrierefreiheit",
      "/redaktion/steckbriefe/ulm-integrationspolitik-austausch",
    ])
      expect(policyOf(await proxy(request(path))), path).toContain("'nonce-");
  });

  it("leaves cached pages their own policy (hashes, from the cache handler): never two", async () => {
    for (const path of [
      "/",
      "/impressum",
      "/steckbriefe",
      "/steckbriefe/ulm-integrationspolitik-austausch",
      "/statistik",
      "/empfehlungen",
      // Unknown addresses are one cached page, the 404 (app/[locale]/[...rest]); so is an internal route asked for directly.
      "/gibt-es-nicht",
      "/steckbriefe/liste",
    ]) {
      const response = await proxy(request(path));
      expect(policyOf(response), path).toBeNull();
      expect(response.headers.get("x-middleware-request-content-security-policy"), path).toBeNull();
    }
  });

  it("stores a static page with the hashes of its inline scripts, and hands them out with it", async () => {
    const handler = new CacheHandler();
    const page = {
      kind: "APP_PAGE",
      html: '<html><body><script>self.__next_f.push([1,"x"])</script></body></html>',
      headers: { "x-next-cache-tags": "a" },
      status: 200,
    } as { kind: string; html: string; headers: Record<string, string>; status: number };
    const key = `/security-headers-test-${Date.now()}`;
    await handler.set(key, page, { tags: [] });
    // The object Next goes on to answer the render's own request with carries it too.
    expect(page.headers["content-security-policy"]).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]{43}=';/);
    expect(page.headers["x-next-cache-tags"]).toBe("a");
    const cached = (await handler.get(key, { tags: [] })) as { value: typeof page } | null;
    expect(cached?.value.headers["content-security-policy"]).toBe(page.headers["content-security-policy"]);
  });
});

describe("HSTS", () => {
  const hsts = (response: Response) => response.headers.get("strict-transport-security");

  it("is sent when the public address is https, on pages and API answers", async () => {
    process.env.PUBLIC_BASE_URL = "https://steckbriefe.example.org";
    for (const path of ["/", "/redaktion", "/api/v1/steckbriefe"])
      expect(hsts(await proxy(request(path))), path).toBe("max-age=63072000; includeSubDomains");
  });

  it("believes X-Forwarded-Proto only from the configured trusted proxy", async () => {
    const viaHttps = { "x-forwarded-proto": "https", "x-forwarded-for": "203.0.113.9" };
    expect(hsts(await proxy(request("/", viaHttps)))).toBeNull();
    process.env.TRUSTED_PROXY_HOPS = "1";
    expect(hsts(await proxy(request("/", viaHttps)))).toBe("max-age=63072000; includeSubDomains");
    expect(hsts(await proxy(request("/", { "x-forwarded-proto": "http" })))).toBeNull();
  });

  it("is not sent over plain http", async () => {
    expect(hsts(await proxy(request("/")))).toBeNull();
    expect(hsts(await proxy(request("/api/health")))).toBeNull();
  });
});

describe("the request id", () => {
  it("is on every answer and on the request the app sees: pages rendered per request, cached pages, API, refusals", async () => {
    const ids = new Set<string>();
    for (const [path, init] of [
      ["/redaktion", {}],
      ["/impressum", {}],
      ["/en/steckbriefe?typ=stadt", {}],
      ["/api/health", {}],
      ["/steckbriefe", { method: "PUT" }],
    ] as const) {
      const response = await proxy(new NextRequest(`http://localhost:3000${path}`, init));
      const id = response.headers.get("x-request-id");
      expect(id, path).toMatch(/^[0-9a-f-]{36}$/);
      if (response.status < 400) expect(response.headers.get("x-middleware-request-x-request-id"), path).toBe(id);
      ids.add(id!);
    }
    expect(ids.size).toBe(5);
  });

  it("keeps the id of a trusted load balancer, never a client's", async () => {
    const fromBalancer = { "x-request-id": "lb-7f3a9c0d12e4", "x-forwarded-for": "203.0.113.9" };
    expect((await proxy(request("/impressum", fromBalancer))).headers.get("x-request-id")).not.toBe("lb-7f3a9c0d12e4");
    process.env.TRUSTED_PROXY_HOPS = "1";
    expect((await proxy(request("/impressum", fromBalancer))).headers.get("x-request-id")).toBe("lb-7f3a9c0d12e4");
  });
});
