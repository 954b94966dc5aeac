import { spawn, type ChildProcess } from "node:child_process";
import { freePort } from "../../scripts/lib/network.mjs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/policy";
import { stopJobQueue } from "@/lib/jobs/job-queue";
import { createProfile } from "@/lib/profiles/create-profile";
import { saveWorkingVersion } from "@/lib/profiles/save-working-version";
import { emptyFormValues } from "@/lib/profiles/form-values";
import { approveVersion, submitVersion } from "@/lib/review/workflow";
import { connectTestDatabase, uniqueSlug } from "../support/test-db";

/**
 * Two production servers behind one database and one Redis, as behind a load balancer: a version that
 * instance A publishes (its job worker, at the scheduled time) is on instance B's public page within
 * a second — although B had the page in its cache. (`npm test` runs this after the build, with
 * REDIS_URL and a CACHE_PREFIX of its own.)
 */
const root = resolve(import.meta.dirname, "../..");
const db = connectTestDatabase();
const servers: ChildProcess[] = [];
let editor: Actor;
let reviewer: Actor;
let profile: { id: string; slug: string };

async function startServer(env: Record<string, string>): Promise<string> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(resolve(root, "node_modules/.bin/next"), ["start", "-p", String(port)], {
    cwd: root,
    env: { ...process.env, PUBLIC_BASE_URL: base, NEXTAUTH_URL: base, ...env },
    stdio: ["ignore", "inherit", "inherit"],
  });
  servers.push(child);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start beendet (Exit-Code ${child.exitCode})`);
    if (
      await fetch(`${base}/impressum`)
        .then((response) => response.ok)
        .catch(() => false)
    )
      return base;
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error(`${base} antwortet nicht`);
}

const titleOn = async (base: string) => {
  const html = await (await fetch(`${base}/steckbriefe/${profile.slug}`)).text();
  return /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? "";
};

async function draft(title: string) {
  const current = await db.profile.findUniqueOrThrow({ where: { id: profile.id }, include: { workingVersion: true } });
  await saveWorkingVersion({
    actor: editor,
    input: {
      profileId: profile.id,
      versionId: current.workingVersionId,
      baseRevision: current.workingVersion?.revision ?? 0,
      values: { ...emptyFormValues(title), occasion: "Anlass" },
    },
  });
  await submitVersion({ actor: editor, profileId: profile.id });
  return (await db.profile.findUniqueOrThrow({ where: { id: profile.id } })).workingVersionId!;
}

beforeAll(async () => {
  expect(process.env.REDIS_URL, "REDIS_URL").toBeTruthy();
  const municipality = await db.municipality.create({
    data: { slug: uniqueSlug("cluster"), name: "Clusterstadt", kind: "STADT", regierungsbezirk: "FREIBURG" },
  });
  const [editorUser, reviewerUser] = await Promise.all([
    db.user.create({
      data: {
        email: `${uniqueSlug("cluster-red")}@example.org`,
        role: "EDITOR",
        assignments: { create: { municipalityId: municipality.id } },
      },
    }),
    db.user.create({ data: { email: `${uniqueSlug("cluster-pruef")}@example.org`, role: "REVIEWER" } }),
  ]);
  editor = { id: editorUser.id, role: "EDITOR", municipalityIds: [municipality.id] };
  reviewer = { id: reviewerUser.id, role: "REVIEWER", municipalityIds: [] };
  profile = await createProfile({ actor: editor, input: { municipalityId: municipality.id, title: "Erste Fassung" } });
  await approveVersion({ actor: reviewer, versionId: await draft("Erste Fassung") });
}, 120_000);

afterAll(async () => {
  const stopped = servers.filter((child) => child.exitCode === null).map((child) => new Promise((done) => child.once("exit", done)));
  for (const child of servers) child.kill("SIGTERM");
  await Promise.all(stopped);
  await stopJobQueue();
  await db.$disconnect();
});

describe("two instances, one Redis", () => {
  it("shows on instance B within a second what instance A's worker published", async () => {
    const [a, b] = [await startServer({}), await startServer({ JOB_WORKER: "off" })];
    expect(await titleOn(b)).toBe("Erste Fassung");
    // B serves the page from the shared cache — once an entry was stored outside the render window of
    // the first publication (cache-handler.mjs: entries stored just after an invalidation are rendered again).
    const cacheStatus = async () => (await fetch(`${b}/steckbriefe/${profile.slug}`)).headers.get("x-nextjs-cache");
    await expect.poll(cacheStatus, { timeout: 20_000, interval: 500 }).toBe("HIT");
    expect(await titleOn(a)).toBe("Erste Fassung");

    const versionId = await draft("Zweite Fassung");
    await approveVersion({ actor: reviewer, versionId, publishAt: new Date(Date.now() + 1500) });
    expect(await titleOn(b)).toBe("Erste Fassung"); // approved, not yet public

    const deadline = Date.now() + 30_000;
    let publishedAt: Date | null = null;
    while (!publishedAt && Date.now() < deadline) {
      publishedAt = (await db.profileVersion.findUniqueOrThrow({ where: { id: versionId } })).publishedAt;
      if (!publishedAt) await new Promise((done) => setTimeout(done, 50));
    }
    expect(publishedAt, "A's worker published the version").not.toBeNull();
    let seenAt = Date.now();
    while ((await titleOn(b)) !== "Zweite Fassung" && Date.now() - publishedAt!.getTime() < 5_000) {
      await new Promise((done) => setTimeout(done, 50));
      seenAt = Date.now();
    }
    expect(await titleOn(b)).toBe("Zweite Fassung");
    expect(seenAt - publishedAt!.getTime()).toBeLessThan(1_000);
  });
});
