import { describe, expect, it } from "vitest";
import { isSlug, slugify } from "./slug";

describe("slugify", () => {
  it.each([
    ["Tübingen", "tuebingen"],
    ["Schwäbisch Gmünd", "schwaebisch-gmuend"],
    ["Uhldingen-Mühlhofen", "uhldingen-muehlhofen"],
    ["Singen (Hohentwiel)", "singen-hohentwiel"],
    ["Straße der Begegnung", "strasse-der-begegnung"],
    ["  Café & Dialog!  ", "cafe-dialog"],
    ["ÄÖÜ", "aeoeue"],
  ])("%s → %s", (input, expected) => {
    expect(slugify(input)).toBe(expected);
    expect(isSlug(expected)).toBe(true);
  });

  it("rejects malformed slugs", () => {
    for (const bad of ["", "Tuebingen", "a--b", "-a", "a-", "ü", "a b"]) expect(isSlug(bad), bad).toBe(false);
  });
});
