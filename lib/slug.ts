/**
 * URL slugs: lowercase ASCII words joined by hyphens, German umlauts transliterated
 * ("Tübingen" → "tuebingen", "Schwäbisch Gmünd" → "schwaebisch-gmuend").
 * The database refuses any other shape (CHECK constraint), so every slug goes through here.
 */
const TRANSLITERATIONS: Record<string, string> = {
  ä: "ae",
  ö: "oe",
  ü: "ue",
  Ä: "Ae",
  Ö: "Oe",
  Ü: "Ue",
  ß: "ss",
  ẞ: "SS",
};

export function slugify(text: string): string {
  return text
    .replace(/[äöüÄÖÜßẞ]/g, (ch) => TRANSLITERATIONS[ch] ?? ch)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "") // remaining accents: é → e
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function isSlug(value: string): boolean {
  return SLUG_PATTERN.test(value);
}
