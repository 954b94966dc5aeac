import { z } from "zod";

/**
 * The Steckbrief edit form: one schema shared by the form (client-side checks, field messages)
 * and the server (the save action and the autosave route validate again). Form values are
 * what the inputs hold (strings); the schema turns them into typed domain values.
 *
 * A draft may be incomplete — only the title is required to save. What is entered must be
 * well-formed (numbers, dates, e-mail addresses, limits of the programme).
 */

const MAX_LONG_TEXT = 6000;

const longText = z
  .string()
  .trim()
  .max(MAX_LONG_TEXT, `Bitte fassen Sie sich kürzer: höchstens ${MAX_LONG_TEXT.toLocaleString("de-DE")} Zeichen.`)
  .default("");

const shortText = (max: number) => z.string().trim().max(max, `Höchstens ${max} Zeichen.`).default("");

/** "" → null; "1.234,50" / "1234.5" → 1234.5 */
function parseGermanNumber(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return value;
  const text = String(value).trim();
  if (text === "") return null;
  const normalized = /,\d{1,2}$/.test(text) ? text.replace(/\./g, "").replace(",", ".") : text.replace(/\.(?=\d{3}(\D|$))/g, "");
  const number = Number(normalized.replace(/\s|€/g, ""));
  return Number.isNaN(number) ? text : number;
}

const wholeNumber = (label: string, min: number, max: number) =>
  z.preprocess(
    parseGermanNumber,
    z
      .number({ error: `${label}: Bitte geben Sie eine ganze Zahl ein, zum Beispiel 40.` })
      .int(`${label}: Bitte geben Sie eine ganze Zahl ein, zum Beispiel 40.`)
      .min(min, `${label}: mindestens ${min}.`)
      .max(max, `${label}: höchstens ${max.toLocaleString("de-DE")}.`)
      .nullable(),
  );

const euro = (label: string) =>
  z.preprocess(
    parseGermanNumber,
    z
      .number({ error: `${label}: Bitte geben Sie einen Betrag in Euro ein, zum Beispiel 2.500,00.` })
      .min(0, `${label}: Der Betrag darf nicht negativ sein.`)
      .max(10_000_000, `${label}: Der Betrag ist unrealistisch hoch.`)
      .multipleOf(0.01, `${label}: höchstens zwei Nachkommastellen (Cent).`)
      .nullable(),
  );

const rating = (label: string) =>
  z.preprocess(
    (value) => (value === "" || value === null || value === undefined ? null : Number(value)),
    z
      .number({ error: `${label}: Bitte wählen Sie einen Wert von 1 bis 5.` })
      .int()
      .min(1, `${label}: Bitte wählen Sie einen Wert von 1 bis 5.`)
      .max(5, `${label}: Bitte wählen Sie einen Wert von 1 bis 5.`)
      .nullable(),
  );

const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Bitte geben Sie das Datum vollständig an (Tag, Monat, Jahr).")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "Dieses Datum gibt es nicht.")
  .refine(
    (value) => value >= "2015-01-01" && value <= "2030-12-31",
    "Das Datum muss zwischen 2015 und 2030 liegen – die Dialoge fanden ab 2016 statt.",
  );

export const PARTICIPANT_GROUP_VALUES = [
  "BUERGERINNEN",
  "GEFLUECHTETE",
  "EHRENAMTLICHE",
  "HAUPTAMTLICHE",
  "VERWALTUNG",
  "POLITIK",
  "VEREINE_VERBAENDE",
  "KIRCHEN",
  "WIRTSCHAFT",
  "SCHULEN",
] as const;

export const MODERATION_TYPE_VALUES = ["INTERN", "EXTERN", "GEMISCHT"] as const;

export const contactSchema = z
  .object({
    function: z.string().trim().max(150, "Höchstens 150 Zeichen.").default(""),
    office: shortText(200),
    email: z
      .string()
      .trim()
      .max(254, "Die E-Mail-Adresse ist zu lang.")
      .refine(
        (value) => value === "" || z.email().safeParse(value).success,
        "Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel integration@kommune.de.",
      )
      .default(""),
    phone: z
      .string()
      .trim()
      .refine(
        (value) => value === "" || /^\+?[\d\s()/-]{6,30}$/.test(value),
        "Bitte geben Sie eine Telefonnummer nur mit Ziffern, Leerzeichen, +, -, / oder Klammern an.",
      )
      .default(""),
    personName: shortText(150),
    /** ISO timestamp of the recorded consent, "" when there is none */
    nameConsentAt: z.string().trim().default(""),
  })
  .superRefine((contact, context) => {
    const empty = !contact.function && !contact.office && !contact.email && !contact.phone && !contact.personName;
    if (empty) return;
    if (!contact.function) {
      context.addIssue({
        code: "custom",
        path: ["function"],
        message: "Bitte geben Sie die Funktion an, zum Beispiel „Integrationsbeauftragte“.",
      });
    }
    if (!contact.email && !contact.phone) {
      context.addIssue({ code: "custom", path: ["email"], message: "Bitte geben Sie eine E-Mail-Adresse oder eine Telefonnummer an." });
    }
  });

export const profileContentSchema = z
  .object({
    title: z
      .string({ error: "Bitte geben Sie einen Titel ein." })
      .trim()
      .min(3, "Bitte geben Sie einen Titel mit mindestens 3 Zeichen ein.")
      .max(120, "Der Titel darf höchstens 120 Zeichen lang sein."),
    teaser: z.string().trim().max(600, "Die Kurzbeschreibung darf höchstens 600 Zeichen lang sein (2–3 Sätze).").default(""),
    occasion: longText,
    goals: longText,
    concept: longText,
    formatIds: z.array(z.uuid()).max(20).default([]),
    eventDates: z.array(isoDate).max(30, "Höchstens 30 Termine.").default([]),
    eventCount: wholeNumber("Anzahl der Veranstaltungen", 1, 500),
    moderationType: z.union([z.enum(MODERATION_TYPE_VALUES), z.literal("").transform(() => null)]).default(null),
    moderationOrganisation: shortText(300),
    moderationDescription: longText,
    topicIds: z.array(z.uuid()).max(30).default([]),
    participantGroups: z.array(z.enum(PARTICIPANT_GROUP_VALUES)).default([]),
    participantCount: wholeNumber("Teilnehmende", 0, 100_000),
    refugeeParticipation: longText,
    languages: z
      .string()
      .trim()
      .max(400, "Höchstens 400 Zeichen.")
      .default("")
      .transform((value) =>
        value
          .split(/[,;\n]/)
          .map((language) => language.trim())
          .filter(Boolean),
      ),
    processRating: rating("Bewertung des Ablaufs"),
    resultsRating: rating("Bewertung der Ergebnisse"),
    ratingComment: longText,
    keyResults: z
      .array(z.string().trim().max(500, "Jedes Ergebnis höchstens 500 Zeichen."))
      .max(3, "Höchstens drei Ergebnisse.")
      .default([])
      .transform((results) => results.filter(Boolean)),
    measures: longText,
    nextSteps: longText,
    costTotal: euro("Gesamtkosten"),
    costFunding: euro("Förderung"),
    costOwnShare: euro("Eigenanteil"),
    costSpentOn: longText,
    recommendations: longText,
    contacts: z.array(contactSchema).max(10, "Höchstens zehn Ansprechpartner.").default([]),
    quoteText: shortText(800),
    quoteAuthor: shortText(150),
    quoteRole: shortText(150),
  })
  .superRefine((value, context) => {
    if (value.costFunding !== null && value.costFunding > 3000) {
      context.addIssue({
        code: "custom",
        path: ["costFunding"],
        message: "Förderung: Das Programm förderte höchstens 3.000 Euro je Kommune.",
      });
    }
    if (value.costTotal !== null && value.costFunding !== null && value.costOwnShare !== null) {
      const difference = Math.round((value.costTotal - value.costFunding - value.costOwnShare) * 100);
      if (difference !== 0) {
        context.addIssue({
          code: "custom",
          path: ["costOwnShare"],
          message: "Eigenanteil: Förderung und Eigenanteil ergeben zusammen nicht die Gesamtkosten.",
        });
      }
    }
    if (value.quoteText && !value.quoteAuthor) {
      context.addIssue({
        code: "custom",
        path: ["quoteAuthor"],
        message: "Bitte geben Sie an, von wem das Zitat stammt (Amt oder Funktion genügt).",
      });
    }
    if (value.eventCount !== null && value.eventDates.length > value.eventCount) {
      context.addIssue({
        code: "custom",
        path: ["eventCount"],
        message: "Anzahl der Veranstaltungen: Es sind mehr Termine eingetragen als Veranstaltungen.",
      });
    }
  });

export type ProfileContent = z.output<typeof profileContentSchema>;

/** What the form holds: strings as typed, lists as lists. */
export interface ProfileFormValues {
  title: string;
  teaser: string;
  occasion: string;
  goals: string;
  concept: string;
  formatIds: string[];
  eventDates: string[];
  eventCount: string;
  moderationType: string;
  moderationOrganisation: string;
  moderationDescription: string;
  topicIds: string[];
  participantGroups: string[];
  participantCount: string;
  refugeeParticipation: string;
  languages: string;
  processRating: string;
  resultsRating: string;
  ratingComment: string;
  keyResults: string[];
  measures: string;
  nextSteps: string;
  costTotal: string;
  costFunding: string;
  costOwnShare: string;
  costSpentOn: string;
  recommendations: string;
  contacts: ContactFormValues[];
  quoteText: string;
  quoteAuthor: string;
  quoteRole: string;
}

export interface ContactFormValues {
  function: string;
  office: string;
  email: string;
  phone: string;
  personName: string;
  nameConsentAt: string;
}

/** Input of the save action and the autosave endpoint. */
export const saveDraftInputSchema = z.object({
  profileId: z.uuid(),
  /** the working version the form was loaded from (null: there was none, the form started from the published text) */
  versionId: z.uuid().nullable(),
  /** its revision when loaded; a different current revision means someone else saved meanwhile */
  baseRevision: z.number().int().min(0),
  /** true: the user saw the conflict and keeps their text */
  overwrite: z.boolean().default(false),
  values: z.unknown(),
});

export type SaveDraftInput = z.input<typeof saveDraftInputSchema>;
