import { z } from "zod";
import messages from "@/lib/i18n/messages/de/admin.json";
import { slugify } from "@/lib/slug";

/**
 * The managed lists of the Steckbrief form: topics (Themenfelder) and formats
 * (Veranstaltungsformate). Shared by the forms and lib/admin/catalog.ts; German messages from
 * the message catalogue.
 */
const m = messages.AdminCatalog.errors;

export const CATALOG_KINDS = ["topic", "format"] as const;
export type CatalogKind = (typeof CATALOG_KINDS)[number];

const kind = z.enum(CATALOG_KINDS);
const id = z.uuid();

const name = z
  .string({ error: m.nameRequired })
  .trim()
  .min(1, m.nameRequired)
  .max(80, m.nameTooLong)
  .refine((value) => slugify(value) !== "", m.nameNeedsLetters);

const sortOrder = z.preprocess(
  (value) => (typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : value),
  z.number({ error: m.positionNumber }).int(m.positionNumber).min(0, m.positionNumber).max(100_000, m.positionNumber),
);

export const createCatalogItemSchema = z.object({ kind, name });
export const updateCatalogItemSchema = z.object({ kind, id, name, sortOrder });
export const deleteCatalogItemSchema = z.object({ kind, id });

/** What the forms send (strings); the services validate it with the schemas above. */
export type CreateCatalogItemInput = { kind: string; name: string };
export type UpdateCatalogItemInput = { kind: string; id: string; name: string; sortOrder: string | number };
export type DeleteCatalogItemInput = { kind: string; id: string };
