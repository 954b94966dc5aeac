import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

describe("safeReturnPath", () => {
  it("keeps paths of this site, normalised", () => {
    expect(safeReturnPath("/redaktion/steckbriefe/aalen?x=1#kosten")).toBe("/redaktion/steckbriefe/aalen?x=1#kosten");
    expect(safeReturnPath("/redaktion/../redaktion/verwaltung")).toBe("/redaktion/verwaltung");
  });

  it("refuses everything a browser would take to another site (open redirect)", () => {
    const hostile = [
      "//evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "/\r\n/evil.example",
      "/\\evil.example",
      "/\\/evil.example",
      "\\\\evil.example",
      "https://evil.example/redaktion",
      "javascript:alert(1)",
      " //evil.example",
      "/\u0000/evil.example",
      "/%09/evil.example/..",
      "",
      "x".repeat(5000),
    ];
    for (const value of hostile) {
      const result = safeReturnPath(value);
      expect(new URL(result, "https://portal.example").origin, JSON.stringify(value)).toBe("https://portal.example");
      expect(result.startsWith("//"), JSON.stringify(value)).toBe(false);
    }
    expect(safeReturnPath("/\t/evil.example")).toBe("/redaktion");
    expect(safeReturnPath(undefined)).toBe("/redaktion");
    expect(safeReturnPath(["/a", "/b"])).toBe("/redaktion");
  });
});
