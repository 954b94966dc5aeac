import PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/policy";
import { JOBS, stopJobQueue } from "@/lib/jobs/job-queue";
import { startJobWorker } from "@/lib/jobs/worker";
import { createProfile } from "@/lib/profiles/create-profile";
import { approveVersion, publishDueVersions, submitVersion } from "@/lib/review/workflow";
import { connectTestDatabase, uniqueSlug } from "../support/test-db";

/**
 * Scheduled publication is background work of the job queue: a version approved for a time a few
 * seconds ahead becomes public after that time without any page being requested — and with two
 * workers (two app instances) it is published exactly once.
 */
const db = connectTestDatabase();
let editor: Actor;
let reviewer: Actor;
let municipalityId: string;
let secondInstance: PgBoss;

beforeAll(async () => {
  delete process.env.SMTP_URL; // mails land in the outbox
  const municipality = await db.municipality.create({
    data: { slug: uniqueSlug("termin"), name: "Terminstadt", kind: "STADT", regierungsbezirk: "STUTTGART" },
  });
  municipalityId = municipality.id;
  const [editorUser, reviewerUser] = await Promise.all([
    db.user.create({
      data: { email: `${uniqueSlug("termin-red")}@example.org`, role: "EDITOR", assignments: { create: { municipalityId } } },
    }),
    db.user.create({ data: { email: `${uniqueSlug("termin-pruef")}@example.org`, role: "REVIEWER" } }),
  ]);
  editor = { id: editorUser.id, role: "EDITOR", municipalityIds: [municipalityId] };
  reviewer = { id: reviewerUser.id, role: "REVIEWER", municipalityIds: [] };
  await startJobWorker({ pollingIntervalSeconds: 0.5 });
  // A second app instance: its own queue connection and worker on the same database.
  secondInstance = new PgBoss({ connectionString: process.env.DATABASE_URL!, schema: "pgboss", max: 2 });
  await secondInstance.start();
  await secondInstance.work(JOBS.publishDueVersions, { pollingIntervalSeconds: 0.5 }, async () => {
    await publishDueVersions();
  });
});

afterAll(async () => {
  await secondInstance?.stop({ graceful: false, wait: true });
  await stopJobQueue();
  await db.$disconnect();
});

async function submittedVersion(title: string) {
  const profile = await createProfile({ actor: editor, input: { municipalityId, title } });
  const { workingVersionId } = await db.profile.findUniqueOrThrow({ where: { id: profile.id } });
  await submitVersion({ actor: editor, profileId: profile.id });
  return { profileId: profile.id, versionId: workingVersionId! };
}

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("scheduled publication", () => {
  it("publishes a version approved for two seconds ahead after its time, with no page requested, exactly once", async () => {
    const first = await submittedVersion("Geplant A");
    const second = await submittedVersion("Geplant B");
    const publishAt = new Date(Date.now() + 2000);
    await approveVersion({ actor: reviewer, versionId: first.versionId, publishAt });
    await approveVersion({ actor: reviewer, versionId: second.versionId, publishAt });
    expect((await db.profileVersion.findUniqueOrThrow({ where: { id: first.versionId } })).state).toBe("APPROVED");

    for (const { profileId, versionId } of [first, second]) {
      const profile = await waitFor(
        () => db.profile.findUniqueOrThrow({ where: { id: profileId }, include: { publishedVersion: true } }),
        (current) => current.publishedVersionId === versionId,
        15_000,
      );
      expect(profile.publishedVersionId).toBe(versionId);
      expect(profile.publishedVersion!.publishedAt!.getTime()).toBeGreaterThanOrEqual(publishAt.getTime());
      expect(await db.auditLog.count({ where: { action: "version.publish", objectId: versionId } })).toBe(1);
    }
  });
});
