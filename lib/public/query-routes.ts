import { DEFAULT_STATE_SEGMENT, LISTING_PATH } from "./listing-params";
import { RECOMMENDATIONS_INTERNAL_SEGMENT, RECOMMENDATIONS_PATH } from "./recommendations-params";
import { STATISTICS_PATH } from "@/lib/statistics/paths";

/**
 * The pages whose state is a query, and the internal route below each that renders one state as a
 * cacheable path (`/steckbriefe?typ=stadt` is rendered as `/steckbriefe/liste/typ%3Dstadt`; proxy.ts
 * does the rewrite). No server-only imports: the proxy and client components use it.
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
