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
