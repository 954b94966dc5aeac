import { z } from "zod";
import { BEZIRK_SLUGS, COST_BUCKETS, KIND_SLUGS, PARTICIPANT_BUCKETS, SORTS } from "@/lib/search/search-params";
import { SteckbriefContent } from "./fields";

/**
 * The response shapes of the open data API `/api/v1` (issue 11). The OpenAPI document is generated
 * from these schemas (./openapi.ts) and the contract test validates real responses against them.
 * Values that are URL parameters elsewhere (kind, Regierungsbezirk, topics) use the same slugs here.
 */

const KindSlug = z.enum(Object.keys(KIND_SLUGS) as [keyof typeof KIND_SLUGS, ...(keyof typeof KIND_SLUGS)[]]).meta({
  description: "Art der Kommune",
});
const BezirkSlug = z.enum(Object.keys(BEZIRK_SLUGS) as [keyof typeof BEZIRK_SLUGS, ...(keyof typeof BEZIRK_SLUGS)[]]).meta({
  description: "Regierungsbezirk",
});
const CatalogEntry = z.object({ slug: z.string(), name: z.string() });
const Timestamp = z.iso.datetime({ offset: true }).meta({ description: "Zeitpunkt (ISO 8601, UTC)" });

export const SteckbriefSummary = z
  .object({
    slug: z.string().meta({ description: "Kennung des Steckbriefs, Teil seiner Adresse" }),
    url: z.url().meta({ description: "Öffentliche Seite des Steckbriefs" }),
    apiUrl: z.url().meta({ description: "Der vollständige Steckbrief in dieser API" }),
    title: z.string(),
    teaser: z.string(),
    municipality: z.object({ name: z.string(), kind: KindSlug, regierungsbezirk: BezirkSlug }),
    topics: z.array(CatalogEntry),
    years: z.array(z.number().int()).meta({ description: "Jahre der Veranstaltungen" }),
    participantCount: z.number().int().nullable().meta({ description: "Teilnehmende (Personen)" }),
    costTotal: z.number().nullable().meta({ description: "Gesamtkosten (EUR)" }),
    firstPublishedAt: Timestamp,
    isExample: z.boolean().meta({ description: "Beispielinhalt (Demonstration), keine Tatsachenangabe" }),
  })
  .meta({ id: "SteckbriefKurz" });

export const SteckbriefList = z
  .object({
    items: z.array(SteckbriefSummary),
    total: z.number().int().meta({ description: "Treffer insgesamt" }),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
  })
  .meta({ id: "SteckbriefListe" });

export const Municipality = z
  .object({
    slug: z.string(),
    name: z.string(),
    kind: KindSlug,
    regierungsbezirk: BezirkSlug,
    landkreis: z.string().nullable().meta({ description: "Landkreis, zu dem eine Stadt oder Gemeinde gehört" }),
    population: z.number().int().nullable().meta({ description: "Einwohnerzahl" }),
    website: z.string().nullable(),
  })
  .meta({ id: "Kommune" });

export const Media = z
  .object({
    url: z.url(),
    kind: z.enum(["IMAGE", "DOCUMENT"]),
    mimeType: z.string(),
    byteSize: z.number().int(),
    fileName: z.string(),
    title: z.string(),
    altText: z.string(),
    credit: z.string(),
    width: z.number().int().nullable(),
    height: z.number().int().nullable(),
  })
  .meta({ id: "Medium" });

export const Steckbrief = z
  .object({
    slug: z.string(),
    url: z.url(),
    firstPublishedAt: Timestamp.nullable(),
    publishedAt: Timestamp.nullable().meta({ description: "Veröffentlichung der gezeigten Fassung" }),
    isExample: z.boolean(),
    exampleSections: z.array(z.string()).meta({ description: "Abschnitte mit Beispielinhalt statt Tatsachen" }),
    municipality: Municipality,
    content: SteckbriefContent,
    media: z.array(Media),
  })
  .meta({ id: "Steckbrief" });

export const MunicipalityWithCount = Municipality.extend({
  profileCount: z.number().int().meta({ description: "Veröffentlichte Steckbriefe" }),
}).meta({ id: "KommuneMitAnzahl" });

export const MunicipalityList = z
  .object({ items: z.array(MunicipalityWithCount), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() })
  .meta({ id: "KommunenListe" });

export const Topic = z
  .object({ slug: z.string(), name: z.string(), profileCount: z.number().int().meta({ description: "Veröffentlichte Steckbriefe" }) })
  .meta({ id: "Thema" });
export const TopicList = z.object({ items: z.array(Topic) }).meta({ id: "ThemenListe" });

export const Problem = z
  .object({
    type: z.string().meta({ description: "Art des Fehlers (URI)" }),
    title: z.string().meta({ description: "Kurzbeschreibung (Deutsch)" }),
    status: z.number().int(),
    detail: z.string().meta({ description: "Erklärung (Deutsch)" }),
    title_en: z.string().meta({ description: "Short description (English)" }),
    detail_en: z.string().meta({ description: "Explanation (English)" }),
    invalidParams: z
      .array(z.object({ name: z.string(), reason: z.string(), reason_en: z.string() }))
      .optional()
      .meta({ description: "Ungültige Parameter" }),
  })
  .meta({ id: "Problem", description: "RFC 9457 (application/problem+json)" });

/** The query of the list endpoints (documentation; parsing is in ./query.ts). */
export const LIST_PARAMETERS = {
  q: "Suchtext (deutsche Volltextsuche)",
  typ: `Art der Kommune: ${Object.keys(KIND_SLUGS).join(", ")}; mehrfach möglich`,
  thema: "Thema (Slug, siehe /api/v1/themen); mehrfach möglich",
  bezirk: `Regierungsbezirk: ${Object.keys(BEZIRK_SLUGS).join(", ")}`,
  kreis: "Landkreis (Slug der Kommune)",
  format: "Veranstaltungsformat (Slug)",
  jahr: "Jahr einer Veranstaltung, z. B. 2017",
  teilnehmende: `Teilnehmende: ${PARTICIPANT_BUCKETS.map((bucket) => bucket.slug).join(", ")}`,
  kosten: `Gesamtkosten: ${COST_BUCKETS.map((bucket) => bucket.slug).join(", ")}`,
  sort: `Sortierung: ${SORTS.join(", ")}`,
  seite: "Seite, ab 1",
  proSeite: "Einträge je Seite, 1 bis 100 (Standard 20)",
} as const;
