import { describe, expect, it } from "vitest";
import { formatGermanAmount, formatGermanAmountBrief, germanNumberInput, parseGermanNumber, readGermanNumber } from "./german-number";

describe("readGermanNumber", () => {
  it.each([
    ["4600", 4600],
    ["4.600", 4600],
    ["4.600,00", 4600],
    ["4600 €", 4600],
    ["4.600,- Euro", 4600],
    ["4.600,-", 4600],
    ["4 600", 4600],
    ["4\u00a0600", 4600],
    ["4\u202f600,50 €", 4600.5],
    ["€ 4.600", 4600],
    ["EUR 4600", 4600],
    ["4600 EUR", 4600],
    ["4600 eur", 4600],
    ["4600Euro", 4600],
    ["4.600,50", 4600.5],
    ["1.234,50", 1234.5],
    ["1234,5", 1234.5],
    ["2.500", 2500],
    ["2500 €", 2500],
    ["2 500,00 €", 2500],
    ["1.234.567", 1234567],
    ["1234.5", 1234.5],
    ["1234.50", 1234.5],
    ["0,99", 0.99],
    [",5", 0.5],
    ["4,", 4],
    ["40", 40],
    ["+40", 40],
    ["-12,5", -12.5],
    ["  120  ", 120],
    ["1,234", 1.234], // a German decimal; the amount's schema then says "höchstens zwei Nachkommastellen"
  ])("reads %j as %d", (input, expected) => {
    expect(readGermanNumber(input)).toEqual({ ok: true, value: expected });
  });

  it("reads empty input as no number", () => {
    expect(readGermanNumber("")).toEqual({ ok: true, value: null });
    expect(readGermanNumber("   ")).toEqual({ ok: true, value: null });
  });

  it.each([
    ["4.6OO", { code: "letter", letter: "O" }],
    ["46OO €", { code: "letter", letter: "O" }],
    ["zwölf", { code: "letter", letter: "z" }],
    ["12a", { code: "letter", letter: "a" }],
    ["ca. 4600", { code: "letter", letter: "c" }],
    ["4600 Dollar", { code: "letter", letter: "D" }],
    ["l200", { code: "letter", letter: "l" }],
    ["4'600", { code: "character", character: "'" }],
    ["4600$", { code: "character", character: "$" }],
    ["12%", { code: "character", character: "%" }],
    ["1,2,3", { code: "commas" }],
    ["12.34.5", { code: "grouping" }],
    ["1.2345", { code: "grouping" }],
    ["1.23,4.5", { code: "grouping" }],
    ["46.00,00", { code: "grouping" }],
    ["4-600", { code: "sign" }],
    ["--5", { code: "sign" }],
    [",-", { code: "noDigits" }],
    ["€", { code: "noDigits" }],
    [".", { code: "noDigits" }],
  ])("refuses %j and says why", (input, problem) => {
    expect(readGermanNumber(input)).toEqual({ ok: false, problem });
  });
});

describe("parseGermanNumber", () => {
  it("gives the number, null for nothing, NaN for text that is no number", () => {
    expect(parseGermanNumber("4.600,- Euro")).toBe(4600);
    expect(parseGermanNumber("")).toBeNull();
    expect(parseGermanNumber("4.6OO")).toBeNaN();
  });
});

describe("germanNumberInput", () => {
  it("passes numbers and null through and parses text", () => {
    expect(germanNumberInput(null)).toBeNull();
    expect(germanNumberInput(undefined)).toBeNull();
    expect(germanNumberInput(12)).toBe(12);
    expect(germanNumberInput("1.500,25")).toBe(1500.25);
    expect(germanNumberInput("viel")).toBeNaN();
  });
});

describe("formatGermanAmount", () => {
  it("writes amounts with two decimals and thousands dots", () => {
    expect(formatGermanAmount(2500)).toBe("2.500,00");
    expect(formatGermanAmount({ toString: () => "1234.5" })).toBe("1.234,50");
    expect(formatGermanAmount(null)).toBe("");
  });

  it("writes amounts in a sentence with cents only when there are any", () => {
    expect(formatGermanAmountBrief(5000)).toBe("5.000");
    expect(formatGermanAmountBrief(4600.5)).toBe("4.600,50");
  });
});
