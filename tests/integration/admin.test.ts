import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCatalogItem, deleteCatalogItem, updateCatalogItem } from "@/lib/admin/catalog";
import { updateCatalogItemSchema } from "@/lib/admin/catalog-schema";
import { createMunicipality, updateMunicipality } from "@/lib/admin/municipalities";
import {
  emptyMunicipalityValues,
  municipalitySchema,
  updateMunicipalitySchema,
  type MunicipalityFormValues,
} from "@/lib/admin/municipality-schema";
import { changeAssignmentsSchema } from "@/lib/admin/user-schema";
import { changeUserAssignments, changeUserRole, disableUser, enableUser } from "@/lib/admin/users";
import { newLinkToken } from "@/lib/accounts/tokens";
import type { Actor } from "@/lib/authz/policy";
import { fieldErrorRefs } from "@/lib/forms/field-errors";
import { getServerTranslator } from "@/lib/i18n/server-translator";
import { translateFieldErrors } from "@/lib/i18n/translate";
import { connectTestDatabase, uniqueSlug } from "../support/test-db";

/**
 * The admin services against the real database: what they change, what they refuse, what they
 * record. Input checks that need no database are the schemas' (run by the server actions): their
 * messages are checked here as the user reads them.
 */
async function schemaMessages(schema: { safeParse: (value: unknown) => { success: boolean; error?: unknown } }, value: unknown) {
  const parsed = schema.safeParse(value);
  if (parsed.success) return {};
  return translateFieldErrors(await getServerTranslator(), fieldErrorRefs(parsed.error as Parameters<typeof fieldErrorRefs>[0]));
}
const db = connectTestDatabase();
let admin: Actor;
let municipalityIds: string[];

beforeAll(async () => {
  const created = await db.user.create({ data: { email: `${uniqueSlug("verwaltung")}@example.org`, role: "ADMIN" } });
  admin = { id: created.id, role: "ADMIN", municipalityIds: [] };
  municipalityIds = await Promise.all(
    ["verwaltung-a", "verwaltung-b"].map(async (prefix) => {
      const municipality = await db.municipality.create({
        data: { slug: uniqueSlug(prefix), name: prefix, kind: "GEMEINDE", regierungsbezirk: "FREIBURG" },
      });
      return municipality.id;
    }),
  );
});

afterAll(async () => {
  await db.$disconnect();
});

const auditEntries = (objectId: string, action?: string) =>
  db.auditLog.findMany({ where: { objectId, ...(action ? { action } : {}) }, orderBy: { id: "asc" } });

async function createEditor() {
  return db.user.create({
    data: {
      email: `${uniqueSlug("redaktion")}@example.org`,
      role: "EDITOR",
      assignments: { create: { municipalityId: municipalityIds[0]! } },
    },
  });
}

describe("users", () => {
  it("a role change ends the user's sessions and writes one audit entry", async () => {
    const editor = await createEditor();
    expect(await changeUserRole({ actor: admin, input: { userId: editor.id, role: "REVIEWER" } })).toEqual({ changed: true });
    const after = await db.user.findUniqueOrThrow({ where: { id: editor.id }, include: { assignments: true } });
    expect(after.role).toBe("REVIEWER");
    expect(after.sessionVersion).toBe(editor.sessionVersion + 1);
    // Leaving the editor role also removes the municipalities, so they cannot come back unnoticed.
    expect(after.assignments).toEqual([]);
    const entries = await auditEntries(editor.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: "user.role-change", actorId: admin.id, objectType: "User" });
    expect(entries[0]!.details).toMatchObject({ from: "EDITOR", to: "REVIEWER", removedMunicipalities: ["verwaltung-a"] });

    // The same role again changes nothing and records nothing.
    expect(await changeUserRole({ actor: admin, input: { userId: editor.id, role: "REVIEWER" } })).toEqual({ changed: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: editor.id } })).sessionVersion).toBe(editor.sessionVersion + 1);
    expect(await auditEntries(editor.id)).toHaveLength(1);
  });

  it("an admin can neither disable nor demote themselves", async () => {
    const before = await db.user.findUniqueOrThrow({ where: { id: admin.id } });
    await expect(disableUser({ actor: admin, input: { userId: admin.id } })).rejects.toMatchObject({ code: "self-disable" });
    await expect(changeUserRole({ actor: admin, input: { userId: admin.id, role: "EDITOR" } })).rejects.toMatchObject({
      code: "self-demote",
    });
    const after = await db.user.findUniqueOrThrow({ where: { id: admin.id } });
    expect(after).toMatchObject({ role: "ADMIN", disabledAt: null, sessionVersion: before.sessionVersion });
    expect(await auditEntries(admin.id)).toHaveLength(0);
  });

  it("disabling ends the sessions and spends open links; enabling lets the user back in", async () => {
    const editor = await createEditor();
    await db.authToken.create({
      data: {
        purpose: "INVITATION",
        tokenHash: newLinkToken().tokenHash,
        email: editor.email,
        role: "EDITOR",
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    expect(await disableUser({ actor: admin, input: { userId: editor.id } })).toEqual({ changed: true });
    const disabled = await db.user.findUniqueOrThrow({ where: { id: editor.id } });
    expect(disabled.disabledAt).not.toBeNull();
    expect(disabled.sessionVersion).toBe(editor.sessionVersion + 1);
    expect(await db.authToken.count({ where: { email: editor.email, usedAt: null } })).toBe(0);
    expect(await disableUser({ actor: admin, input: { userId: editor.id } })).toEqual({ changed: false });

    expect(await enableUser({ actor: admin, input: { userId: editor.id } })).toEqual({ changed: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: editor.id } })).disabledAt).toBeNull();
    expect((await auditEntries(editor.id)).map((entry) => entry.action).sort()).toEqual(["user.disable", "user.enable"]);
  });

  it("changing an editor's municipalities ends the sessions and records what was added and removed", async () => {
    const editor = await createEditor();
    const result = await changeUserAssignments({ actor: admin, input: { userId: editor.id, municipalityIds: [municipalityIds[1]!] } });
    expect(result).toEqual({ changed: true });
    const after = await db.user.findUniqueOrThrow({ where: { id: editor.id }, include: { assignments: true } });
    expect(after.assignments.map((assignment) => assignment.municipalityId)).toEqual([municipalityIds[1]]);
    expect(after.sessionVersion).toBe(editor.sessionVersion + 1);
    const entries = await auditEntries(editor.id, "user.assignments-change");
    expect(entries).toHaveLength(1);
    expect(entries[0]!.details).toMatchObject({ added: ["verwaltung-b"], removed: ["verwaltung-a"] });

    // At least one municipality: taking all away is what disabling is for.
    expect(await schemaMessages(changeAssignmentsSchema, { userId: editor.id, municipalityIds: [] })).toEqual({
      municipalityIds: expect.stringContaining("mindestens eine Kommune"),
    });
    // A municipality that does not exist (any more) is refused at the field, and nothing changes.
    await expect(
      changeUserAssignments({ actor: admin, input: { userId: editor.id, municipalityIds: [crypto.randomUUID()] } }),
    ).rejects.toMatchObject({ code: "invalid-input", fieldErrors: { municipalityIds: { key: "AdminUser.errors.municipalityUnknown" } } });
    // Only editors have municipalities; a user that does not exist is not found.
    const reviewer = await db.user.create({ data: { email: `${uniqueSlug("pruef")}@example.org`, role: "REVIEWER" } });
    await expect(
      changeUserAssignments({ actor: admin, input: { userId: reviewer.id, municipalityIds: [municipalityIds[0]!] } }),
    ).rejects.toMatchObject({ code: "not-editor" });
    await expect(disableUser({ actor: admin, input: { userId: crypto.randomUUID() } })).rejects.toMatchObject({ code: "not-found" });
    await expect(disableUser({ actor: admin, input: { userId: "kein-uuid" } })).rejects.toMatchObject({ code: "not-found" });
  });
});

describe("municipalities", () => {
  const valid = (overrides: Partial<MunicipalityFormValues> = {}): MunicipalityFormValues => ({
    ...emptyMunicipalityValues(),
    name: `Prüfdorf ${uniqueSlug("x")}`,
    kind: "GEMEINDE",
    regierungsbezirk: "TUEBINGEN",
    ...overrides,
  });

  const input = (values: MunicipalityFormValues) => municipalitySchema.parse(values);

  it("a bad AGS and a negative population are answered at the fields", async () => {
    expect(await schemaMessages(municipalitySchema, valid({ ags: "1234567", population: "-3" }))).toEqual({
      ags: "Der AGS besteht aus genau 8 Ziffern, zum Beispiel 08226096.",
      population: "Die Einwohnerzahl darf nicht negativ sein.",
    });
    expect(await schemaMessages(municipalitySchema, valid({ latitude: "48,1" }))).toEqual({
      longitude: "Bitte geben Sie Breiten- und Längengrad zusammen an – oder keinen von beiden.",
    });
  });

  it("creates with a slug from the name, normalizes the input and records one entry; an update records what changed", async () => {
    const name = `Groß Übungen ${Date.now()}`;
    const ags = String(Date.now()).slice(-8);
    const created = await createMunicipality({
      actor: admin,
      input: input(valid({ name, ags, population: "12.345", latitude: "48,1234", longitude: "9,5", website: "www.example.org" })),
    });
    expect(created).toMatchObject({ slug: expect.stringMatching(/^gross-uebungen-\d+$/) });
    const stored = await db.municipality.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored).toMatchObject({ ags, population: 12345, website: "https://www.example.org" });
    expect(Number(stored.latitude)).toBe(48.1234);
    expect(await auditEntries(created.id, "municipality.create")).toHaveLength(1);

    // The same AGS on another municipality is refused at the field, and nothing is written.
    const before = { municipalities: await db.municipality.count(), audit: await db.auditLog.count({ where: { actorId: admin.id } }) };
    await expect(createMunicipality({ actor: admin, input: input(valid({ ags })) })).rejects.toMatchObject({
      code: "invalid-input",
      fieldErrors: { ags: { key: "AdminMunicipalityForm.errors.agsTaken", values: { name } } },
    });
    expect(await db.municipality.count()).toBe(before.municipalities);
    expect(await db.auditLog.count({ where: { actorId: admin.id } })).toBe(before.audit);

    const landkreis = await db.municipality.create({
      data: { slug: uniqueSlug("landkreis"), name: "Landkreis Prüfung", kind: "LANDKREIS", regierungsbezirk: "TUEBINGEN" },
    });
    const values = valid({
      name: `${name} (neu)`,
      ags,
      population: "12345",
      latitude: "48,1234",
      longitude: "9,5",
      website: "https://www.example.org",
      landkreisId: landkreis.id,
    });
    const update = updateMunicipalitySchema.parse({ ...values, id: created.id });
    expect(await updateMunicipality({ actor: admin, input: update })).toEqual({ slug: created.slug, changed: true });
    expect(await updateMunicipality({ actor: admin, input: update })).toEqual({ slug: created.slug, changed: false });
    const updates = await auditEntries(created.id, "municipality.update");
    expect(updates).toHaveLength(1);
    expect(Object.keys((updates[0]!.details as { changes: object }).changes).sort()).toEqual(["landkreisId", "name"]);
    expect((await db.municipality.findUniqueOrThrow({ where: { id: created.id } })).slug).toBe(created.slug);

    // A Landkreis with members keeps its kind.
    const demote = updateMunicipalitySchema.parse({ ...valid({ name: landkreis.name, kind: "STADT" }), id: landkreis.id });
    await expect(updateMunicipality({ actor: admin, input: demote })).rejects.toMatchObject({
      fieldErrors: { kind: { key: "AdminMunicipalityForm.errors.kindHasMembers" } },
    });
    await expect(updateMunicipality({ actor: admin, input: { ...demote, id: crypto.randomUUID() } })).rejects.toMatchObject({
      code: "not-found",
    });
  });
});

describe("topics and formats", () => {
  it("refuses to delete a topic in use, deletes an unused one, each change with one audit entry", async () => {
    const used = await db.topic.findFirstOrThrow({ where: { versions: { some: {} } } }).catch(async () => {
      // Without demo content: put a topic to use on a fresh profile version.
      const topic = await db.topic.findFirstOrThrow();
      const profile = await db.profile.create({ data: { slug: uniqueSlug("themen-profil"), municipalityId: municipalityIds[0]! } });
      await db.profileVersion.create({
        data: { profileId: profile.id, number: 1, title: "Mit Thema", topics: { create: { topicId: topic.id } } },
      });
      return topic;
    });
    await expect(deleteCatalogItem({ actor: admin, input: { kind: "topic", id: used.id } })).rejects.toMatchObject({
      code: "topic-in-use",
      values: { name: used.name },
    });
    expect(await db.topic.findUnique({ where: { id: used.id } })).not.toBeNull();
    expect(await auditEntries(used.id, "topic.delete")).toHaveLength(0);

    const name = `Testthema ${Date.now()}`;
    const created = await createCatalogItem({ actor: admin, input: { kind: "topic", name } });
    const topic = await db.topic.findUniqueOrThrow({ where: { id: created.id } });
    expect(topic.slug).toMatch(/^testthema-\d+$/);
    await expect(createCatalogItem({ actor: admin, input: { kind: "topic", name: name.toUpperCase() } })).rejects.toMatchObject({
      code: "invalid-input",
      fieldErrors: { name: { key: "AdminCatalog.errors.nameTaken" } },
    });

    const renamed = await updateCatalogItem({ actor: admin, input: { kind: "topic", id: topic.id, name: `${name} B`, sortOrder: 5 } });
    expect(renamed).toEqual({ name: `${name} B`, changed: true });
    expect(await db.topic.findUniqueOrThrow({ where: { id: topic.id } })).toMatchObject({ slug: topic.slug, sortOrder: 5 });

    expect(await deleteCatalogItem({ actor: admin, input: { kind: "topic", id: topic.id } })).toEqual({ name: `${name} B` });
    await expect(deleteCatalogItem({ actor: admin, input: { kind: "topic", id: topic.id } })).rejects.toMatchObject({ code: "not-found" });
    expect(await db.topic.findUnique({ where: { id: topic.id } })).toBeNull();
    expect((await auditEntries(topic.id)).map((entry) => entry.action)).toEqual(["topic.create", "topic.update", "topic.delete"]);
  });

  it("formats follow the same rules", async () => {
    const created = await createCatalogItem({ actor: admin, input: { kind: "format", name: `Testformat ${Date.now()}` } });
    expect(await schemaMessages(updateCatalogItemSchema, { kind: "format", id: created.id, name: created.name, sortOrder: "-1" })).toEqual({
      sortOrder: "Bitte geben Sie die Position als ganze Zahl von 0 bis 100000 ein.",
    });
    expect(await deleteCatalogItem({ actor: admin, input: { kind: "format", id: created.id } })).toEqual({ name: created.name });
    expect((await auditEntries(created.id)).map((entry) => entry.action)).toEqual(["format.create", "format.delete"]);
  });
});
