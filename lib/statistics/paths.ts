import { STATISTICS_PATH } from "@/lib/public/query-routes";
import { serializeListingState, type ListingState } from "@/lib/public/listing-params";
import type { ChartId } from "./charts";

/**
 * Addresses of the statistics: the page and each chart's CSV take the listing's parameters (the same
 * names and parser, lib/public/listing-params.ts), so a selection moves between listing and statistics
 * by its query alone. Sort and page mean nothing to the statistics and are left out.
 */

export { STATISTICS_PATH };

/** The selection's canonical query without sort and page ("" for all profiles). */
export function statisticsQuery(state: Partial<ListingState>): string {
  return serializeListingState({ ...state, sort: null, seite: 1 });
}

export function statisticsHref(state: Partial<ListingState>): string {
  const query = statisticsQuery(state);
  return query ? `${STATISTICS_PATH}?${query}` : STATISTICS_PATH;
}

/** The CSV of one chart (app/api/statistik/[chart]/route.ts): outside the localized pages, like other downloads. */
export function statisticsCsvHref(chart: ChartId, state: Partial<ListingState>): string {
  const query = statisticsQuery(state);
  return `/api/statistik/${chart}.csv${query ? `?${query}` : ""}`;
}
