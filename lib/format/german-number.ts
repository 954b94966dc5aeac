/**
 * Numbers as people in Germany type them — the one parser for amounts and counts, used by the edit
 * form (browser) and the content schema (server) alike:
 * "4600", "4.600", "4.600,00", "4600 €", "4.600,- Euro", "4 600", "4600 EUR", and also the
 * international "1234.50".
 *
 * Rules: a comma is the decimal separator; dots followed by exactly three digits group thousands;
 * a single dot followed by one or two digits (and no comma) is a decimal point ("1234.5").
 * Spaces (also no-break and thin spaces), the euro sign and the words "Euro"/"EUR" before or after
 * the number, and a closing ",-" ("4.600,-") are ignored.
 *
 * When the text cannot be read, the result says why — so that the form can tell the person what to
 * change ("enthält den Buchstaben O") instead of only "ungültig".
 */

/** Why a text is not a number; each code has a message "Validation.number.<code>" in the catalogue. */
export type NumberProblem =
  | { code: "letter"; letter: string } // "4.6OO", "zwölf"
  | { code: "character"; character: string } // "4'600", "4600$", "12%"
  | { code: "commas" } // "1,2,3"
  | { code: "grouping" } // "12.34.5", "1.2345": dots that do not group thousands
  | { code: "sign" } // "4-600", "--5": a sign that is not in front
  | { code: "noDigits" }; // ",-" or "." alone

export type NumberReading = { ok: true; value: number | null } | { ok: false; problem: NumberProblem };

const SPACES = /[\s\u00a0\u2007\u2009\u202f]/g;
/** Currency before or after the number: €, EUR, Euro (any case). */
const CURRENCY = /^(?:€|eur(?:o)?)|(?:€|eur(?:o)?)$/i;

export function readGermanNumber(input: string): NumberReading {
  let text = input.replace(SPACES, "");
  // "4600 €", "€ 4600", "4.600,- Euro", "EUR 4600": currency at either end (once each), then ",-"
  for (let pass = 0; pass < 2; pass += 1) text = text.replace(CURRENCY, "");
  text = text.replace(/,[-–]$/, "");
  if (text === "") return input.trim() === "" ? { ok: true, value: null } : { ok: false, problem: { code: "noDigits" } };

  const letter = text.match(/\p{L}/u);
  if (letter) return { ok: false, problem: { code: "letter", letter: letter[0] } };
  const character = text.match(/[^\d.,+-]/);
  if (character) return { ok: false, problem: { code: "character", character: character[0] } };
  if (!/^[+-]?[^+-]*$/.test(text)) return { ok: false, problem: { code: "sign" } };
  if (!/\d/.test(text)) return { ok: false, problem: { code: "noDigits" } };

  let normalized: string;
  if (text.includes(",")) {
    const [whole, fraction, ...rest] = text.split(",");
    if (rest.length > 0) return { ok: false, problem: { code: "commas" } };
    if (fraction!.includes(".") || !isGroupedOrPlain(whole!)) return { ok: false, problem: { code: "grouping" } };
    // ",5" is 0,5; "4," is 4
    normalized = `${whole!.replace(/\./g, "") || "0"}.${fraction || "0"}`;
  } else if (/^[+-]?\d+\.\d{1,2}$/.test(text)) {
    normalized = text;
  } else {
    if (!isGroupedOrPlain(text)) return { ok: false, problem: { code: "grouping" } };
    normalized = text.replace(/\./g, "");
  }
  if (!/^[+-]?\d+(\.\d+)?$/.test(normalized)) return { ok: false, problem: { code: "grouping" } };
  return { ok: true, value: Number(normalized) };
}

/** "1234", "+1234", "" (before a comma) or "1.234.567": digits, optionally grouped by dots in threes. */
function isGroupedOrPlain(text: string): boolean {
  return /^[+-]?\d*$/.test(text) || /^[+-]?\d{1,3}(\.\d{3})+$/.test(text);
}

/** The number, null for an empty input, or NaN for text that is not a number. */
export function parseGermanNumber(input: string): number | null {
  const reading = readGermanNumber(input);
  return reading.ok ? reading.value : Number.NaN;
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

/** An amount in a sentence: "4.600", "4.600,50" (cents only when there are any; the catalogue adds "€"). */
export function formatGermanAmountBrief(value: number): string {
  const cents = Math.round(value * 100) % 100 !== 0;
  return value.toLocaleString("de-DE", { minimumFractionDigits: cents ? 2 : 0, maximumFractionDigits: 2 });
}
