/**
 * The writing side of `npm run bench:publishing`: editors save drafts (several autosaves each), submit,
 * and reviewers publish — through the portal's own services (lib/profiles/save-working-version.ts,
 * lib/review/workflow.ts), in this process, against the server's database. A publication invalidates
 * the shared cache (Redis) that the server reads, exactly as it does inside the server. Every step is
 * recorded, so that the end can check that each one is in the database, in the audit log and on the
 * public page.
 *
 * Imported only after bench/load-while-publishing.ts has pointed DATABASE_URL, REDIS_URL and
 * CACHE_PREFIX at the server's database and cache.
 */
import type { Actor } from "@/lib/authz/policy";
import { db } from "@/lib/db";
import { stopJobQueue } from "@/lib/jobs/job-queue";
import { versionFormInclude, versionToFormValues } from "@/lib/profiles/form-values";
import { saveWorkingVersion } from "@/lib/profiles/save-working-version";
import { approveVersion, submitVersion } from "@/lib/review/workflow";

export interface SaveRecord {
  profileId: string;
  versionId: string;
  revision: number;
  title: string;
  occasion: string;
  ms: number;
}

export interface PublicationRecord {
  profileId: string;
  slug: string;
  versionId: string;
  reviewerId: string;
  title: string;
  approveMs: number;
  /** from the start of the approval until the public page showed the new title; null: never within the limit */
  visibleMs: number | null;
}

export interface WriterLog {
  saves: SaveRecord[];
  submissions: { profileId: string; versionId: string; ms: number }[];
  publications: PublicationRecord[];
  /** anything that went wrong on the writing side (an exception, a conflict where none can be) */
  faults: string[];
  editorId: string;
  reviewerIds: string[];
}

/** A title no demo profile has, unique per profile and version, and plain in HTML (no characters to escape). */
export const titleFor = (profileNumber: number, round: number) =>
  `Unter Last veröffentlicht, Steckbrief ${profileNumber}, Fassung ${round}`;

async function writerActors(municipalityIds: string[]): Promise<{ editor: Actor; reviewers: Actor[] }> {
  const tag = `${process.pid}-${Date.now().toString(36)}`;
  const editor = await db.user.create({
    data: { email: `last-redaktion-${tag}@example.org`, name: "Redaktion unter Last", role: "EDITOR" },
  });
  await db.editorAssignment.createMany({ data: municipalityIds.map((municipalityId) => ({ userId: editor.id, municipalityId })) });
  const reviewers = await Promise.all(
    [1, 2].map((number) =>
      db.user.create({
        data: { email: `last-pruefung-${number}-${tag}@example.org`, name: `Prüfung ${number} unter Last`, role: "REVIEWER" },
      }),
    ),
  );
  return {
    editor: { id: editor.id, role: "EDITOR", municipalityIds },
    reviewers: reviewers.map((reviewer) => ({ id: reviewer.id, role: "REVIEWER", municipalityIds: [] })),
  };
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Runs until `until` (ms since the epoch): per profile, in parallel, rounds of `savesPerRound` autosaves →
 * submit → approve (reviewers taking turns) → the public page polled until it shows the new title.
 */
export async function runWriters({
  base,
  slugs,
  until,
  savesPerRound,
  pauseMs,
}: {
  base: string;
  slugs: string[];
  until: number;
  savesPerRound: number;
  pauseMs: number;
}): Promise<WriterLog> {
  const profiles = await db.profile.findMany({
    where: { slug: { in: slugs } },
    include: { publishedVersion: { include: versionFormInclude } },
  });
  const { editor, reviewers } = await writerActors([...new Set(profiles.map((profile) => profile.municipalityId))]);
  const log: WriterLog = {
    saves: [],
    submissions: [],
    publications: [],
    faults: [],
    editorId: editor.id,
    reviewerIds: reviewers.map((r) => r.id),
  };
  let reviewerTurn = 0;

  async function writeProfile(profile: (typeof profiles)[number], profileNumber: number) {
    const published = versionToFormValues(profile.publishedVersion!);
    for (let round = 1; Date.now() < until; round += 1) {
      try {
        let versionId: string | null = null;
        let revision = 0;
        const title = titleFor(profileNumber, round);
        for (let save = 1; save <= savesPerRound; save += 1) {
          const occasion = `${published.occasion}\n\nErgänzt unter Last: Fassung ${round}, Speicherung ${save}.`;
          const started = performance.now();
          const outcome = await saveWorkingVersion({
            actor: editor,
            input: { profileId: profile.id, versionId, baseRevision: revision, values: { ...published, title, occasion } },
          });
          if (outcome.outcome !== "saved") throw new Error(`save ${round}.${save} of ${profile.slug}: ${outcome.outcome}`);
          versionId = outcome.versionId;
          revision = outcome.revision;
          log.saves.push({ profileId: profile.id, versionId, revision, title, occasion, ms: performance.now() - started });
          await sleep(pauseMs);
        }
        let started = performance.now();
        await submitVersion({ actor: editor, profileId: profile.id });
        log.submissions.push({ profileId: profile.id, versionId: versionId!, ms: performance.now() - started });
        const reviewer = reviewers[reviewerTurn++ % reviewers.length]!;
        started = performance.now();
        await approveVersion({ actor: reviewer, versionId: versionId! });
        const approveMs = performance.now() - started;
        const visibleMs = await pollUntilVisible(`${base}/steckbriefe/${profile.slug}`, title, started);
        if (visibleMs === null) log.faults.push(`${profile.slug}: "${title}" not on the public page within 30 s of its approval`);
        log.publications.push({
          profileId: profile.id,
          slug: profile.slug,
          versionId: versionId!,
          reviewerId: reviewer.id,
          title,
          approveMs,
          visibleMs,
        });
        await sleep(pauseMs);
      } catch (error) {
        log.faults.push(`${profile.slug}, round ${round}: ${error instanceof Error ? error.message : String(error)}`);
        return; // the profile's state is unknown now; the others go on
      }
    }
  }

  await Promise.all(profiles.map((profile, index) => writeProfile(profile, index + 1)));
  return log;
}

/** Requests `url` until its HTML contains `text`; the time since `started` (performance.now()), or null after 30 s. */
async function pollUntilVisible(url: string, text: string, started: number): Promise<number | null> {
  while (performance.now() - started < 30_000) {
    const html = await fetch(url)
      .then((response) => response.text())
      .catch(() => "");
    if (html.includes(text)) return performance.now() - started;
    await sleep(50);
  }
  return null;
}

export async function closeWriterDatabase() {
  await stopJobQueue();
  await db.$disconnect();
}
