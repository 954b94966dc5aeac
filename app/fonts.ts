import localFont from "next/font/local";

/**
 * Fira Sans, the typeface of KERN, served from our own origin (no request to a font CDN: works
 * offline and leaks no visitor data). The files are the Latin subsets of @fontsource/fira-sans
 * (SIL OFL 1.1): Basic Latin, Latin-1 (ä ö ü ß), „typographic“ quotes, dashes and € — everything a
 * German/English portal writes, at about 24 kB per file instead of 130–140 kB for the full font.
 * A rare glyph outside the subset (e.g. →) comes from the fallback font.
 *
 * Two weights, both preloaded: regular for text and semibold for headings and emphasis. Each face
 * covers a range of weights, so `font-medium` renders regular and `font-bold` or <strong> render the
 * semibold face — never a synthesised ("faux") bold. `display: swap` and the metric-adjusted fallback
 * that next/font generates (Arial with Fira's size and line metrics) show the text at once and let
 * the font arrive without moving it.
 */
export const firaSans = localFont({
  src: [
    { path: "../node_modules/@fontsource/fira-sans/files/fira-sans-latin-400-normal.woff2", weight: "100 500", style: "normal" },
    { path: "../node_modules/@fontsource/fira-sans/files/fira-sans-latin-600-normal.woff2", weight: "600 900", style: "normal" },
  ],
  variable: "--font-fira-sans",
  display: "swap",
  adjustFontFallback: "Arial",
});

/**
 * The italic (only the quote of a Steckbrief uses it): a family of its own so that it is not
 * preloaded on every page — the browser fetches it only where italic text is shown.
 */
export const firaSansItalic = localFont({
  src: [{ path: "../node_modules/@fontsource/fira-sans/files/fira-sans-latin-400-italic.woff2", weight: "100 900", style: "italic" }],
  variable: "--font-fira-sans-italic",
  display: "swap",
  preload: false,
  adjustFontFallback: "Arial",
});
