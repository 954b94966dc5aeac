import { createTranslator } from "next-intl";
import germanErrors from "@/lib/i18n/messages/de/errors.json";
import englishErrors from "@/lib/i18n/messages/en/errors.json";
import { routing, type Locale } from "@/lib/i18n/routing";

/**
 * The texts of the answers proxy.ts gives before any page runs (405, 413, 403, 400, 415), in the
 * language of the address asked for. Only this namespace of the catalogue is bundled into the proxy.
 */
const REFUSALS: Record<Locale, { Refusals: typeof germanErrors.Refusals }> = {
  de: { Refusals: germanErrors.Refusals },
  en: { Refusals: englishErrors.Refusals },
};

export type RefusalKey = keyof typeof germanErrors.Refusals;

/** The language of a path: its prefix, or the default language. */
export function localeOfPath(pathname: string): Locale {
  const prefix = pathname.split("/")[1];
  return routing.locales.find((locale) => locale === prefix) ?? routing.defaultLocale;
}

export function refusalText(pathname: string): (key: RefusalKey, values?: Record<string, string>) => string {
  const locale = localeOfPath(pathname);
  const t = createTranslator({ locale, messages: REFUSALS[locale] });
  return (key, values) => t(`Refusals.${key}`, values);
}
