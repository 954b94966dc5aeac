/**
 * Time from a reviewer's "approve" to the new text on the public page: an editor saves and submits a
 * new title through the real services, the (cached) page is requested, then a reviewer approves
 * (lib/review/workflow.ts) in this process — which invalidates the shared cache (Redis) the server
 * reads — and the page is polled until the new title is there.
 *
 * Imported only after bench/run.ts has pointed DATABASE_URL, REDIS_URL and CACHE_PREFIX at the
 * server's database and cache.
 */
import type { Actor } from "@/lib/authz/policy";
import { db } from "@/lib/db";
import { stopJobQueue } from "@/lib/jobs/job-queue";
import { versionFormInclude, versionToFormValues } from "@/lib/profiles/form-values";
import { saveWorkingVersion } from "@/lib/profiles/save-working-version";
import { approveVersion, submitVersion } from "@/lib/review/workflow";

export interface ApproveResult {
  /** the approveVersion call itself (transaction, invalidation, mail to the outbox) */
  approveMs: number;
  /** from the start of the approval until a request returned the new text */
  visibleMs: number;
  /** requests of the page until it showed the new text */
  polls: number;
}

async function benchActors(municipalityId: string): Promise<{ editor: Actor; reviewer: Actor }> {
  const reviewer = await db.user.upsert({
    where: { email: "bench-pruefung@example.org" },
    create: { email: "bench-pruefung@example.org", role: "REVIEWER" },
    update: {},
  });
  const editor = await db.user.upsert({
    where: { email: "bench-redaktion@example.org" },
    create: { email: "bench-redaktion@example.org", role: "EDITOR" },
    update: {},
  });
  await db.editorAssignment.createMany({ data: [{ userId: editor.id, municipalityId }], skipDuplicates: true });
  const municipalityIds = (await db.editorAssignment.findMany({ where: { userId: editor.id } })).map((row) => row.municipalityId);
  return {
    editor: { id: editor.id, role: "EDITOR", municipalityIds },
    reviewer: { id: reviewer.id, role: "REVIEWER", municipalityIds: [] },
  };
}

export async function measureApproveToVisible({ base, slug }: { base: string; slug: string }): Promise<ApproveResult> {
  const profile = await db.profile.findUniqueOrThrow({
    where: { slug },
    include: { publishedVersion: { include: versionFormInclude }, workingVersion: true },
  });
  if (!profile.publishedVersion) throw new Error(`${slug} is not published`);
  const { editor, reviewer } = await benchActors(profile.municipalityId);
  const title = `Neue Fassung ${new Date().toISOString().slice(0, 19).replace("T", " ")}`;
  const saved = await saveWorkingVersion({
    actor: editor,
    input: {
      profileId: profile.id,
      versionId: profile.workingVersionId,
      baseRevision: profile.workingVersion?.revision ?? 0,
      values: { ...versionToFormValues(profile.publishedVersion), title },
    },
  });
  if (saved.outcome !== "saved") throw new Error("the bench's draft met a conflict");
  await submitVersion({ actor: editor, profileId: profile.id });

  const url = `${base}/steckbriefe/${slug}`;
  const shows = async () => (await (await fetch(url)).text()).includes(title);
  await shows();
  if (await shows()) throw new Error("the new title is public before the approval");

  const started = performance.now();
  await approveVersion({ actor: reviewer, versionId: saved.versionId });
  const approveMs = performance.now() - started;
  let polls = 0;
  while (performance.now() - started < 60_000) {
    polls += 1;
    if (await shows()) return { approveMs, visibleMs: performance.now() - started, polls };
    await new Promise((done) => setTimeout(done, 10));
  }
  throw new Error(`the new title did not appear on ${url} within 60 s`);
}

export async function closeBenchDatabase() {
  await stopJobQueue();
  await db.$disconnect();
}
