import { NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";
import { cachedByTags, PUBLIC_TAGS } from "@/lib/cache/public-cache";
import { publicProfileStatus } from "@/lib/public/visibility";
import { LISTING_PATH, listingStateSegment, parseListingParams, serializeListingState } from "@/lib/public/listing-params";
import {
  parseRecommendationsParams,
  RECOMMENDATIONS_INTERNAL_SEGMENT,
  RECOMMENDATIONS_PATH,
  recommendationsStateSegment,
  serializeRecommendationsState,
} from "@/lib/public/recommendations-params";

/**
 * Maps URLs to languages ("/" → German, "/en/…" → English once enabled), serves the listing's query
 * addresses from a cached path (below), and gives withdrawn (archived) profiles the status 410 Gone —
 * the page itself explains it. Authorization never happens here: every page, action and route
 * handler checks on its own.
 */
const intlMiddleware = createMiddleware(routing);
const PROFILE_PATH = /^\/(?:[a-z]{2}\/)?steckbriefe\/([a-z0-9]+(?:-[a-z0-9]+)*)$/;
const LOCALE_PREFIX = `(/(?:${routing.locales.join("|")}))?`;
const LISTING = new RegExp(`^${LOCALE_PREFIX}/steckbriefe$`);
/** The listing's internal, cached route (app/[locale]/(public)/steckbriefe/liste/[state]). */
const LISTING_INTERNAL = new RegExp(`^${LOCALE_PREFIX}/steckbriefe/liste/`);
/** "Was anderswo funktioniert hat" and its internal, cached route of filtered states (app/[locale]/(public)/empfehlungen). */
const RECOMMENDATIONS = new RegExp(`^${LOCALE_PREFIX}/empfehlungen$`);
const RECOMMENDATIONS_INTERNAL = new RegExp(`^${LOCALE_PREFIX}/empfehlungen/${RECOMMENDATIONS_INTERNAL_SEGMENT}/`);

export default async function proxy(request: NextRequest) {
  const response = intlMiddleware(request);
  const { pathname } = request.nextUrl;
  const isRedirect = response.status >= 300 && response.status < 400;

  // Only reachable through /steckbriefe?…: one state, one address (and no second cache entry).
  const internal = LISTING_INTERNAL.exec(pathname) ?? RECOMMENDATIONS_INTERNAL.exec(pathname);
  if (internal && !isRedirect) return intlMiddleware(withPath(request, `${internal[1] ?? ""}/nicht-gefunden`));
  const listing = LISTING.exec(pathname);
  if (listing && !isRedirect) return listingResponse(request, listing[1] ?? "");
  const recommendations = RECOMMENDATIONS.exec(pathname);
  if (recommendations && !isRedirect && request.nextUrl.search) return recommendationsResponse(request, recommendations[1] ?? "");

  const match = PROFILE_PATH.exec(request.nextUrl.pathname);
  if (match && response.status === 200 && (await archived(match[1]!))) {
    const gone = new NextResponse(response.body, { status: 410, headers: response.headers });
    // Browsers keep a 410 without an expiry for good (Chromium treats it like a permanent redirect), and
    // the page's own `s-maxage` is not for them: ask them to check again, so that a profile brought back
    // from the archive is seen at once.
    gone.headers.set("Cache-Control", "public, max-age=0, must-revalidate");
    return gone;
  }
  return response;
}

/**
 * The listing (`/steckbriefe?typ=stadt&seite=2`) is a page with query parameters, and a page that
 * reads searchParams is rendered per request. So the proxy turns the canonical query into a path
 * segment of an internal route that is rendered once and then served from the cache until a
 * publication invalidates it (PUBLIC_TAGS.profiles): `/steckbriefe/liste/typ%3Dstadt%26seite%3D2`.
 * A non-canonical query (other order, defaults, junk, unknown parameters, empty form fields)
 * redirects to the canonical address — 307, not 308: browsers keep permanent redirects, and
 * parameters unknown today (the search's `q`, `thema` …) will mean something tomorrow.
 */
function listingResponse(request: NextRequest, localePrefix: string) {
  const query = request.nextUrl.search.replace(/^\?/, "");
  const state = parseListingParams(query);
  const canonical = serializeListingState(state);
  if (query !== canonical) {
    const url = request.nextUrl.clone();
    url.search = canonical;
    return NextResponse.redirect(url, 307);
  }
  // Through next-intl as if that path had been asked for: it adds the locale and its request header.
  return intlMiddleware(withPath(request, `${localePrefix}${LISTING_PATH}/liste/${listingStateSegment(state)}`));
}

/**
 * `/empfehlungen` without a query is a static page; with filters the proxy serves the canonical query
 * from a cached internal route, like the listing (`/empfehlungen/auswahl/thema%3Dwohnen`). A query that
 * filters nothing (only `sort`, junk) redirects to the plain page.
 */
function recommendationsResponse(request: NextRequest, localePrefix: string) {
  const query = request.nextUrl.search.replace(/^\?/, "");
  const state = parseRecommendationsParams(query);
  const canonical = serializeRecommendationsState(state);
  if (query !== canonical) {
    const url = request.nextUrl.clone();
    url.search = canonical;
    return NextResponse.redirect(url, 307);
  }
  return intlMiddleware(
    withPath(request, `${localePrefix}${RECOMMENDATIONS_PATH}/${RECOMMENDATIONS_INTERNAL_SEGMENT}/${recommendationsStateSegment(state)}`),
  );
}

/** The same request for another path, without query. */
function withPath(request: NextRequest, pathname: string): NextRequest {
  const url = request.nextUrl.clone();
  url.pathname = pathname;
  url.search = "";
  return new NextRequest(url, request);
}

async function archived(slug: string): Promise<boolean> {
  try {
    // Cached (shared store) under the profile's tag: archiving invalidates it, so the 410 comes at once.
    const status = await cachedByTags(`public-status:${slug}`, [PUBLIC_TAGS.profile(slug)], () => publicProfileStatus(slug));
    return status === "archived";
  } catch (error) {
    console.error("Archive lookup failed", error);
    return false; // the page still shows the withdrawal notice, only the status code is 200 then
  }
}

export const config = {
  // Everything except API routes, Next internals and files with an extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
