import { ModerationType, ParticipantGroup } from "@/generated/prisma/enums";

/**
 * The one definition of the Steckbrief: its sections and fields (PRODUCT.md, "The Steckbrief").
 *
 * Everything that reads or writes Steckbrief content derives from this file: the zod schema of
 * the edit form and the save action (./content-schema.ts), the form values and their conversion
 * from and to the database columns (./form-values.ts), the columns copied into a new working
 * version, the edit form, the public page, the review comparison, completeness, the demo loader —
 * and later CSV columns, JSON Schema and the search document.
 *
 * Adding a field means: a column in prisma/schema.prisma + its migration + one entry below + its
 * texts in the catalogue (lib/i18n/messages/<locale>/steckbrief.json: Fields.<key>.label/.hint, and
 * .public where the public page says it differently). tests: lib/profiles/fields.test.ts walks
 * this registry through every consumer.
 */

/** Sections in the order of the report form. `anchor` is the fragment on pages (#anlass). */
export const SECTIONS = [
  { key: "title", anchor: "titel", required: true },
  { key: "occasion", anchor: "anlass", required: true },
  { key: "concept", anchor: "konzept", required: true },
  { key: "moderation", anchor: "moderation", required: false },
  { key: "topics", anchor: "themen", required: true },
  { key: "participants", anchor: "akteure", required: true },
  { key: "rating", anchor: "bewertung", required: false },
  { key: "results", anchor: "ergebnisse", required: true },
  { key: "costs", anchor: "kosten", required: true },
  { key: "recommendations", anchor: "empfehlungen", required: false },
  { key: "contacts", anchor: "ansprechpartner", required: true },
  { key: "quote", anchor: "zitat", required: false },
  { key: "sources", anchor: "quellen", required: false },
] as const satisfies readonly { key: string; anchor: string; required: boolean }[];

export type SectionKey = (typeof SECTIONS)[number]["key"];
export const SECTION_KEYS: readonly SectionKey[] = SECTIONS.map((section) => section.key);

export function isSectionKey(value: unknown): value is SectionKey {
  return typeof value === "string" && (SECTION_KEYS as readonly string[]).includes(value);
}

/**
 * What completeness expects of a field (lib/profiles/completeness.ts). Absent: optional.
 * - `minChars`: a text shorter than this (as a reader sees it) is "thin";
 * - `items`: a list with fewer entries is "thin";
 * - `onlyIf`: expected only when another field holds one of these values.
 */
export interface Expectation {
  minChars?: number;
  items?: number;
  onlyIf?: { field: string; values: readonly string[] };
}

interface FieldBase {
  section: SectionKey;
  expected?: Expectation;
  /** submitting needs it (only the title); a draft is saved as it is */
  required?: boolean;
  /** shown in the public page's "at a glance" box too */
  atAGlance?: boolean;
  /** computed from other fields, never typed (the own share: ./own-share.ts); the form shows it read-only */
  derived?: boolean;
}

/**
 * Kinds of fields. Each kind knows its form value (what the inputs hold), its database value, its
 * validation and how it is shown; see ./form-values.ts, ./content-schema.ts and the renderers.
 */
export type FieldDefinition = FieldBase &
  (
    | { kind: "text"; min?: number; max: number } // one line
    | { kind: "plainText"; max: number } // several lines, no formatting
    | { kind: "richText"; max: number } // several lines in the safe formatting subset (lib/rich-text)
    | { kind: "integer"; min: number; max: number; unit?: "persons" | "events" } // unit: catalogue "Units.<unit>" with {count}
    | { kind: "euro"; max: number } // Decimal(10,2)
    | { kind: "rating" } // 1 … 5
    | { kind: "choice"; values: readonly string[] } // one of an enum, or none
    | { kind: "choices"; values: readonly string[] } // several of an enum
    | { kind: "dates"; maxItems: number } // list of calendar days
    | { kind: "list"; maxChars: number } // list of short words; the form takes them comma-separated
    | { kind: "slots"; count: number; max: number } // a fixed number of one-line entries
    | { kind: "links"; maxItems: number } // https addresses; the form takes one per line
    | { kind: "relation"; relation: "topics" | "formats"; maxItems: number } // managed list (Topic, Format)
    | { kind: "contacts"; maxItems: number }
  );

export type FieldKind = FieldDefinition["kind"];

const LONG_TEXT = 6000;
const HEART_OF_THE_STECKBRIEF = { minChars: 200 }; // under ~2–3 sentences other municipalities cannot learn from it

export const PROFILE_FIELDS = {
  title: { section: "title", kind: "text", min: 3, max: 120, required: true, expected: {} },
  teaser: { section: "title", kind: "plainText", max: 600, expected: { minChars: 80 } }, // 2–3 sentences on listing cards
  occasion: { section: "occasion", kind: "richText", max: LONG_TEXT, expected: HEART_OF_THE_STECKBRIEF },
  goals: { section: "concept", kind: "richText", max: LONG_TEXT, expected: {} },
  formatIds: { section: "concept", kind: "relation", relation: "formats", maxItems: 20, expected: {}, atAGlance: true },
  concept: { section: "concept", kind: "richText", max: LONG_TEXT, expected: HEART_OF_THE_STECKBRIEF },
  eventDates: { section: "concept", kind: "dates", maxItems: 30, expected: {}, atAGlance: true },
  eventCount: { section: "concept", kind: "integer", min: 1, max: 500, unit: "events", expected: {}, atAGlance: true },
  moderationType: { section: "moderation", kind: "choice", values: Object.values(ModerationType), expected: {} },
  moderationOrganisation: {
    section: "moderation",
    kind: "text",
    max: 300,
    expected: { onlyIf: { field: "moderationType", values: [ModerationType.EXTERN, ModerationType.GEMISCHT] } },
  },
  moderationDescription: { section: "moderation", kind: "richText", max: LONG_TEXT, expected: {} },
  topicIds: { section: "topics", kind: "relation", relation: "topics", maxItems: 30, expected: {} },
  participantGroups: { section: "participants", kind: "choices", values: Object.values(ParticipantGroup), expected: {} },
  participantCount: { section: "participants", kind: "integer", min: 0, max: 100_000, unit: "persons", expected: {}, atAGlance: true },
  languages: { section: "participants", kind: "list", maxChars: 400, expected: {} },
  refugeeParticipation: { section: "participants", kind: "richText", max: LONG_TEXT, expected: {} },
  processRating: { section: "rating", kind: "rating", expected: {} },
  resultsRating: { section: "rating", kind: "rating", expected: {} },
  ratingComment: { section: "rating", kind: "richText", max: LONG_TEXT, expected: {} },
  keyResults: { section: "results", kind: "slots", count: 3, max: 500, expected: { items: 3 } }, // the form asks for the three most important
  measures: { section: "results", kind: "richText", max: LONG_TEXT, expected: {} },
  nextSteps: { section: "results", kind: "richText", max: LONG_TEXT, expected: {} },
  costTotal: { section: "costs", kind: "euro", max: 10_000_000, expected: {}, atAGlance: true },
  costFunding: { section: "costs", kind: "euro", max: 10_000_000, expected: {}, atAGlance: true }, // the programme's limit: content-schema.ts
  costOwnShare: { section: "costs", kind: "euro", max: 10_000_000, derived: true }, // total − funding (./own-share.ts)
  costSpentOn: { section: "costs", kind: "richText", max: LONG_TEXT, expected: {} },
  recommendations: { section: "recommendations", kind: "richText", max: LONG_TEXT, expected: HEART_OF_THE_STECKBRIEF },
  contacts: { section: "contacts", kind: "contacts", maxItems: 10, expected: {} },
  quoteText: { section: "quote", kind: "plainText", max: 800 },
  quoteAuthor: { section: "quote", kind: "text", max: 150 },
  quoteRole: { section: "quote", kind: "text", max: 150 },
  sourceUrls: { section: "sources", kind: "links", maxItems: 20 },
  sourceNote: { section: "sources", kind: "plainText", max: 500 }, // where the basis differs, e.g. a probable assignment
} as const satisfies Record<string, FieldDefinition>;

export type FieldKey = keyof typeof PROFILE_FIELDS;
export const FIELD_KEYS = Object.keys(PROFILE_FIELDS) as FieldKey[];

export function fieldDefinition(key: FieldKey): FieldDefinition {
  return PROFILE_FIELDS[key];
}

export function fieldsOfSection(section: SectionKey): FieldKey[] {
  return FIELD_KEYS.filter((key) => PROFILE_FIELDS[key].section === section);
}

export function sectionOfAnchor(anchor: string): SectionKey | undefined {
  return SECTIONS.find((section) => section.anchor === anchor)?.key;
}

/** Catalogue keys of a field's texts. */
export const fieldLabelKey = (key: FieldKey) => `Fields.${key}.label`;
export const fieldHintKey = (key: FieldKey) => `Fields.${key}.hint`;
/** the public page's wording where it differs (it falls back to the label) */
export const fieldPublicLabelKey = (key: FieldKey) => `Fields.${key}.public`;
export const sectionTitleKey = (key: SectionKey) => `Sections.${key}`;

/** Contacts are a list of small records; a person's name is public only with recorded consent. */
export const CONTACT_FIELDS = ["function", "office", "email", "phone", "personName"] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];
export type ContactFormValues = Record<ContactField, string> & {
  /** ISO timestamp of the recorded consent to publish the name, "" when there is none */
  nameConsentAt: string;
};
export const contactFieldLabelKey = (field: ContactField) => `Fields.contact.${field}.label`;

/** Label key of a form path ("contacts.0.email", "keyResults.1", "eventDates.0"), for messages that name their field. */
export function labelKeyOfPath(path: string): string | undefined {
  const [head, index, sub] = path.split(".");
  if (head === "contacts" && sub && (CONTACT_FIELDS as readonly string[]).includes(sub)) return contactFieldLabelKey(sub as ContactField);
  if (head && head in PROFILE_FIELDS) return index === undefined || !sub ? fieldLabelKey(head as FieldKey) : undefined;
  return undefined;
}

/**
 * The typed value of a field whose kind means the same everywhere: in validated content
 * (./content-schema.ts) and in the public DTO (lib/public/public-content.ts). Relations and
 * contacts differ between the two and are typed there.
 */
export type PlainValueOf<F> = F extends { kind: "text" | "plainText" | "richText" }
  ? string
  : F extends { kind: "integer" | "euro" | "rating" }
    ? number | null
    : F extends { kind: "choice"; values: readonly (infer V)[] }
      ? V | null
      : F extends { kind: "choices"; values: readonly (infer V)[] }
        ? V[]
        : F extends { kind: "dates" | "list" | "slots" | "links" }
          ? string[] // dates as ISO days, "2016-10-20"
          : never;

/** What each kind holds in the form. */
type FormValueOfKind<K extends FieldKind> = K extends "choices" | "dates" | "slots" | "relation"
  ? string[]
  : K extends "contacts"
    ? ContactFormValues[]
    : string;

/** What the edit form holds: strings as typed, lists as lists — one entry per registry field. */
export type ProfileFormValues = { [K in FieldKey]: FormValueOfKind<(typeof PROFILE_FIELDS)[K]["kind"]> };
