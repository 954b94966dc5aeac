import { describe, expect, it } from "vitest";
import { nulCharacterErrors } from "./control-characters";

describe("nulCharacterErrors", () => {
  it("names every field that holds a NUL character, however deep", () => {
    expect(
      nulCharacterErrors({
        title: "Dialog\u0000",
        contacts: [{ name: "ok" }, { email: "a\u0000@b.de" }],
        topics: ["wohnen", "x\u0000"],
        count: 3,
      }),
    ).toEqual({
      title: { key: "Validation.controlCharacter" },
      "contacts.1.email": { key: "Validation.controlCharacter" },
      "topics.1": { key: "Validation.controlCharacter" },
    });
  });

  it("finds nothing in ordinary text, other control characters included (tabs and line breaks are text)", () => {
    expect(nulCharacterErrors({ text: "Zeile 1\nZeile 2\tEnde – „Anführung“ 🙂", list: [null, 1, true] })).toEqual({});
    expect(nulCharacterErrors("\u0000")).toEqual({ form: { key: "Validation.controlCharacter" } });
  });

  it("names fields with a lone surrogate (invalid Unicode), but not emoji made of a valid pair", () => {
    expect(nulCharacterErrors({ a: "x\uD800", b: ["\uDC00y"], c: "👩🏽‍🚀", d: "\uD83D\uDE00" })).toEqual({
      a: { key: "Validation.invalidUnicode" },
      "b.0": { key: "Validation.invalidUnicode" },
    });
  });
});
