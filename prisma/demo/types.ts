/**
 * Shape of the demo content (the 32 dialogues of the programme's overview page).
 * The seed (prisma/seed.ts) turns these records into municipalities, profiles and a
 * published version each. Long texts use the portal's safe formatting subset
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
  /** approximate population (2016) */
  population: number;
  latitude: number;
  longitude: number;
  /** official website, https:// */
  website: string;
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

export interface DemoProfile {
  /** lowercase ASCII slug of the profile, e.g. "tuebingen-nachbarschaften-gestalten" */
  slug: string;
  municipalitySlug: string;
  title: string;
  /** 2–3 sentences shown on listing cards; follows the overview page's teaser closely */
  teaser: string;
  /** Ausgangssituation / Anlass (rich text) */
  occasion: string;
  /** Zielsetzung (rich text) */
  goals: string;
  formatSlugs: FormatSlug[];
  /** Veranstaltungskonzept: method and course of events (rich text) */
  concept: string;
  /** ISO dates (yyyy-mm-dd) the events were held, between 2016-01-21 and 2017-06-30 */
  eventDates: string[];
  eventCount: number;
  moderation: {
    type: ModerationType;
    /** who moderated / advised, e.g. "Moderation: Büro für Bürgerbeteiligung (extern)"; organisation names may be invented generic descriptions */
    organisation: string;
    description: string;
  };
  topicSlugs: TopicSlug[];
  participantGroups: ParticipantGroup[];
  participantCount: number;
  /** how refugees took part: languages, interpreters (rich text) */
  refugeeParticipation: string;
  /** languages used or interpreted, e.g. ["Deutsch", "Arabisch", "Farsi"] */
  languages: string[];
  /** self-rating 1 (poor) … 5 (very good) */
  processRating: 1 | 2 | 3 | 4 | 5;
  resultsRating: 1 | 2 | 3 | 4 | 5;
  ratingComment: string;
  /** up to three most important results, one sentence each */
  keyResults: string[];
  /** measures agreed (rich text) */
  measures: string;
  /** next steps (rich text) */
  nextSteps: string;
  costs: {
    /** EUR, may have cents */
    total: number;
    /** programme funding, EUR, at most 3000 */
    funding: number;
    /** own share of the municipality, EUR = total − funding (never negative) */
    ownShare: number;
    /** what the money was spent on (rich text) */
    spentOn: string;
  };
  /** Empfehlungen an andere Kommunen (rich text) */
  recommendations: string;
  contacts: DemoContact[];
  /** optional quote; attributed to an office or role, never to a real named person */
  quote: { text: string; author: string; role: string } | null;
}

export interface DemoContentFile {
  municipalities: DemoMunicipality[];
  profiles: DemoProfile[];
}
