import { describe, expect, it } from "vitest";
import { logLine } from "./log";
import { requestIdFor, shortRequestId } from "./request-id";

const parse = (line: string) => JSON.parse(line) as Record<string, unknown>;

describe("the log line", () => {
  it("is one JSON object with time, level, event and the fields", () => {
    const line = logLine("error", "action failed", { requestId: "abc12345-x", action: "saveDraft" }, new Date("2026-12-01T10:00:00Z"));
    expect(line).not.toContain("\n");
    expect(parse(line)).toEqual({
      time: "2026-12-01T10:00:00.000Z",
      level: "error",
      event: "action failed",
      requestId: "abc12345-x",
      action: "saveDraft",
    });
  });

  it("writes an error with name, message, code, digest and cause", () => {
    const error = Object.assign(new Error("connection refused", { cause: new Error("ECONNREFUSED") }), { code: "P1001", digest: "123" });
    const logged = parse(logLine("error", "x", { error })).error as Record<string, unknown>;
    expect(logged).toMatchObject({ name: "Error", message: "connection refused", code: "P1001", digest: "123" });
    expect(logged.stack).toContain("connection refused");
    expect(logged.cause).toMatchObject({ message: "ECONNREFUSED" });
  });

  it("keeps out e-mail addresses and fields named like secrets, at any depth", () => {
    const line = logLine("error", "mail not sent", {
      detail: "550 mailbox anna.mueller@gemeinde-beispiel.de unknown",
      error: new Error("to Jörg.Groß@müllheim.example failed"),
      nested: { password: "geheim", sessionToken: "t0k3n", list: ["x@y.org"] },
    });
    expect(line).not.toMatch(/anna\.mueller|Jörg|müllheim|x@y\.org|geheim|t0k3n/);
    expect(line).toContain("[E-Mail-Adresse]");
  });

  it("shortens very long values", () => {
    expect(logLine("info", "x", { text: "a".repeat(100_000) }).length).toBeLessThan(5_000);
  });
});

describe("the request id", () => {
  it("is new for every request unless a trusted proxy sends a well-formed one", () => {
    const fromProxy = new Headers({ "x-request-id": "lb-0123456789abcdef" });
    expect(requestIdFor(fromProxy, true)).toBe("lb-0123456789abcdef");
    expect(requestIdFor(fromProxy, false)).not.toBe("lb-0123456789abcdef");
    expect(requestIdFor(new Headers({ "x-request-id": "<script>alert(1)</script>" }), true)).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFor(new Headers(), true)).not.toBe(requestIdFor(new Headers(), true));
  });

  it("is read out in its first eight characters", () => {
    expect(shortRequestId("3f9c2a1b-1111-4222-8333-444455556666")).toBe("3f9c2a1b");
  });
});
