/**
 * Numbers as people in Germany type them: "1.234,50", "1234,5", "2.500", "2500 €", and also the
 * international "1234.50". Used wherever a form takes an amount or a count, in the browser and
 * on the server alike.
 *
 * Rules: a comma is the decimal separator; dots followed by exactly three digits group thousands;
 * a single dot followed by one or two digits (and no comma) is a decimal point ("1234.5").
 * Spaces (also narrow no-break spaces) and the euro sign are ignored.
 *
 * Returns the number, null for an empty input, or NaN for text that is not a number.
 */
export function parseGermanNumber(input: string): number | null {
  const text = input.replace(/[\s\u00a0\u202f€]/g, "");
  if (text === "") return null;
  if (!/^[+-]?[\d.,]+$/.test(text)) return Number.NaN;
  let normalized: string;
  if (text.includes(",")) {
    const [whole, fraction, ...rest] = text.split(",");
    if (rest.length > 0 || !isGroupedOrPlain(whole!)) return Number.NaN;
    normalized = `${whole!.replace(/\./g, "")}.${fraction}`;
  } else if (/^[+-]?\d+\.\d{1,2}$/.test(text)) {
    normalized = text;
  } else {
    if (!isGroupedOrPlain(text)) return Number.NaN;
    normalized = text.replace(/\./g, "");
  }
  if (!/^[+-]?\d+(\.\d+)?$/.test(normalized)) return Number.NaN;
  return Number(normalized);
}

/** "1234" or "1.234.567": digits, optionally grouped by dots in threes. */
function isGroupedOrPlain(text: string): boolean {
  return /^[+-]?\d+$/.test(text) || /^[+-]?\d{1,3}(\.\d{3})+$/.test(text);
}

/** For forms: "" → null, a number → itself, text → itself parsed (NaN stays NaN so that zod reports it). */
export function germanNumberInput(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return value;
  return parseGermanNumber(String(value));
}

/** An amount as the form shows it: "2.500,00". */
export function formatGermanAmount(value: number | { toString(): string } | null): string {
  if (value === null) return "";
  return Number(value.toString()).toLocaleString("de-DE", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
