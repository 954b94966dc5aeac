import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stopJobQueue } from "@/lib/jobs/job-queue";
import { parseRecommendationsParams } from "@/lib/public/recommendations-params";
import { loadRecommendations, type RecommendationsResult } from "@/lib/public/recommendations";
import { loadSimilarProfiles } from "@/lib/public/similar";
import { publicFixtures } from "../support/publish-profiles";
import { connectTestDatabase, uniqueSlug } from "../support/test-db";

/**
 * "Was anderswo funktioniert hat" and the similar dialogues, on real PostgreSQL with profiles published,
 * archived and left as drafts through the real services. Recommendations are read for this file's own
 * Landkreis (`kreis`), similar profiles share only this file's own topics and formats, so other tests'
 * profiles never count.
 */
const db = connectTestDatabase();
const kreis = uniqueSlug("empfkreis");
const p: Record<
  "stadtA" | "stadtB" | "gemeinde" | "ohneText" | "nurFormat" | "einsam" | "archiviert" | "entwurf",
  { id: string; slug: string }
> = {} as never;
let t1: { slug: string; name: string }, t2: { slug: string; name: string }, t3: { slug: string; name: string };
let f1: { slug: string; name: string };

const recommendations = (query: Record<string, string | string[]> = {}) =>
  loadRecommendations(parseRecommendationsParams({ kreis, ...query }));
const slugsOf = (result: RecommendationsResult, topic: string) =>
  result.topics.find((entry) => entry.slug === topic)?.items.map((item) => item.slug);
const allSlugs = (result: RecommendationsResult) => result.topics.flatMap((topic) => topic.items.map((item) => item.slug));

beforeAll(async () => {
  delete process.env.SMTP_URL;
  const f = await publicFixtures(db, "empf");
  const landkreis = await f.municipality({ name: "Landkreis Empfehlungstal", kind: "LANDKREIS", population: 300_000, slug: kreis });
  const stadtA = await f.municipality({ name: "Adlerstadt", kind: "STADT", population: 50_000, landkreisId: landkreis });
  const stadtB = await f.municipality({ name: "Birkenstadt", kind: "STADT", population: 60_000, landkreisId: landkreis });
  const gemeinde = await f.municipality({ name: "Czerndorf", kind: "GEMEINDE", population: 3_000, landkreisId: landkreis });
  const topic1 = await f.catalogEntry("topic", "Wohnen");
  const topic2 = await f.catalogEntry("topic", "Arbeit");
  const topic3 = await f.catalogEntry("topic", "Einsam");
  const format1 = await f.catalogEntry("format", "Bürgerdialog");
  const format2 = await f.catalogEntry("format", "Fest");
  const format3 = await f.catalogEntry("format", "Einzelstück");
  [t1, t2, t3, f1] = [topic1, topic2, topic3, format1];

  p.stadtA = await f.profile(stadtA, {
    title: "Wohnraumbörse Adlerstadt",
    topicIds: [topic1.id, topic2.id],
    formatIds: [format1.id],
    recommendations: "Früh mit den Vermietern sprechen.",
    keyResults: ["Wohnraumbörse gegründet", "", "Patenschaften vermittelt"],
  });
  p.stadtB = await f.profile(stadtB, {
    title: "Birkenstädter Runde",
    topicIds: [topic1.id],
    formatIds: [format1.id],
    keyResults: ["Runder Tisch Wohnen", "", ""],
  });
  p.gemeinde = await f.profile(gemeinde, {
    title: "Czerndorfer Arbeitskreis",
    topicIds: [topic2.id],
    formatIds: [format2.id],
    recommendations: "Betriebe direkt ansprechen.",
  });
  // Same topic and municipality as stadtA, but neither recommendations nor results.
  p.ohneText = await f.profile(stadtA, { title: "Zweiter Abend Adlerstadt", topicIds: [topic1.id], formatIds: [format2.id] });
  // Shares only a format with stadtA (no topic), and no kind or size.
  p.nurFormat = await f.profile(landkreis, { title: "Kreisforum", formatIds: [format1.id], recommendations: "Alle Gemeinden einladen." });
  p.einsam = await f.profile(gemeinde, {
    title: "Einsames Projekt",
    topicIds: [topic3.id],
    formatIds: [format3.id],
    recommendations: "Geduld haben.",
  });
  p.archiviert = await f.profile(
    stadtB,
    { title: "Zurückgezogen", topicIds: [topic1.id], formatIds: [format1.id], recommendations: "Archivierte Empfehlung." },
    "archived",
  );
  p.entwurf = await f.profile(
    stadtB,
    { title: "Entwurf", topicIds: [topic1.id], formatIds: [format1.id], recommendations: "Entwurfsempfehlung." },
    "draft",
  );
}, 180_000);

afterAll(async () => {
  await stopJobQueue();
  await db.$disconnect();
});

describe("recommendations by topic", () => {
  it("groups what the profiles hold by topic, with counts of profiles and municipalities", async () => {
    const result = await recommendations();
    expect(result.topics.map((topic) => topic.slug)).toEqual(
      [t2.slug, t3.slug, t1.slug].sort((a, b) => {
        const names = { [t1.slug]: t1.name, [t2.slug]: t2.name, [t3.slug]: t3.name };
        return names[a]!.localeCompare(names[b]!, "de");
      }),
    );
    const wohnen = result.topics.find((topic) => topic.slug === t1.slug)!;
    expect(wohnen).toMatchObject({ name: t1.name, profileCount: 2, municipalityCount: 2 });
    expect(new Set(slugsOf(result, t1.slug))).toEqual(new Set([p.stadtA.slug, p.stadtB.slug]));
    expect(new Set(slugsOf(result, t2.slug))).toEqual(new Set([p.stadtA.slug, p.gemeinde.slug]));
    expect(slugsOf(result, t3.slug)).toEqual([p.einsam.slug]);
    // A profile of two topics counts once; one without a topic stands under none.
    expect(result.profileCount).toBe(5);
    expect(allSlugs(result)).not.toContain(p.nurFormat.slug);

    const item = wohnen.items.find((entry) => entry.slug === p.stadtA.slug)!;
    expect(item).toMatchObject({
      title: "Wohnraumbörse Adlerstadt",
      municipalityName: "Adlerstadt",
      municipalityKind: "STADT",
      recommendations: "Früh mit den Vermietern sprechen.",
      keyResults: ["Wohnraumbörse gegründet", "Patenschaften vermittelt"],
    });
    expect(wohnen.items.find((entry) => entry.slug === p.stadtB.slug)).toMatchObject({
      recommendations: "",
      keyResults: ["Runder Tisch Wohnen"],
    });
  });

  it("never shows a profile without recommendations or results, an archived one or a draft", async () => {
    for (const query of [{}, { thema: t1.slug }, { q: "Empfehlung" }, { typ: "stadt" }] as Record<string, string>[]) {
      const slugs = allSlugs(await recommendations(query));
      expect(slugs).not.toContain(p.ohneText.slug);
      expect(slugs).not.toContain(p.archiviert.slug);
      expect(slugs).not.toContain(p.entwurf.slug);
    }
  });

  it("applies the search's filters", async () => {
    const gemeinden = await recommendations({ typ: "gemeinde" });
    expect(gemeinden.topics.map((topic) => topic.slug).sort()).toEqual([t2.slug, t3.slug].sort());
    expect(slugsOf(gemeinden, t2.slug)).toEqual([p.gemeinde.slug]);

    // A topic filter shows that topic only, paged.
    const wohnen = await recommendations({ thema: t1.slug });
    expect(wohnen.topics.map((topic) => topic.slug)).toEqual([t1.slug]);
    expect(wohnen).toMatchObject({ page: 1, pageCount: 1, profileCount: 2 });

    const text = await recommendations({ q: "Wohnraumbörse" });
    expect(new Set(allSlugs(text))).toEqual(new Set([p.stadtA.slug]));
    expect((await recommendations({ format: f1.slug, typ: "stadt" })).profileCount).toBe(2);
    expect((await recommendations({ kosten: "ueber-10000" })).topics).toEqual([]);
  });

  it("ignores sort and pages of several topics (one state, one address)", () => {
    expect(parseRecommendationsParams({ sort: "kosten", seite: "3", thema: [t1.slug, t2.slug] })).toMatchObject({ sort: null, seite: 1 });
    expect(parseRecommendationsParams({ seite: "2", thema: t1.slug })).toMatchObject({ seite: 2 });
  });
});

describe("similar profiles", () => {
  it("ranks shared topics first, never itself, never archived or drafts, with the reason", async () => {
    const similar = await loadSimilarProfiles(p.stadtA.slug);
    // stadtB: topic + format + kind + size (7); ohneText: topic + kind + size (5); gemeinde: topic (3); nurFormat: format (2).
    expect(similar.map((entry) => entry.slug)).toEqual([p.stadtB.slug, p.ohneText.slug, p.gemeinde.slug, p.nurFormat.slug]);
    expect(similar[0]).toMatchObject({
      title: "Birkenstädter Runde",
      municipalityName: "Birkenstadt",
      municipalityKind: "STADT",
      sharedTopics: [{ slug: t1.slug, name: t1.name }],
      sharedFormats: [{ slug: f1.slug, name: f1.name }],
      sameKind: true,
      similarSize: true,
    });
    expect(similar[2]).toMatchObject({
      sharedTopics: [{ slug: t2.slug, name: t2.name }],
      sharedFormats: [],
      sameKind: false,
      similarSize: false,
    });
    expect(similar[3]).toMatchObject({ sharedTopics: [], sharedFormats: [{ slug: f1.slug, name: f1.name }], sameKind: false });
  });

  it("finds none for a profile that shares nothing, and none for an unknown or archived slug", async () => {
    expect(await loadSimilarProfiles(p.einsam.slug)).toEqual([]);
    expect(await loadSimilarProfiles("gibt-es-nicht")).toEqual([]);
    expect(await loadSimilarProfiles(p.archiviert.slug)).toEqual([]);
  });
});
