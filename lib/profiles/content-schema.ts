import { z } from "zod";
import { formatGermanAmountBrief, readGermanNumber } from "@/lib/format/german-number";
import { fieldErrorRefs, type FieldErrorRefs } from "@/lib/forms/field-errors";
import {
  CONTACT_FIELDS,
  FIELD_KEYS,
  PROFILE_FIELDS,
  type FieldDefinition,
  type FieldKey,
  type PlainValueOf,
  type ProfileFormValues,
} from "./fields";
import { ownShareOf } from "./own-share";
import { parseIsoDate } from "@/lib/time/berlin";

/**
 * The zod schemas of the Steckbrief, derived from the field registry (./fields.ts) and shared by the
 * edit form (browser) and the server. Two of them:
 *
 * - **strict** (`profileContentSchema`): complete and valid — what may be submitted for review and
 *   therefore what can ever be published (the public pages and the API only read published versions).
 *   Every field well-formed (numbers, dates, e-mail addresses), the title given, and the programme's
 *   rules (below). The form shows its findings at the fields while typing; submitting refuses with them.
 * - **draft** (`parseDraftContent`): what a draft save accepts — everything as typed, so that valid text
 *   in one field is never held back by a problem in another. It still protects the server: types,
 *   lengths and sizes are enforced (`draftShapeSchema`, generous caps above the strict limits). A value
 *   its column cannot hold (an unreadable number "4.6OO", a date that does not exist, an address without
 *   https) is kept as typed in `invalidInputs` and flagged — never silently dropped.
 *
 * The own share (Eigenanteil) is not typed but computed: total cost − funding (./own-share.ts).
 * Messages are catalogue keys ("Validation.*", "SteckbriefRules.*"), translated where shown.
 */

/** Longest text a number field takes as typed ("4.600,- Euro" is 12). */
const NUMBER_INPUT_MAX = 40;

/**
 * A number field: text as people type it (./format/german-number.ts), read into a number; an unreadable
 * text says what is wrong ("Validation.number.letter" with the letter). `example` picks the example
 * the message gives (amounts: "4.600 oder 4.600,50", counts: "120").
 */
function numberInput(schema: z.ZodNumber, example: "euro" | "count") {
  return z
    .union([z.number(), z.string().max(NUMBER_INPUT_MAX, "Validation.tooLong"), z.null()])
    .optional()
    .transform((value, context) => {
      if (value === null || value === undefined) return null;
      if (typeof value === "number") return value;
      const reading = readGermanNumber(value);
      if (reading.ok) return reading.value;
      const { code, ...details } = reading.problem;
      context.addIssue({ code: "custom", message: `Validation.number.${code}`, params: { ...details, example } });
      return z.NEVER;
    })
    .pipe(schema.nullable());
}

const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Validation.dateIncomplete")
  // A day the calendar has (Date.parse would take 30 February and silently make it 2 March).
  .refine((value) => parseIsoDate(value) !== null, "Validation.dateInvalid")
  .refine((value) => value >= "2015-01-01" && value <= "2030-12-31", "Validation.dateRange");

/**
 * A source address: https, and no whitespace anywhere in it (zod's URL check lets "https://a.example/ b"
 * pass, the column's CHECK constraint does not — the save would fail as a whole; issue 14, hostile input).
 */
const httpsUrl = z.url({ protocol: /^https$/, error: "Validation.httpsUrl" }).refine((value) => !/\s/.test(value), "Validation.httpsUrl");

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
      return numberInput(
        z
          .number("Validation.wholeNumber")
          .int("Validation.wholeNumber")
          .min(field.min, "Validation.numberTooSmall")
          .max(field.max, "Validation.numberTooBig"),
        "count",
      );
    case "euro":
      // The own share is computed (total − funding), never typed: whatever the form sends is ignored.
      if (field.derived) return z.unknown().transform((): number | null => null);
      return numberInput(
        z
          .number("Validation.euro")
          .min(0, "Validation.euroNegative")
          .max(field.max, "Validation.euroTooHigh")
          .multipleOf(0.01, "Validation.euroCents"),
        "euro",
      );
    case "rating":
      return numberInput(
        z.number("Validation.rating").int("Validation.rating").min(1, "Validation.rating").max(5, "Validation.rating"),
        "count",
      );
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
        .pipe(z.array(httpsUrl).max(field.maxItems, "Validation.tooManyItems"));
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

/** The programme's rules across fields (strict only: a draft may break them, submitting may not). */
function checkProgrammeRules(
  value: ProfileContent,
  issue: (path: FieldKey, message: string, params?: Record<string, number | string>) => void,
) {
  if (value.costFunding !== null && value.costFunding > PROGRAMME_MAX_FUNDING) {
    issue("costFunding", "SteckbriefRules.fundingLimit", { max: PROGRAMME_MAX_FUNDING });
  } else {
    // Only two readable, non-negative amounts are compared (a refused amount has its own message).
    const { costTotal: total, costFunding: funding } = value;
    if (typeof total === "number" && typeof funding === "number" && total >= 0 && funding > total) {
      issue("costFunding", "SteckbriefRules.fundingAboveTotal", {
        funding: formatGermanAmountBrief(funding),
        total: formatGermanAmountBrief(total),
      });
    }
  }
  if (value.quoteText && !value.quoteAuthor) issue("quoteAuthor", "SteckbriefRules.quoteAuthor");
}

/** Computed fields of typed content: the own share. */
function withDerivedContent(content: ProfileContent): ProfileContent {
  return { ...content, costOwnShare: ownShareOf(content.costTotal, content.costFunding) };
}

const objectSchema = z
  .object(shape)
  .superRefine((raw, context) =>
    checkProgrammeRules(raw as unknown as ProfileContent, (path, message, params) =>
      context.addIssue({ code: "custom", path: [path], message, params }),
    ),
  )
  .transform((raw) => withDerivedContent(raw as unknown as ProfileContent));

/** Form values in, complete and valid typed content out (the per-field schemas are built in a loop, so the type is stated here). */
export const profileContentSchema = objectSchema as unknown as z.ZodType<ProfileContent, Partial<Record<FieldKey, unknown>>>;

/* ------------------------------------------------------------------------------------------------
 * The draft schema
 * --------------------------------------------------------------------------------------------- */

/**
 * How much longer than the strict limit a draft's text may be: a pasted text a little too long is kept
 * (and flagged) rather than refused; anything beyond this is refused to protect the server.
 */
const DRAFT_TEXT_FACTOR = 2;
const draftText = (max: number) => z.string("Validation.invalid").max(max * DRAFT_TEXT_FACTOR, "Validation.tooLong");
/** A link line or a date as typed, at most this long. */
const DRAFT_LINE_MAX = 2100;

function draftFieldShape(field: FieldDefinition) {
  switch (field.kind) {
    case "text":
    case "plainText":
    case "richText":
      // A required text (the title) cannot be stored blank (the column's CHECK): absent or blank, the
      // draft is refused at the field rather than failing in the database (issue 14, hostile input).
      if (field.required)
        return z
          .string("Validation.required")
          .max(field.max * DRAFT_TEXT_FACTOR, "Validation.tooLong")
          .trim()
          .min(1, "Validation.required");
      return draftText(field.max).optional();
    case "list":
      return draftText(field.maxChars).optional();
    case "links":
      return draftText(field.maxItems * DRAFT_LINE_MAX).optional();
    case "integer":
    case "euro":
    case "rating":
      return z.union([z.number(), z.string().max(NUMBER_INPUT_MAX, "Validation.tooLong"), z.null()]).optional();
    case "choice":
      return z.union([z.enum(field.values as [string, ...string[]], "Validation.invalid"), z.literal(""), z.null()]).optional();
    case "choices":
      return z
        .array(z.enum(field.values as [string, ...string[]], "Validation.invalid"))
        .max(field.values.length)
        .optional();
    case "dates":
      return z
        .array(z.string().max(40, "Validation.tooLong"))
        .max(field.maxItems * DRAFT_TEXT_FACTOR, "Validation.tooManyItems")
        .optional();
    case "slots":
      return z.array(draftText(field.max)).max(field.count, "Validation.tooManyItems").optional();
    case "relation":
      return z.array(z.uuid("Validation.invalid")).max(field.maxItems, "Validation.tooManyItems").optional();
    case "contacts":
      return z
        .array(
          z.object({
            function: draftText(150).optional(),
            office: draftText(200).optional(),
            email: draftText(254).optional(),
            phone: draftText(30).optional(),
            personName: draftText(150).optional(),
            nameConsentAt: z.string().max(40, "Validation.tooLong").optional(),
          }),
        )
        .max(field.maxItems, "Validation.tooManyItems")
        .optional();
  }
}

/** Types, lengths and sizes of what a draft save accepts (the server's protection; nothing else is refused). */
export const draftShapeSchema = z.object(
  Object.fromEntries(FIELD_KEYS.map((key) => [key, draftFieldShape(PROFILE_FIELDS[key])])) as Record<
    FieldKey,
    ReturnType<typeof draftFieldShape>
  >,
);

/** Values kept as typed because their column cannot hold them (field → the form value as typed). */
export type InvalidInputs = Partial<ProfileFormValues>;

export type DraftParse =
  { success: true; content: ProfileContent; invalidInputs: InvalidInputs } | { success: false; fieldErrors: FieldErrorRefs };

/**
 * What a field's column can hold of a value the strict field schema refuses: text kinds as typed (the
 * column is text; submitting checks them), the readable part of lists of dates, links and contacts, and
 * nothing of an unreadable number. `kept` says whether the value must also be kept as typed.
 */
function salvage(key: FieldKey, value: unknown): { stored: unknown; kept: boolean } {
  const field = PROFILE_FIELDS[key];
  const readable = <T>(entries: unknown[], schema: z.ZodType<T>) =>
    entries.flatMap((entry) => {
      const parsed = schema.safeParse(entry);
      return parsed.success ? [parsed.data] : [];
    });
  switch (field.kind) {
    case "text":
    case "plainText":
    case "richText":
      return { stored: String(value ?? "").trim(), kept: false };
    case "list":
      return {
        stored: z
          .string()
          .default("")
          .parse(value)
          .split(/[,;\n]/)
          .map((entry) => entry.trim())
          .filter(Boolean),
        kept: false,
      };
    case "slots":
      return { stored: ((value ?? []) as string[]).map((entry) => entry.trim()).filter(Boolean), kept: false };
    case "dates":
      return { stored: readable(((value ?? []) as string[]).filter(Boolean), isoDate).slice(0, field.maxItems), kept: true };
    case "links":
      return {
        stored: readable(
          String(value ?? "")
            .split("\n")
            .map((line) => line.trim())
            .filter(Boolean),
          httpsUrl,
        ).slice(0, field.maxItems),
        kept: true,
      };
    case "contacts":
      return { stored: readable((value ?? []) as unknown[], contactSchema), kept: true };
    default:
      // numbers (and, defensively, anything else): the column stays empty, the text is kept
      return { stored: null, kept: true };
  }
}

/**
 * A draft save: form values in, what the columns can hold and what is kept as typed out. Refuses only
 * what breaks types, lengths and sizes (`draftShapeSchema`). The programme's rules across fields are
 * not checked here (the form shows them; submitting checks them).
 */
export function parseDraftContent(values: unknown): DraftParse {
  const shaped = draftShapeSchema.safeParse(values);
  if (!shaped.success) return { success: false, fieldErrors: fieldErrorRefs(shaped.error) };
  // What the shape schema read, not the request as sent: a crafted request's unknown keys (and the
  // `undefined` inside them, which the JSON column cannot hold) never reach `invalidInputs` (issue 14).
  const raw = shaped.data as Record<FieldKey, unknown>;
  const content = {} as Record<FieldKey, unknown>;
  const invalidInputs: Record<string, unknown> = {};
  for (const key of FIELD_KEYS) {
    const parsed = shape[key].safeParse(raw[key]);
    if (parsed.success) {
      content[key] = parsed.data;
      continue;
    }
    const { stored, kept } = salvage(key, raw[key]);
    content[key] = stored;
    if (kept) invalidInputs[key] = raw[key];
  }
  return { success: true, content: withDerivedContent(content as ProfileContent), invalidInputs: invalidInputs as InvalidInputs };
}

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
