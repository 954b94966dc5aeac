import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { decideAction } from "@/app/[locale]/redaktion/pruefung/[versionId]/actions";
import type { Actor } from "@/lib/authz/policy";
import { stopJobQueue } from "@/lib/jobs/job-queue";
import { createProfile } from "@/lib/profiles/create-profile";
import { emptyFormValues } from "@/lib/profiles/form-values";
import { saveWorkingVersion } from "@/lib/profiles/save-working-version";
import { getVersionComparison } from "@/lib/review/review-queries";
import { submitVersion } from "@/lib/review/workflow";
import { beginRequestAs, formData } from "../support/request-context";
import { connectTestDatabase, uniqueSlug } from "../support/test-db";

/*
 * The reviewer's decision through its server action (issue 12): the rules the server keeps whatever
 * the form shows — a decision must be chosen, a section comment is reason enough to request changes,
 * publishing needs a confirmation — and what a resubmission shows of the earlier review.
 */
const context = await vi.hoisted(() => import("../support/request-context"));
vi.mock("next/headers", async (original) => ({ ...(await original<object>()), ...context.nextHeaders }));
vi.mock("next/cache", async (original) => ({ ...(await original<object>()), ...context.nextCache }));
vi.mock("next/server", async (original) => ({ ...(await original<object>()), ...context.nextServer }));

const db = connectTestDatabase();
let editor: Actor;
let reviewer: Actor;
let municipalityId: string;

beforeAll(async () => {
  delete process.env.SMTP_URL; // mails land in the outbox
  const municipality = await db.municipality.create({
    data: { slug: uniqueSlug("pruefstadt"), name: "Prüfstadt", kind: "STADT", regierungsbezirk: "STUTTGART" },
  });
  municipalityId = municipality.id;
  const [editorUser, reviewerUser] = await Promise.all([
    db.user.create({
      data: { email: `${uniqueSlug("pruef-red")}@example.org`, role: "EDITOR", assignments: { create: { municipalityId } } },
    }),
    db.user.create({ data: { email: `${uniqueSlug("pruef-team")}@example.org`, name: "Herr D.", role: "REVIEWER" } }),
  ]);
  editor = { id: editorUser.id, role: "EDITOR", municipalityIds: [municipalityId] };
  reviewer = { id: reviewerUser.id, role: "REVIEWER", municipalityIds: [] };
});

beforeEach(async () => {
  await beginRequestAs(db, reviewer.id);
});

afterAll(async () => {
  await stopJobQueue();
  await db.$disconnect();
});

async function save(profileId: string, occasion: string) {
  const working = await db.profile.findUniqueOrThrow({ where: { id: profileId }, select: { workingVersion: true } });
  const saved = await saveWorkingVersion({
    actor: editor,
    input: {
      profileId,
      versionId: working.workingVersion!.id,
      baseRevision: working.workingVersion!.revision,
      values: { ...emptyFormValues("Prüftitel"), occasion },
    },
  });
  if (saved.outcome !== "saved") throw new Error(saved.outcome);
  return saved.versionId;
}

/** A new profile with a submitted first version. */
async function submitted(occasion: string) {
  const profile = await createProfile({ actor: editor, input: { municipalityId, title: "Prüftitel" } });
  const versionId = await save(profile.id, occasion);
  await submitVersion({ actor: editor, profileId: profile.id });
  return { profileId: profile.id, versionId };
}

const version = (versionId: string) => db.profileVersion.findUniqueOrThrow({ where: { id: versionId }, include: { comments: true } });

describe("the reviewer's decision", () => {
  it("refuses a decision that was not chosen, at the field, and changes nothing", async () => {
    const { versionId } = await submitted("Anlass ohne Entscheidung");
    const result = await decideAction(null, formData({ versionId, comment: "Sieht gut aus." }));
    expect(result).toMatchObject({
      ok: false,
      error: { code: "invalid-input", fieldErrors: { decision: "Bitte wählen Sie eine Entscheidung." } },
    });
    expect(await version(versionId)).toMatchObject({ state: "IN_REVIEW", comments: [] });
  });

  it("requests changes with a comment on one section only (the overall comment is optional then)", async () => {
    const { versionId } = await submitted("Anlass mit Lücke");
    const result = await decideAction(
      null,
      formData({ versionId, decision: "request-changes", comment: "", "comment-occasion": "Bitte das Datum ergänzen." }),
    );
    expect(result).toEqual({ ok: true, data: { outcome: "changes-requested" } });
    const sentBack = await version(versionId);
    expect(sentBack).toMatchObject({ state: "CHANGES_REQUESTED", reviewComment: null, reviewedById: reviewer.id });
    expect(sentBack.comments).toMatchObject([{ section: "occasion", body: "Bitte das Datum ergänzen.", authorId: reviewer.id }]);
  });

  it("refuses to request changes without any comment, at the overall comment", async () => {
    const { versionId } = await submitted("Anlass ohne Begründung");
    const result = await decideAction(null, formData({ versionId, decision: "request-changes", comment: " ", "comment-occasion": " " }));
    expect(result).toMatchObject({ ok: false, error: { fieldErrors: { comment: expect.stringMatching(/^Bitte begründen Sie/) } } });
    expect((await version(versionId)).state).toBe("IN_REVIEW");
  });

  it("publishes only after the confirmation step", async () => {
    const { profileId, versionId } = await submitted("Anlass zur Freigabe");
    const asked = await decideAction(null, formData({ versionId, decision: "approve", "comment-occasion": "Schön." }));
    expect(asked).toMatchObject({ ok: true, data: { outcome: "confirm", values: { decision: "approve", "comment-occasion": "Schön." } } });
    expect(await version(versionId)).toMatchObject({ state: "IN_REVIEW", comments: [] });
    expect((await db.profile.findUniqueOrThrow({ where: { id: profileId } })).publishedVersionId).toBeNull();

    const confirmed = await decideAction(null, formData({ versionId, decision: "approve", confirmed: "1" }));
    expect(confirmed).toEqual({ ok: true, data: { outcome: "published" } });
    expect((await db.profile.findUniqueOrThrow({ where: { id: profileId } })).publishedVersionId).toBe(versionId);
  });

  it("on a resubmission shows the earlier comments and the version as it was reviewed", async () => {
    const { profileId, versionId } = await submitted("Erster Text des Anlasses");
    await decideAction(null, formData({ versionId, decision: "request-changes", "comment-occasion": "Bitte genauer." }));
    await save(profileId, "Genauerer Text des Anlasses");
    await submitVersion({ actor: editor, profileId });

    const data = await getVersionComparison(reviewer, versionId);
    expect(data?.state).toBe("IN_REVIEW");
    expect(data?.reviewed?.occasion).toBe("Erster Text des Anlasses");
    expect(data?.submitted.occasion).toBe("Genauerer Text des Anlasses");
    expect(data?.reviewedBy).toBe("Herr D.");
    expect(data?.comments).toMatchObject([{ section: "occasion", body: "Bitte genauer.", authorName: "Herr D.", versionNumber: 1 }]);
  });
});
