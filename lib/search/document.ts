import { createHash } from "node:crypto";
import type { MunicipalityKind, Regierungsbezirk } from "@/generated/prisma/enums";
import steckbriefMessages from "@/lib/i18n/messages/de/steckbrief.json";
import { FIELD_KEYS, PROFILE_FIELDS, type FieldKey } from "@/lib/profiles/fields";
import type { PublicContact, PublicContent } from "@/lib/public/public-content";
import { richTextToPlain } from "@/lib/rich-text/parse";

/**
 * The search document of one publicly visible profile, derived from its public content (the DTO of
 * lib/public, so only what visitors may see: no internal ids, contact names only with consent) by
 * walking the field registry. A new field in the registry is searchable without touching this file:
 * its kind says how it becomes text, its section which weight it gets.
 *
 * Pure (no database): lib/search/index-documents.ts writes it; the database's trigger adds the topic
 * and format names, the normalised text and the weighted tsvector (see the migration).
 */

export type Weight = "A" | "B" | "C" | "D";

/**
 * Weights: A the title (and the municipality's name), B the other fields of the title section (the
 * teaser), D contacts and sources, C everything else.
 */
export function weightOf(key: FieldKey): Weight {
  const { section } = PROFILE_FIELDS[key];
  if (section === "title") return key === "title" ? "A" : "B";
  if (section === "contacts" || section === "sources") return "D";
  return "C";
}

/** Facet columns fed by a relation of the registry. */
const RELATION_COLUMNS = { topics: "topics", formats: "formats" } as const;

/** Numeric facets (ranges) and the registry field each one reads. */
export const RANGE_FIELDS = { participantCount: "participantCount", costTotal: "costTotal" } as const satisfies Record<string, FieldKey>;

/** Start and end of a highlighted match in snippets (private-use characters, never in the stored text). */
export const MARK_START = "\uE000";
export const MARK_END = "\uE001";
const MARKERS = /[\uE000\uE001]/g;

/**
 * Bumped when the derivation changes in a way the registry hash cannot see (this file's rules): every
 * document made before is rebuilt by syncSearchDocuments.
 */
const DERIVATION_RULES = 1;

/** Identifies the derivation: the registry's fields with their kinds and weights, and the rules' version. */
export const SEARCH_DERIVATION = createHash("sha256")
  .update(JSON.stringify([DERIVATION_RULES, FIELD_KEYS.map((key) => [key, PROFILE_FIELDS[key].kind, weightOf(key)])]))
  .digest("hex")
  .slice(0, 16);

export interface SearchDocumentSource {
  profile: { id: string; slug: string; isDemo: boolean; firstPublishedAt: Date | null };
  versionId: string;
  publishedAt: Date | null;
  municipality: {
    name: string;
    slug: string;
    kind: MunicipalityKind;
    regierungsbezirk: Regierungsbezirk;
    landkreis: { slug: string; name: string } | null;
  };
  content: PublicContent;
}

/** The columns lib/search writes; the trigger fills catalogText, searchText and document. */
export interface SearchDocumentRow {
  profileId: string;
  versionId: string;
  derivation: string;
  slug: string;
  title: string;
  teaser: string;
  municipalityName: string;
  municipalitySortKey: string;
  kind: MunicipalityKind;
  regierungsbezirk: Regierungsbezirk;
  kreis: string | null;
  topics: string[];
  formats: string[];
  years: number[];
  participantCount: number | null;
  costTotal: number | null;
  firstPublishedAt: Date;
  isDemo: boolean;
  textA: string;
  textB: string;
  textC: string;
  textD: string;
}

type ChoiceLabels = Record<string, { values?: Record<string, string> }>;

/** The German label of a choice (the document is German: the database's german configuration stems it). */
function choiceLabel(key: FieldKey, value: string): string {
  return (steckbriefMessages.Fields as ChoiceLabels)[key]?.values?.[value] ?? value;
}

function contactText(contact: PublicContact): string {
  // The name is in the DTO only with the person's recorded consent; mail and phone are no search words.
  return [contact.function, contact.office, contact.personName].filter(Boolean).join(", ");
}

/** The words a visitor reads in a field, as plain text ("" for numbers, dates, links and relations). */
export function fieldText(key: FieldKey, content: PublicContent): string {
  const field = PROFILE_FIELDS[key];
  const value = content[key] as unknown;
  switch (field.kind) {
    case "text":
    case "plainText":
      return value as string;
    case "richText":
      return richTextToPlain(value as string);
    case "list":
    case "slots":
      return (value as string[]).join("\n");
    case "choice":
      return value ? choiceLabel(key, value as string) : "";
    case "choices":
      return (value as string[]).map((entry) => choiceLabel(key, entry)).join(", ");
    case "contacts":
      return (value as PublicContact[]).map(contactText).join("\n");
    // Relations are facets (slugs); the trigger adds their current names, so a rename is one UPDATE.
    case "relation":
    case "links":
    case "integer":
    case "euro":
    case "rating":
    case "dates":
      return "";
  }
}

/** Municipality names in German dictionary order (DIN 5007-1: ä as a, ß as ss), independent of the database collation. */
export function germanSortKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .trim();
}

const clean = (text: string) => text.replace(MARKERS, "").trim();

export function buildSearchDocument(source: SearchDocumentSource): SearchDocumentRow {
  const { content, municipality, profile } = source;
  const texts: Record<Weight, string[]> = { A: [municipality.name], B: [], C: [], D: [] };
  if (municipality.landkreis) texts.D.push(municipality.landkreis.name);
  const facets = { topics: [] as string[], formats: [] as string[], years: new Set<number>() };
  for (const key of FIELD_KEYS) {
    const field = PROFILE_FIELDS[key];
    const text = fieldText(key, content);
    if (text.trim()) texts[weightOf(key)].push(text);
    if (field.kind === "relation")
      facets[RELATION_COLUMNS[field.relation]].push(...(content[key] as { slug: string }[]).map((entry) => entry.slug));
    if (field.kind === "dates") for (const day of content[key] as string[]) facets.years.add(Number(day.slice(0, 4)));
  }
  const participantCount = content[RANGE_FIELDS.participantCount];
  const costTotal = content[RANGE_FIELDS.costTotal];
  const kreis = municipality.landkreis?.slug ?? (municipality.kind === "GEMEINDE" ? null : municipality.slug);
  return {
    profileId: profile.id,
    versionId: source.versionId,
    derivation: SEARCH_DERIVATION,
    slug: profile.slug,
    title: clean(content.title),
    teaser: clean(content.teaser),
    municipalityName: municipality.name,
    municipalitySortKey: germanSortKey(municipality.name),
    kind: municipality.kind,
    regierungsbezirk: municipality.regierungsbezirk,
    kreis,
    topics: facets.topics,
    formats: facets.formats,
    years: [...facets.years].sort((a, b) => a - b),
    participantCount,
    costTotal,
    firstPublishedAt: profile.firstPublishedAt ?? source.publishedAt ?? new Date(0),
    isDemo: profile.isDemo,
    textA: clean(texts.A.join("\n")),
    textB: clean(texts.B.join("\n\n")),
    textC: clean(texts.C.join("\n\n")),
    textD: clean(texts.D.join("\n")),
  };
}
