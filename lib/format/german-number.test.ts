import { describe, expect, it } from "vitest";
import { formatGermanAmount, germanNumberInput, parseGermanNumber } from "./german-number";

describe("parseGermanNumber", () => {
  it.each([
    ["1.234,50", 1234.5],
    ["1234,5", 1234.5],
    ["2.500", 2500],
    ["2500 €", 2500],
    ["2 500,00 €", 2500],
    ["1.234.567", 1234567],
    ["1234.5", 1234.5],
    ["1234.50", 1234.5],
    ["0,99", 0.99],
    ["40", 40],
    ["-12,5", -12.5],
  ])("reads %s as %d", (input, expected) => {
    expect(parseGermanNumber(input)).toBe(expected);
  });

  it("treats empty input as no number", () => {
    expect(parseGermanNumber("")).toBeNull();
    expect(parseGermanNumber("  ")).toBeNull();
  });

  it.each(["zwölf", "1,2,3", "12.34.5", "1.23,4.5", "12a", "1.2345"])("refuses %s", (input) => {
    expect(parseGermanNumber(input)).toBeNaN();
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
});
