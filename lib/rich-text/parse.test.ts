import { describe, expect, it } from "vitest";
import { parseInline, parseRichText, richTextToPlain } from "./parse";

describe("parseRichText", () => {
  it("splits paragraphs on blank lines and joins wrapped lines", () => {
    expect(parseRichText("Erste Zeile\nweiter\n\nZweiter Absatz")).toEqual([
      { type: "paragraph", children: [{ type: "text", text: "Erste Zeile weiter" }] },
      { type: "paragraph", children: [{ type: "text", text: "Zweiter Absatz" }] },
    ]);
  });

  it("turns '- ' lines into a list, also right after a paragraph line", () => {
    const blocks = parseRichText("Wir haben:\n- Sprachcafé\n- Patenschaften\n  für Familien");
    expect(blocks).toEqual([
      { type: "paragraph", children: [{ type: "text", text: "Wir haben:" }] },
      {
        type: "list",
        items: [[{ type: "text", text: "Sprachcafé" }], [{ type: "text", text: "Patenschaften für Familien" }]],
      },
    ]);
  });

  it("returns no blocks for empty or blank text", () => {
    expect(parseRichText("")).toEqual([]);
    expect(parseRichText(" \n \n")).toEqual([]);
  });
});

describe("parseInline", () => {
  it("parses bold and safe links", () => {
    expect(parseInline("Das **Sprachcafé** im [Rathaus](https://example.org/rathaus).")).toEqual([
      { type: "text", text: "Das " },
      { type: "bold", children: [{ type: "text", text: "Sprachcafé" }] },
      { type: "text", text: " im " },
      { type: "link", href: "https://example.org/rathaus", children: [{ type: "text", text: "Rathaus" }] },
      { type: "text", text: "." },
    ]);
  });

  it("drops unsafe link targets but keeps their text", () => {
    expect(parseInline("[klick](javascript:alert(1))")).toEqual([{ type: "text", text: "klick)" }]);
    expect(parseInline("[Start](/intern)")).toEqual([{ type: "text", text: "Start" }]);
  });

  it("keeps HTML as literal text", () => {
    expect(parseInline("<script>alert(1)</script>")).toEqual([{ type: "text", text: "<script>alert(1)</script>" }]);
  });
});

describe("richTextToPlain", () => {
  it("removes markup and keeps list items readable", () => {
    expect(richTextToPlain("**Ziel:** Austausch\n\n- eins\n- [zwei](https://example.org)")).toBe("Ziel: Austausch\n\n– eins\n– zwei");
  });
});
