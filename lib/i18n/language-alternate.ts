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
