import { routing } from "./routing";

/**
 * Profiles are written in German and are not translated. Inside a page of another language their
 * texts are marked `lang="de"` (WCAG 3.1.2, language of parts: screen readers switch their voice);
 * on German pages nothing needs marking.
 */
export const PROFILE_LANGUAGE = routing.defaultLocale;

export function profileTextLang(pageLocale: string): string | undefined {
  return pageLocale === PROFILE_LANGUAGE ? undefined : PROFILE_LANGUAGE;
}
