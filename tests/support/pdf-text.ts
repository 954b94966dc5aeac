import { decodePDFRawStream, PDFDocument, PDFRawStream } from "pdf-lib";

/**
 * The text of a PDF as pdfkit writes it, for tests: no PDF library needed. pdfkit embeds fonts as
 * subsets with glyph ids in hex strings and a ToUnicode map per font; this reads the objects, inflates
 * the streams, maps the font resource names to their ToUnicode maps and decodes the `Tj`/`TJ` strings
 * of every content stream. Each text positioning (`Td`/`Tm`) starts a new line. Not a general parser.
 */
export async function pdfText(pdf: Buffer): Promise<string> {
  // The objects, read by a real parser (pdf-lib): splitting the file by regular expressions broke, now and
  // then, where compressed bytes happened to contain a keyword.
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  const objects = new Map<string, { dict: string; data: Buffer | null }>();
  for (const [ref, object] of document.context.enumerateIndirectObjects()) {
    const key = String(ref.objectNumber);
    if (object instanceof PDFRawStream) {
      objects.set(key, { dict: object.dict.toString(), data: Buffer.from(decodePDFRawStream(object).decode()) });
    } else {
      objects.set(key, { dict: object.toString(), data: null });
    }
  }

  // Font resource names (/F1 …) → the ToUnicode map of that font.
  const cmaps = new Map<string, Map<string, string>>();
  for (const { dict } of objects.values()) {
    for (const fonts of dict.matchAll(/\/Font\s*<<([\s\S]*?)>>/g)) {
      for (const [, name, ref] of fonts[1]!.matchAll(/\/(\w+)\s+(\d+) 0 R/g)) {
        const toUnicode = /\/ToUnicode\s+(\d+) 0 R/.exec(objects.get(ref!)?.dict ?? "")?.[1];
        const data = toUnicode ? objects.get(toUnicode)?.data : null;
        if (data) cmaps.set(name!, parseCmap(data.toString("latin1")));
      }
    }
  }

  const lines: string[] = [];
  for (const { dict } of objects.values()) {
    if (!/\/Type\s*\/Page\b/.test(dict)) continue;
    for (const [, ref] of dict.matchAll(/\/Contents\s+(\d+) 0 R/g)) {
      const data = objects.get(ref!)?.data;
      if (data) lines.push(...contentText(data.toString("latin1"), cmaps));
    }
  }
  return lines.join("\n");
}

function parseCmap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const unicode = (hex: string) => Buffer.from(hex, "hex").swap16().toString("utf16le");
  for (const [, body] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, value] of body!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(code!.toLowerCase(), unicode(value!));
  }
  for (const [, body] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, from, to, rest] of body!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g)) {
      const start = parseInt(from!, 16);
      const end = parseInt(to!, 16);
      const width = from!.length;
      // a ligature maps to several characters: "<0066 0069>"
      const values = rest!.startsWith("[") ? [...rest!.matchAll(/<([0-9a-fA-F\s]+)>/g)].map((m) => m[1]!.replace(/\s/g, "")) : null;
      for (let code = start; code <= end; code++) {
        const key = code.toString(16).padStart(width, "0");
        const value = values ? values[code - start] : undefined;
        if (values && value !== undefined) map.set(key, unicode(value));
        else if (!values) map.set(key, String.fromCodePoint(parseInt(rest!.slice(1, -1), 16) + code - start));
      }
    }
  }
  return map;
}

function contentText(content: string, cmaps: Map<string, Map<string, string>>): string[] {
  const lines: string[] = [];
  let current = "";
  let lineY: string | undefined;
  let cmap: Map<string, string> | undefined;
  const decode = (hex: string) => {
    let text = "";
    for (let i = 0; i < hex.length; i += 4) text += cmap?.get(hex.slice(i, i + 4).toLowerCase()) ?? ""; // two-byte glyph ids
    return text;
  };
  // Runs on one baseline (a bold label and its value) form one line; a new baseline starts the next.
  for (const token of content.matchAll(/\/(\w+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]*)>|(-?[\d.]+)\s+Tm\b|\b(Td|TD|T\*)\b/g)) {
    if (token[1]) cmap = cmaps.get(token[1]);
    else if (token[2] !== undefined) current += decode(token[2]);
    else if (token[3] === undefined || token[3] !== lineY) {
      if (current) lines.push(current);
      current = "";
      lineY = token[3];
    }
  }
  if (current) lines.push(current);
  return lines;
}
