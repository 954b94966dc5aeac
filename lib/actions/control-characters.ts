import type { FieldErrorRefs } from "@/lib/forms/field-errors";

/**
 * NUL (U+0000) has no meaning in any text a person types, and PostgreSQL cannot store it in a text
 * column: left to the database it fails the whole save. Found at the boundary, before anything else,
 * it becomes a message at the field that holds it — and the other fields' input stays as typed.
 */
const NUL = "\u0000";

/** Field path → message for every string in `input` (plain objects, arrays) that contains NUL. */
export function nulCharacterErrors(input: unknown, path: string[] = [], found: FieldErrorRefs = {}): FieldErrorRefs {
  if (typeof input === "string") {
    if (input.includes(NUL)) found[path.join(".") || "form"] = { key: "Validation.controlCharacter" };
  } else if (Array.isArray(input)) {
    input.forEach((entry, index) => nulCharacterErrors(entry, [...path, String(index)], found));
  } else if (input !== null && typeof input === "object" && Object.getPrototypeOf(input) === Object.prototype) {
    for (const [key, value] of Object.entries(input)) {
      if (key.includes(NUL)) found[[...path, key.replaceAll(NUL, "")].join(".")] = { key: "Validation.controlCharacter" };
      nulCharacterErrors(value, [...path, key], found);
    }
  }
  return found;
}
