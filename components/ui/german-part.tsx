import type { ReactNode } from "react";
import { profileTextLang } from "@/lib/i18n/content-language";

/**
 * The `<de>` tag of a catalogue message (`t.rich`): marks a German word inside a sentence of another
 * language — a topic's or format's name from the data, which is not translated — so that screen
 * readers say it in German (WCAG 3.1.2). On German pages it adds nothing.
 */
export function germanPart(pageLocale: string) {
  return languagePart(profileTextLang(pageLocale));
}

/**
 * A tag of a catalogue message whose content is in `lang` (nothing to mark when undefined): for a part
 * that is German on one entry and translated on the next, e.g. an active filter's name.
 */
export function languagePart(lang: string | undefined) {
  return function LanguagePart(chunks: ReactNode) {
    return lang ? <span lang={lang}>{chunks}</span> : chunks;
  };
}
