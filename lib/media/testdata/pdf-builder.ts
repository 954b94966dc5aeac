import { deflateSync } from "node:zlib";

/**
 * Small PDFs written byte by byte with a correct cross-reference table: the corpus in this folder
 * (made by make-pdf-corpus.ts) and the upload tests use them. Nothing downloaded, nothing real.
 */

export function buildPdf(objects: (string | Buffer)[], { trailerExtra = "", version = "1.7" } = {}): Buffer {
  const parts: Buffer[] = [Buffer.from(`%PDF-${version}\n%\xe2\xe3\xcf\xd3\n`, "latin1")];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(length);
    const chunk = Buffer.concat([
      Buffer.from(`${index + 1} 0 obj\n`, "latin1"),
      typeof body === "string" ? Buffer.from(body, "latin1") : body,
      Buffer.from("\nendobj\n", "latin1"),
    ]);
    parts.push(chunk);
    length += chunk.length;
  });
  const xref = [
    "xref",
    `0 ${objects.length + 1}`,
    "0000000000 65535 f\r",
    ...offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n\r`),
    "trailer",
    `<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>`,
    "startxref",
    String(length),
    "%%EOF",
    "",
  ].join("\n");
  parts.push(Buffer.from(xref, "latin1"));
  return Buffer.concat(parts);
}

export function streamObject(dictionary: string, data: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(`<< ${dictionary} /Length ${data.length} >>\nstream\n`, "latin1"),
    data,
    Buffer.from("\nendstream", "latin1"),
  ]);
}

/** Objects 2–5: the page tree, one page with a line of text, its content stream and font. */
export const PAGE_OBJECTS = [
  "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
  "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
  streamObject("", Buffer.from("BT /F1 24 Tf 72 760 Td (Steckbrief) Tj ET", "latin1")),
  "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
];

/** A one-page PDF with the given catalog (object 1); `extra` objects are numbered from 6. */
export function minimalPdf(catalog = "<< /Type /Catalog /Pages 2 0 R >>", extra: (string | Buffer)[] = []): Buffer {
  return buildPdf([catalog, ...PAGE_OBJECTS, ...extra]);
}

/**
 * An object stream (PDF 1.5+) holding `objects`, numbered from `firstNumber`. `filter` names its
 * compression as written in the dictionary (e.g. "FlateDecode", or the abbreviation "Fl"); null
 * stores it uncompressed.
 */
export function objectStream(firstNumber: number, objects: string[], { filter = "FlateDecode" as string | null } = {}): Buffer {
  let header = "";
  let body = "";
  objects.forEach((object, index) => {
    header += `${firstNumber + index} ${body.length} `;
    body += `${object}\n`;
  });
  const raw = Buffer.from(header + body, "latin1");
  const data = filter ? deflateSync(raw) : raw;
  return streamObject(`/Type /ObjStm /N ${objects.length} /First ${header.length}${filter ? ` /Filter /${filter}` : ""}`, data);
}
