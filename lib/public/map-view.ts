import { DEFAULT_LISTING_STATE, parseListingParams, serializeListingState, type ListingState } from "./listing-params";

/**
 * The map page's view, computed on the server and free of React and the database: what the address
 * asks for (filter, section, list page), the projection of Baden-Württemberg onto the SVG map, and
 * the grid clustering that keeps the map readable (and its HTML small) however many places it shows.
 */

// ---------------------------------------------------------------------------------------------------
// The address

export const MAP_PATH = "/karte";

/** A section of the map in degrees. */
export interface BBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

export interface MapQuery {
  /**
   * The search's selection (`q`, `typ`, `thema`, `bezirk`, `kreis`, `format`, `jahr`, `teilnehmende`,
   * `kosten`): the same names and parser as the listing (lib/public/listing-params.ts); sort and page
   * mean nothing here and are always the defaults. DEFAULT_LISTING_STATE = every published profile.
   */
  filter: ListingState;
  /** `ausschnitt=west,south,east,north`: a zoomed section (from a cluster's link); null = the whole state */
  section: BBox | null;
  /** `seite`: page of the list below the map, from 1 (not the listing's page) */
  page: number;
}

type SearchParams = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The map's own parameters; every other one is the search's (or ignored). */
const MAP_ONLY_PARAMS = ["ausschnitt", "seite"] as const;

/** The part of a listing state the map uses: the selection, without the listing's sort and page. */
export function mapFilter(state: Partial<ListingState>): ListingState {
  return { ...DEFAULT_LISTING_STATE, ...state, sort: null, seite: 1 };
}

/** The selection's canonical query ("" = no filter): one selection, one cache entry of the map's places. */
export function mapFilterQuery(state: Partial<ListingState>): string {
  return serializeListingState(mapFilter(state));
}

/**
 * The map's parameters: the search's filter through the search's parser (junk dropped, a long `q`
 * cut to the search's limit), `ausschnitt` and `seite` here. What does not parse is ignored, never an
 * error page. Takes Next's `searchParams` or URLSearchParams (a repeated `thema` keeps every value).
 */
export function parseMapQuery(input: SearchParams | URLSearchParams): MapQuery {
  const record: SearchParams = {};
  if (input instanceof URLSearchParams) {
    for (const key of new Set(input.keys())) record[key] = input.getAll(key);
  } else {
    Object.assign(record, input);
  }
  const filterParams = Object.fromEntries(
    Object.entries(record).filter(([key]) => !(MAP_ONLY_PARAMS as readonly string[]).includes(key) && key !== "sort"),
  );
  const page = Number.parseInt(first(record.seite) ?? "", 10);
  return {
    filter: mapFilter(parseListingParams(filterParams)),
    section: parseSection(first(record.ausschnitt)),
    page: Number.isSafeInteger(page) && page >= 1 ? Math.min(page, 10_000) : 1,
  };
}

function parseSection(value: string | undefined): BBox | null {
  if (!value || value.length > 100) return null;
  const numbers = value.split(",").map(Number);
  if (numbers.length !== 4 || numbers.some((n) => !Number.isFinite(n))) return null;
  const [west, south, east, north] = numbers as [number, number, number, number];
  const clamped = {
    west: Math.max(west, BW_BOUNDS.west),
    south: Math.max(south, BW_BOUNDS.south),
    east: Math.min(east, BW_BOUNDS.east),
    north: Math.min(north, BW_BOUNDS.north),
  };
  return clamped.west < clamped.east && clamped.south < clamped.north ? clamped : null;
}

/** The map's address with these parameters (no filter, no section and page 1 are left out, so the plain page is `/karte`). */
export function mapHref(query: { filter?: Partial<ListingState>; section?: BBox | null; page?: number }, hash = ""): string {
  const parts: string[] = [];
  const filter = mapFilterQuery(query.filter ?? {});
  if (filter) parts.push(filter);
  // Numbers and commas only: written as they are, readable in the address bar.
  if (query.section)
    parts.push(`ausschnitt=${[query.section.west, query.section.south, query.section.east, query.section.north].map(round).join(",")}`);
  if (query.page && query.page > 1) parts.push(`seite=${query.page}`);
  return `${MAP_PATH}${parts.length ? `?${parts.join("&")}` : ""}${hash}`;
}

/**
 * The canonical address of what `input` asks for, or null when `input` already is it. A GET form sends
 * empty fields (`q=`), values in its own order and junk stays in hand-edited addresses: the page
 * redirects those to the one address of their state (as proxy.ts does for the listing), so that links,
 * bookmarks and the cache see one form. Commas are compared unescaped (`ausschnitt` is written with them).
 */
export function nonCanonicalMapHref(input: SearchParams | URLSearchParams): string | null {
  const given = new URLSearchParams();
  const entries = input instanceof URLSearchParams ? [...input.entries()] : Object.entries(input);
  for (const [key, value] of entries)
    for (const entry of Array.isArray(value) ? value : [value]) if (entry !== undefined) given.append(key, entry);
  const href = mapHref(parseMapQuery(input));
  const canonical = href.split("?")[1] ?? "";
  const unescape = (query: string) => query.replaceAll("%2C", ",");
  return unescape(given.toString()) === unescape(canonical) ? null : href;
}

const round = (n: number) => Math.round(n * 10_000) / 10_000;

export function inSection(section: BBox, lat: number, lon: number): boolean {
  return lon >= section.west && lon <= section.east && lat >= section.south && lat <= section.north;
}

// ---------------------------------------------------------------------------------------------------
// Projection: equirectangular, x scaled by cos(mid-latitude) — near-true shapes at this size.

/** Bounds of the state's outline (Natural Earth), a little padded. */
export const BW_BOUNDS: BBox = { west: 7.45, south: 47.48, east: 10.55, north: 49.85 };
const MID_LAT = (BW_BOUNDS.south + BW_BOUNDS.north) / 2;
const X_SCALE = Math.cos((MID_LAT * Math.PI) / 180);
/** Width of the whole map in SVG units; the height follows from the projection. */
export const MAP_WIDTH = 600;
const UNITS_PER_DEGREE = MAP_WIDTH / ((BW_BOUNDS.east - BW_BOUNDS.west) * X_SCALE);
export const MAP_HEIGHT = Math.round((BW_BOUNDS.north - BW_BOUNDS.south) * UNITS_PER_DEGREE);

export function project(lat: number, lon: number): { x: number; y: number } {
  return { x: (lon - BW_BOUNDS.west) * X_SCALE * UNITS_PER_DEGREE, y: (BW_BOUNDS.north - lat) * UNITS_PER_DEGREE };
}

function unproject(x: number, y: number): { lat: number; lon: number } {
  return { lon: BW_BOUNDS.west + x / (X_SCALE * UNITS_PER_DEGREE), lat: BW_BOUNDS.north - y / UNITS_PER_DEGREE };
}

/** An SVG path of a GeoJSON (Multi)Polygon in the map's units, one decimal. */
export function outlinePath(
  geometry: { type: "Polygon"; coordinates: number[][][] } | { type: "MultiPolygon"; coordinates: number[][][][] },
): string {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons
    .flatMap((rings) =>
      rings.map(
        (ring) =>
          ring
            .map(([lon, lat], index) => {
              const { x, y } = project(lat!, lon!);
              return `${index === 0 ? "M" : "L"}${x.toFixed(1)} ${y.toFixed(1)}`;
            })
            .join("") + "Z",
      ),
    )
    .join("");
}

export interface Viewport {
  /** SVG viewBox in map units */
  x: number;
  y: number;
  width: number;
  height: number;
  /** how many times larger than the whole map: marker sizes and the cluster grid divide by it */
  zoom: number;
}

/** Beyond this zoom a cluster is no longer split by zooming in (places at nearly the same point). */
export const MAX_ZOOM = 48;

/** The viewBox showing `section` (whole map when null), with the whole map's aspect ratio. */
export function viewportOf(section: BBox | null): Viewport {
  if (!section) return { x: 0, y: 0, width: MAP_WIDTH, height: MAP_HEIGHT, zoom: 1 };
  const a = project(section.north, section.west);
  const b = project(section.south, section.east);
  const aspect = MAP_HEIGHT / MAP_WIDTH;
  const width = Math.max(b.x - a.x, (b.y - a.y) / aspect, MAP_WIDTH / MAX_ZOOM);
  const height = width * aspect;
  return { x: (a.x + b.x) / 2 - width / 2, y: (a.y + b.y) / 2 - height / 2, width, height, zoom: MAP_WIDTH / width };
}

// ---------------------------------------------------------------------------------------------------
// Clustering

export interface Point<T> {
  x: number;
  y: number;
  item: T;
}

export type MapMark<T> =
  { type: "place"; x: number; y: number; item: T } | { type: "cluster"; x: number; y: number; items: T[]; section: BBox };

/** Size of a grid cell in units of the whole map (about 1.5 marker widths on a phone). */
const CELL = 22;

/**
 * Places within one grid cell of the current view become one cluster (a count, linking to the
 * section of its members); a lone place stays a marker. Linear in the number of places.
 */
export function clusterPoints<T extends { lat: number; lon: number }>(items: readonly T[], viewport: Viewport): MapMark<T>[] {
  const cell = CELL / viewport.zoom;
  const cells = new Map<string, Point<T>[]>();
  for (const item of items) {
    const { x, y } = project(item.lat, item.lon);
    const key = `${Math.floor(x / cell)}:${Math.floor(y / cell)}`;
    const points = cells.get(key);
    if (points) points.push({ x, y, item });
    else cells.set(key, [{ x, y, item }]);
  }
  return [...cells.values()].map((points) => {
    const x = points.reduce((sum, p) => sum + p.x, 0) / points.length;
    const y = points.reduce((sum, p) => sum + p.y, 0) / points.length;
    if (points.length === 1) return { type: "place", x, y, item: points[0]!.item };
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const nw = unproject(Math.min(...xs), Math.min(...ys));
    const se = unproject(Math.max(...xs), Math.max(...ys));
    // A little margin so that the members do not sit on the edge of the zoomed view.
    const margin = 0.02;
    const section = { west: nw.lon - margin, south: se.lat - margin, east: se.lon + margin, north: nw.lat + margin };
    return { type: "cluster", x, y, items: points.map((p) => p.item), section };
  });
}

/** A small section around one place: the list below the map then shows this place first. */
export function sectionAround(lat: number, lon: number): BBox {
  const d = 0.01;
  return { west: round(lon - d), south: round(lat - d), east: round(lon + d), north: round(lat + d) };
}
