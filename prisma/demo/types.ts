/**
 * Shape of the demo content (the 32 dialogues of the programme's overview page).
 * The seed (prisma/seed.ts) turns these records into municipalities, profiles and a
 * published version each. Every profile rests on the facts of the programme's published
 * Steckbrief (prisma/demo/facts/steckbriefe-fakten.yaml); a section without any fact there
 * holds modest example content and is listed in `exampleSections` (the page marks it), or
 * stays empty. demo-content.test.ts checks the profiles against the facts file. Long texts use the portal's safe formatting subset
 * (see lib/rich-text): paragraphs separated by a blank line, lines starting with
 * "- " form a bullet list, **bold**, and links as [text](https://…).
 */

import type { ModerationType as ModerationTypeEnum, ParticipantGroup as ParticipantGroupEnum } from "../../generated/prisma/enums";

export type MunicipalityKind = "LANDKREIS" | "STADT" | "GEMEINDE";
export type Regierungsbezirk = "STUTTGART" | "KARLSRUHE" | "FREIBURG" | "TUEBINGEN";

/** Managed list of topics; the initial list is created by a migration. */
export const TOPIC_SLUGS = [
  "wohnen",
  "arbeit-ausbildung",
  "sprache",
  "schule-bildung",
  "ehrenamt",
  "nachbarschaft-zusammenleben",
  "sicherheit",
  "gesundheit",
  "begegnung",
  "vernetzung",
  "integrationskonzept",
  "frauen-familie",
  "kultur-sport-freizeit",
] as const;
export type TopicSlug = (typeof TOPIC_SLUGS)[number];

/** Managed list of event formats; the initial list is created by a migration. */
export const FORMAT_SLUGS = [
  "workshop",
  "buergerforum",
  "world-cafe",
  "zukunftswerkstatt",
  "open-space",
  "aufsuchendes-format",
  "informationsveranstaltung",
  "fachtag",
  "runder-tisch",
  "begegnungsfest",
] as const;
export type FormatSlug = (typeof FORMAT_SLUGS)[number];

/** Participant groups and moderation types are the edit form's lists (one source of truth). */
export type ParticipantGroup = ParticipantGroupEnum;
export type ModerationType = ModerationTypeEnum;

export interface DemoMunicipality {
  /** lowercase ASCII, umlauts transliterated: "schwaebisch-gmuend", "landkreis-freudenstadt" */
  slug: string;
  /** official name, e.g. "Schwäbisch Gmünd", "Landkreis Freudenstadt", "Rems-Murr-Kreis" */
  name: string;
  kind: MunicipalityKind;
  /** slug of the Landkreis a Stadt/Gemeinde belongs to; null for Landkreise and Stadtkreise (kreisfreie Städte) */
  landkreisSlug: string | null;
  regierungsbezirk: Regierungsbezirk;
  /** Amtlicher Gemeindeschlüssel, 8 digits (Landkreise: 5-digit Kreisschlüssel + "000"); null if unsure */
  ags: string | null;
  /** population as the municipality's Steckbrief gives it; null where it gives none */
  population: number | null;
  latitude: number;
  longitude: number;
  /** official website, https://; null where not confirmed */
  website: string | null;
}

export interface DemoContact {
  /** function / role, e.g. "Integrationsbeauftragte" */
  function: string;
  /** office, e.g. "Amt für Familie, Jugend und Soziales" */
  office: string;
  /** role mailbox at an example domain: "integration@tuebingen.example" */
  email: string;
  /** always null in the demo: no real people's data */
  phone: null;
}

/**
 * Keys of a profile's sections (stable, English; also stored in ProfileVersion.exampleSections).
 * "municipality" is listed when the municipality itself is an example (teaser G5).
 */
export const SECTION_KEYS = [
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
  "quote",
  "municipality",
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export interface DemoProfile {
  /** number of the teaser on the overview page and in the facts file: "L1"…"L4", "S1"…"S21", "G1"…"G7" */
  teaserNo: string;
  /** lowercase ASCII slug of the profile, e.g. "tuebingen-nachbarschaften-gestalten" */
  slug: string;
  municipalitySlug: string;
  title: string;
  /** 2–3 sentences shown on listing cards; says what the overview page's teaser says, in new words */
  teaser: string;
  /** Ausgangssituation / Anlass (rich text) */
  occasion: string;
  /** Zielsetzung (rich text) */
  goals: string;
  formatSlugs: FormatSlug[];
  /** Veranstaltungskonzept: method and course of events (rich text) */
  concept: string;
  /** ISO dates (yyyy-mm-dd) of the dialogue events themselves (not of preparatory meetings), between 2016-01-21 and 2017-06-30 */
  eventDates: string[];
  /** number of dialogue events; null where unknown */
  eventCount: number | null;
  moderation: {
    /** null where unknown */
    type: ModerationType | null;
    /** organisation(s) that advised or moderated, or the internal office — never a person */
    organisation: string;
    description: string;
  };
  topicSlugs: TopicSlug[];
  participantGroups: ParticipantGroup[];
  /** null where unknown (or only a range or a lower bound is known: the text then gives it) */
  participantCount: number | null;
  /** how refugees took part: languages, interpreters (rich text) */
  refugeeParticipation: string;
  /** languages used or interpreted, e.g. ["Deutsch", "Arabisch", "Farsi"] */
  languages: string[];
  /** self-rating 1 (poor) … 5 (very good); null where unknown */
  processRating: 1 | 2 | 3 | 4 | 5 | null;
  resultsRating: 1 | 2 | 3 | 4 | 5 | null;
  ratingComment: string;
  /** up to three most important results, one sentence each */
  keyResults: string[];
  /** measures agreed (rich text) */
  measures: string;
  /** next steps (rich text) */
  nextSteps: string;
  costs: {
    /** EUR, may have cents; null where unknown */
    total: number | null;
    /** programme funding, EUR, at most 3000 */
    funding: number | null;
    /** own share of the municipality, EUR = total − funding (never negative) */
    ownShare: number | null;
    /** what the money was spent on (rich text) */
    spentOn: string;
  };
  /** Empfehlungen an andere Kommunen (rich text) */
  recommendations: string;
  contacts: DemoContact[];
  /** optional quote: only a statement of an office that is on public record; none is, so always null */
  quote: { text: string; author: string; role: string } | null;
  /** https addresses of the sources the facts rest on (the Steckbrief first) */
  sourceUrls: string[];
  /** sections that hold example content instead of facts; the public page marks each */
  exampleSections: SectionKey[];
  /** short note where the basis differs from the default (probable assignment, example municipality); "" otherwise */
  sourceNote: string;
}

export interface DemoContentFile {
  municipalities: DemoMunicipality[];
  profiles: DemoProfile[];
}
