import type { Prisma } from "@/generated/prisma/client";
import { FIELD_KEYS, PROFILE_FIELDS, type FieldKey, type PlainValueOf } from "@/lib/profiles/fields";

/**
 * The public shape of a Steckbrief's content, derived from the field registry: what a visitor,
 * the API and the exports may see — nothing else. Pure (no database), so it is tested directly.
 *
 * Left out on purpose: internal ids (of versions, contacts, topic links), a contact person's name
 * without recorded consent, and the consent timestamp itself.
 */

export const publicVersionInclude = {
  topics: { include: { topic: { select: { slug: true, name: true, sortOrder: true } } }, orderBy: { topic: { sortOrder: "asc" } } },
  formats: { include: { format: { select: { slug: true, name: true, sortOrder: true } } }, orderBy: { format: { sortOrder: "asc" } } },
  contacts: { orderBy: { sortOrder: "asc" } },
  media: { orderBy: { sortOrder: "asc" } },
} satisfies Prisma.ProfileVersionInclude;

export type PublishedVersionRow = Prisma.ProfileVersionGetPayload<{ include: typeof publicVersionInclude }>;

export interface PublicCatalogEntry {
  slug: string;
  name: string;
}

export interface PublicContact {
  function: string;
  office: string;
  email: string | null;
  phone: string | null;
  /** only with the person's recorded consent */
  personName: string | null;
}

type PublicValueOf<F> = F extends { kind: "relation" }
  ? PublicCatalogEntry[]
  : F extends { kind: "contacts" }
    ? PublicContact[]
    : PlainValueOf<F>;

export type PublicContent = { [K in FieldKey]: PublicValueOf<(typeof PROFILE_FIELDS)[K]> };

export interface PublicMedia {
  /** the download address is /api/medien/<id> */
  id: string;
  kind: "IMAGE" | "DOCUMENT";
  mimeType: string;
  byteSize: number;
  fileName: string;
  title: string;
  altText: string;
  credit: string;
  width: number | null;
  height: number | null;
}

export function toPublicContact(contact: PublishedVersionRow["contacts"][number]): PublicContact {
  return {
    function: contact.function,
    office: contact.office,
    email: contact.email,
    phone: contact.phone,
    personName: contact.nameConsentAt ? contact.personName : null,
  };
}

/** The public content of a published version. */
export function toPublicContent(version: PublishedVersionRow): PublicContent {
  const row = version as unknown as Record<string, unknown>;
  const content = {} as Record<FieldKey, unknown>;
  for (const key of FIELD_KEYS) {
    const field = PROFILE_FIELDS[key];
    const value = row[key];
    switch (field.kind) {
      case "text":
      case "plainText":
      case "richText":
        content[key] = (value as string | null) ?? "";
        break;
      case "integer":
      case "rating":
      case "choice":
        content[key] = value ?? null;
        break;
      case "euro":
        content[key] = value === null || value === undefined ? null : Number((value as { toString(): string }).toString());
        break;
      case "dates":
        content[key] = (value as Date[]).map((date) => date.toISOString().slice(0, 10));
        break;
      case "choices":
      case "list":
      case "links":
      case "slots":
        content[key] = [...(value as string[])].filter(Boolean);
        break;
      case "relation":
        content[key] = (row[field.relation] as { topic?: PublicCatalogEntry; format?: PublicCatalogEntry }[]).map((entry) => {
          const item = (entry.topic ?? entry.format)!;
          return { slug: item.slug, name: item.name };
        });
        break;
      case "contacts":
        content[key] = version.contacts.map(toPublicContact);
        break;
    }
  }
  return content as PublicContent;
}

export function toPublicMedia(version: PublishedVersionRow): PublicMedia[] {
  return version.media.map((item) => ({
    id: item.id,
    kind: item.kind,
    mimeType: item.mimeType,
    byteSize: item.byteSize,
    fileName: item.fileName,
    title: item.title,
    altText: item.altText ?? "",
    credit: item.credit,
    width: item.width,
    height: item.height,
  }));
}
