import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/authz/policy";
import { fieldErrors, type FieldErrors } from "@/lib/forms/field-errors";
import messages from "@/lib/i18n/messages/de/admin.json";
import { slugify } from "@/lib/slug";
import { municipalitySchema, type MunicipalityFormValues, type MunicipalityInput } from "./municipality-schema";
import { fill, refused, unchanged, type Invalid, type Refused, type Unchanged } from "./results";

/**
 * Municipality master data (admins only, `municipality.manage`). The slug is made once, on
 * creation, and never changes: public addresses and links stay valid when a name is corrected.
 */
const m = messages.AdminMunicipalityForm.errors;

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
async function crossCheck(tx: Prisma.TransactionClient, input: MunicipalityInput, id: string | null): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  if (input.landkreisId) {
    if (input.landkreisId === id) {
      errors.landkreisId = m.landkreisSelf;
    } else {
      const landkreis = await tx.municipality.findUnique({ where: { id: input.landkreisId }, select: { kind: true } });
      if (landkreis?.kind !== "LANDKREIS") errors.landkreisId = m.landkreisInvalid;
    }
  }
  if (input.ags) {
    const holder = await tx.municipality.findFirst({
      where: { ags: input.ags, ...(id ? { id: { not: id } } : {}) },
      select: { name: true },
    });
    if (holder) errors.ags = fill(m.agsTaken, { name: holder.name });
  }
  if (id && input.kind !== "LANDKREIS" && (await tx.municipality.count({ where: { landkreisId: id } })) > 0) {
    errors.kind = m.kindHasMembers;
  }
  return errors;
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
function isAgsConflict(error: unknown): boolean {
  const e = error as { code?: string; meta?: unknown; message?: string };
  return e?.code === "P2002" && /ags/i.test(JSON.stringify(e.meta ?? "") + (e.message ?? ""));
}

export type CreateMunicipalityResult = { status: "created"; id: string; slug: string } | Invalid;

export async function createMunicipality({
  actor,
  values,
}: {
  actor: Actor | null;
  values: MunicipalityFormValues;
}): Promise<CreateMunicipalityResult> {
  assertCan(actor, { action: "municipality.manage" });
  const parsed = municipalitySchema.safeParse(values);
  if (!parsed.success) return { status: "invalid", errors: fieldErrors(parsed.error) };
  const input = parsed.data;
  try {
    return await db.$transaction(async (tx) => {
      const errors = await crossCheck(tx, input, null);
      if (Object.keys(errors).length > 0) return { status: "invalid" as const, errors };
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
      return { status: "created" as const, id: created.id, slug: created.slug };
    });
  } catch (error) {
    if (isAgsConflict(error)) return { status: "invalid", errors: { ags: m.agsTakenElsewhere } };
    throw error;
  }
}

export type UpdateMunicipalityResult = { status: "saved"; slug: string } | Unchanged | Invalid | Refused;

export async function updateMunicipality({
  actor,
  id,
  values,
}: {
  actor: Actor | null;
  id: string;
  values: MunicipalityFormValues;
}): Promise<UpdateMunicipalityResult> {
  assertCan(actor, { action: "municipality.manage" });
  const parsed = municipalitySchema.safeParse(values);
  if (!parsed.success) return { status: "invalid", errors: fieldErrors(parsed.error) };
  const input = parsed.data;
  if (!/^[0-9a-f-]{36}$/i.test(id)) return refused("municipality-not-found");
  try {
    return await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "Municipality" WHERE "id" = ${id}::uuid FOR UPDATE`;
      const current = await tx.municipality.findUnique({ where: { id } });
      if (!current) return refused("municipality-not-found");
      const errors = await crossCheck(tx, input, id);
      if (Object.keys(errors).length > 0) return { status: "invalid" as const, errors };

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
      if (Object.keys(changes).length === 0) return unchanged;
      await tx.municipality.update({ where: { id }, data: next });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "municipality.update",
        objectType: "Municipality",
        objectId: id,
        details: { slug: current.slug, changes },
      });
      return { status: "saved" as const, slug: current.slug };
    });
  } catch (error) {
    if (isAgsConflict(error)) return { status: "invalid", errors: { ags: m.agsTakenElsewhere } };
    throw error;
  }
}
