import { z } from "zod";
import { MunicipalityKind, Regierungsbezirk } from "@/generated/prisma/enums";

/**
 * The municipality form: one schema shared by the form (field names, choices, value types) and
 * the server actions, which parse every save with it before lib/admin/municipalities.ts runs. Form values are what the
 * inputs hold — strings — and the schema turns them into domain values. Messages are catalogue
 * keys (namespace AdminMunicipalityForm.errors), translated where they are shown. The database
 * repeats the hard rules as CHECK constraints (AGS format, population ≥ 0, coordinate ranges,
 * http(s) website).
 */
const m = messageKeys("AdminMunicipalityForm.errors", [
  "nameRequired",
  "nameTooLong",
  "nameNeedsLetters",
  "kindRequired",
  "regierungsbezirkRequired",
  "landkreisInvalid",
  "agsFormat",
  "populationNumber",
  "populationNegative",
  "populationTooHigh",
  "latitudeNumber",
  "latitudeRange",
  "longitudeNumber",
  "longitudeRange",
  "coordinatesTogether",
  "websiteHttps",
  "websiteTooLong",
]);

function messageKeys<const Name extends string>(namespace: string, names: readonly Name[]): Record<Name, string> {
  return Object.fromEntries(names.map((name) => [name, `${namespace}.${name}`])) as Record<Name, string>;
}

export const MUNICIPALITY_KINDS = Object.values(MunicipalityKind);
export const REGIERUNGSBEZIRKE = Object.values(Regierungsbezirk);

export const MUNICIPALITY_FIELDS = [
  "name",
  "kind",
  "landkreisId",
  "regierungsbezirk",
  "ags",
  "population",
  "latitude",
  "longitude",
  "website",
] as const;

export type MunicipalityField = (typeof MUNICIPALITY_FIELDS)[number];
export type MunicipalityFormValues = Record<MunicipalityField, string>;

export function emptyMunicipalityValues(): MunicipalityFormValues {
  return Object.fromEntries(MUNICIPALITY_FIELDS.map((field) => [field, ""])) as MunicipalityFormValues;
}

export function municipalityValuesFromFormData(formData: FormData): MunicipalityFormValues {
  return Object.fromEntries(MUNICIPALITY_FIELDS.map((field) => [field, String(formData.get(field) ?? "")])) as MunicipalityFormValues;
}

const blankToNull = (value: unknown) => (typeof value === "string" && value.trim() === "" ? null : value);

/** "45.000" / "45 000" → 45000; anything else stays a string and fails as "not a number". */
function parseWholeNumber(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const text = value.trim().replace(/[\s.]/g, "");
  if (text === "") return null;
  return /^-?\d+$/.test(text) ? Number(text) : value;
}

/** "49,5487" or "49.5487" → 49.5487, rounded to the 5 decimals the database keeps. */
function parseDecimal(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const text = value.trim().replace(",", ".");
  if (text === "") return null;
  if (!/^[-+]?\d+(\.\d+)?$/.test(text)) return value;
  return Math.round(Number(text) * 100_000) / 100_000;
}

const coordinate = (min: number, max: number, notANumber: string, outOfRange: string) =>
  z.preprocess(parseDecimal, z.number({ error: notANumber }).min(min, outOfRange).max(max, outOfRange).nullable());

/** Adds "https://" when an address is typed without a scheme ("www.weinheim.de"). */
function normalizeWebsite(value: string): string {
  const text = value.trim();
  if (text === "" || /^[a-z][a-z0-9+.-]*:/i.test(text)) return text;
  return `https://${text.replace(/^\/+/, "")}`;
}

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname.includes(".") && !url.username && !url.password;
  } catch {
    return false;
  }
}

const municipalityFields = z.object({
  name: z
    .string({ error: m.nameRequired })
    .trim()
    .min(1, m.nameRequired)
    .max(120, m.nameTooLong)
    .refine((name) => /[\p{L}\p{N}]/u.test(name), m.nameNeedsLetters),
  kind: z.enum(MunicipalityKind, { error: m.kindRequired }),
  landkreisId: z.preprocess(blankToNull, z.uuid({ error: m.landkreisInvalid }).nullable()),
  regierungsbezirk: z.enum(Regierungsbezirk, { error: m.regierungsbezirkRequired }),
  ags: z.preprocess(
    (value) => (typeof value === "string" ? blankToNull(value.replace(/\s/g, "")) : value),
    z
      .string()
      .regex(/^\d{8}$/, m.agsFormat)
      .nullable(),
  ),
  population: z.preprocess(
    parseWholeNumber,
    z
      .number({ error: m.populationNumber })
      .int(m.populationNumber)
      .min(0, m.populationNegative)
      .max(20_000_000, m.populationTooHigh)
      .nullable(),
  ),
  latitude: coordinate(-90, 90, m.latitudeNumber, m.latitudeRange),
  longitude: coordinate(-180, 180, m.longitudeNumber, m.longitudeRange),
  website: z.preprocess(
    (value) => (typeof value === "string" ? blankToNull(normalizeWebsite(value)) : value),
    z.string().max(300, m.websiteTooLong).refine(isHttpsUrl, m.websiteHttps).nullable(),
  ),
});

function coordinatesTogether(value: { latitude: number | null; longitude: number | null }, context: z.RefinementCtx) {
  if ((value.latitude === null) !== (value.longitude === null)) {
    context.addIssue({ code: "custom", path: [value.latitude === null ? "latitude" : "longitude"], message: m.coordinatesTogether });
  }
}

/** Also when other fields are wrong: all messages at once, not one more after the next try. */
const ALWAYS = { when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null };

/** A Landkreis belongs to no other Landkreis: the choice is ignored (the select is hidden for it). */
function withoutLandkreisOfLandkreis<T extends { kind: MunicipalityKind; landkreisId: string | null }>(value: T): T {
  return value.kind === "LANDKREIS" ? { ...value, landkreisId: null } : value;
}

export const municipalitySchema = municipalityFields.superRefine(coordinatesTogether, ALWAYS).transform(withoutLandkreisOfLandkreis);

/** The edit form also sends the id; a malformed one is no municipality ("not found", from the service). */
export const updateMunicipalitySchema = municipalityFields
  .extend({ id: z.string() })
  .superRefine(coordinatesTogether, ALWAYS)
  .transform(withoutLandkreisOfLandkreis);

export type MunicipalityInput = z.output<typeof municipalitySchema>;
export type UpdateMunicipalityInput = z.output<typeof updateMunicipalitySchema>;
