import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/policy";
import { AppError } from "@/lib/errors";
import { getServerTranslator } from "@/lib/i18n/server-translator";
import { stopJobQueue } from "@/lib/jobs/job-queue";
import { createProfile } from "@/lib/profiles/create-profile";
import { emptyFormValues, versionFormInclude, versionToFormValues } from "@/lib/profiles/form-values";
import { saveWorkingVersion, type SaveDraftOutcome } from "@/lib/profiles/save-working-version";
import { approveVersion, requestChanges, submitVersion } from "@/lib/review/workflow";
import { connectTestDatabase, uniqueSlug } from "../support/test-db";

/**
 * Issue 14, "Concurrency": a reviewer's approval and an editor's save of the same profile at the same
 * moment. Both run for real against PostgreSQL (two transactions from the portal's own pool, started
 * with Promise.all), many rounds on one profile, with the start of one of them shifted by 0–3 ms so that
 * both orders occur. Whatever the order, the result must be one of the consistent outcomes:
 *
 * - the approval wins: the approved text is public; the save either lands in a *new* draft based on it
 *   (the editor named no working version) or is answered as a conflict that shows the published text
 *   (the editor named the version that was just published) — and writes nothing;
 * - the save wins the lock: it meets a version in review and is refused ("version-locked", a German
 *   message from the catalogue) — and writes nothing; the approval then publishes.
 *
 * Never: a save that changes the version being published, an approval that publishes a half-saved text,
 * two published versions, a lost save, or an audit entry for something that did not happen.
 */
const db = connectTestDatabase();
const ROUNDS = 30;
let editor: Actor;
let reviewer: Actor;
let profileId: string;

beforeAll(async () => {
  delete process.env.SMTP_URL; // mails land in the outbox
  const municipality = await db.municipality.create({
    data: { slug: uniqueSlug("gleichzeitig"), name: "Gleichzeitighausen", kind: "GEMEINDE", regierungsbezirk: "KARLSRUHE" },
  });
  const [editorUser, reviewerUser] = await Promise.all([
    db.user.create({
      data: {
        email: `${uniqueSlug("gleichzeitig-red")}@example.org`,
        name: "Erika Redaktion",
        role: "EDITOR",
        assignments: { create: { municipalityId: municipality.id } },
      },
    }),
    db.user.create({ data: { email: `${uniqueSlug("gleichzeitig-pruef")}@example.org`, name: "Paul Prüfer", role: "REVIEWER" } }),
  ]);
  editor = { id: editorUser.id, role: "EDITOR", municipalityIds: [municipality.id] };
  reviewer = { id: reviewerUser.id, role: "REVIEWER", municipalityIds: [] };
  profileId = (await createProfile({ actor: editor, input: { municipalityId: municipality.id, title: "Gleichzeitiger Steckbrief" } })).id;
});

afterAll(async () => {
  await stopJobQueue();
  await db.$disconnect();
});

const values = (occasion: string) => ({ ...emptyFormValues("Gleichzeitiger Steckbrief"), occasion });
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Saves `occasion` into the working version as an editor's form would (naming the version it started from). */
async function saveDraft(occasion: string) {
  const profile = await db.profile.findUniqueOrThrow({ where: { id: profileId }, select: { workingVersion: true } });
  const saved = await saveWorkingVersion({
    actor: editor,
    input: {
      profileId,
      versionId: profile.workingVersion?.id ?? null,
      baseRevision: profile.workingVersion?.revision ?? 0,
      values: values(occasion),
    },
  });
  if (saved.outcome !== "saved") throw new Error(`preparing round: ${saved.outcome}`);
  return saved;
}

type SaveResult = { kind: "outcome"; outcome: SaveDraftOutcome } | { kind: "refused"; error: AppError };
type Outcome = "saved-into-new-draft" | "conflict-after-publication" | "refused-in-review";

describe("an approval and a save of the same profile at the same moment", () => {
  it(`leave a consistent state in each of ${ROUNDS} rounds: one wins, the other is told clearly, nothing half-written`, async () => {
    const t = await getServerTranslator("de");
    const tally: Record<Outcome, number> = { "saved-into-new-draft": 0, "conflict-after-publication": 0, "refused-in-review": 0 };
    let expectedPublications = 0;
    // The log records one "version.save" per person and version (lib/profiles/save-working-version.ts).
    const versionsSavedInto = new Set<string>();
    const auditBefore = await db.auditLog.count({ where: { details: { path: ["profileId"], equals: profileId } } });
    const saveEntriesBefore = await db.auditLog.count({
      where: { action: "version.save", details: { path: ["profileId"], equals: profileId } },
    });

    for (let round = 1; round <= ROUNDS; round += 1) {
      // Prepare: a draft with this round's text, submitted.
      const approvedText = `Runde ${round}: eingereichter Anlass`;
      const editorText = `Runde ${round}: gleichzeitig getippter Anlass`;
      const submitted = await saveDraft(approvedText);
      versionsSavedInto.add(submitted.versionId);
      await submitVersion({ actor: editor, profileId });
      const inReview = await db.profileVersion.findUniqueOrThrow({ where: { id: submitted.versionId }, include: versionFormInclude });
      const submittedContent = versionToFormValues(inReview); // as stored (the form's empty contact row is dropped)
      expect(submittedContent.occasion).toBe(approvedText);

      // Odd rounds: a form still open on the submitted version (names it and its revision);
      // even rounds: a form opened on the published text before the draft existed (names no version).
      const staleForm = round % 2 === 1;
      const input = {
        profileId,
        versionId: staleForm ? inReview.id : null,
        baseRevision: staleForm ? inReview.revision : 0,
        values: values(editorText),
      };
      const jitter = round % 4; // 0–3 ms: sometimes the save starts first, sometimes the approval
      const [approval, save] = await Promise.allSettled([
        sleep(round % 8 < 4 ? jitter : 0).then(() => approveVersion({ actor: reviewer, versionId: inReview.id })),
        sleep(round % 8 >= 4 ? jitter : 0).then(() =>
          saveWorkingVersion({ actor: editor, input }).then(
            (outcome): SaveResult => ({ kind: "outcome", outcome }),
            (error: unknown): SaveResult => {
              if (error instanceof AppError) return { kind: "refused", error };
              throw error;
            },
          ),
        ),
      ]);

      // The approval always succeeds: a save never takes a version out of review.
      expect(approval.status, `round ${round}: approval ${approval.status === "rejected" ? String(approval.reason) : ""}`).toBe(
        "fulfilled",
      );
      expect(save.status, `round ${round}: save ${save.status === "rejected" ? String(save.reason) : ""}`).toBe("fulfilled");
      if (save.status !== "fulfilled") return;
      expectedPublications += 1;

      const profile = await db.profile.findUniqueOrThrow({
        where: { id: profileId },
        include: { publishedVersion: { include: versionFormInclude }, workingVersion: { include: versionFormInclude } },
      });
      // Published is exactly the approved version with exactly the approved text.
      expect(profile.publishedVersionId).toBe(inReview.id);
      expect(profile.publishedVersion?.state).toBe("PUBLISHED");
      expect(versionToFormValues(profile.publishedVersion!)).toEqual(submittedContent);
      expect(profile.publishedVersion?.revision, "the published version was not written after submission").toBe(inReview.revision);
      expect(await db.profileVersion.count({ where: { profileId, state: "PUBLISHED" } })).toBe(1);
      expect(await db.profileVersion.count({ where: { profileId, state: { in: ["IN_REVIEW", "APPROVED"] } } })).toBe(0);

      const result = save.value;
      let outcome: Outcome;
      if (result.kind === "refused") {
        // The save met the version in review: refused with the catalogue's German message; nothing written.
        outcome = "refused-in-review";
        expect(result.error.code).toBe("version-locked");
        expect(t(`Errors.${result.error.code}`)).toBe(
          "Diese Fassung ist zur Prüfung eingereicht oder freigegeben und kann bis zur Entscheidung nicht geändert werden.",
        );
        expect(profile.workingVersionId).toBeNull();
      } else if (result.outcome.outcome === "conflict") {
        // The save came after the publication and named the version that is now published: a conflict
        // that shows the published text and who published it when; nothing written.
        outcome = "conflict-after-publication";
        expect(staleForm).toBe(true);
        expect(result.outcome.current).toEqual(submittedContent);
        expect(result.outcome.savedBy).toBe("Paul Prüfer");
        expect(result.outcome.savedAt).toBe(profile.publishedVersion!.publishedAt!.toISOString());
        expect(t("Editor.status.conflict")).toMatch(/inzwischen geändert/);
        expect(profile.workingVersionId).toBeNull();
      } else {
        // The save came after the publication with a fresh form: a new draft based on the published version.
        outcome = "saved-into-new-draft";
        expect(staleForm).toBe(false);
        versionsSavedInto.add(result.outcome.versionId);
        expect(profile.workingVersionId).toBe(result.outcome.versionId);
        expect(profile.workingVersion?.state).toBe("DRAFT");
        expect(profile.workingVersion?.basedOnId).toBe(inReview.id);
        expect(versionToFormValues(profile.workingVersion!)).toEqual({ ...submittedContent, occasion: editorText });
      }
      tally[outcome] += 1;
    }

    // Every version accounted for: one published (the last round's), every earlier one superseded, at most one draft.
    const versions = await db.profileVersion.groupBy({ by: ["state"], where: { profileId }, _count: true });
    const byState = Object.fromEntries(versions.map((entry) => [entry.state, entry._count]));
    expect(byState.PUBLISHED).toBe(1);
    expect(byState.SUPERSEDED).toBe(ROUNDS - 1);
    expect(byState.IN_REVIEW ?? 0).toBe(0);

    // The audit log says exactly what happened: one publication per approval, one save entry per written
    // version, one submission per round — nothing for a refused or conflicting save.
    const entries = await db.auditLog.groupBy({
      by: ["action"],
      where: { details: { path: ["profileId"], equals: profileId } },
      _count: true,
    });
    const byAction = Object.fromEntries(entries.map((entry) => [entry.action, entry._count]));
    expect(byAction["version.publish"]).toBe(expectedPublications);
    expect(byAction["version.submit"]).toBe(ROUNDS);
    expect((byAction["version.save"] ?? 0) - saveEntriesBefore).toBe(versionsSavedInto.size);
    expect(Object.values(byAction).reduce((sum, count) => sum + count, 0) - auditBefore).toBe(
      expectedPublications + ROUNDS + versionsSavedInto.size,
    );

    console.log(`[concurrency] ${ROUNDS} rounds: ${JSON.stringify(tally)}`);
    // Both orders happened (otherwise the test would not show what it claims).
    expect(tally["refused-in-review"]).toBeGreaterThan(0);
    expect(tally["saved-into-new-draft"] + tally["conflict-after-publication"]).toBeGreaterThan(0);
  });

  it(`never let a save slip into a version being submitted (${ROUNDS} rounds): what goes to review is what was checked`, async () => {
    // The same race one step earlier: the editor submits in one tab while an autosave of an unreadable amount
    // ("4.6OO", kept as typed) runs in another. Submitting checks the content and then changes the state; a save
    // between the two would put unchecked text into review — and from there into publication.
    const municipalityId = editor.municipalityIds[0]!;
    const { id: submitProfileId } = await createProfile({ actor: editor, input: { municipalityId, title: "Einreichen und Speichern" } });
    const tally = { "save-first-submit-refused": 0, "submit-first-save-refused": 0 };
    for (let round = 1; round <= ROUNDS; round += 1) {
      const profile = await db.profile.findUniqueOrThrow({ where: { id: submitProfileId }, select: { workingVersion: true } });
      const valid = { ...emptyFormValues("Einreichen und Speichern"), occasion: `Runde ${round}: geprüfter Anlass` };
      const prepared = await saveWorkingVersion({
        actor: editor,
        input: {
          profileId: submitProfileId,
          versionId: profile.workingVersion!.id,
          baseRevision: profile.workingVersion!.revision,
          values: valid,
        },
      });
      if (prepared.outcome !== "saved") throw new Error(`preparing round ${round}: ${prepared.outcome}`);
      const unreadable = { ...valid, occasion: `Runde ${round}: ungeprüfter Anlass`, costTotal: "4.6OO" };
      const jitter = round % 4;
      const [submit, save] = await Promise.allSettled([
        sleep(round % 8 < 4 ? jitter : 0).then(() => submitVersion({ actor: editor, profileId: submitProfileId })),
        sleep(round % 8 >= 4 ? jitter : 0).then(() =>
          saveWorkingVersion({
            actor: editor,
            input: { profileId: submitProfileId, versionId: prepared.versionId, baseRevision: prepared.revision, values: unreadable },
          }),
        ),
      ]);
      const version = await db.profileVersion.findUniqueOrThrow({ where: { id: prepared.versionId }, include: versionFormInclude });
      if (submit.status === "fulfilled") {
        // Submitted first: the version in review holds exactly the checked text; the save was refused.
        tally["submit-first-save-refused"] += 1;
        expect(save.status === "rejected" && save.reason instanceof AppError && save.reason.code, `round ${round}`).toBe("version-locked");
        expect(version.state).toBe("IN_REVIEW");
        expect(version.revision).toBe(prepared.revision);
        expect(version.occasion).toBe(valid.occasion);
        expect(version.invalidInputs).toEqual({});
        await requestChanges({ actor: reviewer, versionId: version.id, comment: "Bitte noch einmal ansehen." });
      } else {
        // Saved first: the draft holds the unreadable amount as typed, and submitting refused it.
        tally["save-first-submit-refused"] += 1;
        expect(submit.reason instanceof AppError && submit.reason.code, `round ${round}: ${String(submit.reason)}`).toBe("not-submittable");
        expect(save.status === "fulfilled" && save.value.outcome, `round ${round}`).toBe("saved");
        expect(["DRAFT", "CHANGES_REQUESTED"]).toContain(version.state); // after a request for changes it stays that
        expect(version.revision).toBe(prepared.revision + 1);
        expect(version.occasion).toBe(unreadable.occasion);
        expect(version.invalidInputs).toEqual({ costTotal: "4.6OO" });
      }
    }
    console.log(`[concurrency] submit and save, ${ROUNDS} rounds: ${JSON.stringify(tally)}`);
    expect(
      await db.profileVersion.count({ where: { profileId: submitProfileId, state: "IN_REVIEW", NOT: { invalidInputs: { equals: {} } } } }),
    ).toBe(0);
    const submissions = await db.auditLog.count({
      where: { action: "version.submit", details: { path: ["profileId"], equals: submitProfileId } },
    });
    expect(submissions).toBe(tally["submit-first-save-refused"]);
    expect(tally["submit-first-save-refused"]).toBeGreaterThan(0);
    expect(tally["save-first-submit-refused"]).toBeGreaterThan(0);
  });
});
