import { describe, expect, it } from "vitest";
import { POST as authPost } from "@/app/api/auth/[...nextauth]/route";

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
