import { defineRouting } from "next-intl/routing";

/**
 * German is the default language and lives at the root ("/steckbriefe/…"); English under "/en/…".
 * A further language is added here and with its catalogue (lib/i18n/messages/<locale>/, the same keys as
 * German: lib/i18n/catalogue.test.ts). Paths are the same in every language (no translated slugs).
 */
export const routing = defineRouting({
  locales: ["de", "en"],
  defaultLocale: "de",
  localePrefix: "as-needed",
  // The language is chosen by the URL alone: no cookie, no Accept-Language redirect
  // (predictable links, and no cookie that would need a consent banner).
  localeDetection: false,
  localeCookie: false,
  // hreflang comes from each page's metadata (lib/public/page-metadata.ts): next-intl's Link headers
  // would name the internal routes that the proxy serves query pages from.
  alternateLinks: false,
});

export type Locale = (typeof routing.locales)[number];
