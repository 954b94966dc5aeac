import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/policy";
import { stopJobQueue } from "@/lib/jobs/job-queue";
import { createProfile } from "@/lib/profiles/create-profile";
import type { ProfileFormValues } from "@/lib/profiles/fields";
import { emptyFormValues } from "@/lib/profiles/form-values";
import { saveWorkingVersion } from "@/lib/profiles/save-working-version";
import { approveVersion, archiveProfile, submitVersion } from "@/lib/review/workflow";
import { parseSearchParams } from "@/lib/search/search-params";
import { searchProfiles } from "@/lib/search/search-profiles";
import { COUNT_CHARTS, type Statistics } from "@/lib/statistics/charts";
import { computeStatistics, publicStatistics } from "@/lib/statistics/statistics";
import { GET as csvRoute } from "@/app/api/statistik/[chart]/route";
import { connectTestDatabase, uniqueSlug } from "../support/test-db";

/**
 * The statistics on real PostgreSQL, against numbers computed another way: the search's facet counts
 * (searchProfiles), plain Prisma counts of the search documents and sums over the published versions.
 * Profiles are published, archived and edited through the real workflow. Every statistic here is
 * limited to this file's own Landkreis (`kreis`), so other tests' profiles never count.
 */
const db = connectTestDatabase();
let editor: Actor;
let reviewer: Actor;
const kreis = uniqueSlug("statkreis");
const ids = { landkreis: "", stadtA: "", stadtB: "", gemeinde: "" };
const topics = { t1: { id: "", slug: uniqueSlug("stat-thema-eins") }, t2: { id: "", slug: uniqueSlug("stat-thema-zwei") } };
const formats = { f1: { id: "", slug: uniqueSlug("stat-format-eins") }, f2: { id: "", slug: uniqueSlug("stat-format-zwei") } };

async function save(profileId: string, values: Partial<ProfileFormValues>) {
  const draft = await db.profile.findUniqueOrThrow({ where: { id: profileId }, select: { workingVersion: true } });
  const saved = await saveWorkingVersion({
    actor: editor,
    input: {
      profileId,
      versionId: draft.workingVersion?.id ?? null,
      baseRevision: draft.workingVersion?.revision ?? 0,
      values: { ...emptyFormValues(values.title ?? "Titel"), ...values },
    },
  });
  if (saved.outcome !== "saved") throw new Error(saved.outcome);
  return saved.versionId;
}

async function newProfile(municipalityId: string, values: Partial<ProfileFormValues> & { title: string }, publish = true) {
  const profile = await createProfile({ actor: editor, input: { municipalityId, title: values.title } });
  const versionId = await save(profile.id, values);
  if (publish) {
    await submitVersion({ actor: editor, profileId: profile.id });
    await approveVersion({ actor: reviewer, versionId });
  }
  return profile.id;
}

const statisticsOf = (params: Record<string, string | string[]>) => computeStatistics(parseSearchParams({ kreis, ...params }));
const countsOf = (statistics: Statistics, chart: (typeof COUNT_CHARTS)[number]) =>
  Object.fromEntries(statistics.counts[chart].map((entry) => [entry.value ?? "keine-angabe", entry.count]));

beforeAll(async () => {
  delete process.env.SMTP_URL;
  const landkreis = await db.municipality.create({
    data: { slug: kreis, name: `Statistikkreis ${kreis}`, kind: "LANDKREIS", regierungsbezirk: "KARLSRUHE" },
  });
  ids.landkreis = landkreis.id;
  const member = (name: string, kind: "STADT" | "GEMEINDE", regierungsbezirk: "KARLSRUHE" | "STUTTGART") =>
    db.municipality.create({ data: { slug: uniqueSlug("statort"), name, kind, regierungsbezirk, landkreisId: landkreis.id } });
  ids.stadtA = (await member("Zählstadt", "STADT", "KARLSRUHE")).id;
  ids.stadtB = (await member("Summenheim", "STADT", "STUTTGART")).id;
  ids.gemeinde = (await member("Balkendorf", "GEMEINDE", "KARLSRUHE")).id;
  for (const topic of Object.values(topics))
    topic.id = (await db.topic.create({ data: { slug: topic.slug, name: `Thema ${topic.slug}` } })).id;
  for (const format of Object.values(formats))
    format.id = (await db.format.create({ data: { slug: format.slug, name: `Format ${format.slug}` } })).id;
  const municipalityIds = Object.values(ids);
  const users = await Promise.all(
    (["EDITOR", "REVIEWER"] as const).map((role) =>
      db.user.create({
        data: {
          email: `${uniqueSlug(`statistik-${role.toLowerCase()}`)}@example.org`,
          role,
          ...(role === "EDITOR" ? { assignments: { create: municipalityIds.map((municipalityId) => ({ municipalityId })) } } : {}),
        },
      }),
    ),
  );
  editor = { id: users[0]!.id, role: "EDITOR", municipalityIds };
  reviewer = { id: users[1]!.id, role: "REVIEWER", municipalityIds: [] };

  await newProfile(ids.stadtA, {
    title: "Wohnungen für alle",
    topicIds: [topics.t1.id],
    formatIds: [formats.f1.id],
    eventDates: ["2016-05-14"],
    participantCount: "25",
    costTotal: "800,00",
    costFunding: "600,00",
    costOwnShare: "200,00",
  });
  const fest = await newProfile(ids.stadtB, {
    title: "Begegnungsfest",
    topicIds: [topics.t2.id],
    formatIds: [formats.f2.id],
    eventDates: ["2017-07-01"],
    participantCount: "45",
    costTotal: "2.500,50",
    costFunding: "2.000,25",
    costOwnShare: "500,25",
  });
  await newProfile(ids.gemeinde, {
    title: "Bürgerdialog Zukunft",
    topicIds: [topics.t1.id, topics.t2.id],
    formatIds: [formats.f1.id],
    eventDates: ["2016-10-20", "2017-03-02"],
    participantCount: "150",
    costTotal: "12.000,00",
    costFunding: "3.000,00",
    costOwnShare: "9.000,00",
  });
  // Nothing stated: counted as "keine Angabe" everywhere, never dropped.
  await newProfile(ids.landkreis, { title: "Kreisweite Runde" });
  // Not public: archived, and a draft never published.
  const archived = await newProfile(ids.stadtA, {
    title: "Archivierter Dialog",
    topicIds: [topics.t1.id],
    eventDates: ["2018-01-01"],
    participantCount: "10",
    costTotal: "500,00",
    costFunding: "500,00",
    costOwnShare: "0",
  });
  await archiveProfile({ actor: reviewer, profileId: archived });
  await newProfile(
    ids.gemeinde,
    { title: "Nur ein Entwurf", topicIds: [topics.t1.id], participantCount: "99", costFunding: "1.000,00" },
    false,
  );
  // A published profile's newer draft: the public (and the statistics) still see the published amounts.
  await save(fest, { title: "Begegnungsfest", costTotal: "9.000,00", costFunding: "3.000,00", costOwnShare: "6.000,00" });
});

afterAll(async () => {
  await stopJobQueue();
  await db.$disconnect();
});

describe("statistics of the published profiles", () => {
  it("counts every facet as the search's facets do, and the profiles without a value as such", async () => {
    const statistics = await statisticsOf({});
    const search = await searchProfiles(parseSearchParams({ kreis }));
    expect(statistics.total).toBe(4);
    expect(statistics.total).toBe(search.total);
    for (const chart of COUNT_CHARTS) {
      for (const entry of statistics.counts[chart].filter((item) => item.value !== null)) {
        const facet = search.facets[chart].find((option) => option.value === entry.value);
        expect({ chart, value: entry.value, count: entry.count }).toEqual({ chart, value: entry.value, count: facet?.count ?? 0 });
      }
      // Every value the search counts is a bar too.
      for (const option of search.facets[chart].filter((item) => item.count > 0))
        expect(statistics.counts[chart].some((entry) => entry.value === option.value)).toBe(true);
    }

    // "keine Angabe", counted by Prisma over the search documents.
    const documents = { kreis };
    const noValue = (chart: (typeof COUNT_CHARTS)[number]) => statistics.counts[chart].find((entry) => entry.value === null)?.count;
    expect(noValue("thema")).toBe(await db.publicSearchDocument.count({ where: { ...documents, topics: { isEmpty: true } } }));
    expect(noValue("format")).toBe(await db.publicSearchDocument.count({ where: { ...documents, formats: { isEmpty: true } } }));
    expect(noValue("jahr")).toBe(await db.publicSearchDocument.count({ where: { ...documents, years: { isEmpty: true } } }));
    expect(noValue("teilnehmende")).toBe(await db.publicSearchDocument.count({ where: { ...documents, participantCount: null } }));
    expect(noValue("kosten")).toBe(await db.publicSearchDocument.count({ where: { ...documents, costTotal: null } }));
    expect(statistics.counts.typ.find((entry) => entry.value === null)).toBeUndefined();

    // And by hand: the archived profile and the draft count nowhere.
    expect(countsOf(statistics, "typ")).toEqual({ landkreis: 1, stadt: 2, gemeinde: 1 });
    expect(countsOf(statistics, "bezirk")).toEqual({ stuttgart: 1, karlsruhe: 3, freiburg: 0, tuebingen: 0 });
    expect(countsOf(statistics, "thema")).toEqual({ [topics.t1.slug]: 2, [topics.t2.slug]: 2, "keine-angabe": 1 });
    expect(countsOf(statistics, "jahr")).toEqual({ 2016: 2, 2017: 2, "keine-angabe": 1 });
    expect(countsOf(statistics, "teilnehmende")).toEqual({ "bis-30": 1, "31-60": 1, "61-100": 0, "ueber-100": 1, "keine-angabe": 1 });
    expect(countsOf(statistics, "kosten")).toEqual({ "bis-1000": 1, "1000-3000": 1, "3000-10000": 0, "ueber-10000": 1, "keine-angabe": 1 });
    expect(statistics.names.thema[topics.t1.slug]).toBe(`Thema ${topics.t1.slug}`);
  });

  it("sums funding and own share of the published versions, per municipality kind", async () => {
    const statistics = await statisticsOf({});
    // Independently: the published versions of the public profiles of this Landkreis, summed here.
    const visible = await db.profile.findMany({
      where: { archivedAt: null, publishedVersionId: { not: null }, municipalityId: { in: Object.values(ids) } },
      select: { municipality: { select: { kind: true } }, publishedVersion: { select: { costFunding: true, costOwnShare: true } } },
    });
    for (const entry of statistics.funding) {
      const ofKind = visible.filter((profile) => profile.municipality.kind === entry.kind);
      const stated = ofKind.filter(
        (profile) => profile.publishedVersion!.costFunding !== null && profile.publishedVersion!.costOwnShare !== null,
      );
      const sum = (pick: (version: { costFunding: unknown; costOwnShare: unknown }) => unknown) =>
        stated.reduce((total, profile) => total + Number(pick(profile.publishedVersion!)), 0);
      expect(entry).toEqual({
        kind: entry.kind,
        profiles: ofKind.length,
        withAmounts: stated.length,
        funding: sum((version) => version.costFunding),
        ownShare: sum((version) => version.costOwnShare),
      });
    }
    expect(statistics.funding).toEqual([
      { kind: "LANDKREIS", profiles: 1, withAmounts: 0, funding: 0, ownShare: 0 },
      { kind: "STADT", profiles: 2, withAmounts: 2, funding: 2600.25, ownShare: 700.25 },
      { kind: "GEMEINDE", profiles: 1, withAmounts: 1, funding: 3000, ownShare: 9000 },
    ]);
  });

  it("counts the selection of a filter and of a search text like the search", async () => {
    const filtered = await statisticsOf({ typ: "stadt" });
    const search = await searchProfiles(parseSearchParams({ kreis, typ: "stadt" }));
    expect(filtered.total).toBe(2);
    expect(filtered.total).toBe(search.total);
    expect(countsOf(filtered, "typ")).toEqual({ landkreis: 0, stadt: 2, gemeinde: 0 });
    for (const chart of ["thema", "format", "jahr", "teilnehmende", "kosten", "bezirk"] as const) {
      for (const entry of filtered.counts[chart].filter((item) => item.value !== null))
        expect(entry.count).toBe(search.facets[chart].find((option) => option.value === entry.value)?.count ?? 0);
    }
    expect(filtered.funding.map((entry) => entry.kind)).toEqual(["STADT"]);

    const text = await statisticsOf({ q: "Wohnungen", thema: topics.t1.slug });
    expect(text.total).toBe((await searchProfiles(parseSearchParams({ kreis, q: "Wohnungen", thema: topics.t1.slug }))).total);
    expect(text.total).toBe(1);
    // A text resembling nothing selects nothing, like the search.
    expect((await statisticsOf({ q: "Xqzvwpt" })).total).toBe(0);
  });

  it("never throws on junk parameters: unknown values are dropped", async () => {
    const junk = {
      thema: ["../../etc", "unbekanntes-thema"],
      jahr: ["-5", "20x6"],
      teilnehmende: "-1",
      kosten: ["kostenlos", "1000-3000"],
      typ: "burg",
      q: "ü".repeat(10_000),
      seite: "-3",
    };
    const statistics = await statisticsOf(junk);
    expect(statistics.total).toBe((await searchProfiles(parseSearchParams({ kreis, ...junk }))).total);
    await expect(publicStatistics(parseSearchParams({ unbekannt: "1", sort: "boom" }))).resolves.toMatchObject({
      total: expect.any(Number),
    });
  });
});

describe("CSV download", () => {
  const get = (chart: string, query: string) =>
    csvRoute(new Request(`http://localhost/api/statistik/${chart}?${query}`), { params: Promise.resolve({ chart }) });

  it("holds the chart's numbers, UTF-8 with BOM, ;-separated, with German decimals", async () => {
    const response = await get("kosten.csv", `kreis=${kreis}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // (TextDecoder drops the byte order mark, as a spreadsheet reads it.)
    expect(new TextDecoder().decode(bytes).split("\r\n")).toEqual([
      "Gesamtkosten;Steckbriefe",
      "bis 1.000 €;1",
      "über 1.000 bis 3.000 €;1",
      "über 3.000 bis 10.000 €;0",
      "über 10.000 €;1",
      "keine Angabe;1",
      "",
    ]);
    const funding = (await (await get("foerderung.csv", `kreis=${kreis}&typ=stadt&typ=gemeinde`)).text()).split("\r\n");
    expect(funding[1]).toBe("Stadt;2;2;0;2600,25;700,25;79");
    expect(funding[3]).toBe("Alle;3;3;0;5600,25;9700,25;37");
  });

  it("answers junk parameters with the numbers and an unknown chart with 404", async () => {
    expect((await get("kosten.csv", "jahr=abc&kosten=-1&q=%00")).status).toBe(200);
    expect((await get("unbekannt.csv", "")).status).toBe(404);
    expect((await get("kosten", "")).status).toBe(404);
  });
});
