import { defineRouting } from "next-intl/routing";

/**
 * German is the default language and lives at the root ("/steckbriefe/…").
 * Further languages get a prefix: adding "en" here and a catalogue `messages/en.json`
 * publishes the English version under "/en/…" without touching any page.
 */
export const routing = defineRouting({
  locales: ["de"],
  defaultLocale: "de",
  localePrefix: "as-needed",
  // The language is chosen by the URL alone: no cookie, no Accept-Language redirect
  // (predictable links, and no cookie that would need a consent banner).
  localeDetection: false,
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];
