import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { invalidatePublic, PUBLIC_TAGS } from "@/lib/cache/public-cache";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/ids";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/authz/policy";
import { AppError, invalidInput } from "@/lib/errors";
import type { FieldErrorRefs } from "@/lib/forms/field-errors";
import { refreshSearchDocumentsOfMunicipality } from "@/lib/search/index-documents";
import { slugify } from "@/lib/slug";
import type { MunicipalityFormValues, MunicipalityInput, UpdateMunicipalityInput } from "./municipality-schema";

/**
 * Municipality master data (admins only, `municipality.manage`). The slug is made once, on
 * creation, and never changes: public addresses and links stay valid when a name is corrected.
 * Inputs are parsed by the server action (municipality-schema.ts); what needs the database is
 * checked here and refused as AppError with messages at the fields.
 */
const error = (name: string, values?: Record<string, string>) => ({ key: `AdminMunicipalityForm.errors.${name}`, values });

/** Path segments below /redaktion/verwaltung/kommunen/ that are pages, not municipalities. */
const RESERVED_SLUGS = new Set(["neu"]);

export async function listMunicipalitiesForAdmin(actor: Actor | null) {
  assertCan(actor, { action: "municipality.manage" });
  return db.municipality.findMany({
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      regierungsbezirk: true,
      ags: true,
      population: true,
      landkreis: { select: { name: true } },
    },
    orderBy: { name: "asc" },
  });
}

/** The Landkreise a Stadt or Gemeinde can belong to (the form's select). */
export async function listLandkreisChoices(actor: Actor | null) {
  assertCan(actor, { action: "municipality.manage" });
  return db.municipality.findMany({ where: { kind: "LANDKREIS" }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

/** Decimal columns as the form shows them: German decimal comma, no trailing zeros. */
function decimalText(value: Prisma.Decimal | null): string {
  return value === null ? "" : String(Number(value)).replace(".", ",");
}

export async function getMunicipalityForAdmin(actor: Actor | null, slug: string) {
  assertCan(actor, { action: "municipality.manage" });
  const municipality = await db.municipality.findUnique({ where: { slug } });
  if (!municipality) return null;
  const values: MunicipalityFormValues = {
    name: municipality.name,
    kind: municipality.kind,
    landkreisId: municipality.landkreisId ?? "",
    regierungsbezirk: municipality.regierungsbezirk,
    ags: municipality.ags ?? "",
    population: municipality.population === null ? "" : String(municipality.population),
    latitude: decimalText(municipality.latitude),
    longitude: decimalText(municipality.longitude),
    website: municipality.website ?? "",
  };
  return { id: municipality.id, slug: municipality.slug, name: municipality.name, values };
}

/** Rules that need the database: the Landkreis exists and is one, the AGS is free, a Landkreis with members keeps its kind. */
async function crossCheck(tx: Prisma.TransactionClient, input: MunicipalityInput, id: string | null): Promise<void> {
  const errors: FieldErrorRefs = {};
  if (input.landkreisId) {
    if (input.landkreisId === id) {
      errors.landkreisId = error("landkreisSelf");
    } else {
      const landkreis = await tx.municipality.findUnique({ where: { id: input.landkreisId }, select: { kind: true } });
      if (landkreis?.kind !== "LANDKREIS") errors.landkreisId = error("landkreisInvalid");
    }
  }
  if (input.ags) {
    const holder = await tx.municipality.findFirst({
      where: { ags: input.ags, ...(id ? { id: { not: id } } : {}) },
      select: { name: true },
    });
    if (holder) errors.ags = error("agsTaken", { name: holder.name });
  }
  if (id && input.kind !== "LANDKREIS" && (await tx.municipality.count({ where: { landkreisId: id } })) > 0) {
    errors.kind = error("kindHasMembers");
  }
  if (Object.keys(errors).length > 0) throw invalidInput(errors);
}

function columns(input: MunicipalityInput) {
  return {
    name: input.name,
    kind: input.kind,
    landkreisId: input.landkreisId,
    regierungsbezirk: input.regierungsbezirk,
    ags: input.ags,
    population: input.population,
    latitude: input.latitude,
    longitude: input.longitude,
    website: input.website,
  };
}

/** A unique AGS raced past crossCheck: answered at the field like the check would have. */
function isAgsConflict(thrown: unknown): boolean {
  const e = thrown as { code?: string; meta?: unknown; message?: string };
  return e?.code === "P2002" && /ags/i.test(JSON.stringify(e.meta ?? "") + (e.message ?? ""));
}

/** A unique AGS raced past crossCheck: answered at the field like the check would have. */
function agsTakenElsewhere(cause: unknown) {
  return new AppError("invalid-input", { fieldErrors: { ags: error("agsTakenElsewhere") }, cause });
}

export async function createMunicipality({
  actor,
  input,
}: {
  actor: Actor | null;
  input: MunicipalityInput;
}): Promise<{ id: string; slug: string }> {
  assertCan(actor, { action: "municipality.manage" });
  try {
    return await db.$transaction(async (tx) => {
      await crossCheck(tx, input, null);
      const base = slugify(input.name).slice(0, 80).replace(/-+$/, "");
      let slug = base;
      for (
        let suffix = 2;
        RESERVED_SLUGS.has(slug) || (await tx.municipality.findUnique({ where: { slug }, select: { id: true } }));
        suffix += 1
      ) {
        slug = `${base}-${suffix}`;
      }
      const created = await tx.municipality.create({ data: { slug, ...columns(input) }, select: { id: true, slug: true } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "municipality.create",
        objectType: "Municipality",
        objectId: created.id,
        details: { slug, ...columns(input) },
      });
      return { id: created.id, slug: created.slug };
    });
  } catch (thrown) {
    if (isAgsConflict(thrown)) throw agsTakenElsewhere(thrown);
    throw thrown;
  }
}

/** Saves the changed fields with one audit entry of what changed; nothing when nothing changed. */
export async function updateMunicipality({
  actor,
  input: { id, ...input },
}: {
  actor: Actor | null;
  input: UpdateMunicipalityInput;
}): Promise<{ slug: string; changed: boolean }> {
  assertCan(actor, { action: "municipality.manage" });
  if (!isUuid(id)) throw new AppError("not-found");
  try {
    const result = await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "Municipality" WHERE "id" = ${id}::uuid FOR UPDATE`;
      const current = await tx.municipality.findUnique({ where: { id } });
      if (!current) throw new AppError("not-found");
      await crossCheck(tx, input, id);

      const next = columns(input);
      const before: typeof next = {
        name: current.name,
        kind: current.kind,
        landkreisId: current.landkreisId,
        regierungsbezirk: current.regierungsbezirk,
        ags: current.ags,
        population: current.population,
        latitude: current.latitude === null ? null : Number(current.latitude),
        longitude: current.longitude === null ? null : Number(current.longitude),
        website: current.website,
      };
      const changes = Object.fromEntries(
        (Object.keys(next) as (keyof typeof next)[])
          .filter((key) => before[key] !== next[key])
          .map((key) => [key, { from: before[key], to: next[key] }]),
      );
      if (Object.keys(changes).length === 0) return { slug: current.slug, changed: false };
      await tx.municipality.update({ where: { id }, data: next });
      // Search documents hold its name, kind, Regierungsbezirk and Kreis: rewritten in the same commit.
      await refreshSearchDocumentsOfMunicipality(tx, id);
      await recordAudit(tx, {
        actorId: actor.id,
        action: "municipality.update",
        objectType: "Municipality",
        objectId: id,
        details: { slug: current.slug, changes },
      });
      return { slug: current.slug, changed: true };
    });
    // Public pages and lists show the municipality's data with its profiles.
    if (result.changed) await invalidatePublic([PUBLIC_TAGS.municipalities, PUBLIC_TAGS.profiles]);
    return result;
  } catch (thrown) {
    if (isAgsConflict(thrown)) throw agsTakenElsewhere(thrown);
    throw thrown;
  }
}
