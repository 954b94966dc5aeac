import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/policy";
import { AppError } from "@/lib/errors";
import { createProfile } from "@/lib/profiles/create-profile";
import { stopJobQueue } from "@/lib/jobs/job-queue";
import { emptyFormValues } from "@/lib/profiles/form-values";
import { saveWorkingVersion } from "@/lib/profiles/save-working-version";
import {
  approveVersion,
  archiveProfile,
  publishDueVersions,
  requestChanges,
  restoreVersion,
  submitVersion,
  unarchiveProfile,
} from "@/lib/review/workflow";
import { getVersionComparison, listReviewQueue } from "@/lib/review/review-queries";
import { connectTestDatabase, uniqueSlug } from "../support/test-db";

/** Every transition only from the right state and role, with exactly one audit entry each. */
const db = connectTestDatabase();
let editor: Actor;
let reviewer: Actor;
let municipalityId: string;

beforeAll(async () => {
  delete process.env.SMTP_URL; // mails land in the outbox
  const municipality = await db.municipality.create({
    data: { slug: uniqueSlug("ablaufstadt"), name: "Ablaufstadt", kind: "STADT", regierungsbezirk: "TUEBINGEN" },
  });
  municipalityId = municipality.id;
  const [editorUser, reviewerUser] = await Promise.all([
    db.user.create({
      data: { email: `${uniqueSlug("ablauf-red")}@example.org`, role: "EDITOR", assignments: { create: { municipalityId } } },
    }),
    db.user.create({ data: { email: `${uniqueSlug("ablauf-pruef")}@example.org`, role: "REVIEWER" } }),
  ]);
  editor = { id: editorUser.id, role: "EDITOR", municipalityIds: [municipalityId] };
  reviewer = { id: reviewerUser.id, role: "REVIEWER", municipalityIds: [] };
});

afterAll(async () => {
  await stopJobQueue(); // approving with a date queues the publication
  await db.$disconnect();
});

/** A new profile (as editors create it) with a saved draft. */
async function draftProfile(occasion: string) {
  const profile = await createProfile({ actor: editor, input: { municipalityId, title: "Ablauftitel" } });
  const draft = await db.profile.findUniqueOrThrow({ where: { id: profile.id }, select: { workingVersion: true } });
  const saved = await saveWorkingVersion({
    actor: editor,
    input: {
      profileId: profile.id,
      versionId: draft.workingVersion!.id,
      baseRevision: draft.workingVersion!.revision,
      values: { ...emptyFormValues("Ablauftitel"), occasion },
    },
  });
  if (saved.outcome !== "saved") throw new Error(saved.outcome);
  return { profileId: profile.id, versionId: saved.versionId };
}

const auditCount = (objectId: string) => db.auditLog.count({ where: { objectId } });
const state = async (versionId: string) => (await db.profileVersion.findUniqueOrThrow({ where: { id: versionId } })).state;

describe("publishing workflow", () => {
  it("submit → approve publishes at once, with one audit entry per step and mails", async () => {
    const { profileId, versionId } = await draftProfile("Erster Anlass");
    const before = await auditCount(versionId);
    await submitVersion({ actor: editor, profileId });
    expect(await state(versionId)).toBe("IN_REVIEW");
    expect(await auditCount(versionId)).toBe(before + 1);
    await approveVersion({ actor: reviewer, versionId });
    expect(await state(versionId)).toBe("PUBLISHED");
    expect(await auditCount(versionId)).toBe(before + 2);
    const profile = await db.profile.findUniqueOrThrow({ where: { id: profileId } });
    expect(profile.publishedVersionId).toBe(versionId);
    expect(profile.workingVersionId).toBeNull();
    expect(await db.outboxMail.count({ where: { subject: "Zur Prüfung eingereicht: Ablaufstadt" } })).toBeGreaterThan(0);
    expect(await db.outboxMail.count({ where: { subject: "Veröffentlicht: Ablauftitel" } })).toBeGreaterThan(0);
  });

  it("refuses wrong states and roles with a clear error and changes nothing", async () => {
    const { profileId, versionId } = await draftProfile("Zweiter Anlass");
    await expect(approveVersion({ actor: reviewer, versionId })).rejects.toThrow(AppError); // approving a draft
    await expect(requestChanges({ actor: reviewer, versionId, comment: "x" })).rejects.toThrow(AppError);
    await submitVersion({ actor: editor, profileId });
    await expect(submitVersion({ actor: editor, profileId })).rejects.toMatchObject({ code: "already-submitted" }); // twice
    await expect(approveVersion({ actor: editor, versionId })).rejects.toThrow(/forbidden/); // editor approving
    await expect(requestChanges({ actor: reviewer, versionId, comment: "  " })).rejects.toMatchObject({ code: "comment-required" });
    await expect(approveVersion({ actor: reviewer, versionId, publishAt: new Date(Date.now() - 1000) })).rejects.toMatchObject({
      code: "schedule-in-past",
    });
    expect(await state(versionId)).toBe("IN_REVIEW");
    expect(await auditCount(versionId)).toBe(2); // save + submit only
  });

  it("request changes → editable again with comments → resubmit → approve", async () => {
    const { profileId, versionId } = await draftProfile("Dritter Anlass");
    await submitVersion({ actor: editor, profileId });
    await requestChanges({
      actor: reviewer,
      versionId,
      comment: "Bitte Kosten ergänzen.",
      comments: [{ section: "costs", body: "Gesamtkosten fehlen." }],
    });
    expect(await state(versionId)).toBe("CHANGES_REQUESTED");
    expect(await db.reviewComment.count({ where: { versionId, section: "costs" } })).toBe(1);
    const version = await db.profileVersion.findUniqueOrThrow({ where: { id: versionId } });
    const saved = await saveWorkingVersion({
      actor: editor,
      input: {
        profileId,
        versionId,
        baseRevision: version.revision,
        values: { ...emptyFormValues("Ablauftitel"), occasion: "Dritter Anlass", costTotal: "1.000,00" },
      },
    });
    expect(saved.outcome).toBe("saved");
    await submitVersion({ actor: editor, profileId });
    await approveVersion({ actor: reviewer, versionId });
    expect(await state(versionId)).toBe("PUBLISHED");
  });

  it("keeps the published version public while a new one is in review; scheduled publication happens when due", async () => {
    const { profileId, versionId: first } = await draftProfile("Öffentliche Fassung");
    await submitVersion({ actor: editor, profileId });
    await approveVersion({ actor: reviewer, versionId: first });
    const saved = await saveWorkingVersion({
      actor: editor,
      input: { profileId, versionId: null, baseRevision: 0, values: { ...emptyFormValues("Ablauftitel"), occasion: "Neue Fassung" } },
    });
    if (saved.outcome !== "saved") throw new Error("save failed");
    await submitVersion({ actor: editor, profileId });
    expect((await db.profile.findUniqueOrThrow({ where: { id: profileId } })).publishedVersionId).toBe(first);
    await approveVersion({ actor: reviewer, versionId: saved.versionId, publishAt: new Date(Date.now() + 60_000) });
    expect(await state(saved.versionId)).toBe("APPROVED");
    await publishDueVersions(new Date(Date.now() + 30_000));
    expect(await state(saved.versionId)).toBe("APPROVED");
    await publishDueVersions(new Date(Date.now() + 120_000));
    expect(await state(saved.versionId)).toBe("PUBLISHED");
    expect(await state(first)).toBe("SUPERSEDED");
  });

  it("refuses submitting a version without any change against the published one (issue 12)", async () => {
    const { profileId, versionId } = await draftProfile("Unveränderte Fassung");
    await submitVersion({ actor: editor, profileId });
    await approveVersion({ actor: reviewer, versionId });
    // A draft whose content equals the public one: differences nobody sees (spaces at the end) do not count.
    const same = await saveWorkingVersion({
      actor: editor,
      input: {
        profileId,
        versionId: null,
        baseRevision: 0,
        values: { ...emptyFormValues("Ablauftitel"), occasion: "Unveränderte Fassung  " },
      },
    });
    if (same.outcome !== "saved") throw new Error("save failed");
    const refused = await submitVersion({ actor: editor, profileId }).catch((thrown: unknown) => thrown);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe("nothing-changed");
    expect(await state(same.versionId)).toBe("DRAFT");
    // One change, and it goes to review.
    const version = await db.profileVersion.findUniqueOrThrow({ where: { id: same.versionId } });
    const changed = await saveWorkingVersion({
      actor: editor,
      input: {
        profileId,
        versionId: same.versionId,
        baseRevision: version.revision,
        values: { ...emptyFormValues("Ablauftitel"), occasion: "Unveränderte Fassung", recommendations: "Früh beginnen." },
      },
    });
    expect(changed.outcome).toBe("saved");
    await submitVersion({ actor: editor, profileId });
    expect(await state(same.versionId)).toBe("IN_REVIEW");
  });

  it("restores an old version as a draft and never publishes it", async () => {
    const { profileId, versionId } = await draftProfile("Alte Fassung");
    await submitVersion({ actor: editor, profileId });
    await approveVersion({ actor: reviewer, versionId });
    const { versionId: restored } = await restoreVersion({ actor: editor, versionId });
    expect(await state(restored)).toBe("DRAFT");
    const profile = await db.profile.findUniqueOrThrow({ where: { id: profileId } });
    expect(profile.publishedVersionId).toBe(versionId);
    expect(profile.workingVersionId).toBe(restored);
    expect((await db.profileVersion.findUniqueOrThrow({ where: { id: restored } })).occasion).toBe("Alte Fassung");
    expect(await db.auditLog.count({ where: { action: "version.restore", objectId: restored } })).toBe(1);
  });

  it("shows queue and version comparisons only to those the policy allows", async () => {
    const { versionId } = await draftProfile("Nur für Befugte");
    const stranger: Actor = { id: editor.id, role: "EDITOR", municipalityIds: [] };
    expect(await getVersionComparison(stranger, versionId)).toBeNull();
    expect(await getVersionComparison(null, versionId)).toBeNull();
    expect((await getVersionComparison(editor, versionId))?.submitted.occasion).toBe("Nur für Befugte");
    await expect(listReviewQueue(editor, {})).rejects.toThrow(/forbidden/);
    expect(Array.isArray(await listReviewQueue(reviewer, {}))).toBe(true);
  });

  it("archives and restores from the archive (reviewers only)", async () => {
    const { profileId } = await draftProfile("Archivfall");
    await expect(archiveProfile({ actor: editor, profileId })).rejects.toThrow(/forbidden/);
    await archiveProfile({ actor: reviewer, profileId });
    await expect(archiveProfile({ actor: reviewer, profileId })).rejects.toMatchObject({ code: "already-archived" });
    await unarchiveProfile({ actor: reviewer, profileId });
    expect((await db.profile.findUniqueOrThrow({ where: { id: profileId } })).archivedAt).toBeNull();
    expect(await db.auditLog.count({ where: { objectId: profileId, action: { in: ["profile.archive", "profile.unarchive"] } } })).toBe(2);
  });
});
