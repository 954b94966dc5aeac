import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/authz/policy";
import { erasePerson } from "@/lib/privacy/erase-person";
import { exportPersonalData } from "@/lib/privacy/export-personal-data";
import { pseudonymOf } from "@/lib/privacy/pseudonym";
import { connectTestDatabase, uniqueSlug } from "../support/test-db";

/**
 * Personal data on request (issue 14, Art. 15/17 DSGVO): the export holds everything about the
 * person and nothing about others; after the erasure no column of any table holds the person's
 * address or name, and the audit log has kept every entry (plus the one recording the erasure).
 */
const db = connectTestDatabase();
let admin: Actor;
let municipalityId: string;

beforeAll(async () => {
  const created = await db.user.create({
    data: { email: `${uniqueSlug("dsgvo-admin")}@example.org`, role: "ADMIN", name: "Verwaltung Test" },
  });
  admin = { id: created.id, role: "ADMIN", municipalityIds: [] };
  const municipality = await db.municipality.create({
    data: { slug: uniqueSlug("dsgvo-gemeinde"), name: "Testgemeinde DSGVO", kind: "GEMEINDE", regierungsbezirk: "FREIBURG" },
  });
  municipalityId = municipality.id;
});

afterAll(async () => {
  await db.$disconnect();
});

/** A person with traces in every place the portal stores something about a person, and another person next to them. */
async function personWithTraces() {
  const slug = uniqueSlug("person");
  const email = `${slug}@example.org`;
  const name = `Quirina Zettelmann ${slug}`;
  const otherEmail = `${uniqueSlug("andere")}@example.org`;
  const otherName = `Bertram Ohnesorg ${slug}`;
  const person = await db.user.create({
    data: { email, name, role: "EDITOR", passwordHash: "scrypt$nicht-echt", assignments: { create: { municipalityId } } },
  });
  const other = await db.user.create({ data: { email: otherEmail, name: otherName, role: "REVIEWER" } });

  const profile = await db.profile.create({ data: { slug: uniqueSlug("dsgvo-profil"), municipalityId } });
  const own = await db.profileVersion.create({
    data: {
      profileId: profile.id,
      number: 1,
      state: "DRAFT",
      title: "Fassung der Person",
      createdById: person.id,
      updatedById: person.id,
      reviewedById: other.id,
    },
  });
  const others = await db.profileVersion.create({
    data: {
      profileId: profile.id,
      number: 2,
      state: "DRAFT",
      title: "Fassung der anderen Person",
      createdById: other.id,
      updatedById: other.id,
    },
  });
  await db.contact.create({ data: { versionId: own.id, function: "Koordination", email, personName: name } });
  const comment = await db.reviewComment.create({ data: { versionId: own.id, body: "Bitte die Termine ergänzen.", authorId: person.id } });
  const otherComment = await db.reviewComment.create({
    data: { versionId: own.id, body: "Kommentar der anderen Person.", authorId: other.id },
  });

  await recordAudit(db, {
    actorId: admin.id,
    action: "user.invite",
    objectType: "User",
    objectId: person.id,
    details: { email, role: "EDITOR", municipalities: ["Testgemeinde DSGVO"] },
  });
  await recordAudit(db, { actorId: person.id, action: "version.save", objectType: "ProfileVersion", objectId: own.id });
  // The person invited someone: the export must not hand out that other address.
  await recordAudit(db, {
    actorId: person.id,
    action: "user.invite",
    objectType: "User",
    objectId: other.id,
    details: { email: otherEmail },
  });
  await recordAudit(db, { actorId: other.id, action: "version.save", objectType: "ProfileVersion", objectId: others.id });

  await db.authSession.create({ data: { userId: person.id, expiresAt: new Date(Date.now() + 3_600_000) } });
  await db.authToken.create({
    data: {
      purpose: "PASSWORD_RESET",
      tokenHash: createHash("sha256").update(slug).digest("hex"),
      email,
      expiresAt: new Date(Date.now() + 3_600_000),
    },
  });
  await db.outboxMail.create({ data: { to: email, subject: "Ihr neues Passwort", text: `Guten Tag ${name}, …` } });
  await db.outboxMail.create({ data: { to: otherEmail, subject: "Einladung", text: `${name} (${email}) hat Sie eingeladen.` } });
  await db.signInAttempt.create({ data: { emailHash: createHash("sha256").update(email).digest("hex"), outcome: "FAILED" } });
  await db.importUpload.create({
    data: {
      createdById: person.id,
      fileName: "steckbriefe.csv",
      format: "csv",
      columns: ["titel"],
      rows: [{ titel: name }],
      expiresAt: new Date(Date.now() + 3_600_000),
    },
  });
  await db.accessibilityFeedback.create({ data: { message: "Der Kontrast ist zu schwach.", name, email } });

  return { person, other, email, name, otherEmail, otherName, own, others, comment, otherComment };
}

/** Every text, character, JSON and array column of every table in the schema that contains `needle` (case-insensitive). */
async function columnsContaining(needle: string) {
  const columns = await db.$queryRaw<{ table_name: string; column_name: string }[]>`
    SELECT table_name, column_name FROM information_schema.columns
    WHERE table_schema = current_schema()
      AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')`;
  expect(columns.length).toBeGreaterThan(20);
  const hits: string[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    const [row] = await db.$queryRawUnsafe<{ count: bigint }[]>(
      `SELECT count(*) AS count FROM "${table}" WHERE strpos(lower("${column}"::text), lower($1)) > 0`,
      needle,
    );
    if (row!.count > BigInt(0)) hits.push(`${table}.${column}`);
  }
  return hits;
}

describe("export (Art. 15 DSGVO)", () => {
  it("holds the account, the versions, comments and audit entries of the person, and nothing of others", async () => {
    const traces = await personWithTraces();
    const result = await exportPersonalData({ actor: admin, userId: traces.person.id });
    expect(result).not.toBeNull();
    const { document } = result!;
    expect(document.account).toMatchObject({ id: traces.person.id, email: traces.email, name: traces.name, role: "EDITOR" });
    expect(document.account.municipalities).toEqual([expect.objectContaining({ name: "Testgemeinde DSGVO" })]);
    expect(document.account.sessions).toHaveLength(1);
    expect(document.versions).toEqual([
      expect.objectContaining({ id: traces.own.id, asAuthor: true, asLastEditor: true, asReviewer: false }),
    ]);
    expect(document.comments.map((comment) => comment.id)).toEqual([traces.comment.id]);
    expect(document.auditEntries.map((entry) => entry.action)).toEqual(["version.save", "user.invite"]);
    expect(document.auditEntriesAboutAccount.map((entry) => entry.action)).toEqual(["user.invite"]);
    expect(document.linksSent).toHaveLength(1);
    expect(document.mails).toHaveLength(1);
    expect(document.importUploads).toHaveLength(1);
    expect(document.accessibilityFeedback).toHaveLength(1);
    expect(document.failedSignIns).toHaveLength(1);

    const text = JSON.stringify(document);
    // No secrets, and nothing that identifies another person.
    expect(text).not.toContain("scrypt$");
    for (const foreign of [traces.otherEmail, traces.otherName, traces.other.id, traces.others.id, traces.otherComment.body, admin.id]) {
      expect(text).not.toContain(foreign);
    }
    // The export is recorded.
    expect(await db.auditLog.count({ where: { action: "user.data-export", objectId: traces.person.id, actorId: admin.id } })).toBe(1);
  });

  it("is refused to non-admins and answers null for an unknown person", async () => {
    const traces = await personWithTraces();
    const reviewer: Actor = { id: traces.other.id, role: "REVIEWER", municipalityIds: [] };
    await expect(exportPersonalData({ actor: reviewer, userId: traces.person.id })).rejects.toMatchObject({ code: "forbidden" });
    await expect(exportPersonalData({ actor: null, userId: traces.person.id })).rejects.toMatchObject({ code: "unauthenticated" });
    expect(await exportPersonalData({ actor: admin, userId: "00000000-0000-4000-8000-000000000000" })).toBeNull();
    expect(await exportPersonalData({ actor: admin, userId: "kein-uuid" })).toBeNull();
  });
});

describe("erasure (Art. 17 DSGVO)", () => {
  it("leaves the person's address and name in no column of any table, keeps every audit entry and records itself", async () => {
    const traces = await personWithTraces();
    const auditBefore = await db.auditLog.findMany({
      select: { id: true, action: true, actorId: true, objectId: true },
      orderBy: { id: "asc" },
    });
    // The scan finds the person before the erasure (it would find them after it, too).
    expect(await columnsContaining(traces.email)).toEqual(
      expect.arrayContaining(["User.email", "AuditLog.details", "OutboxMail.to", "OutboxMail.text", "AuthToken.email", "Contact.email"]),
    );
    expect(await columnsContaining(traces.name)).toEqual(expect.arrayContaining(["User.name", "ImportUpload.rows", "Contact.personName"]));

    const { pseudonym } = await erasePerson({ actor: admin, userId: traces.person.id });
    expect(pseudonym).toBe(pseudonymOf(traces.person.id).name);

    expect(await columnsContaining(traces.email)).toEqual([]);
    expect(await columnsContaining(traces.name)).toEqual([]);
    // The other person is untouched.
    expect(await columnsContaining(traces.otherEmail)).toEqual(expect.arrayContaining(["User.email", "OutboxMail.to", "AuditLog.details"]));

    // The account is gone: no address, no password, no session, no municipality; it can never sign in.
    const tombstone = await db.user.findUniqueOrThrow({ where: { id: traces.person.id }, include: { sessions: true, assignments: true } });
    expect(tombstone).toMatchObject({ email: pseudonymOf(traces.person.id).email, name: pseudonym });
    const [password] = await db.$queryRaw<
      { passwordHash: string | null }[]
    >`SELECT "passwordHash" FROM "User" WHERE "id" = ${traces.person.id}::uuid`;
    expect(password!.passwordHash).toBeNull();
    expect(tombstone.erasedAt).not.toBeNull();
    expect(tombstone.disabledAt).not.toBeNull();
    expect(tombstone.sessions).toEqual([]);
    expect(tombstone.assignments).toEqual([]);

    // Versions and comments keep pointing at the (now pseudonymous) person.
    expect((await db.profileVersion.findUniqueOrThrow({ where: { id: traces.own.id } })).createdById).toBe(traces.person.id);
    expect((await db.reviewComment.findUniqueOrThrow({ where: { id: traces.comment.id } })).authorId).toBe(traces.person.id);

    // The audit log: every entry still there, unchanged in who did what to what; one more for the erasure.
    const auditAfter = await db.auditLog.findMany({
      select: { id: true, action: true, actorId: true, objectId: true },
      orderBy: { id: "asc" },
    });
    const erasure = auditAfter.filter((entry) => entry.action === "user.erase" && entry.objectId === traces.person.id);
    expect(erasure).toEqual([expect.objectContaining({ actorId: admin.id })]);
    expect(auditAfter.filter((entry) => !(entry.action === "user.erase" && entry.objectId === traces.person.id))).toEqual(
      expect.arrayContaining(auditBefore),
    );
    expect(auditAfter.length).toBeGreaterThanOrEqual(auditBefore.length + 1);
    const invitation = await db.auditLog.findFirstOrThrow({ where: { action: "user.invite", objectId: traces.person.id } });
    expect(invitation.details).toMatchObject({ email: pseudonymOf(traces.person.id).email, role: "EDITOR" });
    // Readers of the log (actor relation) show the pseudonym.
    const byPerson = await db.auditLog.findFirstOrThrow({
      where: { actorId: traces.person.id, action: "version.save" },
      include: { actor: true },
    });
    expect(byPerson.actor?.name).toBe(pseudonym);

    // Erased once is erased: a second request finds nobody, and the export neither.
    await expect(erasePerson({ actor: admin, userId: traces.person.id })).rejects.toMatchObject({ code: "not-found" });
    expect(await exportPersonalData({ actor: admin, userId: traces.person.id })).toBeNull();
  });

  it("refuses the admin's own account and non-admins", async () => {
    const traces = await personWithTraces();
    await expect(erasePerson({ actor: admin, userId: admin.id })).rejects.toMatchObject({ code: "self-erase" });
    const reviewer: Actor = { id: traces.other.id, role: "REVIEWER", municipalityIds: [] };
    await expect(erasePerson({ actor: reviewer, userId: traces.person.id })).rejects.toMatchObject({ code: "forbidden" });
    expect((await db.user.findUniqueOrThrow({ where: { id: traces.person.id } })).erasedAt).toBeNull();
  });

  it("keeps the audit log append-only outside an erasure", async () => {
    const [entry] = await db.auditLog.findMany({ take: 1, orderBy: { id: "asc" } });
    await expect(db.$executeRaw`UPDATE "AuditLog" SET "details" = '{}'::jsonb WHERE "id" = ${entry!.id}`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM "AuditLog" WHERE "id" = ${entry!.id}`).rejects.toThrow(/append-only/);
    // Even an erasure may change only the details, never who did what.
    await expect(
      db.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT set_config('kfd.audit_erasure', 'on', true)`;
        await tx.$executeRaw`UPDATE "AuditLog" SET "action" = 'version.publish' WHERE "id" = ${entry!.id}`;
      }),
    ).rejects.toThrow(/append-only/);
    await expect(
      db.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT set_config('kfd.audit_erasure', 'on', true)`;
        await tx.$executeRaw`DELETE FROM "AuditLog" WHERE "id" = ${entry!.id}`;
      }),
    ).rejects.toThrow(/append-only/);
  });
});
