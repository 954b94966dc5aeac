/**
 * Word-level difference of two texts, for the reviewer's side-by-side comparison of a
 * published and a submitted Steckbrief (PRODUCT.md, "Publishing workflow"). Pure: no DB, no React.
 *
 * How it works
 * - Both texts are normalised (Unicode NFC, so a decomposed "ü" equals a composed one; CRLF/CR → LF,
 *   so a textarea's line endings never show up as a change).
 * - They are split into tokens: words (letters, marks and digits, including inner hyphens,
 *   apostrophes, dots, slashes and @ — "Bürger-Café", "3.000", "z.B", "info@kommune.example"),
 *   whitespace runs, and single punctuation characters. Punctuation is a token of its own, so
 *   "Ende." → "Ende!" shows only the changed mark, not a changed word.
 * - The common prefix and suffix are taken off; the rest is compared with a classic LCS table over
 *   token ids. That is quadratic, so the table is bounded (MAX_LCS_CELLS): above it the middle is
 *   shown as one removal plus one addition — still correct, only coarser. Long texts of the form
 *   (up to 6,000 characters, ~1,800 tokens) stay well below the bound.
 * - Cleanup for readability: within a changed region all removals come before all additions, and a
 *   single space (no line break) between two changes is folded into the change, so
 *   "rote Äpfel" → "grüne Birnen" reads as one replacement, not four fragments. Line breaks stay
 *   unchanged text, so changes in different paragraphs or list items stay separate.
 *
 * - A pure insertion or deletion that could equally sit a little further left or right ("fand| im
 *   Rathaus| statt" vs "fand |im Rathaus |statt") is moved to the most natural boundary: line
 *   starts, then sentence ends, then word boundaries (the scoring of diff-match-patch's "semantic
 *   lossless" cleanup). A new list item then reads "- Fahrradwerkstatt⏎", not "Fahrradwerkstatt⏎- ".
 *
 * Invariant (tested): the "same" + "removed" texts joined give `before`, the "same" + "added"
 * texts joined give `after` (both normalised as above).
 */

export type DiffTokenType = "same" | "added" | "removed";

export interface DiffToken {
  type: DiffTokenType;
  text: string;
}

/**
 * Upper bound of the LCS table (rows × columns after removing the common prefix and suffix).
 * 4 million cells as Uint16 are 8 MB and a few tens of milliseconds; two completely different
 * 6,000-character texts need about 1,800 × 1,800 = 3.2 million.
 */
export const MAX_LCS_CELLS = 4_000_000;

const TOKEN_PATTERN = /[\p{L}\p{M}\p{N}]+(?:['’\-.:/@_][\p{L}\p{M}\p{N}]+)*|\s+|[^\s\p{L}\p{M}\p{N}]/gu;

export function normalizeText(text: string): string {
  return text.normalize("NFC").replace(/\r\n?/g, "\n");
}

export function tokenize(text: string): string[] {
  return text.match(TOKEN_PATTERN) ?? [];
}

export function diffWords(before: string, after: string): DiffToken[] {
  const a = tokenize(normalizeText(before));
  const b = tokenize(normalizeText(after));

  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;

  const ops: DiffToken[] = [];
  for (let i = 0; i < prefix; i++) ops.push({ type: "same", text: a[i]! });
  const middleA = a.slice(prefix, a.length - suffix);
  const middleB = b.slice(prefix, b.length - suffix);
  ops.push(...diffMiddle(middleA, middleB));
  for (let i = a.length - suffix; i < a.length; i++) ops.push({ type: "same", text: a[i]! });

  return alignEdits(mergeChanges(ops));
}

/** LCS over token ids; falls back to "all removed, all added" when the table would be too large. */
function diffMiddle(a: string[], b: string[]): DiffToken[] {
  if (a.length === 0) return b.map((text) => ({ type: "added", text }));
  if (b.length === 0) return a.map((text) => ({ type: "removed", text }));
  if (a.length * b.length > MAX_LCS_CELLS || a.length >= 65_535 || b.length >= 65_535) {
    return [...a.map((text) => ({ type: "removed" as const, text })), ...b.map((text) => ({ type: "added" as const, text }))];
  }

  // Interning makes the inner loop compare integers, not strings.
  const ids = new Map<string, number>();
  const idOf = (token: string) => {
    let id = ids.get(token);
    if (id === undefined) {
      id = ids.size;
      ids.set(token, id);
    }
    return id;
  };
  const x = Uint32Array.from(a, idOf);
  const y = Uint32Array.from(b, idOf);
  const n = x.length;
  const m = y.length;
  const width = m + 1;

  // lengths[i * width + j] = length of the LCS of x[i..] and y[j..] (suffix table, so the walk
  // below can go forwards). Uint16 is enough: both lengths are below 65,535.
  const lengths = new Uint16Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    const row = i * width;
    const next = row + width;
    const xi = x[i];
    for (let j = m - 1; j >= 0; j--) {
      lengths[row + j] = xi === y[j] ? lengths[next + j + 1]! + 1 : Math.max(lengths[next + j]!, lengths[row + j + 1]!);
    }
  }

  const ops: DiffToken[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (x[i] === y[j]) {
      ops.push({ type: "same", text: a[i]! });
      i++;
      j++;
    } else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) {
      ops.push({ type: "removed", text: a[i]! });
      i++;
    } else {
      ops.push({ type: "added", text: b[j]! });
      j++;
    }
  }
  while (i < n) ops.push({ type: "removed", text: a[i++]! });
  while (j < m) ops.push({ type: "added", text: b[j++]! });
  return ops;
}

const isFoldableSpace = (text: string) => /^[^\S\n]+$/.test(text);

/**
 * Groups the token operations: unchanged runs become one "same" token; each changed region
 * becomes one "removed" token followed by one "added" token. An unchanged space (no line break)
 * between two changes belongs to the region when the region both removes and adds — it is then
 * added to both sides, which keeps the invariant. A region that only adds (or only removes) keeps
 * its inner spaces as unchanged text, so no whitespace is ever shown as removed that was not.
 */
function mergeChanges(ops: DiffToken[]): DiffToken[] {
  const result: DiffToken[] = [];
  const push = (type: DiffTokenType, text: string) => {
    if (!text) return;
    const last = result[result.length - 1];
    if (last && last.type === type) last.text += text;
    else result.push({ type, text });
  };

  let index = 0;
  while (index < ops.length) {
    const op = ops[index]!;
    if (op.type === "same") {
      push("same", op.text);
      index++;
      continue;
    }
    // A changed region: changes, possibly with single spaces between them.
    const region: DiffToken[] = [];
    while (index < ops.length) {
      const current = ops[index]!;
      if (current.type !== "same") {
        region.push(current);
        index++;
      } else if (isFoldableSpace(current.text) && ops[index + 1] && ops[index + 1]!.type !== "same") {
        region.push(current);
        index++;
      } else break;
    }
    const removes = region.some((token) => token.type === "removed");
    const adds = region.some((token) => token.type === "added");
    if (removes && adds) {
      push(
        "removed",
        region
          .filter((token) => token.type !== "added")
          .map((token) => token.text)
          .join(""),
      );
      push(
        "added",
        region
          .filter((token) => token.type !== "removed")
          .map((token) => token.text)
          .join(""),
      );
    } else {
      for (const token of region) push(token.type, token.text);
    }
  }
  return result;
}

/**
 * How good a place the boundary between `left` and `right` is for an edit to start or end
 * (higher is better): text edge 6, blank line 5, line break 4, end of sentence 3, space 2,
 * other punctuation 1, inside a word 0.
 */
function boundaryScore(left: string, right: string): number {
  if (!left || !right) return 6;
  const char1 = left[left.length - 1]!;
  const char2 = right[0]!;
  const nonWord1 = !/[\p{L}\p{M}\p{N}]/u.test(char1);
  const nonWord2 = !/[\p{L}\p{M}\p{N}]/u.test(char2);
  const space1 = nonWord1 && /\s/.test(char1);
  const space2 = nonWord2 && /\s/.test(char2);
  const lineBreak1 = space1 && char1 === "\n";
  const lineBreak2 = space2 && char2 === "\n";
  if ((lineBreak1 && /\n\n$/.test(left)) || (lineBreak2 && /^\n\n/.test(right))) return 5;
  if (lineBreak1 || lineBreak2) return 4;
  if (nonWord1 && !space1 && space2) return 3;
  if (space1 || space2) return 2;
  if (nonWord1 || nonWord2) return 1;
  return 0;
}

/** Slides each pure insertion/deletion between two unchanged texts to its best-scoring position. */
function alignEdits(tokens: DiffToken[]): DiffToken[] {
  for (let index = 1; index < tokens.length - 1; index++) {
    const before = tokens[index - 1]!;
    const edit = tokens[index]!;
    const after = tokens[index + 1]!;
    if (before.type !== "same" || after.type !== "same" || edit.type === "same") continue;

    let left = before.text;
    let middle = edit.text;
    let right = after.text;
    // All the way left first …
    while (left && middle && left[left.length - 1] === middle[middle.length - 1]) {
      const char = left[left.length - 1]!;
      left = left.slice(0, -1);
      middle = char + middle.slice(0, -1);
      right = char + right;
    }
    // … then rightwards, keeping the best position (ties: the rightmost).
    let best = { left, middle, right, score: boundaryScore(left, middle) + boundaryScore(middle, right) };
    while (middle && right && middle[0] === right[0]) {
      const char = middle[0]!;
      left += char;
      middle = middle.slice(1) + char;
      right = right.slice(1);
      const score = boundaryScore(left, middle) + boundaryScore(middle, right);
      if (score >= best.score) best = { left, middle, right, score };
    }
    before.text = best.left;
    edit.text = best.middle;
    after.text = best.right;
  }
  // Drop texts that became empty and join neighbours of the same type.
  const result: DiffToken[] = [];
  for (const token of tokens) {
    if (!token.text) continue;
    const last = result[result.length - 1];
    if (last && last.type === token.type) last.text += token.text;
    else result.push({ ...token });
  }
  return result;
}
