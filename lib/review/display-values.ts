import {
  PROFILE_FIELDS,
  SECTIONS,
  fieldLabelKey,
  fieldsOfSection,
  sectionTitleKey,
  type FieldKey,
  type ProfileFormValues,
  type SectionKey,
} from "@/lib/profiles/fields";
import type { Translate } from "@/lib/i18n/translate";

export interface DisplayContext {
  t: Translate;
  /** names of the managed lists' ids */
  names: { topics: Record<string, string>; formats: Record<string, string> };
  /** formats an ISO day "2016-06-21" for reading */
  date: (iso: string) => string;
}

/** One readable text of a field's form value, so that two versions can be compared word by word. */
export function displayValue(key: FieldKey, values: ProfileFormValues, { t, names, date }: DisplayContext): string {
  const field = PROFILE_FIELDS[key];
  const value = values[key];
  const list = (items: string[]) => items.filter(Boolean).join(", ");
  switch (field.kind) {
    case "choice":
      return value ? t(`Fields.${key}.values.${value as string}`) : "";
    case "choices":
      return list((value as string[]).map((entry) => t(`Fields.${key}.values.${entry}`)));
    case "rating":
      return value ? t(`RatingScale.${value as string}`) : "";
    case "dates":
      return list((value as string[]).filter(Boolean).map(date));
    case "relation":
      return list((value as string[]).map((id) => names[field.relation][id] ?? id));
    case "slots":
      return (value as string[])
        .filter(Boolean)
        .map((entry, index) => `${index + 1}. ${entry}`)
        .join("\n");
    case "contacts":
      return (value as ProfileFormValues["contacts"])
        .map((contact) => [contact.function, contact.office, contact.email, contact.phone, contact.personName].filter(Boolean).join(" · "))
        .filter(Boolean)
        .join("\n");
    default:
      return value as string;
  }
}

export interface ComparedSection {
  key: SectionKey;
  anchor: string;
  title: string;
  fields: { key: FieldKey; label: string; before: string; after: string }[];
}

/**
 * Every section and field of the registry, as texts: before = the published version (empty at a
 * first publication), after = this version.
 */
export function compareVersions(after: ProfileFormValues, before: ProfileFormValues | null, context: DisplayContext): ComparedSection[] {
  return SECTIONS.map((section) => ({
    key: section.key,
    anchor: section.anchor,
    title: context.t(sectionTitleKey(section.key)),
    fields: fieldsOfSection(section.key).map((key) => ({
      key,
      label: context.t(fieldLabelKey(key)),
      before: before ? displayValue(key, before, context) : "",
      after: displayValue(key, after, context),
    })),
  }));
}
