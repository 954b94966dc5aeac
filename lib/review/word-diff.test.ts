import { describe, expect, it } from "vitest";
import { diffWords, MAX_LCS_CELLS, tokenize, type DiffToken } from "./word-diff";

/** The invariant every result must keep: same+removed = before, same+added = after. */
function expectReconstructs(tokens: DiffToken[], before: string, after: string) {
  expect(
    tokens
      .filter((token) => token.type !== "added")
      .map((token) => token.text)
      .join(""),
  ).toBe(before);
  expect(
    tokens
      .filter((token) => token.type !== "removed")
      .map((token) => token.text)
      .join(""),
  ).toBe(after);
  // merged: never two neighbours of the same type, never an empty token
  for (let index = 0; index < tokens.length; index++) {
    expect(tokens[index]!.text).not.toBe("");
    if (index > 0) expect(tokens[index]!.type).not.toBe(tokens[index - 1]!.type);
  }
}

function check(before: string, after: string) {
  const tokens = diffWords(before, after);
  expectReconstructs(tokens, before, after);
  return tokens;
}

describe("tokenize", () => {
  it("keeps words with umlauts, inner hyphens and numbers whole, punctuation separate", () => {
    expect(tokenize("Das Bürger-Café kostete 3.000 Euro.")).toEqual([
      "Das",
      " ",
      "Bürger-Café",
      " ",
      "kostete",
      " ",
      "3.000",
      " ",
      "Euro",
      ".",
    ]);
  });

  it("keeps e-mail addresses and line breaks", () => {
    expect(tokenize("integration@kommune.example\n- Punkt")).toEqual(["integration@kommune.example", "\n", "-", " ", "Punkt"]);
  });
});

describe("diffWords", () => {
  it("identical texts are one unchanged token", () => {
    expect(check("Gleicher Text, gleiche Wörter.", "Gleicher Text, gleiche Wörter.")).toEqual([
      { type: "same", text: "Gleicher Text, gleiche Wörter." },
    ]);
  });

  it("two empty texts give nothing", () => {
    expect(diffWords("", "")).toEqual([]);
  });

  it("empty before: everything is added", () => {
    expect(check("", "Ein ganz neuer Text.")).toEqual([{ type: "added", text: "Ein ganz neuer Text." }]);
  });

  it("empty after: everything is removed", () => {
    expect(check("Ein alter Text.", "")).toEqual([{ type: "removed", text: "Ein alter Text." }]);
  });

  it("insertion of words", () => {
    expect(check("Der Dialog fand statt.", "Der erste Dialog fand im Rathaus statt.")).toEqual([
      { type: "same", text: "Der " },
      { type: "added", text: "erste " },
      { type: "same", text: "Dialog fand " },
      { type: "added", text: "im Rathaus " },
      { type: "same", text: "statt." },
    ]);
  });

  it("deletion of words", () => {
    expect(check("Wir luden alle Bürgerinnen und Bürger herzlich ein.", "Wir luden alle ein.")).toEqual([
      { type: "same", text: "Wir luden alle " },
      { type: "removed", text: "Bürgerinnen und Bürger herzlich " },
      { type: "same", text: "ein." },
    ]);
  });

  it("replacement reads as one removal followed by one addition", () => {
    expect(check("Es kamen rund vierzig Gäste.", "Es kamen gut sechzig Gäste.")).toEqual([
      { type: "same", text: "Es kamen " },
      { type: "removed", text: "rund vierzig" },
      { type: "added", text: "gut sechzig" },
      { type: "same", text: " Gäste." },
    ]);
  });

  it("changed punctuation is shown alone, the word stays unchanged", () => {
    expect(check("Das war das Ende.", "Das war das Ende!")).toEqual([
      { type: "same", text: "Das war das Ende" },
      { type: "removed", text: "." },
      { type: "added", text: "!" },
    ]);
  });

  it("umlauts and ß: a changed letter changes the word; composed and decomposed forms are equal", () => {
    expect(check("Die Straße war schön.", "Die Strasse war schön.")).toEqual([
      { type: "same", text: "Die " },
      { type: "removed", text: "Straße" },
      { type: "added", text: "Strasse" },
      { type: "same", text: " war schön." },
    ]);
    const decomposed = "Bürgerforum für Geflüchtete".normalize("NFD");
    expect(diffWords(decomposed, "Bürgerforum für Geflüchtete")).toEqual([{ type: "same", text: "Bürgerforum für Geflüchtete" }]);
  });

  it("lists: an added item is one addition, line breaks are kept", () => {
    const before = "- Sprachcafé\n- Patenschaften";
    const after = "- Sprachcafé\n- Fahrradwerkstatt\n- Patenschaften";
    const tokens = check(before, after);
    expect(tokens).toEqual([
      { type: "same", text: "- Sprachcafé\n" },
      { type: "added", text: "- Fahrradwerkstatt\n" },
      { type: "same", text: "- Patenschaften" },
    ]);
    expect(tokens.some((token) => token.type === "removed")).toBe(false);
  });

  it("lists: changes in two items stay two changes (line breaks are never folded in)", () => {
    const tokens = check("- Wohnen\n- Arbeit", "- Wohnraum\n- Ausbildung");
    expect(tokens).toEqual([
      { type: "same", text: "- " },
      { type: "removed", text: "Wohnen" },
      { type: "added", text: "Wohnraum" },
      { type: "same", text: "\n- " },
      { type: "removed", text: "Arbeit" },
      { type: "added", text: "Ausbildung" },
    ]);
  });

  it("CRLF and LF line endings are no difference", () => {
    expect(diffWords("Erster Absatz.\r\n\r\nZweiter Absatz.", "Erster Absatz.\n\nZweiter Absatz.")).toEqual([
      { type: "same", text: "Erster Absatz.\n\nZweiter Absatz." },
    ]);
  });

  it("never reports a removed space for a pure insertion", () => {
    const tokens = check("Stadt Land Fluss", "Stadt und Land und Fluss");
    expect(tokens.filter((token) => token.type === "removed")).toEqual([]);
  });

  it("keeps the invariant for scattered edits", () => {
    const before = "Im Frühjahr 2016 lud die Stadt zu drei Abenden ein. Themen waren Wohnen, Arbeit und Sprache; rund 120 Menschen kamen.";
    const after = "Im Herbst 2016 lud die Stadt zu vier Abenden ein. Themen waren Arbeit, Sprache und Ehrenamt – rund 150 Menschen kamen!";
    check(before, after);
  });

  it("keeps the invariant for many random edits (seeded)", () => {
    let seed = 20_160_121;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const pieces = ["Bürger", "Café", "und", " ", " ", "\n", "\n\n", "- ", ".", ",", "Straße", "3.000", "Öl", "ja", "ja"];
    const randomText = () => Array.from({ length: Math.floor(random() * 40) }, () => pieces[Math.floor(random() * pieces.length)]).join("");
    for (let round = 0; round < 300; round++) {
      const before = randomText();
      const after = random() < 0.5 ? randomText() : before.replace(/ja|und/g, () => pieces[Math.floor(random() * pieces.length)]!);
      check(before, after);
    }
  });

  it("handles the longest form texts quickly", () => {
    const words = ["Bürger", "Geflüchtete", "Dialog", "Rathaus", "Ehrenamt", "Sprache", "Wohnen", "Arbeit", "Begegnung", "Schule"];
    const text = (seed: number) =>
      Array.from({ length: 850 }, (_, index) => words[(index * seed + (index >> 3)) % words.length])
        .join(" ")
        .slice(0, 6000);
    const before = text(3);
    const after = text(7);
    const started = performance.now();
    check(before, after);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("falls back to one replacement above the token limit, keeping common start and end", () => {
    const side = Math.ceil(Math.sqrt(MAX_LCS_CELLS)) + 10; // tokens per side (words and spaces)
    const before = `Anfang ${Array.from({ length: side }, (_, index) => `a${index}`).join(" ")} Ende`;
    const after = `Anfang ${Array.from({ length: side }, (_, index) => `b${index}`).join(" ")} Ende`;
    const tokens = check(before, after);
    expect(tokens.map((token) => token.type)).toEqual(["same", "removed", "added", "same"]);
    expect(tokens[0]!.text).toBe("Anfang ");
    expect(tokens[3]!.text).toBe(" Ende");
  });
});
