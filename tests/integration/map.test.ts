import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as mapRoute } from "@/app/api/karte/route";
import type { MapData } from "@/components/map/leaflet-map";
import { stopJobQueue } from "@/lib/jobs/job-queue";
import { listMapPlaces, listPlaceProfiles, MAP_PREVIEW_PROFILES, type MapPlace } from "@/lib/public/map";
import { parseMapQuery } from "@/lib/public/map-view";
import { parseSearchParams } from "@/lib/search/search-params";
import { searchProfiles } from "@/lib/search/search-profiles";
import { publicFixtures } from "../support/publish-profiles";
import { connectTestDatabase, uniqueSlug } from "../support/test-db";

/**
 * The map's filter on real PostgreSQL: for every selection, the map's places are the municipalities of
 * the search's hits and each place counts and names exactly its hits — the page's read, the list's
 * read and the interactive map's data route alike. Profiles are published, archived and left as drafts
 * through the real services. Every selection is limited to this file's own Landkreis (`kreis`), so
 * other tests' profiles never count.
 */
const db = connectTestDatabase();
const kreis = uniqueSlug("kartenkreis");
let t1: { slug: string }, t2: { slug: string }, f1: { slug: string };
const places: Record<"landkreis" | "stadtA" | "stadtB" | "gemeinde", string> = {} as never;

beforeAll(async () => {
  delete process.env.SMTP_URL;
  const f = await publicFixtures(db, "karte");
  const landkreis = await f.municipality({ name: "Landkreis Kartental", kind: "LANDKREIS", slug: kreis });
  const stadtA = await f.municipality({ name: "Ahornstadt", kind: "STADT", landkreisId: landkreis });
  const stadtB = await f.municipality({ name: "Buchenstadt", kind: "STADT", landkreisId: landkreis });
  const gemeinde = await f.municipality({ name: "Casteldorf", kind: "GEMEINDE", landkreisId: landkreis });
  // Coordinates for three of them; the Gemeinde has none (listed, not on the map).
  for (const [id, latitude, longitude] of [
    [landkreis, 48.5, 9.0],
    [stadtA, 48.52, 9.05],
    [stadtB, 48.7, 9.3],
  ] as const)
    await db.municipality.update({ where: { id }, data: { latitude, longitude } });
  for (const [key, id] of Object.entries({ landkreis, stadtA, stadtB, gemeinde }))
    places[key as keyof typeof places] = (await db.municipality.findUniqueOrThrow({ where: { id }, select: { slug: true } })).slug;
  const topic1 = await f.catalogEntry("topic", "Wohnen");
  const topic2 = await f.catalogEntry("topic", "Arbeit");
  const format1 = await f.catalogEntry("format", "Fest");
  [t1, t2, f1] = [topic1, topic2, format1];

  // Ahornstadt: five profiles of topic 1 (more than the map's preview), one of them also topic 2.
  for (const n of [1, 2, 3, 4, 5])
    await f.profile(stadtA, {
      title: `Ahorner Wohnrunde ${n}`,
      topicIds: n === 5 ? [topic1.id, topic2.id] : [topic1.id],
      formatIds: n <= 2 ? [format1.id] : [],
      participantCount: String(n * 20),
    });
  await f.profile(stadtB, { title: "Buchenstädter Arbeitsmarkt", topicIds: [topic2.id], participantCount: "150" });
  await f.profile(stadtB, { title: "Buchenstädter Wohnraumbörse", topicIds: [topic1.id], formatIds: [format1.id] });
  await f.profile(gemeinde, { title: "Casteldorfer Begegnungsfest", topicIds: [topic2.id], formatIds: [format1.id] });
  await f.profile(landkreis, { title: "Kreisweite Wohnkonferenz", topicIds: [topic1.id] });
  // Never on the map: archived and draft profiles, even of a matching topic.
  await f.profile(gemeinde, { title: "Archivierte Wohnrunde", topicIds: [topic1.id] }, "archived");
  await f.profile(landkreis, { title: "Entwurf Wohnen", topicIds: [topic1.id], formatIds: [format1.id] }, "draft");
}, 120_000);

afterAll(async () => {
  await stopJobQueue();
  await db.$disconnect();
});

/** Every hit of the search (all pages) per municipality slug: the profile slugs, by title. */
async function hitsByPlace(query: Record<string, string | string[]>): Promise<Record<string, string[]>> {
  const slugs: string[] = [];
  for (let seite = 1; ; seite += 1) {
    const result = await searchProfiles(parseSearchParams({ ...query, seite: String(seite) }));
    slugs.push(...result.items.map((item) => item.slug));
    if (seite >= result.pageCount) break;
  }
  const rows = await db.profile.findMany({
    where: { slug: { in: slugs } },
    select: { slug: true, municipality: { select: { slug: true } }, publishedVersion: { select: { title: true } } },
    orderBy: [{ publishedVersion: { title: "asc" } }, { slug: "asc" }],
  });
  const byPlace: Record<string, string[]> = {};
  for (const row of rows) (byPlace[row.municipality.slug] ??= []).push(row.slug);
  return byPlace;
}

const counts = (list: MapPlace[]) => Object.fromEntries(list.map((place) => [place.slug, place.profileCount]));

describe("the map's places for a filter", () => {
  const selections: [string, Record<string, string | string[]>][] = [
    ["the Landkreis alone", {}],
    ["a topic", { thema: "T1" }],
    ["another topic", { thema: "T2" }],
    ["two topics (alternatives)", { thema: ["T1", "T2"] }],
    ["a kind and a topic", { typ: "stadt", thema: "T2" }],
    ["a format", { format: "F1" }],
    ["a participants range", { teilnehmende: "ueber-100" }],
    ["a search text", { q: "Wohnraumbörse" }],
    ["a search text with a typo", { q: "Wohnrunnde" }],
    ["a search text that finds nothing", { q: "Quarkstrudel" }],
  ];

  it.each(selections)("equal the municipalities of the search's hits, with their counts: %s", async (_name, raw) => {
    const placeholders: Record<string, string> = { T1: t1.slug, T2: t2.slug, F1: f1.slug };
    const query: Record<string, string[]> = Object.fromEntries(
      Object.entries({ kreis, ...raw }).map(([key, value]) => [
        key,
        (Array.isArray(value) ? value : [value]).map((entry: string) => placeholders[entry] ?? entry),
      ]),
    );
    const { filter } = parseMapQuery(query);
    const expected = await hitsByPlace(query);
    const mapPlaces = await listMapPlaces(filter);
    expect(counts(mapPlaces)).toEqual(Object.fromEntries(Object.entries(expected).map(([place, slugs]) => [place, slugs.length])));
    // The preview names the first matching profiles; the list's read all of them, and nothing else.
    for (const place of mapPlaces) {
      expect(place.profiles.map((profile) => profile.slug)).toEqual(expected[place.slug]!.slice(0, MAP_PREVIEW_PROFILES));
    }
    const all = await listPlaceProfiles(
      mapPlaces.map((place) => place.slug),
      filter,
    );
    expect(Object.fromEntries(Object.entries(all).map(([place, list]) => [place, list.map((profile) => profile.slug)]))).toEqual(expected);

    // The interactive map's data: the same places (those with coordinates), the same counts.
    const response = await mapRoute(new Request(`http://localhost/api/karte?${toQuery(query)}`));
    expect(response.status).toBe(200);
    const data = (await response.json()) as MapData;
    expect(Object.fromEntries(data.places.map((place) => [place.slug, place.profileCount]))).toEqual(
      counts(mapPlaces.filter((place) => place.lat !== null)),
    );
  });

  it("counts only matching profiles: a topic's places and their counts", async () => {
    const byTopic = counts(await listMapPlaces(parseMapQuery({ kreis, thema: t1.slug }).filter));
    // Ahornstadt 5, Buchenstadt 1 (its other profile is topic 2), the Landkreis 1; Casteldorf's topic-1 profile is archived.
    expect(byTopic).toEqual({ [places.stadtA]: 5, [places.stadtB]: 1, [places.landkreis]: 1 });
    const ahorn = (await listMapPlaces(parseMapQuery({ kreis, thema: t1.slug }).filter)).find((place) => place.slug === places.stadtA)!;
    expect(ahorn.profiles).toHaveLength(MAP_PREVIEW_PROFILES);
    expect(ahorn.profiles.map((profile) => profile.title)).toEqual(["Ahorner Wohnrunde 1", "Ahorner Wohnrunde 2", "Ahorner Wohnrunde 3"]);
    expect(counts(await listMapPlaces(parseMapQuery({ kreis, thema: t2.slug, typ: "gemeinde" }).filter))).toEqual({ [places.gemeinde]: 1 });
  });

  it("keeps today's map without a filter, and ignores junk", async () => {
    const everything = await listMapPlaces();
    for (const slug of Object.values(places)) expect(everything.some((place) => place.slug === slug)).toBe(true);
    expect(counts(everything)[places.stadtA]).toBe(5);
    // Junk parameters and values are dropped by the search's parser: the same as no filter.
    expect(
      await listMapPlaces(parseMapQuery({ typ: "dorf", jahr: "1066", kosten: "umsonst", sort: "neueste", seite: "x" }).filter),
    ).toEqual(everything);
    // A 10 kB search text is cut to the search's limit and answered like any other.
    const long = "Wohnen ".repeat(1_500);
    const response = await mapRoute(new Request(`http://localhost/api/karte?kreis=${kreis}&q=${encodeURIComponent(long)}`));
    expect(response.status).toBe(200);
    const located = (await listMapPlaces(parseMapQuery({ kreis, q: long }).filter)).filter((place) => place.lat !== null);
    expect(located.length).toBeGreaterThan(0);
    expect(((await response.json()) as MapData).places.map((place) => place.slug)).toEqual(located.map((place) => place.slug));
    expect(Object.keys(counts(await listMapPlaces(parseMapQuery({ kreis, q: long }).filter))).sort()).toEqual(
      Object.keys(await hitsByPlace({ kreis, q: long })).sort(),
    );
  });

  it("takes every search parameter in the data route, repeated ones too", async () => {
    const response = await mapRoute(
      new Request(`http://localhost/api/karte?kreis=${kreis}&thema=${t1.slug}&thema=${t2.slug}&typ=stadt&sprache=de`),
    );
    const data = (await response.json()) as MapData;
    expect(Object.fromEntries(data.places.map((place) => [place.slug, place.profileCount]))).toEqual({
      [places.stadtA]: 5,
      [places.stadtB]: 2,
    });
    // Links to the list keep the filter.
    for (const place of data.places) expect(place.listHref).toContain(`thema=${t1.slug}`);
  });
});

function toQuery(query: Record<string, string[]>): string {
  const params = new URLSearchParams();
  for (const [key, values] of Object.entries(query)) for (const value of values) params.append(key, value);
  return params.toString();
}
