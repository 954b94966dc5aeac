import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csvStream, jsonStream } from "@/lib/api/downloads";
import type { Actor } from "@/lib/authz/policy";
import { isAppError } from "@/lib/errors";
import { CSV_BOM, csvRows } from "@/lib/format/csv";
import { getServerTranslator } from "@/lib/i18n/server-translator";
import { translateMessage } from "@/lib/i18n/translate";
import { confirmImport } from "@/lib/import/confirm-import";
import { planImport, type ImportPlan } from "@/lib/import/plan-import";
import { findImportUpload, storeImportUpload } from "@/lib/import/store-upload";
import { parseSearchParams } from "@/lib/search/search-params";
import { loadDemoContent } from "@/prisma/demo/load-demo-content";
import { connectTestDatabase, uniqueSlug } from "../support/test-db";

/**
 * The bulk import against real PostgreSQL: a download re-imports as no change, faulty rows get German
 * messages per field and nothing is written before the confirmation, the confirmation writes all
 * valid rows as drafts in one transaction (or nothing), a re-import duplicates nothing, and only the
 * programme staff may import.
 */
const db = connectTestDatabase();
const encoder = new TextEncoder();
let reviewer: Actor;
let otherReviewer: Actor;
let editor: Actor;
let municipality: { id: string; name: string; slug: string };
let changeTarget: { id: string; slug: string; publishedTitle: string };
let topicName: string;

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const upload = (actor: Actor | null, name: string, bytes: Uint8Array) => storeImportUpload({ actor, file: { name, bytes } });

async function reportOf(actor: Actor, uploadId: string): Promise<ImportPlan> {
  const stored = await findImportUpload(actor, uploadId);
  return db.$transaction((tx) => planImport(tx, stored.rows as Record<string, string>[]));
}

const csv = (rows: (string | number | null)[][]) => encoder.encode(CSV_BOM + csvRows(rows));

async function counts() {
  const [profiles, versions, audit] = await Promise.all([db.profile.count(), db.profileVersion.count(), db.auditLog.count()]);
  return { profiles, versions, audit };
}

async function refusal(call: () => Promise<unknown>) {
  try {
    await call();
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
  return "allowed";
}

beforeAll(async () => {
  await loadDemoContent(db);
  const user = (role: "REVIEWER" | "EDITOR") =>
    db.user.create({ data: { email: `${uniqueSlug(`import-${role.toLowerCase()}`)}@example.org`, role } });
  const [r1, r2, e1] = await Promise.all([user("REVIEWER"), user("REVIEWER"), user("EDITOR")]);
  reviewer = { id: r1.id, role: "REVIEWER", municipalityIds: [] };
  otherReviewer = { id: r2.id, role: "REVIEWER", municipalityIds: [] };
  const created = await db.municipality.create({
    data: { slug: uniqueSlug("importhausen"), name: `Importhausen ${uniqueSlug("ort")}`, kind: "GEMEINDE", regierungsbezirk: "TUEBINGEN" },
  });
  municipality = { id: created.id, name: created.name, slug: created.slug };
  await db.editorAssignment.create({ data: { userId: e1.id, municipalityId: created.id } });
  editor = { id: e1.id, role: "EDITOR", municipalityIds: [created.id] };
  // A published profile of that municipality (no working version) for the "change" rows.
  const profile = await db.profile.create({ data: { slug: uniqueSlug("import-bestand"), municipalityId: created.id } });
  const version = await db.profileVersion.create({
    data: {
      profileId: profile.id,
      number: 1,
      state: "PUBLISHED",
      publishedAt: new Date(),
      title: "Dialog im Bestand",
      participantCount: 40,
    },
  });
  await db.profile.update({ where: { id: profile.id }, data: { publishedVersionId: version.id, firstPublishedAt: new Date() } });
  changeTarget = { id: profile.id, slug: profile.slug, publishedTitle: version.title };
  topicName = (await db.topic.findFirstOrThrow({ orderBy: { sortOrder: "asc" } })).name;
});

afterAll(async () => {
  await db.$disconnect();
});

describe("round trip", () => {
  it("re-imports the CSV download (the same code as /api/v1/steckbriefe.csv) as no change at all", async () => {
    const bytes = await readAll(csvStream(parseSearchParams({})));
    const published = await db.publicSearchDocument.count(); // one per publicly visible profile: what the download holds
    const { uploadId } = await upload(reviewer, "steckbriefe.csv", bytes);
    const plan = await reportOf(reviewer, uploadId);
    expect(plan.rows.length).toBeGreaterThanOrEqual(32);
    expect(plan.rows.length).toBe(published);
    const notUnchanged = plan.rows.filter((row) => row.status !== "unchanged");
    expect(notUnchanged.map((row) => ({ row: row.row, title: row.title, problems: row.problems, changed: row.changedColumns }))).toEqual(
      [],
    );

    const before = await counts();
    const result = await confirmImport({ actor: reviewer, uploadId });
    expect(result).toMatchObject({ created: [], updated: [], unchanged: plan.rows.length, invalid: 0 });
    const after = await counts();
    expect(after.profiles).toBe(before.profiles);
    expect(after.versions).toBe(before.versions);
    expect(after.audit).toBe(before.audit + 1); // the import itself
  });

  it("re-imports the JSON download as no change at all", async () => {
    const bytes = await readAll(jsonStream(parseSearchParams({})));
    const { uploadId } = await upload(reviewer, "steckbriefe.json", bytes);
    const plan = await reportOf(reviewer, uploadId);
    expect(plan.rows.filter((row) => row.status !== "unchanged").map((row) => [row.title, row.problems, row.changedColumns])).toEqual([]);
  });
});

describe("a file with faulty rows", () => {
  const header = ["slug", "kommune", "title", "participantCount", "costTotal", "topics", "languages"];
  let rows: (string | number | null)[][];
  let uploadId: string;

  beforeAll(() => {
    rows = [
      header,
      ["", municipality.name, "Neuer Dialog aus dem Meldebogen", "120", "2.500,00", topicName, "Arabisch, Farsi"],
      [changeTarget.slug, "", changeTarget.publishedTitle, "55", "", "", ""],
      ["", municipality.name, "Dialog mit falscher Zahl", "viele", "", "", ""],
      ["", municipality.name, "", "12", "", "", ""],
      ["", "Nirgendwo", "Dialog ohne Kommune", "", "", "", ""],
      ["", municipality.name, "Dialog mit unbekanntem Thema", "", "", "Gibt es nicht", ""],
    ];
  });

  it("reports per row and field in German, and writes nothing", async () => {
    const before = await counts();
    ({ uploadId } = await upload(reviewer, "meldeboegen.csv", csv(rows)));
    const plan = await reportOf(reviewer, uploadId);
    const t = await getServerTranslator("de");
    const messages = (row: number) =>
      plan.rows[row - 1]!.problems.map((problem) => [problem.column, translateMessage(t, problem.message, problem.labelKey ?? undefined)]);

    expect(plan.rows.map((row) => row.status)).toEqual(["new", "changed", "invalid", "invalid", "invalid", "invalid"]);
    expect(plan.counts).toEqual({ new: 1, changed: 1, unchanged: 0, invalid: 4 });
    expect(plan.rows[1]!.changedColumns).toEqual(["participantCount"]);
    expect(messages(3)).toEqual([
      [
        "participantCount",
        `${t("Fields.participantCount.label")}: Die Angabe enthält den Buchstaben „v“. Bitte nur Ziffern eingeben, zum Beispiel 120.`,
      ],
    ]);
    expect(messages(4)).toEqual([["title", "Bitte geben Sie mindestens 3 Zeichen ein."]]);
    expect(messages(5)).toEqual([["kommune", expect.stringContaining("Die Kommune „Nirgendwo“ ist nicht verzeichnet.")]]);
    expect(messages(6)).toEqual([["topics", "Das Themenfeld „Gibt es nicht“ gibt es nicht."]]);

    expect(await counts()).toEqual(before);
    const published = await db.profile.findUniqueOrThrow({ where: { id: changeTarget.id }, include: { publishedVersion: true } });
    expect(published.workingVersionId).toBeNull();
    expect(published.publishedVersion?.participantCount).toBe(40);
  });

  it("rolls everything back when a write fails mid-way", async () => {
    // A real failure inside PostgreSQL, after the first rows were written: the new draft comes last.
    await db.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION import_test_fail() RETURNS trigger AS $$
      BEGIN
        IF NEW."title" = 'Neuer Dialog aus dem Meldebogen' THEN RAISE EXCEPTION 'erzwungener Abbruch'; END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(
      `CREATE TRIGGER import_test_fail BEFORE INSERT ON "ProfileVersion" FOR EACH ROW EXECUTE FUNCTION import_test_fail()`,
    );
    // Order the rows so that the change (a copy of the published version, then the update) is written first.
    const reordered = [rows[0]!, rows[2]!, rows[1]!];
    const { uploadId: failing } = await upload(reviewer, "abbruch.csv", csv(reordered));
    const before = await counts();
    try {
      await expect(confirmImport({ actor: reviewer, uploadId: failing })).rejects.toThrow();
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER import_test_fail ON "ProfileVersion"`);
      await db.$executeRawUnsafe(`DROP FUNCTION import_test_fail()`);
    }
    expect(await counts()).toEqual(before);
    expect((await db.profile.findUniqueOrThrow({ where: { id: changeTarget.id } })).workingVersionId).toBeNull();
    expect((await db.importUpload.findUniqueOrThrow({ where: { id: failing } })).importedAt).toBeNull();
  });

  it("imports the valid rows as drafts in one step, never published", async () => {
    const before = await counts();
    const result = await confirmImport({ actor: reviewer, uploadId });
    expect(result.created.map((item) => item.title)).toEqual(["Neuer Dialog aus dem Meldebogen"]);
    expect(result.updated).toEqual([{ slug: changeTarget.slug, title: changeTarget.publishedTitle }]);
    expect(result).toMatchObject({ unchanged: 0, invalid: 4 });

    const created = await db.profile.findUniqueOrThrow({
      where: { slug: result.created[0]!.slug },
      include: { workingVersion: { include: { topics: { include: { topic: true } } } } },
    });
    expect(created.municipalityId).toBe(municipality.id);
    expect(created.publishedVersionId).toBeNull();
    expect(created.workingVersion).toMatchObject({
      state: "DRAFT",
      participantCount: 120,
      languages: ["Arabisch", "Farsi"],
      createdById: reviewer.id,
    });
    expect(Number(created.workingVersion!.costTotal)).toBe(2500);
    expect(created.workingVersion!.topics.map((link) => link.topic.name)).toEqual([topicName]);

    const changed = await db.profile.findUniqueOrThrow({
      where: { id: changeTarget.id },
      include: { workingVersion: true, publishedVersion: true },
    });
    expect(changed.workingVersion).toMatchObject({ state: "DRAFT", participantCount: 55, title: changeTarget.publishedTitle });
    expect(changed.publishedVersion?.participantCount).toBe(40); // the public page is untouched until review

    const after = await counts();
    expect(after.profiles).toBe(before.profiles + 1);
    expect(after.versions).toBe(before.versions + 2);
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "profile.import", objectId: uploadId } });
    expect(entry).toMatchObject({ actorId: reviewer.id, objectType: "ImportUpload" });
    expect(entry.details).toMatchObject({ fileName: "meldeboegen.csv", created: 1, updated: 1, invalid: 4 });
    // An upload is imported once.
    expect(await refusal(() => confirmImport({ actor: reviewer, uploadId }))).toBe("import-done");
  });

  it("creates no duplicates when the same file is imported again", async () => {
    const before = await counts();
    const { uploadId: again } = await upload(reviewer, "meldeboegen.csv", csv(rows));
    const plan = await reportOf(reviewer, again);
    expect(plan.rows.map((row) => row.status)).toEqual(["unchanged", "unchanged", "invalid", "invalid", "invalid", "invalid"]);
    const result = await confirmImport({ actor: reviewer, uploadId: again });
    expect(result).toMatchObject({ created: [], updated: [], unchanged: 2 });
    const after = await counts();
    expect(after.profiles).toBe(before.profiles);
    expect(after.versions).toBe(before.versions);
    expect(await db.profile.count({ where: { municipalityId: municipality.id } })).toBe(2);
  });
});

describe("the file as a whole", () => {
  const t = getServerTranslator("de");
  const problemOf = async (name: string, bytes: Uint8Array) => {
    try {
      await upload(reviewer, name, bytes);
    } catch (error) {
      if (isAppError(error, "invalid-input")) return translateMessage(await t, error.fieldErrors!.file!);
      throw error;
    }
    return "accepted";
  };

  it("refuses empty, wrongly encoded, headerless, unknown-column and too large files with German messages", async () => {
    expect(await problemOf("leer.csv", new Uint8Array())).toBe("Die Datei ist leer.");
    expect(
      await problemOf("excel.csv", Uint8Array.from([...encoder.encode("kommune;title\nL"), 0xf6, 0x72, 0x72, 0x61, 0x63, 0x68])),
    ).toMatch(/nicht in UTF-8 kodiert/);
    expect(await problemOf("ohne-kopf.csv", encoder.encode("Ulm;Ein Dialog\n"))).toMatch(/keine Kopfzeile/);
    expect(await problemOf("spalten.csv", encoder.encode("kommune;title;farbe\nUlm;Dialog;blau\n"))).toBe(
      "Unbekannte Spalte: „farbe“. Bitte verwenden Sie die Spaltennamen des CSV-Downloads.",
    );
    expect(await problemOf("nur-kopf.csv", encoder.encode("kommune;title\n"))).toMatch(/nur die Kopfzeile/);
    expect(await problemOf("gross.csv", new Uint8Array(5 * 1024 * 1024 + 1).fill(0x61))).toMatch(/größer als 5 MB/);
    const many = [["kommune", "title"], ...Array.from({ length: 501 }, (_, index) => ["Ulm", `Dialog ${index}`])];
    expect(await problemOf("viele.csv", csv(many))).toMatch(/501 Zeilen; höchstens 500/);
  });
});

describe("who may import", () => {
  it("refuses editors and anonymous callers, and shows an upload only to its uploader", async () => {
    const bytes = csv([
      ["kommune", "title"],
      [municipality.name, "Dialog eines Fremden"],
    ]);
    expect(await refusal(() => upload(editor, "x.csv", bytes))).toBe("forbidden");
    expect(await refusal(() => upload(null, "x.csv", bytes))).toBe("unauthenticated");
    const { uploadId } = await upload(reviewer, "x.csv", bytes);
    expect(await refusal(() => confirmImport({ actor: editor, uploadId }))).toBe("forbidden");
    expect(await refusal(() => confirmImport({ actor: null, uploadId }))).toBe("unauthenticated");
    expect(await refusal(() => findImportUpload(editor, uploadId))).toBe("forbidden");
    expect(await refusal(() => findImportUpload(otherReviewer, uploadId))).toBe("not-found");
    expect(await refusal(() => confirmImport({ actor: otherReviewer, uploadId }))).toBe("not-found");
    expect(await db.profile.count({ where: { municipalityId: municipality.id } })).toBe(2);
  });
});

describe("rows the import leaves alone", () => {
  it("refuses to change a version in review, and counts a row equal to the published version as unchanged", async () => {
    const profile = await db.profile.create({ data: { slug: uniqueSlug("import-pruefung"), municipalityId: municipality.id } });
    const published = await db.profileVersion.create({
      data: { profileId: profile.id, number: 1, state: "PUBLISHED", publishedAt: new Date(), title: "Veröffentlichter Titel" },
    });
    const inReview = await db.profileVersion.create({
      data: { profileId: profile.id, number: 2, state: "IN_REVIEW", submittedAt: new Date(), title: "Eingereichter Titel" },
    });
    await db.profile.update({ where: { id: profile.id }, data: { publishedVersionId: published.id, workingVersionId: inReview.id } });
    const { uploadId } = await upload(
      reviewer,
      "pruefung.csv",
      csv([
        ["slug", "title"],
        [profile.slug, "Veröffentlichter Titel"],
        [profile.slug, "Ganz neuer Titel"],
        ["gibt-es-nicht", "Titel"],
      ]),
    );
    const plan = await reportOf(reviewer, uploadId);
    expect(plan.rows.map((row) => row.status)).toEqual(["unchanged", "invalid", "invalid"]);
    expect(plan.rows[1]!.problems.map((problem) => problem.message.key)).toEqual(["Import.row.duplicate"]);
    expect(plan.rows[2]!.problems.map((problem) => problem.message.key)).toEqual(["Import.row.unknownSlug"]);

    const { uploadId: locked } = await upload(
      reviewer,
      "pruefung.csv",
      csv([
        ["slug", "title"],
        [profile.slug, "Ganz neuer Titel"],
      ]),
    );
    expect((await reportOf(reviewer, locked)).rows[0]!.problems.map((problem) => problem.message.key)).toEqual(["Import.row.locked"]);
  });

  it("forgets uploads after their retention: expired ones are not found and are deleted by the next upload", async () => {
    const expired = await db.importUpload.create({
      data: {
        createdById: reviewer.id,
        fileName: "alt.csv",
        format: "csv",
        columns: ["kommune", "title"],
        rows: [],
        expiresAt: new Date(Date.now() - 1000),
      },
    });
    expect(await refusal(() => findImportUpload(reviewer, expired.id))).toBe("not-found");
    await upload(
      reviewer,
      "neu.csv",
      csv([
        ["kommune", "title"],
        [municipality.name, "Irgendein Dialog"],
      ]),
    );
    expect(await db.importUpload.findUnique({ where: { id: expired.id } })).toBeNull();
  });
});
