/**
 * How complete is a Steckbrief? A pure assessment (no DB, no React) of one version's content, per
 * section of the Steckbrief (PRODUCT.md, "The Steckbrief"), for reviewers (before approving) and
 * editors (before submitting). It judges *completeness*, not validity — validity is the edit
 * form's schema (lib/profiles/schema.ts).
 *
 * Input: the content columns of a ProfileVersion plus the number (or the lists) of its topics,
 * formats and contacts. Numbers may also come as strings or Prisma Decimals and `languages` as the form's
 * comma-separated text, so the same function also serves the edit form's values.
 *
 * Each section is
 * - `empty` when none of its fields holds anything,
 * - `complete` when every check below passes,
 * - `thin` otherwise; `reasons` says what is missing (short German text, plus a stable code).
 *
 * Thresholds (characters are counted without the formatting marks `**`, `- ` and link targets):
 * - TEASER_MIN_CHARS = 80: the teaser should be 2–3 sentences; below 80 characters it is one short sentence.
 * - LONG_TEXT_MIN_CHARS = 200: Anlass, Methode und Ablauf, Empfehlungen are the heart of a Steckbrief;
 *   under 200 characters (two or three sentences) other municipalities cannot learn from them.
 * - EXPECTED_KEY_RESULTS = 3: the form asks for the three most important results.
 * - Other texts (Zielsetzung, Erfahrungen mit der Moderation, Beteiligung der Geflüchteten, Kommentar
 *   zur Bewertung, Maßnahmen, Nächste Schritte, Verwendung der Mittel) only need to be present.
 * - Moderation: the organisation is needed only for external or mixed moderation.
 *
 * Required sections (REQUIRED_SECTIONS) are those the public page, the filters and the statistics
 * rely on: title, occasion, concept, topics, participants, results, costs, contacts.
 * `missingRequired` is true when one of them is empty (thin is not missing).
 *
 * Score 0–100: every section weighs the same; complete = 1, thin = ½, empty = 0; rounded.
 */

export const COMPLETENESS_SECTIONS = [
  "title",
  "occasion",
  "concept",
  "moderation",
  "topics",
  "participants",
  "rating",
  "results",
  "costs",
  "recommendations",
  "contacts",
] as const;

export type CompletenessSectionKey = (typeof COMPLETENESS_SECTIONS)[number];
export type SectionStatus = "complete" | "thin" | "empty";

export const REQUIRED_SECTIONS: readonly CompletenessSectionKey[] = [
  "title",
  "occasion",
  "concept",
  "topics",
  "participants",
  "results",
  "costs",
  "contacts",
];

export const TEASER_MIN_CHARS = 80;
export const LONG_TEXT_MIN_CHARS = 200;
export const EXPECTED_KEY_RESULTS = 3;

/** A number as the DB (number, Prisma Decimal) or the form (string) holds it. */
type NumberLike = number | string | { toString(): string } | null | undefined;

export interface CompletenessInput {
  title: string;
  teaser: string;
  occasion: string;
  goals: string;
  concept: string;
  eventDates: readonly (Date | string)[];
  eventCount: NumberLike;
  moderationType: string | null;
  moderationOrganisation: string;
  moderationDescription: string;
  participantGroups: readonly string[];
  participantCount: NumberLike;
  refugeeParticipation: string;
  /** list (DB) or comma-separated text (form) */
  languages: readonly string[] | string;
  processRating: NumberLike;
  resultsRating: NumberLike;
  ratingComment: string;
  /** blank entries (the form's empty slots) are ignored */
  keyResults: readonly string[];
  measures: string;
  nextSteps: string;
  costTotal: NumberLike;
  costFunding: NumberLike;
  costOwnShare: NumberLike;
  costSpentOn: string;
  recommendations: string;
  /**
   * Topics, formats and contacts: a count, or the list itself — a version loaded with its
   * `topics` / `formats` / `contacts` relations, or the form's `topicIds` / `formatIds` / `contacts`.
   * The explicit count wins; missing means none.
   */
  topicCount?: number;
  topics?: readonly unknown[];
  topicIds?: readonly unknown[];
  formatCount?: number;
  formats?: readonly unknown[];
  formatIds?: readonly unknown[];
  contactCount?: number;
  contacts?: readonly unknown[];
}

function relationCounts(v: CompletenessInput) {
  return {
    topics: v.topicCount ?? v.topics?.length ?? v.topicIds?.length ?? 0,
    formats: v.formatCount ?? v.formats?.length ?? v.formatIds?.length ?? 0,
    contacts: v.contactCount ?? v.contacts?.length ?? 0,
  };
}

export interface CompletenessReason {
  /** stable, e.g. "occasion.missing", "results.few" — for tests and future translations */
  code: string;
  /** short German explanation, e.g. "Anlass fehlt" */
  message: string;
}

export interface SectionAssessment {
  status: SectionStatus;
  required: boolean;
  /** empty for complete sections */
  reasons: CompletenessReason[];
}

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

/** Length of a text as a reader sees it: trimmed, without `**`, list dashes and link targets. */
export function visibleLength(text: string | null | undefined): number {
  if (!text) return 0;
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\*\*/g, "")
    .replace(/^[ \t]*- /gm, "")
    .replace(/\s+/g, " ")
    .trim().length;
}

const hasText = (text: string | null | undefined) => visibleLength(text) > 0;

function hasNumber(value: NumberLike): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === "number") return Number.isFinite(value);
  return String(value).trim() !== "";
}

function languageCount(languages: readonly string[] | string): number {
  const list = typeof languages === "string" ? languages.split(/[,;\n]/) : languages;
  return list.filter((language) => language.trim() !== "").length;
}

const reason = (code: string, message: string): CompletenessReason => ({ code, message });

/** Checks of one section: each failed check is a reason; `filled` says whether anything is there. */
interface SectionCheck {
  filled: boolean;
  /** reason when nothing is filled */
  whenEmpty: CompletenessReason;
  /** reasons for what is missing or too short when something is filled */
  gaps: (CompletenessReason | false)[];
}

const shortText = (code: string, label?: string) =>
  reason(code, `${label ? `${label}: ` : ""}Text sehr kurz (unter ${LONG_TEXT_MIN_CHARS} Zeichen)`);

function checks(v: CompletenessInput): Record<CompletenessSectionKey, SectionCheck> {
  const keyResultCount = v.keyResults.filter((result) => result.trim() !== "").length;
  const external = v.moderationType === "EXTERN" || v.moderationType === "GEMISCHT";
  const counts = relationCounts(v);

  return {
    title: {
      filled: hasText(v.title) || hasText(v.teaser),
      whenEmpty: reason("title.missing", "Titel und Kurzbeschreibung fehlen"),
      gaps: [
        !hasText(v.title) && reason("title.title-missing", "Titel fehlt"),
        !hasText(v.teaser) && reason("title.teaser-missing", "Kurzbeschreibung fehlt"),
        hasText(v.teaser) &&
          visibleLength(v.teaser) < TEASER_MIN_CHARS &&
          reason("title.teaser-short", `Kurzbeschreibung sehr kurz (unter ${TEASER_MIN_CHARS} Zeichen)`),
      ],
    },
    occasion: {
      filled: hasText(v.occasion),
      whenEmpty: reason("occasion.missing", "Anlass fehlt"),
      gaps: [visibleLength(v.occasion) < LONG_TEXT_MIN_CHARS && shortText("occasion.short")],
    },
    concept: {
      filled: hasText(v.goals) || hasText(v.concept) || counts.formats > 0 || v.eventDates.length > 0 || hasNumber(v.eventCount),
      whenEmpty: reason("concept.missing", "Veranstaltungskonzept fehlt"),
      gaps: [
        !hasText(v.goals) && reason("concept.goals-missing", "Zielsetzung fehlt"),
        !hasText(v.concept) && reason("concept.method-missing", "Methode und Ablauf fehlen"),
        hasText(v.concept) && visibleLength(v.concept) < LONG_TEXT_MIN_CHARS && shortText("concept.method-short", "Methode und Ablauf"),
        counts.formats === 0 && reason("concept.formats-missing", "Kein Format gewählt"),
        v.eventDates.length === 0 && reason("concept.dates-missing", "Keine Termine angegeben"),
        !hasNumber(v.eventCount) && reason("concept.count-missing", "Anzahl der Veranstaltungen fehlt"),
      ],
    },
    moderation: {
      filled: hasText(v.moderationType) || hasText(v.moderationOrganisation) || hasText(v.moderationDescription),
      whenEmpty: reason("moderation.missing", "Angaben zur Moderation fehlen"),
      gaps: [
        !hasText(v.moderationType) && reason("moderation.type-missing", "Art der Moderation fehlt"),
        external && !hasText(v.moderationOrganisation) && reason("moderation.organisation-missing", "Moderierende Organisation fehlt"),
        !hasText(v.moderationDescription) && reason("moderation.description-missing", "Erfahrungen mit der Moderation fehlen"),
      ],
    },
    topics: {
      filled: counts.topics > 0,
      whenEmpty: reason("topics.missing", "Kein Themenfeld gewählt"),
      gaps: [],
    },
    participants: {
      filled:
        v.participantGroups.length > 0 ||
        hasNumber(v.participantCount) ||
        hasText(v.refugeeParticipation) ||
        languageCount(v.languages) > 0,
      whenEmpty: reason("participants.missing", "Angaben zu den Beteiligten fehlen"),
      gaps: [
        v.participantGroups.length === 0 && reason("participants.groups-missing", "Beteiligte Gruppen fehlen"),
        !hasNumber(v.participantCount) && reason("participants.count-missing", "Anzahl der Teilnehmenden fehlt"),
        !hasText(v.refugeeParticipation) && reason("participants.refugees-missing", "Beteiligung der Geflüchteten fehlt"),
        languageCount(v.languages) === 0 && reason("participants.languages-missing", "Sprachen fehlen"),
      ],
    },
    rating: {
      filled: hasNumber(v.processRating) || hasNumber(v.resultsRating) || hasText(v.ratingComment),
      whenEmpty: reason("rating.missing", "Bewertung fehlt"),
      gaps: [
        !hasNumber(v.processRating) && reason("rating.process-missing", "Bewertung des Ablaufs fehlt"),
        !hasNumber(v.resultsRating) && reason("rating.results-missing", "Bewertung der Ergebnisse fehlt"),
        !hasText(v.ratingComment) && reason("rating.comment-missing", "Kommentar zur Bewertung fehlt"),
      ],
    },
    results: {
      filled: keyResultCount > 0 || hasText(v.measures) || hasText(v.nextSteps),
      whenEmpty: reason("results.missing", "Ergebnisse, Maßnahmen und nächste Schritte fehlen"),
      gaps: [
        keyResultCount === 0 && reason("results.none", "Keine Ergebnisse genannt"),
        keyResultCount > 0 &&
          keyResultCount < EXPECTED_KEY_RESULTS &&
          reason("results.few", `Ergebnisse: nur ${keyResultCount} von ${EXPECTED_KEY_RESULTS} genannt`),
        !hasText(v.measures) && reason("results.measures-missing", "Maßnahmen fehlen"),
        !hasText(v.nextSteps) && reason("results.next-steps-missing", "Nächste Schritte fehlen"),
      ],
    },
    costs: {
      filled: hasNumber(v.costTotal) || hasNumber(v.costFunding) || hasNumber(v.costOwnShare) || hasText(v.costSpentOn),
      whenEmpty: reason("costs.missing", "Kosten fehlen"),
      gaps: [
        !hasNumber(v.costTotal) && reason("costs.total-missing", "Gesamtkosten fehlen"),
        !hasNumber(v.costFunding) && reason("costs.funding-missing", "Förderung fehlt"),
        !hasNumber(v.costOwnShare) && reason("costs.own-share-missing", "Eigenanteil fehlt"),
        !hasText(v.costSpentOn) && reason("costs.spent-on-missing", "Verwendung der Mittel fehlt"),
      ],
    },
    recommendations: {
      filled: hasText(v.recommendations),
      whenEmpty: reason("recommendations.missing", "Empfehlungen fehlen"),
      gaps: [visibleLength(v.recommendations) < LONG_TEXT_MIN_CHARS && shortText("recommendations.short")],
    },
    contacts: {
      filled: counts.contacts > 0,
      whenEmpty: reason("contacts.missing", "Kein Ansprechpartner angegeben"),
      gaps: [],
    },
  };
}

export function assessCompleteness(version: CompletenessInput): CompletenessAssessment {
  const byKey = checks(version);
  const sections = {} as Record<CompletenessSectionKey, SectionAssessment>;
  for (const key of COMPLETENESS_SECTIONS) {
    const check = byKey[key];
    const required = REQUIRED_SECTIONS.includes(key);
    if (!check.filled) {
      sections[key] = { status: "empty", required, reasons: [check.whenEmpty] };
      continue;
    }
    const reasons = check.gaps.filter((gap): gap is CompletenessReason => gap !== false);
    sections[key] = { status: reasons.length === 0 ? "complete" : "thin", required, reasons };
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
    missingRequired: REQUIRED_SECTIONS.some((key) => sections[key].status === "empty"),
  };
}
