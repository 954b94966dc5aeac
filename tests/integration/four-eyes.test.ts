import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/policy";
import { createProfile } from "@/lib/profiles/create-profile";
import { stopJobQueue } from "@/lib/jobs/job-queue";
import { emptyFormValues } from "@/lib/profiles/form-values";
import { saveWorkingVersion } from "@/lib/profiles/save-working-version";
import { listAuditEntries } from "@/lib/audit/audit-queries";
import { approveVersion, requestChanges, restoreVersion, submitVersion } from "@/lib/review/workflow";
import { connectTestDatabase, uniqueSlug } from "../support/test-db";

/**
 * Issue 14, finding 12: a member of the programme team could edit, submit and approve the same change
 * alone. What a reviewer wrote into a version needs another reviewer's approval, unless REVIEW_FOUR_EYES=off
 * (then the audit entry of the approval says so).
 */
const db = connectTestDatabase();
let editor: Actor;
let reviewer: Actor;
let secondReviewer: Actor;
let municipalityId: string;

beforeAll(async () => {
  delete process.env.SMTP_URL; // mails land in the outbox
  const municipality = await db.municipality.create({
    data: { slug: uniqueSlug("vieraugen"), name: "Vieraugenstadt", kind: "STADT", regierungsbezirk: "KARLSRUHE" },
  });
  municipalityId = municipality.id;
  const user = (role: "EDITOR" | "REVIEWER", name: string) =>
    db.user.create({
      data: {
        email: `${uniqueSlug(name)}@example.org`,
        role,
        ...(role === "EDITOR" ? { assignments: { create: { municipalityId } } } : {}),
      },
    });
  const [editorUser, reviewerUser, secondUser] = await Promise.all([
    user("EDITOR", "va-red"),
    user("REVIEWER", "va-pruef"),
    user("REVIEWER", "va-pruef2"),
  ]);
  editor = { id: editorUser.id, role: "EDITOR", municipalityIds: [municipalityId] };
  reviewer = { id: reviewerUser.id, role: "REVIEWER", municipalityIds: [] };
  secondReviewer = { id: secondUser.id, role: "REVIEWER", municipalityIds: [] };
});

afterEach(() => {
  delete process.env.REVIEW_FOUR_EYES;
});

afterAll(async () => {
  await stopJobQueue();
  await db.$disconnect();
});

/** A profile with a draft the editor saved, then (optionally) `writer` saved on top, submitted by `submitter`. */
async function submitted({ writer, submitter = editor }: { writer?: Actor; submitter?: Actor }) {
  const profile = await createProfile({ actor: editor, input: { municipalityId, title: "Vieraugentitel" } });
  let { workingVersion } = await db.profile.findUniqueOrThrow({ where: { id: profile.id }, select: { workingVersion: true } });
  let base = { versionId: workingVersion!.id, revision: workingVersion!.revision };
  const writes: { actor: Actor; occasion: string }[] = [{ actor: editor, occasion: "Anlass der Kommune" }];
  if (writer) writes.push({ actor: writer, occasion: "Anlass, vom Programmteam ergänzt" });
  for (const { actor, occasion } of writes) {
    const saved = await saveWorkingVersion({
      actor,
      input: {
        profileId: profile.id,
        versionId: base.versionId,
        baseRevision: base.revision,
        values: { ...emptyFormValues("Vieraugentitel"), occasion },
      },
    });
    if (saved.outcome !== "saved") throw new Error(saved.outcome);
    base = { versionId: saved.versionId, revision: saved.revision };
  }
  await submitVersion({ actor: submitter, profileId: profile.id });
  ({ workingVersion } = await db.profile.findUniqueOrThrow({ where: { id: profile.id }, select: { workingVersion: true } }));
  return { profileId: profile.id, versionId: workingVersion!.id };
}

const stateOf = async (versionId: string) => (await db.profileVersion.findUniqueOrThrow({ where: { id: versionId } })).state;
const publishEntry = (versionId: string) =>
  db.auditLog.findFirstOrThrow({ where: { objectId: versionId, action: { in: ["version.publish", "version.schedule"] } } });

describe("four eyes", () => {
  it("a reviewer who wrote into a version cannot publish or schedule it; another reviewer can", async () => {
    const { versionId } = await submitted({ writer: reviewer });
    await expect(approveVersion({ actor: reviewer, versionId })).rejects.toMatchObject({ code: "own-version" });
    const tomorrow = new Date(Date.now() + 86_400_000);
    await expect(approveVersion({ actor: reviewer, versionId, publishAt: tomorrow })).rejects.toMatchObject({ code: "own-version" });
    expect(await stateOf(versionId)).toBe("IN_REVIEW"); // nothing half-written
    expect(await db.auditLog.count({ where: { objectId: versionId, action: { in: ["version.publish", "version.schedule"] } } })).toBe(0);

    await approveVersion({ actor: secondReviewer, versionId });
    expect(await stateOf(versionId)).toBe("PUBLISHED");
    expect((await publishEntry(versionId)).details).not.toHaveProperty("approvedByAuthor");
  });

  it("submitting an editor's draft is not writing it: the submitting reviewer may approve it", async () => {
    const { versionId } = await submitted({ submitter: reviewer });
    await approveVersion({ actor: reviewer, versionId });
    expect(await stateOf(versionId)).toBe("PUBLISHED");
  });

  it("the author may still send the version back", async () => {
    const { versionId } = await submitted({ writer: reviewer });
    await requestChanges({ actor: reviewer, versionId, comment: "Bitte die Zahlen der Kommune prüfen." });
    expect(await stateOf(versionId)).toBe("CHANGES_REQUESTED");
  });

  it("restoring an older version is writing it, even when the editor saved after that", async () => {
    const { profileId, versionId: first } = await submitted({});
    await approveVersion({ actor: reviewer, versionId: first });
    const { versionId: restored } = await restoreVersion({ actor: reviewer, versionId: first });
    const version = await db.profileVersion.findUniqueOrThrow({ where: { id: restored } });
    const saved = await saveWorkingVersion({
      actor: editor,
      input: {
        profileId,
        versionId: restored,
        baseRevision: version.revision,
        values: { ...emptyFormValues("Vieraugentitel"), occasion: "Nachgetragen" },
      },
    });
    expect(saved.outcome).toBe("saved");
    await submitVersion({ actor: editor, profileId });
    await expect(approveVersion({ actor: reviewer, versionId: restored })).rejects.toMatchObject({ code: "own-version" });
    await approveVersion({ actor: secondReviewer, versionId: restored });
    expect(await stateOf(restored)).toBe("PUBLISHED");
  });

  it("REVIEW_FOUR_EYES=off lets a one-person team approve its own work, and the audit log says so", async () => {
    process.env.REVIEW_FOUR_EYES = "off";
    const { versionId } = await submitted({ writer: reviewer });
    await approveVersion({ actor: reviewer, versionId });
    expect(await stateOf(versionId)).toBe("PUBLISHED");
    expect((await publishEntry(versionId)).details).toMatchObject({ approvedByAuthor: true });
    // The audit log page shows the exception at the entry.
    const admin: Actor = { id: reviewer.id, role: "ADMIN", municipalityIds: [] };
    const { entries } = await listAuditEntries({
      actor: admin,
      query: { filters: { action: "version.publish", person: null, objectType: null, from: null, to: null }, cursor: null },
    });
    expect(entries.find((entry) => entry.object.id === versionId)).toMatchObject({ approvedByAuthor: true });

    const other = await submitted({});
    await approveVersion({ actor: reviewer, versionId: other.versionId });
    expect((await publishEntry(other.versionId)).details).not.toHaveProperty("approvedByAuthor");
  });
});
