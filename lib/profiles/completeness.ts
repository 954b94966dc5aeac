import type { MessageRef } from "@/lib/forms/field-errors";
import { visibleLength } from "@/lib/rich-text/parse";
import {
  FIELD_KEYS,
  PROFILE_FIELDS,
  SECTIONS,
  fieldLabelKey,
  sectionTitleKey,
  type FieldKey,
  type ProfileFormValues,
  type SectionKey,
} from "./fields";

/**
 * How complete is a Steckbrief? A pure assessment (no DB, no React) of one version's content (as
 * form values, see ./form-values.ts), per section, for reviewers (before approving) and editors
 * (before submitting). It judges *completeness*, not validity — validity is the content schema.
 *
 * What is expected of each field is declared in the field registry (`expected`, ./fields.ts):
 * - a section is `empty` when none of its fields holds anything,
 * - `complete` when every expected field is there (long enough, enough entries),
 * - `thin` otherwise; `reasons` say what is missing (a stable code and a catalogue message).
 * Sections without expectations (the quote) are not assessed. Required sections (registry) are
 * those the public page, the filters and the statistics rely on; `missingRequired` is true when one
 * of them is empty (thin is not missing).
 *
 * Score 0–100: every assessed section weighs the same; complete = 1, thin = ½, empty = 0; rounded.
 */

export type SectionStatus = "complete" | "thin" | "empty";

export interface CompletenessReason {
  /** stable, e.g. "occasion.short", "keyResults.few", "costs.empty" — for tests */
  code: string;
  /** what to tell the user; `{label}` is the field's or section's label (labelKey) */
  message: MessageRef;
  labelKey: string;
}

export interface SectionAssessment {
  status: SectionStatus;
  required: boolean;
  /** empty for complete sections */
  reasons: CompletenessReason[];
}

type ExpectedFieldKey = { [K in FieldKey]: (typeof PROFILE_FIELDS)[K] extends { expected: object } ? K : never }[FieldKey];
/** The sections completeness assesses: those with at least one expected field. */
export type CompletenessSectionKey = (typeof PROFILE_FIELDS)[ExpectedFieldKey]["section"];

export const COMPLETENESS_SECTIONS = SECTIONS.map((section) => section.key).filter((key): key is CompletenessSectionKey =>
  FIELD_KEYS.some((field) => PROFILE_FIELDS[field].section === key && "expected" in PROFILE_FIELDS[field]),
);

export const REQUIRED_SECTIONS: readonly SectionKey[] = SECTIONS.filter((section) => section.required).map((section) => section.key);

export interface CompletenessAssessment {
  sections: Record<CompletenessSectionKey, SectionAssessment>;
  completeSections: number;
  thinSections: number;
  emptySections: number;
  totalSections: number;
  /** 0–100 */
  score: number;
  /** a required section is empty */
  missingRequired: boolean;
}

/** How many entries a field holds (a text: 1 when it has visible characters). */
export function filledCount(key: FieldKey, values: ProfileFormValues): number {
  const field = PROFILE_FIELDS[key];
  const value = values[key];
  switch (field.kind) {
    case "list":
      return (value as string).split(/[,;\n]/).filter((entry) => entry.trim() !== "").length;
    case "choices":
    case "dates":
    case "slots":
    case "relation":
      return (value as string[]).filter((entry) => entry.trim() !== "").length;
    case "contacts":
      return (value as ProfileFormValues["contacts"]).filter((contact) =>
        [contact.function, contact.office, contact.email, contact.phone, contact.personName].some((text) => text.trim() !== ""),
      ).length;
    default:
      return visibleLength(value as string) > 0 ? 1 : 0;
  }
}

const reason = (code: string, key: string, labelKey: string, values?: MessageRef["values"]): CompletenessReason => ({
  code,
  message: { key: `Completeness.${key}`, values },
  labelKey,
});

/** What is missing in one expected field, or nothing. */
function fieldGaps(key: FieldKey, values: ProfileFormValues): CompletenessReason[] {
  const field = PROFILE_FIELDS[key];
  if (!("expected" in field)) return [];
  const expected = field.expected as { minChars?: number; items?: number; onlyIf?: { field: FieldKey; values: readonly string[] } };
  if (expected.onlyIf && !expected.onlyIf.values.includes(values[expected.onlyIf.field] as string)) return [];
  const count = filledCount(key, values);
  const label = fieldLabelKey(key);
  if (count === 0) return [reason(`${key}.missing`, "missing", label)];
  if (expected.minChars && visibleLength(values[key] as string) < expected.minChars) {
    return [reason(`${key}.short`, "short", label, { min: expected.minChars })];
  }
  if (expected.items && count < expected.items) return [reason(`${key}.few`, "few", label, { count, expected: expected.items })];
  return [];
}

export function assessCompleteness(values: ProfileFormValues): CompletenessAssessment {
  const sections = {} as Record<CompletenessSectionKey, SectionAssessment>;
  for (const section of COMPLETENESS_SECTIONS) {
    const keys = FIELD_KEYS.filter((key) => PROFILE_FIELDS[key].section === section);
    const required = REQUIRED_SECTIONS.includes(section);
    if (keys.every((key) => filledCount(key, values) === 0)) {
      sections[section] = { status: "empty", required, reasons: [reason(`${section}.empty`, "empty", sectionTitleKey(section))] };
      continue;
    }
    const reasons = keys.flatMap((key) => fieldGaps(key, values));
    sections[section] = { status: reasons.length === 0 ? "complete" : "thin", required, reasons };
  }
  const statuses = COMPLETENESS_SECTIONS.map((key) => sections[key].status);
  const completeSections = statuses.filter((status) => status === "complete").length;
  const thinSections = statuses.filter((status) => status === "thin").length;
  const totalSections = COMPLETENESS_SECTIONS.length;
  return {
    sections,
    completeSections,
    thinSections,
    emptySections: totalSections - completeSections - thinSections,
    totalSections,
    score: Math.round((100 * (completeSections + thinSections / 2)) / totalSections),
    missingRequired: COMPLETENESS_SECTIONS.some((key) => sections[key].required && sections[key].status === "empty"),
  };
}
