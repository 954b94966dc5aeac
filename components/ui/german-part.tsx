import type { ReactNode } from "react";
import { profileTextLang } from "@/lib/i18n/content-language";

/**
 * The `<de>` tag of a catalogue message (`t.rich`): marks a German word inside a sentence of another
 * language — a topic's or format's name from the data, which is not translated — so that screen
 * readers say it in German (WCAG 3.1.2). On German pages it adds nothing.
 */
export function germanPart(pageLocale: string) {
  const lang = profileTextLang(pageLocale);
  return function GermanPart(chunks: ReactNode) {
    return lang ? <span lang={lang}>{chunks}</span> : chunks;
  };
}
