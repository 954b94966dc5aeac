import { z } from "zod";
import openDataMessages from "@/lib/i18n/messages/de/open-data.json";
import steckbriefMessages from "@/lib/i18n/messages/de/steckbrief.json";
import { FIELD_KEYS, PROFILE_FIELDS, type FieldDefinition, type FieldKey } from "@/lib/profiles/fields";
import type { PublicContent } from "@/lib/public/public-content";
import { richTextToPlain } from "@/lib/rich-text/parse";

/**
 * The Steckbrief's fields as the open data channels (API, CSV, data dictionary) name, type and
 * describe them — derived from the field registry, so a new field appears in all of them at once.
 */

/** The public name of a field: the registry key, except links to managed lists (`topicIds` → `topics`). */
export function dataFieldName(key: FieldKey): string {
  const field: FieldDefinition = PROFILE_FIELDS[key];
  return field.kind === "relation" ? field.relation : key;
}

/** The German label of a field (the edit form's, from the catalogue). */
export function dataFieldLabel(key: FieldKey): string {
  const fields = steckbriefMessages.Fields as Record<string, { label?: string }>;
  return fields[key]?.label ?? key;
}

export type DataType = "text" | "formattedText" | "integer" | "euro" | "rating" | "choice" | "choices" | "dates" | "list" | "entries";

/** Units of the data (their German names: the catalogue, OpenData.units). */
export type UnitKey = keyof typeof openDataMessages.OpenData.units;

/** The German name of a unit (for the OpenAPI document, which is written outside a request). */
export const unitName = (unit: UnitKey) => openDataMessages.OpenData.units[unit];

/** Type and unit as the data dictionary states them. */
export function dataFieldType(key: FieldKey): { type: DataType; unit: UnitKey | null; values: readonly string[] | null } {
  const field: FieldDefinition = PROFILE_FIELDS[key];
  switch (field.kind) {
    case "text":
    case "plainText":
      return { type: "text", unit: null, values: null };
    case "richText":
      return { type: "formattedText", unit: null, values: null };
    case "integer":
      return {
        type: "integer",
        unit: field.unit ?? null,
        values: null,
      };
    case "euro":
      return { type: "euro", unit: "euro", values: null };
    case "rating":
      return { type: "rating", unit: "rating", values: null };
    case "choice":
      return { type: "choice", unit: null, values: field.values };
    case "choices":
      return { type: "choices", unit: null, values: field.values };
    case "dates":
      return { type: "dates", unit: "isoDate", values: null };
    case "list":
    case "slots":
    case "links":
      return { type: "list", unit: field.kind === "links" ? "url" : null, values: null };
    case "relation":
    case "contacts":
      return { type: "entries", unit: null, values: null };
  }
}

const CatalogEntry = z.object({ slug: z.string(), name: z.string() }).meta({ id: "Katalogeintrag" });
const Contact = z
  .object({
    function: z.string(),
    office: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    personName: z.string().nullable().meta({ description: "Nur mit dokumentierter Einwilligung der Person, sonst null." }),
  })
  .meta({ id: "Ansprechpartner" });

function fieldSchema(key: FieldKey): z.ZodType {
  const field: FieldDefinition = PROFILE_FIELDS[key];
  switch (field.kind) {
    case "text":
    case "plainText":
      return z.string();
    case "richText":
      return z.string().meta({
        description: "Text im Format des Portals: Leerzeile = neuer Absatz, Zeilen mit „- “ = Liste, **fett**, [Text](https://…) = Link.",
      });
    case "integer":
      return z.number().int().nullable();
    case "euro":
      return z.number().nullable();
    case "rating":
      return z.number().int().min(1).max(5).nullable();
    case "choice":
      return z.enum(field.values as [string, ...string[]]).nullable();
    case "choices":
      return z.array(z.enum(field.values as [string, ...string[]]));
    case "dates":
      return z.array(z.iso.date());
    case "list":
    case "slots":
    case "links":
      return z.array(z.string());
    case "relation":
      return z.array(CatalogEntry);
    case "contacts":
      return z.array(Contact);
  }
}

/** The content of a Steckbrief in the API: one property per registry field. */
export const SteckbriefContent = z
  .object(
    Object.fromEntries(
      FIELD_KEYS.map((key) => {
        const { unit } = dataFieldType(key);
        const description = unit ? `${dataFieldLabel(key)} (${unitName(unit)})` : dataFieldLabel(key);
        return [dataFieldName(key), fieldSchema(key).meta({ description })];
      }),
    ),
  )
  .meta({ id: "SteckbriefInhalt" });

/** The public content keyed by the data channels' field names. */
export function toDataContent(content: PublicContent): Record<string, unknown> {
  return Object.fromEntries(FIELD_KEYS.map((key) => [dataFieldName(key), content[key]]));
}

/** One field as a spreadsheet cell: lists joined by " | ", formatted text as plain text, entries as "name (slug)". */
export function toCell(key: FieldKey, content: PublicContent): string | number | null {
  const field: FieldDefinition = PROFILE_FIELDS[key];
  const value = content[key] as unknown;
  switch (field.kind) {
    case "richText":
      return richTextToPlain(value as string);
    case "relation":
      return (value as { name: string }[]).map((entry) => entry.name).join(" | ");
    case "contacts":
      return (value as { function: string; office: string; email: string | null; phone: string | null; personName: string | null }[])
        .map((contact) => [contact.personName, contact.function, contact.office, contact.email, contact.phone].filter(Boolean).join(", "))
        .join(" | ");
    case "choices":
    case "dates":
    case "list":
    case "slots":
    case "links":
      return (value as string[]).join(" | ");
    default:
      return value as string | number | null;
  }
}
