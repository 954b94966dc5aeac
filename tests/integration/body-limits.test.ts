import { beforeAll, describe, expect, it, vi } from "vitest";
import { POST as authPost } from "@/app/api/auth/[...nextauth]/route";
import { POST as autosaveOnLeave } from "@/app/api/redaktion/entwurf/route";
import { publicBaseUrl } from "@/lib/env";
import { log } from "@/lib/operations/log";
import { LARGEST_PAGE_BODY_BYTES } from "@/lib/security/page-body-limits";
import proxy from "@/proxy";
import { NextRequest } from "next/server";
import { beginRequestAs, requestScope } from "../support/request-context";
import { connectTestDatabase, uniqueSlug } from "../support/test-db";

// The request scope of a Next request (cookies(), headers()), as in authorization.test.ts.
const scope = await vi.hoisted(() => import("../support/request-context"));
vi.mock("next/headers", async (original) => ({ ...(await original<object>()), ...scope.nextHeaders }));

/**
 * Bodies that anyone may send unsigned are capped before they are read whole (issue 14, finding 4):
 * the sign-in callback answered a 200 MB body by holding it in memory.
 */
const context = { params: Promise.resolve({ nextauth: ["callback", "credentials"] }) };

describe("the sign-in endpoint's body limit", () => {
  it("refuses a body over the limit by its declared length, with 413", async () => {
    const body = "a".repeat(200 * 1024);
    const response = await authPost(
      new Request("http://localhost:3000/api/auth/callback/credentials", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", "content-length": String(body.length) },
        body,
      }),
      context,
    );
    expect(response.status).toBe(413);
  });

  it("refuses a streamed body without a length as soon as it passes the limit", async () => {
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        // 10 MB in all if nobody stops reading; the handler stops after the first 16 KB
        if (sent >= 10 * 1024 * 1024) return controller.close();
        sent += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024).fill(97));
      },
    });
    const response = await authPost(
      new Request("http://localhost:3000/api/auth/callback/credentials", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: stream,
        duplex: "half",
      } as RequestInit),
      context,
    );
    expect(response.status).toBe(413);
    expect(sent).toBeLessThan(1024 * 1024);
  });
});

/** A body of 10 MB that is produced only as fast as it is read; `sent()` says how much was read. */
function endlessBody(total = 10 * 1024 * 1024) {
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close();
      sent += 64 * 1024;
      controller.enqueue(new Uint8Array(64 * 1024).fill(32));
    },
  });
  return { stream, sent: () => sent };
}

describe("the autosave endpoint's body limit", () => {
  const db = connectTestDatabase();
  let editorId: string;
  beforeAll(async () => {
    editorId = (await db.user.create({ data: { email: `${uniqueSlug("koerper")}@example.org`, role: "EDITOR" } })).id;
  });

  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    autosaveOnLeave(
      requestScope.request("/api/redaktion/entwurf", {
        method: "POST",
        headers: { origin: publicBaseUrl(), "content-type": "application/json", ...headers },
        body,
        duplex: "half",
      } as RequestInit),
    );

  it("answers an unsigned request with 401 without reading its body", async () => {
    await beginRequestAs(db, null);
    const body = endlessBody();
    const response = await post(body.stream);
    expect(response.status).toBe(401);
    expect(body.sent()).toBeLessThan(1024 * 1024);
  });

  it("refuses a signed-in editor's body over 256 KB by its declared length: 413 with a German message", async () => {
    await beginRequestAs(db, editorId);
    const body = " ".repeat(300 * 1024);
    const response = await post(body, { "content-length": String(body.length) });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: "payload-too-large", message: "Die Anfrage ist zu groß." } });
  });

  it("stops reading a streamed body without a length as soon as it passes the limit", async () => {
    await beginRequestAs(db, editorId);
    const body = endlessBody();
    const response = await post(body.stream);
    expect(response.status).toBe(413);
    expect(body.sent()).toBeLessThan(1024 * 1024);
  });

  it("logs a client that went away while its body was read as information, not as a failure", async () => {
    await beginRequestAs(db, editorId);
    // What Node's HTTP server makes of a connection closed mid-body (a tab closed during the autosave on leaving).
    const aborted = Object.assign(new Error("aborted"), { code: "ECONNRESET" });
    const stream = new ReadableStream<Uint8Array>({ pull: (controller) => controller.error(aborted) });
    const info = vi.spyOn(log, "info").mockImplementation(() => {});
    const error = vi.spyOn(log, "error").mockImplementation(() => {});
    try {
      const response = await post(stream);
      expect(response.status).toBe(500); // nobody reads it
      expect(info.mock.calls.map(([event]) => event)).toContain("request aborted by the client");
      expect(error.mock.calls).toEqual([]);
    } finally {
      info.mockRestore();
      error.mockRestore();
    }
  });
});

describe("the body limit of pages (server actions), in the proxy", () => {
  const MiB = 1024 * 1024;
  const post = (path: string, bytes: number, headers: Record<string, string> = {}) =>
    proxy(
      new NextRequest(`http://localhost:3000${path}`, {
        method: "POST",
        headers: { "content-length": String(bytes), "content-type": "multipart/form-data; boundary=x", ...headers },
      }),
    );

  it("refuses a body over what the page's forms need by its declared length, before Next reads it", async () => {
    const tooLarge = await post("/redaktion/steckbriefe/ulm-integrationspolitik-austausch", 12 * MiB, { "next-action": "0".repeat(42) });
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.text()).toContain("Die Anfrage ist zu groß");
    // without JavaScript a form posts without the next-action header: the same limit
    expect((await post("/redaktion/steckbriefe/ulm-integrationspolitik-austausch", 12 * MiB)).status).toBe(413);
    expect((await post("/redaktion/import", 7 * MiB)).status).toBe(413);
    // a form sent without JavaScript gets a page with the way back to the form
    const page = await post("/redaktion/steckbriefe/ulm-integrationspolitik-austausch", 12 * MiB, { accept: "text/html,*/*" });
    expect(page.status).toBe(413);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(await page.text()).toContain('<a href="/redaktion/steckbriefe/ulm-integrationspolitik-austausch">Zurück zum Formular</a>');
    for (const path of ["/barrierefreiheit", "/redaktion/verwaltung/nutzer", "/redaktion/steckbriefe/ulm-x/verlauf"])
      expect((await post(path, 3 * MiB)).status, path).toBe(413);
  });

  it("lets through what the page's forms need: a 10 MB PDF with its form, a long form", async () => {
    expect((await post("/redaktion/steckbriefe/ulm-integrationspolitik-austausch", 10 * MiB + 64 * 1024)).status).not.toBe(413);
    expect((await post("/redaktion/import", 5 * MiB + 64 * 1024)).status).not.toBe(413);
    expect((await post("/barrierefreiheit", MiB)).status).not.toBe(413);
  });

  it("matches Next's own limits (next.config.ts: 11 MB)", () => {
    expect(LARGEST_PAGE_BODY_BYTES).toBe(11 * MiB);
  });
});
