import { z } from "zod";
import { slugify } from "@/lib/slug";

/**
 * The managed lists of the Steckbrief form: topics (Themenfelder) and formats
 * (Veranstaltungsformate). Shared by the forms and the server actions; messages are catalogue
 * keys (namespace AdminCatalog.errors).
 */
export const CATALOG_KINDS = ["topic", "format"] as const;
export type CatalogKind = (typeof CATALOG_KINDS)[number];

const kind = z.enum(CATALOG_KINDS);
/** A malformed id is no entry: answered "not found" by the service. */
const id = z.string();

const name = z
  .string({ error: "AdminCatalog.errors.nameRequired" })
  .trim()
  .min(1, "AdminCatalog.errors.nameRequired")
  .max(80, "AdminCatalog.errors.nameTooLong")
  .refine((value) => slugify(value) !== "", "AdminCatalog.errors.nameNeedsLetters");

const positionError = "AdminCatalog.errors.positionNumber";
const sortOrder = z.preprocess(
  (value) => (typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : value),
  z.number({ error: positionError }).int(positionError).min(0, positionError).max(100_000, positionError),
);

export const createCatalogItemSchema = z.object({ kind, name });
export const updateCatalogItemSchema = z.object({ kind, id, name, sortOrder });
export const deleteCatalogItemSchema = z.object({ kind, id });

export type CreateCatalogItemInput = z.output<typeof createCatalogItemSchema>;
export type UpdateCatalogItemInput = z.output<typeof updateCatalogItemSchema>;
export type DeleteCatalogItemInput = z.output<typeof deleteCatalogItemSchema>;
