import { describe, expect, it } from "vitest";
import { localizePath } from "./localize-path";

describe("localizePath", () => {
  it("keeps the default language at the root", () => {
    expect(localizePath("/", "de")).toBe("/");
    expect(localizePath("/impressum", "de")).toBe("/impressum");
    expect(localizePath("/#staedte", "de")).toBe("/#staedte");
  });

  it("puts every other language under its prefix, fragments after the path", () => {
    expect(localizePath("/", "en")).toBe("/en");
    expect(localizePath("/impressum", "en")).toBe("/en/impressum");
    expect(localizePath("/#staedte", "en")).toBe("/en#staedte");
    expect(localizePath("/ueber-das-programm#inhalte", "en")).toBe("/en/ueber-das-programm#inhalte");
  });

  it("accepts only paths of the portal", () => {
    expect(() => localizePath("https://example.org/", "de")).toThrow();
  });
});
