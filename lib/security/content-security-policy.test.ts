import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes, pagePolicy, tileSource } from "./content-security-policy.mjs";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

describe("inlineScriptHashes", () => {
  it("hashes each inline script the browser runs, once, and nothing else", async () => {
    const html = [
      `<script src="/_next/static/chunks/a.js" async=""></script>`,
      `<script>(self.__next_f=self.__next_f||[]).push([0])</script>`,
      `<script nonce="x">self.__next_f.push([1,"ä \\u003c/script\\u003e"])</script>`,
      `<script>(self.__next_f=self.__next_f||[]).push([0])</script>`,
      `<script type="application/ld+json">{"@context":"https://schema.org"}</script>`,
      `<SCRIPT type="module">import "/x.js"</SCRIPT >`,
    ].join("");
    expect(await inlineScriptHashes(html)).toEqual([
      sha("(self.__next_f=self.__next_f||[]).push([0])"),
      sha('self.__next_f.push([1,"ä \\u003c/script\\u003e"])'),
      sha('import "/x.js"'),
    ]);
  });
});

describe("pagePolicy", () => {
  it("allows scripts only from the portal and by the given nonce or hashes, never inline as such", () => {
    const policy = pagePolicy({ scriptSources: ["'nonce-abc'"], dev: false, tiles: "https://tile.openstreetmap.org" });
    expect(policy).toContain("script-src 'self' 'nonce-abc';");
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'", "form-action 'self'"])
      expect(policy).toContain(directive);
    expect(policy).toContain("img-src 'self' data: blob: https://tile.openstreetmap.org;");
  });
});

describe("tileSource", () => {
  it("is the tile server's origin, a subdomain placeholder as wildcard", () => {
    expect(tileSource(undefined)).toBe("https://tile.openstreetmap.org");
    expect(tileSource("https://{s}.tile.example.org/{z}/{x}/{y}.png")).toBe("https://*.tile.example.org");
    expect(tileSource("http://karten.example.de:8080/tiles/{z}/{x}/{y}.png")).toBe("http://karten.example.de:8080");
    expect(tileSource("javascript:alert(1)")).toBe("https://tile.openstreetmap.org");
    expect(tileSource("https://{s}-{a}.example.org/{z}.png")).toBe("https:");
  });
});
