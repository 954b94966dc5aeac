import { RECOMMENDATIONS_INTERNAL_SEGMENT, RECOMMENDATIONS_PATH } from "./query-routes";
import {
  DEFAULT_LISTING_STATE,
  listingStateFromSegment,
  listingStateSegment,
  parseListingParams,
  serializeListingState,
  stateHref,
  type ListingSearchParams,
  type ListingState,
} from "./listing-params";

/**
 * The URL state of `/empfehlungen` ("Was anderswo funktioniert hat"): the listing's parameters (q, typ,
 * thema, bezirk, kreis, format, jahr, teilnehmende, kosten), parsed by the listing's parser — this module
 * only says which of them mean something here. The page groups by topic instead of ranking, so `sort`
 * never applies; `seite` only when exactly one topic is chosen (then that topic's items are paged, with
 * several topics each shows its first few and links to its own page). Dropping the rest keeps one state
 * one address (and one cache entry), as on the listing.
 *
 * No server-only imports: proxy.ts uses it.
 */

export { RECOMMENDATIONS_INTERNAL_SEGMENT, RECOMMENDATIONS_PATH };

/** Items of one topic per page when only that topic is shown. */
export const RECOMMENDATIONS_PAGE_SIZE = 20;
/** Items per topic when several topics are shown; each links to its own page for the rest. */
export const RECOMMENDATIONS_PREVIEW = 3;

/** The state's meaningful part: no sort, a page only for a single topic. */
export function recommendationsState(state: ListingState): ListingState {
  return { ...state, sort: null, seite: state.thema.length === 1 ? state.seite : 1 };
}

export function parseRecommendationsParams(input: ListingSearchParams): ListingState {
  return recommendationsState(parseListingParams(input));
}

/** The canonical query (without "?"); "" for the unfiltered page. */
export function serializeRecommendationsState(state: Partial<ListingState>): string {
  return serializeListingState(recommendationsState({ ...DEFAULT_LISTING_STATE, ...state }));
}

/** The public address of a state, e.g. `/empfehlungen?thema=wohnen&typ=stadt`. */
export function recommendationsHref(state: Partial<ListingState>): string {
  return stateHref(RECOMMENDATIONS_PATH, recommendationsState({ ...DEFAULT_LISTING_STATE, ...state }));
}

/** The path segment of the internal route (never "alle": the unfiltered page is /empfehlungen itself). */
export function recommendationsStateSegment(state: ListingState): string {
  return listingStateSegment(recommendationsState(state));
}

/** The state of a segment of the internal route, or null when it is not the canonical form of a filtered state. */
export function recommendationsStateFromSegment(segment: string): ListingState | null {
  const state = listingStateFromSegment(segment);
  if (!state) return null;
  const own = recommendationsState(state);
  const query = serializeListingState(own);
  if (query === "" || query !== serializeListingState(state)) return null;
  return own;
}
