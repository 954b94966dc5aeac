/**
 * The paths live here, not in the parameter modules that use them: those import zod, and this module
 * reaches the browser through the header's language switch (lib/i18n/language-alternate.ts) — with
 * zod, every public page loaded 30 kB gzip more.
 */
/** The public path of the listing. */
export const LISTING_PATH = "/steckbriefe";
/** The segment of the default state (no filter) on the internal routes (lib/public/listing-params.ts). */
export const DEFAULT_STATE_SEGMENT = "alle";
export const STATISTICS_PATH = "/statistik";
export const RECOMMENDATIONS_PATH = "/empfehlungen";
/** The internal, cached route of a filtered state (proxy.ts rewrites `/empfehlungen?…` onto it). */
export const RECOMMENDATIONS_INTERNAL_SEGMENT = "auswahl";

/**
 * The pages whose state is a query, and the internal route below each that renders one state as a
 * cacheable path (`/steckbriefe?typ=stadt` is rendered as `/steckbriefe/liste/typ%3Dstadt`; proxy.ts
 * does the rewrite). No server-only imports and no zod: the proxy and client components use it.
 */
export const QUERY_ROUTES = {
  listing: { path: LISTING_PATH, internal: "liste" },
  statistics: { path: STATISTICS_PATH, internal: "auswahl" },
  recommendations: { path: RECOMMENDATIONS_PATH, internal: RECOMMENDATIONS_INTERNAL_SEGMENT },
} as const;

/**
 * The public address of a path the router reports: an internal route's path becomes the page with its
 * query again ("/steckbriefe/liste/typ%3Dstadt" → "/steckbriefe?typ=stadt"); other paths stay as they are.
 * The segment is the canonical query, encoded (lib/public/listing-params.ts).
 */
export function publicAddress(pathname: string): string {
  for (const { path, internal } of Object.values(QUERY_ROUTES)) {
    const prefix = `${path}/${internal}/`;
    if (!pathname.startsWith(prefix)) continue;
    const segment = pathname.slice(prefix.length);
    if (segment.includes("/")) continue;
    if (segment === DEFAULT_STATE_SEGMENT) return path;
    try {
      return `${path}?${decodeURIComponent(segment)}`;
    } catch {
      return path;
    }
  }
  return pathname;
}
