import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/policy";
import { emptyFormValues, versionFormInclude, versionToFormValues } from "@/lib/profiles/form-values";
import { sampleFormValues } from "@/tests/support/sample-content";
import { saveWorkingVersion } from "@/lib/profiles/save-working-version";
import { AppError } from "@/lib/errors";
import { getServerTranslator } from "@/lib/i18n/server-translator";
import { translateFieldErrors } from "@/lib/i18n/translate";
import { labelKeyOfPath } from "@/lib/profiles/fields";
import { discardDraft, submitVersion } from "@/lib/review/workflow";
import { connectTestDatabase, uniqueSlug } from "../support/test-db";

const db = connectTestDatabase();
let editor: Actor;
let profileId: string;
let publishedVersionId: string;
let editorMunicipalityId: string;

beforeAll(async () => {
  const municipality = await db.municipality.create({
    data: { slug: uniqueSlug("entwurf"), name: "Entwurfsheim", kind: "GEMEINDE", regierungsbezirk: "FREIBURG" },
  });
  const user = await db.user.create({ data: { email: `${uniqueSlug("editor")}@example.org`, role: "EDITOR" } });
  editor = { id: user.id, role: "EDITOR", municipalityIds: [municipality.id] };
  editorMunicipalityId = municipality.id;
  const result = await db.$transaction(async (tx) => {
    const profile = await tx.profile.create({ data: { slug: uniqueSlug("entwurf-profil"), municipalityId: municipality.id } });
    const version = await tx.profileVersion.create({
      data: {
        profileId: profile.id,
        number: 1,
        title: "Veröffentlichter Titel",
        occasion: "Öffentlicher Anlass",
        state: "PUBLISHED",
        publishedAt: new Date(),
      },
    });
    await tx.profile.update({ where: { id: profile.id }, data: { publishedVersionId: version.id } });
    return { profileId: profile.id, versionId: version.id };
  });
  profileId = result.profileId;
  publishedVersionId = result.versionId;
});

afterAll(async () => {
  await db.$disconnect();
});

const values = (occasion: string) => ({ ...emptyFormValues("Veröffentlichter Titel"), occasion });

describe("saving a draft", () => {
  it("creates a working version and never touches the published one", async () => {
    const result = await saveWorkingVersion({
      actor: editor,
      input: { profileId, versionId: null, baseRevision: 0, values: values("Neuer Anlass im Entwurf") },
    });
    expect(result.outcome).toBe("saved");
    const profile = await db.profile.findUniqueOrThrow({
      where: { id: profileId },
      include: { publishedVersion: true, workingVersion: true },
    });
    expect(profile.publishedVersionId).toBe(publishedVersionId);
    expect(profile.publishedVersion?.occasion).toBe("Öffentlicher Anlass");
    expect(profile.workingVersion?.occasion).toBe("Neuer Anlass im Entwurf");
    expect(profile.workingVersion?.state).toBe("DRAFT");
    expect(await db.auditLog.count({ where: { action: "version.save", objectId: profile.workingVersionId! } })).toBe(1);
  });

  it("turns two concurrent saves from the same starting point into one save and one conflict — no lost update", async () => {
    const profile = await db.profile.findUniqueOrThrow({ where: { id: profileId }, include: { workingVersion: true } });
    const base = { profileId, versionId: profile.workingVersionId, baseRevision: profile.workingVersion!.revision };
    const [first, second] = await Promise.all([
      saveWorkingVersion({ actor: editor, input: { ...base, values: values("Fassung A") } }),
      saveWorkingVersion({ actor: editor, input: { ...base, values: values("Fassung B") } }),
    ]);
    const outcomes = [first.outcome, second.outcome].sort();
    expect(outcomes).toEqual(["conflict", "saved"]);
    const conflict = [first, second].find((result) => result.outcome === "conflict");
    const saved = await db.profileVersion.findUniqueOrThrow({ where: { id: profile.workingVersionId! } });
    // The conflict shows exactly the text that won, so the loser can compare and keep theirs.
    expect(conflict?.outcome === "conflict" && conflict.current.occasion).toBe(saved.occasion);
    expect(["Fassung A", "Fassung B"]).toContain(saved.occasion);
    expect(saved.revision).toBe(profile.workingVersion!.revision + 1);
  });

  it("round-trips every registry field through the database, also on a second save", async () => {
    const [topics, formats] = await Promise.all([db.topic.findMany({ take: 2 }), db.format.findMany({ take: 1 })]);
    const full = sampleFormValues({ topicIds: topics.map((topic) => topic.id), formatIds: formats.map((format) => format.id) });
    for (const round of [1, 2]) {
      const current = await db.profile.findUniqueOrThrow({ where: { id: profileId }, include: { workingVersion: true } });
      const values = { ...full, title: `Vollständiger Steckbrief ${round}` };
      const saved = await saveWorkingVersion({
        actor: editor,
        input: { profileId, versionId: current.workingVersionId, baseRevision: current.workingVersion!.revision, values },
      });
      expect(saved.outcome).toBe("saved");
      const stored = await db.profileVersion.findUniqueOrThrow({ where: { id: current.workingVersionId! }, include: versionFormInclude });
      expect(versionToFormValues(stored)).toEqual(values);
    }
  });

  it("saves a draft as it is: valid text next to an unreadable number is on the server, the number kept as typed and flagged", async () => {
    const before = await db.profileVersion.findFirstOrThrow({ where: { profileId, state: "DRAFT" } });
    const typed = {
      ...values("Der Anlass steht jetzt auf dem Server."),
      recommendations: "Früh die Vereine einbinden.",
      costTotal: "4.6OO",
      costFunding: "2.000",
      contacts: [{ ...emptyFormValues().contacts[0]!, function: "Amt", email: "kein-at" }],
    };
    const saved = await saveWorkingVersion({
      actor: editor,
      input: { profileId, versionId: before.id, baseRevision: before.revision, values: typed },
    });
    expect(saved).toMatchObject({ outcome: "saved", revision: before.revision + 1 });
    if (saved.outcome !== "saved") return;
    expect(saved.invalidFields.sort()).toEqual(["contacts", "costTotal"]);
    const stored = await db.profileVersion.findUniqueOrThrow({ where: { id: before.id }, include: versionFormInclude });
    expect(stored.occasion).toBe("Der Anlass steht jetzt auf dem Server.");
    expect(stored.recommendations).toBe("Früh die Vereine einbinden.");
    expect(stored.costTotal).toBeNull(); // the column cannot hold "4.6OO" …
    expect(stored.costFunding?.toString()).toBe("2000");
    expect(stored.costOwnShare).toBeNull();
    expect(stored.invalidInputs).toEqual({ costTotal: "4.6OO", contacts: typed.contacts }); // … so it is kept as typed
    expect(stored.contacts).toEqual([]);
    // The form gets back exactly what was typed.
    const form = versionToFormValues(stored);
    expect(form.costTotal).toBe("4.6OO");
    expect(form.contacts).toEqual(typed.contacts);
    expect(form.occasion).toBe("Der Anlass steht jetzt auf dem Server.");
  });

  it("refuses submitting until the draft is complete and valid, with German messages per field; then submits", async () => {
    const current = await db.profileVersion.findFirstOrThrow({ where: { profileId, state: "DRAFT" }, include: versionFormInclude });
    const error = await submitVersion({ actor: editor, profileId }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(AppError);
    if (!(error instanceof AppError)) return;
    expect(error.code).toBe("not-submittable");
    const messages = translateFieldErrors(await getServerTranslator("de"), error.fieldErrors!, labelKeyOfPath);
    expect(messages.costTotal).toBe(
      "Gesamtkosten (Euro): Die Angabe enthält den Buchstaben „O“. Bitte nur Ziffern eingeben, zum Beispiel 4.600 oder 4.600,50.",
    );
    expect(messages["contacts.0.email"]).toMatch(/gültige E-Mail-Adresse/);
    expect((await db.profileVersion.findUniqueOrThrow({ where: { id: current.id } })).state).toBe("DRAFT");

    // Funding above the total: said at the funding field, with both amounts.
    const fixedNumber = await saveWorkingVersion({
      actor: editor,
      input: {
        profileId,
        versionId: current.id,
        baseRevision: current.revision,
        values: { ...versionToFormValues(current), costTotal: "4.600,- Euro", costFunding: "5000 €", contacts: [] },
      },
    });
    expect(fixedNumber).toMatchObject({ outcome: "saved", invalidFields: [] });
    const above = await submitVersion({ actor: editor, profileId }).catch((thrown: AppError) => thrown);
    const aboveMessages = translateFieldErrors(await getServerTranslator("de"), (above as AppError).fieldErrors!, labelKeyOfPath);
    expect(aboveMessages.costFunding).toMatch(/höchstens 3\.000 Euro/);
    const fixed = await db.profileVersion.findUniqueOrThrow({ where: { id: current.id }, include: versionFormInclude });
    const withinTotal = await saveWorkingVersion({
      actor: editor,
      input: {
        profileId,
        versionId: current.id,
        baseRevision: fixed.revision,
        values: { ...versionToFormValues(fixed), costTotal: "2.600", costFunding: "2.800" },
      },
    });
    expect(withinTotal.outcome).toBe("saved");
    const tooMuch = await submitVersion({ actor: editor, profileId }).catch((thrown: AppError) => thrown);
    const tooMuchMessages = translateFieldErrors(await getServerTranslator("de"), (tooMuch as AppError).fieldErrors!, labelKeyOfPath);
    expect(tooMuchMessages.costFunding).toBe(
      "Die Förderung (2.800 €) ist höher als die Gesamtkosten (2.600 €). Bitte prüfen Sie beide Beträge.",
    );

    // Fixed: the own share is computed, and the version goes to review.
    const again = await db.profileVersion.findUniqueOrThrow({ where: { id: current.id }, include: versionFormInclude });
    const valid = await saveWorkingVersion({
      actor: editor,
      input: {
        profileId,
        versionId: current.id,
        baseRevision: again.revision,
        values: { ...versionToFormValues(again), costTotal: "4.600", costFunding: "2.800" },
      },
    });
    expect(valid.outcome).toBe("saved");
    const stored = await db.profileVersion.findUniqueOrThrow({ where: { id: current.id } });
    expect([stored.costTotal?.toString(), stored.costFunding?.toString(), stored.costOwnShare?.toString()]).toEqual([
      "4600",
      "2800",
      "1800",
    ]);
    expect(stored.invalidInputs).toEqual({});
    await submitVersion({ actor: editor, profileId });
    expect((await db.profileVersion.findUniqueOrThrow({ where: { id: current.id } })).state).toBe("IN_REVIEW");
    await db.profileVersion.update({ where: { id: current.id }, data: { state: "CHANGES_REQUESTED" } });
  });

  it("the database keeps values kept as typed out of every version that is not a draft", async () => {
    const draft = await db.profileVersion.findFirstOrThrow({ where: { profileId, state: { in: ["DRAFT", "CHANGES_REQUESTED"] } } });
    await expect(
      db.profileVersion.update({ where: { id: draft.id }, data: { state: "IN_REVIEW", invalidInputs: { costTotal: "4.6OO" } } }),
    ).rejects.toThrow(/invalid_inputs_only_in_drafts/);
  });

  it("still refuses what breaks types, lengths and sizes, and writes nothing", async () => {
    const before = await db.profileVersion.findFirstOrThrow({ where: { profileId, state: { in: ["DRAFT", "CHANGES_REQUESTED"] } } });
    const refusal = saveWorkingVersion({
      actor: editor,
      input: {
        profileId,
        versionId: before.id,
        baseRevision: before.revision,
        values: { ...values("x"), occasion: "x".repeat(20_000), moderationType: "ERFUNDEN" },
      },
    });
    const error = await refusal.catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(AppError);
    if (!(error instanceof AppError)) return;
    expect(error.code).toBe("invalid-input");
    const messages = translateFieldErrors(await getServerTranslator("de"), error.fieldErrors!, labelKeyOfPath);
    expect(messages.occasion).toMatch(/Höchstens 12\.000 Zeichen/);
    expect(Object.keys(messages).sort()).toEqual(["moderationType", "occasion"]);
    const after = await db.profileVersion.findUniqueOrThrow({ where: { id: before.id } });
    expect(after.revision).toBe(before.revision);
  });

  it("refuses topics and formats that do not exist at their field, and stores a doubled one once (issue 14, finding 9)", async () => {
    const topic = await db.topic.findFirst({ select: { id: true } });
    const knownTopic = topic?.id ?? (await db.topic.create({ data: { slug: uniqueSlug("thema"), name: "Testthema" } })).id;
    const before = await db.profileVersion.findFirstOrThrow({ where: { profileId, state: { in: ["DRAFT", "CHANGES_REQUESTED"] } } });
    const unknown = "00000000-0000-4000-8000-000000000000";
    const error = await saveWorkingVersion({
      actor: editor,
      input: {
        profileId,
        versionId: before.id,
        baseRevision: before.revision,
        values: { ...values("Mit Themen"), topicIds: [knownTopic, unknown], formatIds: [unknown] },
      },
    }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(AppError);
    if (!(error instanceof AppError)) return;
    expect(error.code).toBe("invalid-input");
    const messages = translateFieldErrors(await getServerTranslator("de"), error.fieldErrors!, labelKeyOfPath);
    expect(Object.keys(messages).sort()).toEqual(["formatIds", "topicIds"]);
    expect(messages.topicIds).toMatch(/gibt es nicht \(mehr\)/);
    expect((await db.profileVersion.findUniqueOrThrow({ where: { id: before.id } })).revision).toBe(before.revision);

    const doubled = await saveWorkingVersion({
      actor: editor,
      input: {
        profileId,
        versionId: before.id,
        baseRevision: before.revision,
        values: { ...values("Mit Themen"), topicIds: [knownTopic, knownTopic] },
      },
    });
    expect(doubled.outcome).toBe("saved");
    expect(await db.profileVersionTopic.count({ where: { versionId: before.id } })).toBe(1);
  });
});

describe("consent to publish a contact's name", () => {
  it("is timed by the server: a client's date (or junk) is never stored, a kept consent keeps its time", async () => {
    const profile = await db.profile.findUniqueOrThrow({ where: { id: profileId }, include: { workingVersion: true } });
    const contact = (name: string, nameConsentAt: string) => ({
      function: "Integrationsbeauftragte",
      office: "",
      email: "integration@entwurfsheim.example",
      phone: "",
      personName: name,
      nameConsentAt,
    });
    const before = Date.now();
    const first = await saveWorkingVersion({
      actor: editor,
      input: {
        profileId,
        versionId: profile.workingVersionId,
        baseRevision: profile.workingVersion?.revision ?? 0,
        values: {
          ...values("Anlass mit Kontakt"),
          contacts: [contact("Erika Beispiel", "1999-01-01T00:00:00.000Z"), contact("Max Beispiel", "kein Datum")],
        },
      },
    });
    expect(first.outcome).toBe("saved");
    if (first.outcome !== "saved") return;
    const stored = await db.contact.findMany({ where: { versionId: first.versionId }, orderBy: { sortOrder: "asc" } });
    for (const row of stored) expect(row.nameConsentAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    const erikaConsent = stored[0]!.nameConsentAt!.getTime();

    const second = await saveWorkingVersion({
      actor: editor,
      input: {
        profileId,
        versionId: first.versionId,
        baseRevision: first.revision,
        values: {
          ...values("Anlass mit Kontakt, geändert"),
          contacts: [contact("Erika Beispiel", "2100-01-01T00:00:00.000Z"), contact("Max Beispiel", "")],
        },
      },
    });
    expect(second.outcome).toBe("saved");
    const again = await db.contact.findMany({ where: { versionId: first.versionId }, orderBy: { sortOrder: "asc" } });
    expect(again[0]!.nameConsentAt!.getTime()).toBe(erikaConsent);
    expect(again[1]!.nameConsentAt).toBeNull();
  });
});

describe("discarding a draft", () => {
  it("returns the profile to its published state, keeps the draft in the history and writes the audit log", async () => {
    const first = await saveWorkingVersion({
      actor: editor,
      input: {
        profileId,
        ...(await db.profile.findUniqueOrThrow({ where: { id: profileId }, include: { workingVersion: true } }).then((profile) => ({
          versionId: profile.workingVersionId,
          baseRevision: profile.workingVersion?.revision ?? 0,
        }))),
        values: values("Eine verirrte Änderung"),
      },
    });
    expect(first.outcome).toBe("saved");
    if (first.outcome !== "saved") return;
    await expect(discardDraft({ actor: editor, profileId })).resolves.toMatchObject({ versionId: first.versionId });
    const profile = await db.profile.findUniqueOrThrow({ where: { id: profileId }, include: { publishedVersion: true } });
    expect(profile.workingVersionId).toBeNull();
    expect(profile.publishedVersion?.occasion).toBe("Öffentlicher Anlass");
    expect((await db.profileVersion.findUniqueOrThrow({ where: { id: first.versionId } })).state).toBe("DISCARDED");
    expect(await db.auditLog.count({ where: { action: "version.discard", objectId: first.versionId, actorId: editor.id } })).toBe(1);
    // Nothing left to discard; the next save starts again from the published text.
    await expect(discardDraft({ actor: editor, profileId })).rejects.toMatchObject({ code: "nothing-to-discard" });
    const next = await saveWorkingVersion({ actor: editor, input: { profileId, versionId: null, baseRevision: 0, values: values("Neu") } });
    expect(next.outcome).toBe("saved");
  });

  it("is not possible for a version in review, nor for another municipality's editor, nor without a published version", async () => {
    const working = await db.profile.findUniqueOrThrow({ where: { id: profileId } });
    await submitVersion({ actor: editor, profileId });
    await expect(discardDraft({ actor: editor, profileId })).rejects.toMatchObject({ code: "review-pending" });
    expect((await db.profileVersion.findUniqueOrThrow({ where: { id: working.workingVersionId! } })).state).toBe("IN_REVIEW");
    await db.profileVersion.update({ where: { id: working.workingVersionId! }, data: { state: "CHANGES_REQUESTED" } });

    const stranger: Actor = { id: editor.id, role: "EDITOR", municipalityIds: [] };
    await expect(discardDraft({ actor: stranger, profileId })).rejects.toMatchObject({ code: "not-found" });
    await expect(discardDraft({ actor: null, profileId })).rejects.toMatchObject({ code: "unauthenticated" });

    const unpublished = await db.$transaction(async (tx) => {
      const created = await tx.profile.create({ data: { slug: uniqueSlug("nie-veroeffentlicht"), municipalityId: editorMunicipalityId } });
      const version = await tx.profileVersion.create({ data: { profileId: created.id, number: 1, title: "Nur ein Entwurf" } });
      await tx.profile.update({ where: { id: created.id }, data: { workingVersionId: version.id } });
      return created.id;
    });
    await expect(discardDraft({ actor: editor, profileId: unpublished })).rejects.toMatchObject({ code: "never-published" });
  });
});
