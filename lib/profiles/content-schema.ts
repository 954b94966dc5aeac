import { z } from "zod";
import { germanNumberInput } from "@/lib/format/german-number";
import { CONTACT_FIELDS, FIELD_KEYS, PROFILE_FIELDS, type FieldDefinition, type FieldKey, type PlainValueOf } from "./fields";
import { parseIsoDate } from "@/lib/time/berlin";

/**
 * The zod schema of the Steckbrief edit form, derived from the field registry (./fields.ts): one
 * schema for the form (checks in the browser) and the server (the save action and the autosave
 * route validate again). It turns form values (strings) into typed content.
 *
 * A draft may be incomplete — only the title is required to save. What is entered must be
 * well-formed (numbers, dates, e-mail addresses) and keep the programme's rules (below).
 * Messages are catalogue keys ("Validation.*", "SteckbriefRules.*"), translated where shown.
 */

const optionalNumber = (schema: z.ZodNumber) => z.preprocess(germanNumberInput, schema.nullable()).default(null);

const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Validation.dateIncomplete")
  // A day the calendar has (Date.parse would take 30 February and silently make it 2 March).
  .refine((value) => parseIsoDate(value) !== null, "Validation.dateInvalid")
  .refine((value) => value >= "2015-01-01" && value <= "2030-12-31", "Validation.dateRange");

const contactSchema = z
  .object({
    function: z.string().trim().max(150, "Validation.tooLong").default(""),
    office: z.string().trim().max(200, "Validation.tooLong").default(""),
    email: z
      .string()
      .trim()
      .max(254, "Validation.tooLong")
      .refine((value) => value === "" || z.email().safeParse(value).success, "Validation.email")
      .default(""),
    phone: z
      .string()
      .trim()
      .refine((value) => value === "" || /^\+?[\d\s()/-]{6,30}$/.test(value), "Validation.phone")
      .default(""),
    personName: z.string().trim().max(150, "Validation.tooLong").default(""),
    /** non-empty: consent is recorded (the form shows its date); the server sets the time (form-values.ts) */
    nameConsentAt: z.string().trim().max(40, "Validation.tooLong").default(""),
  })
  .superRefine((contact, context) => {
    if (CONTACT_FIELDS.every((field) => !contact[field])) return; // an empty slot of the form
    if (!contact.function) context.addIssue({ code: "custom", path: ["function"], message: "SteckbriefRules.contactFunction" });
    if (!contact.email && !contact.phone)
      context.addIssue({ code: "custom", path: ["email"], message: "SteckbriefRules.contactReachable" });
  });

function fieldSchema(field: FieldDefinition) {
  switch (field.kind) {
    case "text":
    case "plainText":
    case "richText": {
      const text = z.string("Validation.required").trim().max(field.max, "Validation.tooLong");
      if (field.required) return text.min("min" in field && field.min ? field.min : 1, "Validation.tooShort");
      return text.default("");
    }
    case "integer":
      return optionalNumber(
        z
          .number("Validation.wholeNumber")
          .int("Validation.wholeNumber")
          .min(field.min, "Validation.numberTooSmall")
          .max(field.max, "Validation.numberTooBig"),
      );
    case "euro":
      return optionalNumber(
        z
          .number("Validation.euro")
          .min(0, "Validation.euroNegative")
          .max(field.max, "Validation.euroTooHigh")
          .multipleOf(0.01, "Validation.euroCents"),
      );
    case "rating":
      return optionalNumber(z.number("Validation.rating").int("Validation.rating").min(1, "Validation.rating").max(5, "Validation.rating"));
    case "choice":
      return z
        .union([z.enum(field.values as [string, ...string[]], "Validation.invalid"), z.literal("").transform(() => null)])
        .default(null);
    case "choices":
      return z.array(z.enum(field.values as [string, ...string[]], "Validation.invalid")).default([]);
    case "dates":
      return z.array(isoDate).max(field.maxItems, "Validation.tooManyItems").default([]);
    case "list":
      return z
        .string()
        .trim()
        .max(field.maxChars, "Validation.tooLong")
        .default("")
        .transform((value) =>
          value
            .split(/[,;\n]/)
            .map((entry) => entry.trim())
            .filter(Boolean),
        );
    case "slots":
      return z
        .array(z.string().trim().max(field.max, "Validation.tooLong"))
        .max(field.count, "Validation.tooManyItems")
        .default([])
        .transform((entries) => entries.filter(Boolean));
    case "links":
      return z
        .string()
        .default("")
        .transform((value) =>
          value
            .split("\n")
            .map((line) => line.trim())
            .filter(Boolean),
        )
        .pipe(z.array(z.url({ protocol: /^https$/, error: "Validation.httpsUrl" })).max(field.maxItems, "Validation.tooManyItems"));
    case "relation":
      return z.array(z.uuid("Validation.invalid")).max(field.maxItems, "Validation.tooManyItems").default([]);
    case "contacts":
      return z.array(contactSchema).max(field.maxItems, "Validation.tooManyItems").default([]);
  }
}

const shape = Object.fromEntries(FIELD_KEYS.map((key) => [key, fieldSchema(PROFILE_FIELDS[key])])) as {
  [K in FieldKey]: ReturnType<typeof fieldSchema>;
};

/** The schema of one field, e.g. the title for "create a further profile". */
export function contentFieldSchema<K extends FieldKey>(key: K) {
  return shape[key];
}

/**
 * The programme's rules that involve more than one field. (Dates and the number of events are not compared:
 * one event may span several days, e.g. a Bürgerrat over a day and a half.)
 */
const PROGRAMME_MAX_FUNDING = 3000;

const objectSchema = z.object(shape).superRefine((raw, context) => {
  const value = raw as unknown as ProfileContent;
  const issue = (path: FieldKey, message: string, params?: Record<string, number>) =>
    context.addIssue({ code: "custom", path: [path], message, params });
  if (value.costFunding !== null && value.costFunding > PROGRAMME_MAX_FUNDING) {
    issue("costFunding", "SteckbriefRules.fundingLimit", { max: PROGRAMME_MAX_FUNDING });
  }
  if (value.costTotal !== null && value.costFunding !== null && value.costOwnShare !== null) {
    if (Math.round((value.costTotal - value.costFunding - value.costOwnShare) * 100) !== 0)
      issue("costOwnShare", "SteckbriefRules.ownShareSum");
  }
  if (value.quoteText && !value.quoteAuthor) issue("quoteAuthor", "SteckbriefRules.quoteAuthor");
});

/** Form values in, typed content out (the per-field schemas are built in a loop, so the type is stated here). */
export const profileContentSchema = objectSchema as unknown as z.ZodType<ProfileContent, Partial<Record<FieldKey, unknown>>>;

/** Typed content of each kind, as the schema outputs it. */
type ContentOfKind<F> = F extends { kind: "relation" }
  ? string[]
  : F extends { kind: "contacts" }
    ? z.output<typeof contactSchema>[]
    : PlainValueOf<F>;

export type ProfileContent = { [K in FieldKey]: ContentOfKind<(typeof PROFILE_FIELDS)[K]> };
export type ContactContent = z.output<typeof contactSchema>;

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
