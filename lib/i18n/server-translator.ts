import "server-only";
import { createTranslator, hasLocale } from "next-intl";
import { getLocale } from "next-intl/server";
import { loadMessages } from "./messages";
import { routing, type Locale } from "./routing";
import type { Translate } from "./translate";

/** The language of this request; the default language outside a request (jobs, scripts, tests). */
export async function requestLocaleOrDefault(): Promise<Locale> {
  try {
    const locale = await getLocale();
    return hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
  } catch {
    return routing.defaultLocale;
  }
}

/**
 * A translator over the whole catalogue for code that runs outside React: the action boundary,
 * e-mails, audit descriptions. `locale` defaults to the request's language.
 */
export async function getServerTranslator(locale?: Locale): Promise<Translate> {
  const chosen = locale ?? (await requestLocaleOrDefault());
  const t = createTranslator({ locale: chosen, messages: await loadMessages(chosen), timeZone: "Europe/Berlin" });
  return (key, values) => t(key as never, values as never);
}
