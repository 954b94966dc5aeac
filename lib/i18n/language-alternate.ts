import { publicAddress } from "@/lib/public/query-routes";
import { localizePath } from "./localize-path";
import { routing, type Locale } from "./routing";

const LOCALE_PREFIX = new RegExp(`^/(?:${routing.locales.join("|")})(?=/|$)`);

/**
 * The same page in another language: the path the router reports (with or without a language prefix,
 * an internal query route included) and the query of the address bar, if known, in `target`'s form —
 * "/en/steckbriefe/liste/typ%3Dstadt" → "/steckbriefe?typ=stadt" for German.
 */
export function pathInLanguage(pathname: string, search: string, target: Locale): string {
  const withoutPrefix = pathname.replace(LOCALE_PREFIX, "") || "/";
  const address = publicAddress(withoutPrefix);
  const query = search.replace(/^\?/, "");
  const full = address.includes("?") || !query ? address : `${address}?${query}`;
  return localizePath(full, target);
}

/** The route behind the language switch when the browser runs no script (app/api/sprache/route.ts). */
export const LANGUAGE_SWITCH_ROUTE = "/api/sprache";

/** The switch's address before the browser knows the query: the route that reads it from the Referer. */
export function languageSwitchFallback(pathname: string, target: Locale): string {
  const page = pathInLanguage(pathname, "", target);
  return `${LANGUAGE_SWITCH_ROUTE}?${new URLSearchParams({ nach: target, seite: page })}`;
}

/**
 * Where the switch without script leads: the page the visitor came from (the Referer, with its query —
 * a server-rendered link cannot know it, a cached page is the same for every query) in `target`, if that
 * is the page the link named; otherwise the named page (`seite`, a path of this site) as it is.
 */
export function languageSwitchTarget(page: string, target: Locale, referer: string | null, host: string | null): string {
  if (!referer || !host) return page;
  let from: URL;
  try {
    from = new URL(referer);
  } catch {
    return page;
  }
  if (from.host !== host) return page;
  const withQuery = pathInLanguage(from.pathname, from.search, target);
  return withQuery.split("?")[0] === page.split("?")[0] ? withQuery : page;
}
