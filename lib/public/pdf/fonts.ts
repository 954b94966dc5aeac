import "server-only";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Fira Sans for the PDF, from @fontsource/fira-sans (SIL OFL 1.1, the site's typeface). The package
 * ships the font split by script (Latin, Latin Extended, Cyrillic, Greek, Vietnamese) as WOFF, which
 * pdfkit reads (through fontkit) and embeds as a subset. A text is cut into runs by the script subset
 * that has each character — so names like „Łódź“ or a Ukrainian title print, not just ä ö ü ß and €.
 * The ranges are the package's own (unicode.json), so that the choice matches the files.
 */
const PACKAGE_DIR = join(process.cwd(), "node_modules", "@fontsource", "fira-sans");
/** In order of preference: Latin first, it has the common punctuation too. */
const SUBSETS = ["latin", "latin-ext", "cyrillic", "greek", "vietnamese"] as const;
type Subset = (typeof SUBSETS)[number];

export type FontStyle = "regular" | "bold" | "italic";
const FILE_SUFFIX: Record<FontStyle, string> = { regular: "400-normal", bold: "600-normal", italic: "400-italic" };

export interface FontRegistry {
  /** font name → file content, to register with `doc.registerFont` */
  files: { name: string; data: Buffer }[];
  /** The text cut into runs, each with the registered font that has its characters. */
  runs(text: string, style: FontStyle): { font: string; text: string }[];
}

let registry: FontRegistry | undefined;

export function firaSans(): FontRegistry {
  registry ??= loadRegistry();
  return registry;
}

function loadRegistry(): FontRegistry {
  const ranges = JSON.parse(readFileSync(join(PACKAGE_DIR, "unicode.json"), "utf8")) as Record<Subset, string>;
  const parsed = SUBSETS.map((subset) => ({ subset, ranges: parseRanges(ranges[subset]) }));
  const files = SUBSETS.flatMap((subset) =>
    (Object.keys(FILE_SUFFIX) as FontStyle[]).map((style) => ({
      name: fontName(subset, style),
      data: readFileSync(join(PACKAGE_DIR, "files", `fira-sans-${subset}-${FILE_SUFFIX[style]}.woff`)),
    })),
  );
  const subsetOf = (codePoint: number): Subset =>
    parsed.find(({ ranges }) => ranges.some(([from, to]) => codePoint >= from && codePoint <= to))?.subset ?? "latin";
  return {
    files,
    runs(text, style) {
      const runs: { font: string; text: string }[] = [];
      for (const char of text) {
        const font = fontName(subsetOf(char.codePointAt(0)!), style);
        const last = runs.at(-1);
        if (last && (last.font === font || /\s/.test(char))) last.text += char;
        else runs.push({ font, text: char });
      }
      return runs;
    },
  };
}

const fontName = (subset: Subset, style: FontStyle) => `fira-${subset}-${style}`;

/** "U+0000-00FF,U+0131" → [[0, 255], [305, 305]] */
function parseRanges(spec: string): [number, number][] {
  return spec.split(",").map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, "").split("-");
    return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
  });
}
