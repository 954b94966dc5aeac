import { NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";
import { cachedByTags, PUBLIC_TAGS } from "@/lib/cache/public-cache";
import { hasCachedPage } from "@/lib/cache/page-cache";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "@/lib/database-availability";
import { isDatabaseReachable } from "@/lib/database-probe";
import { publicProfileStatus } from "@/lib/public/visibility";
import { listingStateSegment, parseListingParams, serializeListingState } from "@/lib/public/listing-params";
import { QUERY_ROUTES } from "@/lib/public/query-routes";
import {
  parseRecommendationsParams,
  recommendationsStateSegment,
  serializeRecommendationsState,
} from "@/lib/public/recommendations-params";
import { statisticsQuery } from "@/lib/statistics/paths";
import { refuseMalformedActionRequest } from "@/lib/actions/action-request";
import { declaresTooLargeBody } from "@/lib/security/page-body-limits";
import { localeOfPath, refusalText, type RefusalKey } from "@/lib/security/refusal-text";
import { log } from "@/lib/operations/log";
import { REQUEST_ID_HEADER, requestIdFor, shortRequestId } from "@/lib/operations/request-id";
import { HSTS, isStaticPage, newNonce, noncePolicy, servedOverHttps } from "@/lib/security/response-headers";

/**
 * Maps URLs to languages ("/" → German, "/en/…" → English once enabled), serves the listing's query
 * addresses from a cached path (below), and gives withdrawn (archived) profiles the status 410 Gone —
 * the page itself explains it, and sets the request-dependent security headers: the nonce policy of
 * pages rendered per request (lib/security/response-headers.ts) and HSTS. Authorization never happens
 * here: every page, action and route handler checks on its own.
 */
const intlMiddleware = createMiddleware(routing);
const PROFILE_PATH = /^\/(?:[a-z]{2}\/)?steckbriefe\/([a-z0-9]+(?:-[a-z0-9]+)*)$/;
const LOCALE_PREFIX = `(/(?:${routing.locales.join("|")}))?`;

/**
 * Pages whose state is a query (`/steckbriefe?typ=stadt&seite=2`): a page that reads searchParams is
 * rendered per request, so the proxy turns the canonical query into the path segment of an internal
 * route that is rendered once and then served from the cache until a publication invalidates it
 * (`/steckbriefe/liste/typ%3Dstadt%26seite%3D2`). A non-canonical query (other order, defaults, junk,
 * unknown parameters, empty form fields) redirects to the canonical address — 307, not 308: browsers keep
 * permanent redirects, and parameters unknown today may mean something tomorrow. The internal routes are
 * reachable only this way (one state, one address, one cache entry).
 */
interface QueryPage {
  path: string;
  /** the internal route's segment below `path` */
  internal: string;
  /** without a query the page is its own (static) page, not the internal route */
  onlyWithQuery: boolean;
  /** the canonical query of `query`, and the internal route's segment for it */
  resolve(query: string): { canonical: string; segment: string };
}

const QUERY_PAGES = (
  [
    {
      ...QUERY_ROUTES.listing,
      onlyWithQuery: false,
      resolve: (query) => {
        const state = parseListingParams(query);
        return { canonical: serializeListingState(state), segment: listingStateSegment(state) };
      },
    },
    {
      // the listing's selection without sort and page (lib/statistics/paths.ts)
      ...QUERY_ROUTES.statistics,
      onlyWithQuery: true,
      resolve: (query) => {
        const state = parseListingParams(query);
        return { canonical: statisticsQuery(state), segment: listingStateSegment({ ...state, sort: null, seite: 1 }) };
      },
    },
    {
      ...QUERY_ROUTES.recommendations,
      onlyWithQuery: true,
      resolve: (query) => {
        const state = parseRecommendationsParams(query);
        return { canonical: serializeRecommendationsState(state), segment: recommendationsStateSegment(state) };
      },
    },
  ] satisfies QueryPage[]
).map((page): QueryPage & { pattern: RegExp; internalPattern: RegExp } => ({
  ...page,
  pattern: new RegExp(`^${LOCALE_PREFIX}${page.path}$`),
  internalPattern: new RegExp(`^${LOCALE_PREFIX}${page.path}/${page.internal}(?:/|$)`),
}));

/** What pages and server actions answer; anything else (TRACE, PUT, …) is 405, not an error page. */
const PAGE_METHODS = new Set(["GET", "HEAD", "POST", "OPTIONS"]);

/**
 * Requests no page can answer, refused with a clear status before Next would fail on them with a 500:
 * an unknown method, a server action posted from another site (Next refuses that too, but as an
 * internal error), a body larger than any form of the page needs (413, lib/security/page-body-limits.ts), and a
 * server action whose body cannot be decoded (lib/actions/action-request.ts). The action's own boundary still
 * checks session, policy and input; this only says "no" earlier.
 */
async function refusedRequest(request: NextRequest): Promise<NextResponse | null> {
  const { pathname } = request.nextUrl;
  const t = refusalText(pathname);
  const text = (status: number, body: string, headers: Record<string, string> = {}) =>
    new NextResponse(body, { status, headers: { "content-type": "text/plain; charset=utf-8", ...headers } });
  if (!PAGE_METHODS.has(request.method)) return text(405, t("method"), { allow: [...PAGE_METHODS].join(", ") });
  // A server action's body is read whole before the action runs: refuse what no form of the page needs.
  if (declaresTooLargeBody(request)) {
    // A form sent without JavaScript shows this answer as a page: with a way back to the form.
    if (!request.headers.has("next-action") && request.headers.get("accept")?.includes("text/html"))
      return noticePage(request, 413, {
        title: "tooLargeTitle",
        paragraphs: ["tooLarge", "tooLargeAdvice"],
        link: { href: pathname, text: "backToForm" },
      });
    return text(413, t("tooLarge"));
  }
  const origin = request.headers.get("origin");
  if (request.method === "POST" && request.headers.has("next-action") && origin) {
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
    let originHost: string | null = null;
    try {
      originHost = new URL(origin).host;
    } catch {
      // an unreadable origin is a foreign one
    }
    if (!host || originHost !== host) return text(403, t("foreignOrigin"));
  }
  const malformed = await refuseMalformedActionRequest(request);
  if (malformed) return text(malformed.status, t(malformed.reason));
  return null;
}

/**
 * A whole page for an answer the proxy gives instead of a page (413 for a form sent without JavaScript,
 * 503 during a database outage): in the address's language, readable on a phone, without script, and
 * naming the request's id, so that a person's report leads to the log (lib/operations/request-id.ts).
 */
function noticePage(
  request: NextRequest,
  status: number,
  notice: { title: RefusalKey; paragraphs: RefusalKey[]; link: { href: string; text: RefusalKey } },
  headers: Record<string, string> = {},
): NextResponse {
  const { pathname } = request.nextUrl;
  const t = refusalText(pathname);
  const escape = (value: string) => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
  const requestId = request.headers.get(REQUEST_ID_HEADER);
  const paragraphs = notice.paragraphs.map((key) => `<p>${escape(t(key))}</p>`).join("");
  const reference = requestId ? `<p>${escape(t("reference", { requestId: shortRequestId(requestId) }))}</p>` : "";
  const html = `<!doctype html><html lang="${localeOfPath(pathname)}"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(t(notice.title))}</title><style>body{font-family:system-ui,sans-serif;line-height:1.5;max-width:40rem;margin:2rem auto;padding:0 1rem}</style><main><h1>${escape(t(notice.title))}</h1>${paragraphs}<p><a href="${escape(notice.link.href)}">${escape(t(notice.link.text))}</a></p>${reference}</main></html>`;
  return new NextResponse(html, {
    status,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
      ...headers,
    },
  });
}

export default async function proxy(incoming: NextRequest) {
  // Every request gets its id (lib/operations/request-id.ts): on the request the app sees, and on the answer.
  const requestId = requestIdFor(incoming.headers);
  const headers = new Headers(incoming.headers);
  headers.set(REQUEST_ID_HEADER, requestId);
  const request = new NextRequest(incoming, { headers });
  const answer = (response: NextResponse) => {
    response.headers.set(REQUEST_ID_HEADER, requestId);
    if (servedOverHttps(request.headers)) response.headers.set("strict-transport-security", HSTS);
    return response;
  };
  // API answers (GET only, see `config`) get HSTS and nothing else: their policy is in next.config.ts.
  if (request.nextUrl.pathname.startsWith("/api/")) return answer(NextResponse.next({ request: { headers } }));
  const refused = await refusedRequest(request);
  if (refused) return answer(refused);
  // A page rendered per request gets a nonce: Next reads it from the policy in the request headers and
  // puts it on every script it writes. Cached pages bring their own policy (cache-handler.mjs).
  // (`next dev` renders every page per request and stores nothing in the cache: nonces everywhere there.)
  if (isStaticPage(request.nextUrl.pathname) && process.env.NODE_ENV !== "development") {
    const response = await pageResponse(request);
    return answer((await outageAnswer(request, response, { cacheable: true })) ?? response);
  }
  const policy = noncePolicy(newNonce());
  headers.set("content-security-policy", policy);
  const response = await pageResponse(new NextRequest(request, { headers }));
  const outage = await outageAnswer(request, response, { cacheable: false });
  if (outage) return answer(outage);
  response.headers.set("content-security-policy", policy);
  return answer(response);
}

/**
 * While the database is down (issue 14, "Database outage"): a page the cache holds is served as usual;
 * any other page would fail while rendering — Next answers that with a 500 and an empty shell that only
 * JavaScript fills — so it is answered here with a whole 503 page and `Retry-After`. Server actions are
 * let through: their boundary answers "unavailable" as a result the form shows (lib/actions/define-action.ts).
 * The database is asked at most once a second (lib/database-availability.ts), the cache only during an outage.
 */
async function outageAnswer(request: NextRequest, response: NextResponse, { cacheable }: { cacheable: boolean }) {
  if ((request.method !== "GET" && request.method !== "HEAD") || request.headers.has("next-action")) return null;
  if (response.status >= 300 && response.status < 400) return null; // a redirect needs no database
  if (await isDatabaseReachable()) return null;
  const rewrite = response.headers.get("x-middleware-rewrite");
  const routePath = rewrite ? new URL(rewrite).pathname : request.nextUrl.pathname;
  if (cacheable && (await hasCachedPage(routePath))) return null;
  return unavailablePage(request);
}

function unavailablePage(request: NextRequest): NextResponse {
  const locale = localeOfPath(request.nextUrl.pathname);
  const startPage = locale === routing.defaultLocale ? "/" : `/${locale}`;
  return noticePage(
    request,
    503,
    { title: "unavailableTitle", paragraphs: ["unavailable", "unavailableAdvice"], link: { href: startPage, text: "toStartPage" } },
    { "retry-after": String(RETRY_AFTER_SECONDS), "cache-control": "no-store" },
  );
}

async function pageResponse(request: NextRequest): Promise<NextResponse> {
  const response = intlMiddleware(request);
  const { pathname } = request.nextUrl;
  const isRedirect = response.status >= 300 && response.status < 400;

  for (const page of QUERY_PAGES) {
    if (isRedirect) break;
    const internal = page.internalPattern.exec(pathname);
    if (internal) return localizedRewrite(withPath(request, `${internal[1] ?? ""}/nicht-gefunden`));
    const match = page.pattern.exec(pathname);
    if (match && (request.nextUrl.search || !page.onlyWithQuery)) return queryPageResponse(request, page, match[1] ?? "");
  }

  const match = PROFILE_PATH.exec(request.nextUrl.pathname);
  if (match && response.status === 200 && (await archived(match[1]!, request.headers.get(REQUEST_ID_HEADER)))) {
    const gone = new NextResponse(response.body, { status: 410, headers: response.headers });
    // Browsers keep a 410 without an expiry for good (Chromium treats it like a permanent redirect), and
    // the page's own `s-maxage` is not for them: ask them to check again, so that a profile brought back
    // from the archive is seen at once.
    gone.headers.set("Cache-Control", "public, max-age=0, must-revalidate");
    return gone;
  }
  return response;
}

function queryPageResponse(request: NextRequest, page: (typeof QUERY_PAGES)[number], localePrefix: string) {
  const query = request.nextUrl.search.replace(/^\?/, "");
  const { canonical, segment } = page.resolve(query);
  if (query !== canonical) {
    const url = request.nextUrl.clone();
    url.search = canonical;
    return NextResponse.redirect(url, 307);
  }
  return localizedRewrite(withPath(request, `${localePrefix}${page.path}/${page.internal}/${segment}`));
}

/**
 * Serves `request`'s path (another than the address asked for) through next-intl as if it had been
 * asked for: next-intl adds the locale and its request header, and rewrites a German path to its
 * "/de/…" route. A path with its language prefix ("/en/…") needs no rewrite in next-intl's eyes, so the
 * rewrite to that path is added here — else the original address would be rendered.
 */
function localizedRewrite(request: NextRequest): NextResponse {
  const response = intlMiddleware(request);
  if (response.status === 200 && !response.headers.has("x-middleware-rewrite"))
    response.headers.set("x-middleware-rewrite", request.nextUrl.toString());
  return response;
}

/** The same request for another path, without query. */
function withPath(request: NextRequest, pathname: string): NextRequest {
  const url = request.nextUrl.clone();
  url.pathname = pathname;
  url.search = "";
  return new NextRequest(url, request);
}

async function archived(slug: string, requestId: string | null): Promise<boolean> {
  try {
    // Cached (shared store) under the profile's tag: archiving invalidates it, so the 410 comes at once.
    const status = await cachedByTags(`public-status:${slug}`, [PUBLIC_TAGS.profile(slug)], () => publicProfileStatus(slug));
    return status === "archived";
  } catch (error) {
    // During a database outage the page itself answers 503 (or comes from the cache); logged once there.
    if (!isDatabaseUnavailable(error)) log.error("archive lookup failed", { requestId, slug, error });
    return false; // the page still shows the withdrawal notice, only the status code is 200 then
  }
}

export const config = {
  matcher: [
    // Everything except API routes, Next internals and files with an extension.
    "/((?!api|_next|_vercel|.*\\..*).*)",
    // API routes only for requests without a body (for HSTS): Next copies the body of every request the
    // proxy sees into memory (up to 10 MB) before the route handler can cap it (lib/actions/route-handler.ts).
    {
      source: "/api/:path*",
      missing: [
        { type: "header", key: "content-length" },
        { type: "header", key: "transfer-encoding" },
      ],
    },
  ],
};
