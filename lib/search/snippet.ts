import { MARK_END, MARK_START } from "./document";

/**
 * Snippets and titles carry their highlighted matches between two private-use characters
 * (MARK_START … MARK_END) — never HTML. The UI splits them with `splitMarked` and renders the marked
 * parts as <mark> elements; the stored text cannot contain the markers (lib/search/document.ts removes
 * them), so a visitor's or editor's text can never open or close a highlight.
 */

export interface MarkedPart {
  text: string;
  marked: boolean;
}

export function splitMarked(value: string): MarkedPart[] {
  const parts: MarkedPart[] = [];
  let marked = false;
  let current = "";
  const push = () => {
    if (current) parts.push({ text: current, marked });
    current = "";
  };
  for (const char of value) {
    if (char === MARK_START || char === MARK_END) {
      push();
      marked = char === MARK_START;
    } else {
      current += char;
    }
  }
  push();
  return parts;
}

/** The text without markers (for a plain-text context such as a meta description). */
export function stripMarks(value: string): string {
  return value.replace(/[\uE000\uE001]/g, "");
}

/** Like the database's public_search_normalize: lower case, umlauts spelt out, ß as ss. */
export function normalizeForMatch(text: string): string {
  return text
    .replace(/[ÄäÖöÜüẞß]/g, (char) => ({ Ä: "ae", ä: "ae", Ö: "oe", ö: "oe", Ü: "ue", ü: "ue", ẞ: "ss", ß: "ss" })[char] ?? char)
    .toLowerCase();
}

function trigrams(word: string): Set<string> {
  const padded = `  ${word} `;
  const result = new Set<string>();
  for (let index = 0; index + 3 <= padded.length; index += 1) result.add(padded.slice(index, index + 3));
  return result;
}

/** pg_trgm's similarity of two single words. */
export function trigramSimilarity(a: string, b: string): number {
  const left = trigrams(a);
  const right = trigrams(b);
  let shared = 0;
  for (const gram of left) if (right.has(gram)) shared += 1;
  return shared / (left.size + right.size - shared);
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * A snippet for matches the full-text search cannot highlight (typos, parts of compound words): the
 * words that contain a term or resemble it are marked, and the text is cut around the first of them.
 * `terms` are normalised (normalizeForMatch).
 */
export function fuzzySnippet(text: string, terms: readonly string[], { words = 30, minSimilarity = 0.4 } = {}): string | null {
  const tokens = [...text.matchAll(WORD)].map((match) => ({ start: match.index, end: match.index + match[0].length, word: match[0] }));
  const matches = tokens.map(({ word }) => {
    const normalized = normalizeForMatch(word);
    return terms.some(
      (term) =>
        (term.length >= 3 && normalized.includes(term)) || (term.length >= 3 && trigramSimilarity(term, normalized) >= minSimilarity),
    );
  });
  const first = matches.indexOf(true);
  if (first === -1) return null;
  const from = Math.max(0, first - Math.floor(words / 3));
  const to = Math.min(tokens.length, from + words);
  let snippet = from > 0 ? "… " : "";
  let cursor = tokens[from]!.start;
  for (let index = from; index < to; index += 1) {
    const token = tokens[index]!;
    snippet += text.slice(cursor, token.start).replace(/\s+/g, " ");
    snippet += matches[index] ? `${MARK_START}${token.word}${MARK_END}` : token.word;
    cursor = token.end;
  }
  if (to < tokens.length) snippet += " …";
  return snippet.trim();
}
