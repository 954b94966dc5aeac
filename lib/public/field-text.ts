import type { createFormatter } from "next-intl";
import { PROFILE_FIELDS, fieldLabelKey, fieldPublicLabelKey, type FieldKey } from "@/lib/profiles/fields";
import type { PublicContent } from "./public-content";

/**
 * A field's public wording and its short values as text — shared by the public page
 * (components/profile/profile-content.tsx) and the PDF (./profile-pdf.ts), so that both say the same.
 * Pure: the caller brings the translator and formatter of its language.
 */
export interface FieldTextHelpers {
  t: (key: string, values?: Record<string, string | number>) => string;
  has: (key: string) => boolean;
  format: ReturnType<typeof createFormatter>;
}

/** The public page's wording of a field (falls back to the form's label). */
export const publicLabel = ({ t, has }: FieldTextHelpers, key: FieldKey) =>
  t(has(fieldPublicLabelKey(key)) ? fieldPublicLabelKey(key) : fieldLabelKey(key));

/** A short value as text, or null when nothing is given. */
export function factText(key: FieldKey, content: PublicContent, { t, format }: FieldTextHelpers): string | null {
  const field = PROFILE_FIELDS[key];
  const value = content[key];
  switch (field.kind) {
    case "integer":
      if (value === null) return null;
      return "unit" in field ? t(`Units.${field.unit}`, { count: value as number }) : format.number(value as number);
    case "euro":
      return value === null ? null : format.number(value as number, { style: "currency", currency: "EUR" });
    case "choice":
      return value === null ? null : t(`Fields.${key}.values.${value as string}`);
    case "choices":
      return (value as string[]).map((entry) => t(`Fields.${key}.values.${entry}`)).join(", ") || null;
    case "dates":
      return (
        (value as string[])
          .map((day) => format.dateTime(new Date(`${day}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }))
          .join(", ") || null
      );
    case "list":
    case "links":
      return (value as string[]).join(", ") || null;
    case "relation":
      return (value as { name: string }[]).map((entry) => entry.name).join(", ") || null;
    default:
      return (value as string) || null;
  }
}
