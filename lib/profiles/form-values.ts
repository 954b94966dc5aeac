import type { Prisma } from "@/generated/prisma/client";
import { formatGermanAmount } from "@/lib/format/german-number";
import type { ContactContent, ProfileContent } from "./content-schema";
import { FIELD_KEYS, PROFILE_FIELDS, type ContactFormValues, type FieldKey, type ProfileFormValues } from "./fields";

/**
 * Steckbrief content between the database and the edit form, derived from the field registry:
 * a stored version → form values, empty form values, validated content → column values and
 * relation writes, and the allowlist of content columns that a new working version copies.
 */

/** The relations a version needs to fill the edit form. */
export const versionFormInclude = {
  topics: { select: { topicId: true } },
  formats: { select: { formatId: true } },
  contacts: { orderBy: { sortOrder: "asc" } },
} satisfies Prisma.ProfileVersionInclude;

export type VersionForForm = Prisma.ProfileVersionGetPayload<{ include: typeof versionFormInclude }>;

/** How each managed list is joined to a version. */
const RELATION_ID = { topics: "topicId", formats: "formatId" } as const;

type ColumnField = {
  [K in FieldKey]: (typeof PROFILE_FIELDS)[K]["kind"] extends "relation" | "contacts" ? never : K;
}[FieldKey];

/** The content columns of ProfileVersion (everything but relations): what a new working version copies. */
export const CONTENT_COLUMNS = FIELD_KEYS.filter((key): key is ColumnField => {
  const kind = PROFILE_FIELDS[key].kind;
  return kind !== "relation" && kind !== "contacts";
});

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * A stored version as the form shows it: its columns, and over them what a draft kept as typed because
 * the column could not hold it (`invalidInputs`, e.g. "4.6OO" for the total cost).
 */
export function versionToFormValues(version: VersionForForm): ProfileFormValues {
  const stored = version as unknown as Record<string, unknown>;
  const kept = (isPlainObject(stored.invalidInputs) ? stored.invalidInputs : {}) as Record<string, unknown>;
  const values = {} as Record<FieldKey, unknown>;
  for (const key of FIELD_KEYS) {
    const field = PROFILE_FIELDS[key];
    const value = stored[key];
    if (key in kept && kept[key] !== undefined) {
      values[key] = kept[key];
      continue;
    }
    switch (field.kind) {
      case "text":
      case "plainText":
      case "richText":
      case "choice":
        values[key] = (value as string | null) ?? "";
        break;
      case "integer":
      case "rating":
        values[key] = value === null || value === undefined ? "" : String(value);
        break;
      case "euro":
        values[key] = formatGermanAmount((value as { toString(): string } | null) ?? null);
        break;
      case "choices":
        values[key] = [...(value as string[])];
        break;
      case "dates":
        values[key] = (value as Date[]).map(isoDay);
        break;
      case "list":
        values[key] = (value as string[]).join(", ");
        break;
      case "links":
        values[key] = (value as string[]).join("\n");
        break;
      case "slots":
        values[key] = Array.from({ length: field.count }, (_, index) => (value as string[])[index] ?? "");
        break;
      case "relation":
        values[key] = (stored[field.relation] as Record<string, string>[]).map((entry) => entry[RELATION_ID[field.relation]]);
        break;
      case "contacts":
        values[key] = version.contacts.map((contact): ContactFormValues => ({
          function: contact.function,
          office: contact.office,
          email: contact.email ?? "",
          phone: contact.phone ?? "",
          personName: contact.personName ?? "",
          nameConsentAt: contact.nameConsentAt?.toISOString() ?? "",
        }));
        break;
    }
  }
  return values as ProfileFormValues;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export const EMPTY_CONTACT: ContactFormValues = { function: "", office: "", email: "", phone: "", personName: "", nameConsentAt: "" };

export function emptyFormValues(title = ""): ProfileFormValues {
  const values = {} as Record<FieldKey, unknown>;
  for (const key of FIELD_KEYS) {
    const field = PROFILE_FIELDS[key];
    switch (field.kind) {
      case "choices":
      case "dates":
      case "relation":
        values[key] = [];
        break;
      case "slots":
        values[key] = Array.from({ length: field.count }, () => "");
        break;
      case "contacts":
        values[key] = [EMPTY_CONTACT];
        break;
      default:
        values[key] = "";
    }
  }
  return { ...(values as ProfileFormValues), title };
}

/** Column values of a version for validated content (relations: `relationWrites`). */
export function contentToVersionData(content: ProfileContent) {
  const data = {} as Record<ColumnField, unknown>;
  for (const key of CONTENT_COLUMNS) {
    const value = content[key];
    data[key] = PROFILE_FIELDS[key].kind === "dates" ? (value as string[]).map((day) => new Date(`${day}T00:00:00Z`)) : value;
  }
  return data as Pick<Prisma.ProfileVersionUncheckedCreateInput, ColumnField>;
}

/**
 * When each person named in the stored version consented to the publication of their name. The form
 * only says whether consent is recorded (any non-empty `nameConsentAt`); the time is the server's: kept
 * from the stored version for the same name, else the moment of this save — never what a client sent.
 */
export type ConsentTimes = ReadonlyMap<string, Date>;

export function consentTimesOf(version: Pick<VersionForForm, "contacts"> | null): ConsentTimes {
  return new Map(
    (version?.contacts ?? []).flatMap((contact) =>
      contact.personName && contact.nameConsentAt ? [[contact.personName, contact.nameConsentAt]] : [],
    ),
  );
}

function contactRows(contacts: ContactContent[], consentTimes: ConsentTimes, now: Date) {
  return contacts
    .filter((contact) => contact.function || contact.email || contact.phone || contact.office || contact.personName)
    .map((contact, index) => ({
      sortOrder: index,
      function: contact.function,
      office: contact.office,
      email: contact.email || null,
      phone: contact.phone || null,
      personName: contact.personName || null,
      nameConsentAt: contact.personName && contact.nameConsentAt ? (consentTimes.get(contact.personName) ?? now) : null,
    }));
}

/** Nested writes of the relations (topics, formats, contacts) for validated content. */
export function relationWrites(content: ProfileContent, consentTimes: ConsentTimes, now = new Date()) {
  const writes: Record<string, { create: object[] }> = {};
  for (const key of FIELD_KEYS) {
    const field = PROFILE_FIELDS[key];
    if (field.kind === "relation") {
      // A choice sent twice (a crafted request) is one row.
      const ids = [...new Set(content[key] as string[])];
      writes[field.relation] = { create: ids.map((id) => ({ [RELATION_ID[field.relation]]: id })) };
    } else if (field.kind === "contacts") {
      writes.contacts = { create: contactRows(content[key] as ContactContent[], consentTimes, now) };
    }
  }
  return writes as Pick<Prisma.ProfileVersionUncheckedCreateInput, "topics" | "formats" | "contacts">;
}

/**
 * Removes a version's relation rows before `relationWrites` replaces them. (Prisma runs a nested
 * `deleteMany` after the nested `create` of the same update, so they cannot go in one call.)
 */
export async function clearRelations(tx: Prisma.TransactionClient, versionId: string) {
  await Promise.all([
    tx.profileVersionTopic.deleteMany({ where: { versionId } }),
    tx.profileVersionFormat.deleteMany({ where: { versionId } }),
    tx.contact.deleteMany({ where: { versionId } }),
  ]);
}

/** Names of the form fields whose values differ (for the conflict view). */
export function changedFields(a: ProfileFormValues, b: ProfileFormValues): FieldKey[] {
  return FIELD_KEYS.filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
}

/**
 * Example content (demo profiles) stops being an example once someone writes the section: the
 * sections marked as examples that the save leaves as they were. Marks that are not sections of
 * the form (e.g. "municipality") stay.
 */
export function remainingExampleSections(marked: readonly string[], before: ProfileFormValues, after: ProfileFormValues): string[] {
  const changed = new Set(changedFields(before, after).map((key) => PROFILE_FIELDS[key].section as string));
  return marked.filter((section) => !changed.has(section));
}
