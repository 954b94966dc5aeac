import { toCell } from "@/lib/api/fields";
import { parseGermanNumber } from "@/lib/format/german-number";
import type { MessageRef } from "@/lib/forms/field-errors";
import { EMPTY_CONTACT } from "@/lib/profiles/form-values";
import { PROFILE_FIELDS, type ContactFormValues, type FieldKey } from "@/lib/profiles/fields";
import type { PublicContent } from "@/lib/public/public-content";

/**
 * One cell of an import file ↔ one field of the edit form: the inverse of the download's `toCell`
 * (lib/api/fields.ts). Lists are separated by " | " as the download writes them; managed lists
 * (topics, formats) are named by their names (or slugs); contacts as "Funktion, Stelle, E-Mail,
 * Telefon" — the download's order, with a person's name first when there are three texts.
 * Pure: the form values go through the edit form's zod schema afterwards.
 */

/** Name or slug → id of a managed list's entries, lower-cased. */
export type CatalogLookup = ReadonlyMap<string, string>;
export interface CellLookups {
  topics: CatalogLookup;
  formats: CatalogLookup;
}

const normalize = (cell: string) => cell.replace(/\r\n?/g, "\n").trim();
const entries = (cell: string) =>
  normalize(cell)
    .split("|")
    .map((entry) => entry.trim())
    .filter(Boolean);

/** Whether a file's cell says the same as what the download writes for `content` (so the field is unchanged). */
export function sameCell(cell: string, key: FieldKey, content: PublicContent): boolean {
  const exported = toCell(key, content);
  if (normalize(cell) === normalize(exported === null ? "" : String(exported))) return true;
  const field = PROFILE_FIELDS[key];
  // Formatted text: the CSV holds its plain text, JSON its source; numbers may be written as Germans type them.
  if (field.kind === "richText") return normalize(cell) === normalize(String(content[key] ?? ""));
  const value = content[key] as unknown;
  if (field.kind === "integer" || field.kind === "euro" || field.kind === "rating") return parseGermanNumber(normalize(cell)) === value;
  if (Array.isArray(value) && field.kind !== "relation" && field.kind !== "contacts") {
    const separated = field.kind === "list" ? cell.replace(/[,;\n]/g, "|") : field.kind === "links" ? cell.replace(/\s+/g, "|") : cell;
    return JSON.stringify(entries(separated)) === JSON.stringify(value);
  }
  return false;
}

const EMAIL = /^[^\s@]+@[^\s@]+$/;
const PHONE = /^\+?[\d\s()/-]{6,30}$/;

function contactOf(text: string): ContactFormValues {
  const parts = text
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const email = parts.find((part) => EMAIL.test(part)) ?? "";
  const phone = parts.find((part) => part !== email && PHONE.test(part)) ?? "";
  const texts = parts.filter((part) => part !== email && part !== phone);
  // The download writes the name first only when it may be public; three texts: name, function, office.
  const [personName, fn, ...office] = texts.length >= 3 ? texts : ["", ...texts];
  return { ...EMPTY_CONTACT, personName: personName ?? "", function: fn ?? "", office: office.join(", "), email, phone };
}

export type CellResult = { value: unknown } | { error: MessageRef };

export function cellToFormValue(key: FieldKey, cell: string, lookups: CellLookups): CellResult {
  const field = PROFILE_FIELDS[key];
  switch (field.kind) {
    case "text":
    case "plainText":
    case "richText":
    case "integer":
    case "euro":
    case "rating":
    case "choice":
      return { value: normalize(cell) };
    case "choices":
    case "dates":
    case "slots":
      return { value: entries(cell) };
    case "list":
      return { value: entries(cell).join(", ") };
    case "links":
      return { value: entries(cell.replace(/\s+/g, " | ")).join("\n") };
    case "relation": {
      const lookup = lookups[field.relation];
      const ids: string[] = [];
      for (const name of entries(cell)) {
        const id = lookup.get(name.toLowerCase());
        if (!id) return { error: { key: `Import.row.unknown-${field.relation}`, values: { name } } };
        if (!ids.includes(id)) ids.push(id);
      }
      return { value: ids };
    }
    case "contacts":
      return { value: entries(cell).map(contactOf) };
  }
}
