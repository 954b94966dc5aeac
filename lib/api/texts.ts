import { createTranslator } from "next-intl";
import de from "@/lib/i18n/messages/de/open-data.json";
import en from "@/lib/i18n/messages/en/open-data.json";

/**
 * The API's texts in German and English side by side (problem details and invalid parameters carry
 * both: machines read the codes, people either language). From the catalogue (OpenData.*), and
 * synchronously: route handlers answer outside React and without a request language.
 */
const translators = {
  de: createTranslator({ locale: "de", messages: de }),
  en: createTranslator({ locale: "en", messages: en }),
};

export function apiText(key: string, values?: Record<string, string | number>): { de: string; en: string } {
  return { de: translators.de(key as never, values as never), en: translators.en(key as never, values as never) };
}
