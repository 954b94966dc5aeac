import type { FieldErrorRefs } from "@/lib/forms/field-errors";

/**
 * NUL (U+0000) has no meaning in any text a person types, and PostgreSQL cannot store it in a text
 * column: left to the database it fails the whole save. Found at the boundary, before anything else,
 * it becomes a message at the field that holds it — and the other fields' input stays as typed.
 */
const NUL = "\u0000";

/**
 * A lone surrogate (half of a UTF-16 pair) is not a character at all: browsers never send one, only a
 * crafted request does. PostgreSQL's JSON columns refuse it (a draft's `invalidInputs` failed as a whole)
 * and text columns silently turn it into U+FFFD — refused here like NUL (issue 14, hostile input).
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function problemOf(text: string) {
  if (text.includes(NUL)) return { key: "Validation.controlCharacter" };
  if (LONE_SURROGATE.test(text)) return { key: "Validation.invalidUnicode" };
  return undefined;
}

/** Field path → message for every string in `input` (plain objects, arrays) that contains NUL or a lone surrogate. */
export function nulCharacterErrors(input: unknown, path: string[] = [], found: FieldErrorRefs = {}): FieldErrorRefs {
  if (typeof input === "string") {
    const problem = problemOf(input);
    if (problem) found[path.join(".") || "form"] = problem;
  } else if (Array.isArray(input)) {
    input.forEach((entry, index) => nulCharacterErrors(entry, [...path, String(index)], found));
  } else if (input !== null && typeof input === "object" && Object.getPrototypeOf(input) === Object.prototype) {
    for (const [key, value] of Object.entries(input)) {
      const problem = problemOf(key);
      if (problem) found[[...path, key.replaceAll(NUL, "").replace(new RegExp(LONE_SURROGATE, "g"), "")].join(".")] = problem;
      nulCharacterErrors(value, [...path, key], found);
    }
  }
  return found;
}
