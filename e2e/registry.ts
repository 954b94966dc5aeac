import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createTranslator } from "next-intl";
import { CATALOGUE_PARTS, type Messages } from "@/lib/i18n/messages";
import { routing } from "@/lib/i18n/routing";
import { fieldLabelKey, fieldPublicLabelKey, SECTIONS, sectionTitleKey, type FieldKey, type SectionKey } from "@/lib/profiles/fields";
import { PUBLIC_LAYOUT } from "@/lib/public/page-layout";

/**
 * What the specs look for on the pages — section headings, field labels, anchors — taken from the
 * field registry (lib/profiles/fields.ts) and the message catalogue, as the pages themselves take
 * them. A renamed section or label changes the tests with it; a section added to the registry is
 * expected on the public page without touching a spec.
 */

function translatorFor(locale: string) {
  const messages: Messages = Object.assign(
    {},
    ...CATALOGUE_PARTS.map((part) =>
      JSON.parse(readFileSync(join(import.meta.dirname, `../lib/i18n/messages/${locale}/${part}.json`), "utf8")),
    ),
  );
  return createTranslator({ locale, messages, timeZone: "Europe/Berlin" });
}

const translators = new Map(routing.locales.map((locale) => [locale, translatorFor(locale)]));
const translator = translators.get(routing.defaultLocale)!;

/** A message of the catalogue in the default language, e.g. `message("Review.sectionComment", { section })`. */
export function message(key: string, values?: Record<string, string | number>): string {
  return translator(key as never, values as never);
}

/** A message of the catalogue in a language of the portal: `messageIn("en", "Layout.skipToContent")`. */
export function messageIn(locale: (typeof routing.locales)[number], key: string, values?: Record<string, string | number>): string {
  return translators.get(locale)!(key as never, values as never);
}

/** The label of a field in the edit form (its input's accessible name). */
export const fieldLabel = (key: FieldKey) => message(fieldLabelKey(key));

/** How the public page names a field: its own wording where the catalogue has one, else the label. */
export function fieldPublicLabel(key: FieldKey): string {
  return translator.has(fieldPublicLabelKey(key) as never) ? message(fieldPublicLabelKey(key)) : fieldLabel(key);
}

/** The heading of a section (public page, edit form, review). */
export const sectionTitle = (key: SectionKey) => message(sectionTitleKey(key));

/** The fragment of a section on every page (`#anlass`): its element id on the public page. */
export function sectionAnchor(key: SectionKey): string {
  return SECTIONS.find((section) => section.key === key)!.anchor;
}

/**
 * The section headings every public Steckbrief shows (PRODUCT.md, "The Steckbrief"): the
 * municipality's data, each section of the public layout, and the media (page parts outside the registry).
 */
export const PROFILE_SECTION_HEADINGS = [
  message("Sections.municipality"),
  ...PUBLIC_LAYOUT.map((section) => sectionTitle(section.key)),
  message("Sections.media"),
];

/** A pattern that finds `text` inside a longer text (e.g. an accessible description with a hint before it). */
export function containing(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
}
