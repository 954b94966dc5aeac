import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { routing, type Locale } from "./routing";

/**
 * The catalogue of a language is split by area (public site, sign-in, editorial area, …) so
 * that each file stays readable; the namespaces are disjoint and merged here.
 */
const CATALOGUE_PARTS = ["site", "auth", "editorial", "accounts", "invitations", "review", "admin", "audit"] as const;

async function loadMessages(locale: Locale) {
  const parts = await Promise.all(
    CATALOGUE_PARTS.map(async (part) => (await import(`./messages/${locale}/${part}.json`)).default as Record<string, unknown>),
  );
  return Object.assign({}, ...parts) as Record<string, unknown>;
}

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, messages: await loadMessages(locale), timeZone: "Europe/Berlin" };
});
