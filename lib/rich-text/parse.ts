/**
 * The safe formatting subset of long text sections (PRODUCT.md): paragraphs, bullet lists,
 * bold and links. Text is parsed into a tiny tree that components render as React elements,
 * so nothing a user types ever reaches the page as HTML.
 *
 * Syntax (what editors type):
 *   a blank line separates paragraphs
 *   lines starting with "- " (or "* ") form a bullet list
 *   **bold**
 *   [link text](https://example.org)   – only http(s) and mailto links are kept
 */

export type Inline =
  { type: "text"; text: string } | { type: "bold"; children: Inline[] } | { type: "link"; href: string; children: Inline[] };

export type Block = { type: "paragraph"; children: Inline[] } | { type: "list"; items: Inline[][] };

const LIST_ITEM = /^\s*[-*]\s+/;
const SAFE_HREF = /^(https?:\/\/|mailto:)[^\s<>"']+$/i;

export function parseRichText(source: string): Block[] {
  const blocks: Block[] = [];
  const chunks = source.replace(/\r\n?/g, "\n").split(/\n\s*\n/);
  for (const chunk of chunks) {
    const lines = chunk.split("\n").filter((line) => line.trim() !== "");
    if (lines.length === 0) continue;
    let paragraph: string[] = [];
    let list: string[] = [];
    const flushParagraph = () => {
      if (paragraph.length) blocks.push({ type: "paragraph", children: parseInline(paragraph.join(" ")) });
      paragraph = [];
    };
    const flushList = () => {
      if (list.length) blocks.push({ type: "list", items: list.map(parseInline) });
      list = [];
    };
    for (const line of lines) {
      if (LIST_ITEM.test(line)) {
        flushParagraph();
        list.push(line.replace(LIST_ITEM, "").trim());
      } else if (list.length && /^\s{2,}\S/.test(line)) {
        // An indented line continues the previous list item.
        list[list.length - 1] += ` ${line.trim()}`;
      } else {
        flushList();
        paragraph.push(line.trim());
      }
    }
    flushParagraph();
    flushList();
  }
  return blocks;
}

/** Parses **bold** and [text](href); anything else stays literal text. */
export function parseInline(text: string): Inline[] {
  const result: Inline[] = [];
  let rest = text;
  // Bounded link text and target: with `+`, a paste of many "[" without "]" (or "](" without ")") made
  // each start scan to the end — quadratic, 0.4 s for 12,000 characters (issue 14, hostile input).
  const pattern = /\*\*(.+?)\*\*|\[([^\]]{1,500})\]\(([^)\s]{1,2048})\)/;
  while (rest.length > 0) {
    const match = pattern.exec(rest);
    if (!match) {
      pushText(result, rest);
      break;
    }
    if (match.index > 0) pushText(result, rest.slice(0, match.index));
    const [whole, bold, linkText, href] = match;
    if (bold !== undefined) {
      result.push({ type: "bold", children: parseInline(bold) });
    } else if (linkText !== undefined && href !== undefined && SAFE_HREF.test(href)) {
      result.push({ type: "link", href, children: parseInline(linkText) });
    } else {
      // A link with an unsafe target (javascript:, data:, relative) keeps only its text.
      pushText(result, linkText ?? whole);
    }
    rest = rest.slice(match.index + whole.length);
  }
  return result;
}

function pushText(into: Inline[], text: string) {
  const last = into[into.length - 1];
  if (last?.type === "text") last.text += text;
  else into.push({ type: "text", text });
}

function inlineToPlain(inlines: Inline[]): string {
  return inlines.map((node) => (node.type === "text" ? node.text : inlineToPlain(node.children))).join("");
}

/** Plain text of formatted text, for teasers, meta descriptions, search and exports. */
export function richTextToPlain(source: string): string {
  return parseRichText(source)
    .map((block) =>
      block.type === "paragraph" ? inlineToPlain(block.children) : block.items.map((item) => `– ${inlineToPlain(item)}`).join("\n"),
    )
    .join("\n\n");
}

/** Length of a text as a reader sees it: trimmed, without `**`, list dashes and link targets. */
export function visibleLength(text: string | null | undefined): number {
  if (!text) return 0;
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\*\*/g, "")
    .replace(/^[ \t]*- /gm, "")
    .replace(/\s+/g, " ")
    .trim().length;
}
