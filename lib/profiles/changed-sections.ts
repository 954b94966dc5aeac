import { readGermanNumber } from "@/lib/format/german-number";
import { FIELD_KEYS, PROFILE_FIELDS, SECTIONS, type FieldKey, type ProfileFormValues, type SectionKey } from "./fields";

/**
 * Which sections of a Steckbrief differ between two versions' form values (./form-values.ts) — for
 * the editor's state line ("geändert: Kosten, Empfehlungen"), the task list, the check step before
 * submitting, and the workflow's refusal to submit a version without any change. Pure: no DB, no React.
 *
 * Differences people do not see are not changes: spaces at the ends, line-break style, empty list
 * entries, the order of chosen topics or formats, and an amount typed as "4600" where "4.600,00" was.
 */

function normalisedText(value: string): string {
  return value.replace(/\r\n?/g, "\n").trim();
}

function normalisedValue(key: FieldKey, values: ProfileFormValues): unknown {
  const field = PROFILE_FIELDS[key];
  const value = values[key] as unknown;
  switch (field.kind) {
    case "integer":
    case "euro": {
      const reading = readGermanNumber(value as string);
      // unreadable input is compared as typed
      return reading.ok ? reading.value : normalisedText(value as string);
    }
    case "choices":
    case "relation":
      return (value as string[])
        .map((entry) => entry.trim())
        .filter((entry) => entry !== "")
        .sort();
    case "dates":
      return (value as string[]).map((entry) => entry.trim()).filter((entry) => entry !== "");
    case "slots":
      return (value as string[]).map((entry) => normalisedText(entry));
    case "contacts":
      return (value as ProfileFormValues["contacts"])
        .map((contact) => Object.fromEntries(Object.entries(contact).map(([name, text]) => [name, normalisedText(text)])))
        .filter((contact) => Object.values(contact).some((text) => text !== ""));
    default:
      return normalisedText(value as string);
  }
}

/** The fields whose content differs. A derived field (the own share) follows its inputs and is not counted on its own. */
export function changedFields(before: ProfileFormValues, after: ProfileFormValues): FieldKey[] {
  return FIELD_KEYS.filter((key) => {
    if ("derived" in PROFILE_FIELDS[key]) return false;
    return JSON.stringify(normalisedValue(key, before)) !== JSON.stringify(normalisedValue(key, after));
  });
}

/** The sections (in the form's order) in which at least one field differs. */
export function changedSections(before: ProfileFormValues, after: ProfileFormValues): SectionKey[] {
  const fields = changedFields(before, after);
  return SECTIONS.map((section) => section.key).filter((section) => fields.some((key) => PROFILE_FIELDS[key].section === section));
}
