import { hasLocale } from "next-intl";
import { safeReturnPath } from "@/lib/auth/return-path";
import { languageSwitchTarget } from "@/lib/i18n/language-alternate";
import { localizePath } from "@/lib/i18n/localize-path";
import { routing } from "@/lib/i18n/routing";

/**
 * The language switch without JavaScript (components/layout/language-switch.tsx): the link on a
 * cached page cannot carry the visitor's query, so it leads here and this answers with the same page
 * and query in the other language. Only paths of this site are taken (never an open redirect).
 */
export function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const requested = params.get("nach");
  const target = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const page = safeReturnPath(params.get("seite"), localizePath("/", target));
  const location = languageSwitchTarget(page, target, request.headers.get("referer"), request.headers.get("host"));
  return new Response(null, { status: 303, headers: { location, "cache-control": "no-store" } });
}
