import { crc32, deflateSync } from "node:zlib";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { MEDIA_LIMITS } from "./errors";
import { normalizeUploadFileName, processDocumentUpload, processImageUpload } from "./process-upload";

// All test files are made here, with sharp or by hand: no fixtures, nothing downloaded.

const XMP = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Erika Mustermann</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;

function photo(width: number, height: number) {
  return sharp({
    create: { width, height, channels: 3, background: "#808080", noise: { type: "gaussian", mean: 128, sigma: 40 } },
  });
}

function solid(width: number, height: number, channels: 3 | 4 = 3) {
  return sharp({ create: { width, height, channels, background: { r: 200, g: 30, b: 30, alpha: 0.5 } } });
}

async function jpegWithGps(): Promise<Buffer> {
  return photo(320, 240)
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Make: "Testkamera", Model: "TK-1", Artist: "Erika Mustermann", Copyright: "Erika Mustermann" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "48/1 46/1 3021/100",
        GPSLongitudeRef: "E",
        GPSLongitude: "9/1 10/1 5/1",
      },
    })
    .withXmp(XMP)
    .toBuffer();
}

/** A PNG whose header claims `width` × `height` pixels while its data is that of a 10 × 10 image. */
async function pngClaiming(width: number, height: number): Promise<Buffer> {
  const png = Buffer.from(await solid(10, 10).png().toBuffer());
  // Signature (8), IHDR length (4) and type (4), then width and height; the CRC covers type and data.
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

describe("processImageUpload", () => {
  it("re-encodes a JPEG without EXIF (GPS, camera, author) and XMP", async () => {
    const input = await jpegWithGps();
    const before = await sharp(input).metadata();
    expect(before.exif).toBeDefined();
    expect(before.xmp).toBeDefined();

    const result = await processImageUpload(input, { fileName: "Sprachcafé im Rathaus.JPEG" });
    if (!result.ok) throw new Error(`abgelehnt: ${result.code}`);
    const { file } = result;
    expect(file).toMatchObject({
      mimeType: "image/jpeg",
      extension: "jpg",
      width: 320,
      height: 240,
      fileName: "Sprachcafé im Rathaus.jpg",
    });
    expect(file.byteSize).toBe(file.data.length);

    const after = await sharp(file.data).metadata();
    expect(after.format).toBe("jpeg");
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.iptc).toBeUndefined();
    expect(after.icc).toBeUndefined();
    expect(file.data.includes("Mustermann")).toBe(false);
    expect(file.data.includes("Testkamera")).toBe(false);
  });

  it("turns the picture upright according to its EXIF orientation and drops the tag", async () => {
    const input = await solid(200, 100).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const result = await processImageUpload(input, { fileName: "hochkant.jpg" });
    if (!result.ok) throw new Error(`abgelehnt: ${result.code}`);
    expect(result.file).toMatchObject({ width: 100, height: 200 });
    expect((await sharp(result.file.data).metadata()).orientation).toBeUndefined();
  });

  it("accepts a PNG (keeping transparency) and reports its size, without its XMP", async () => {
    const input = await solid(64, 48, 4).png().withXmp(XMP).toBuffer();
    const result = await processImageUpload(input, { fileName: "logo.png" });
    if (!result.ok) throw new Error(`abgelehnt: ${result.code}`);
    expect(result.file).toMatchObject({ mimeType: "image/png", extension: "png", width: 64, height: 48 });
    const after = await sharp(result.file.data).metadata();
    expect(after.format).toBe("png");
    expect(after.hasAlpha).toBe(true);
    expect(after.xmp).toBeUndefined();
  });

  it("accepts a WebP and reports its size", async () => {
    const input = await photo(150, 90).webp().toBuffer();
    const result = await processImageUpload(new Uint8Array(input), { fileName: "bild.webp" });
    if (!result.ok) throw new Error(`abgelehnt: ${result.code}`);
    expect(result.file).toMatchObject({ mimeType: "image/webp", extension: "webp", width: 150, height: 90 });
    expect((await sharp(result.file.data).metadata()).format).toBe("webp");
  });

  it("decides by content: a PNG named .jpg is stored as PNG under a .png name", async () => {
    const input = await solid(20, 20).png().toBuffer();
    const result = await processImageUpload(input, { fileName: "C:\\fakepath\\foto.jpg" });
    if (!result.ok) throw new Error(`abgelehnt: ${result.code}`);
    expect(result.file).toMatchObject({ mimeType: "image/png", extension: "png", fileName: "foto.png" });
  });

  it("scales large images down to 2400 px on the longer edge, never up", async () => {
    const input = await solid(3000, 1000).png().toBuffer();
    const result = await processImageUpload(input, { fileName: "panorama.png" });
    if (!result.ok) throw new Error(`abgelehnt: ${result.code}`);
    expect(result.file).toMatchObject({ width: 2400, height: 800 });
  });

  it("rejects a text file with a picture's name as wrong type", async () => {
    const result = await processImageUpload(Buffer.from("Das ist kein Bild.\n"), { fileName: "foto.jpg" });
    expect(result).toMatchObject({ ok: false, code: "image-unsupported-type" });
  });

  it("rejects a PDF with a picture's name as wrong type", async () => {
    const result = await processImageUpload(minimalPdf(), { fileName: "bild.png" });
    expect(result).toMatchObject({ ok: false, code: "image-unsupported-type" });
  });

  it("rejects formats sharp could read but the portal does not take (SVG, GIF)", async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
    expect(await processImageUpload(svg, { fileName: "bild.png" })).toMatchObject({ code: "image-unsupported-type" });
    const gif = await solid(10, 10).gif().toBuffer();
    expect(await processImageUpload(gif, { fileName: "bild.jpg" })).toMatchObject({ code: "image-unsupported-type" });
  });

  it("rejects more than 5 MB before decoding anything", async () => {
    // Zeros are no image at all: answering "too large" shows that the size is checked first.
    const sixMegabytes = Buffer.alloc(6 * 1024 * 1024);
    expect(await processImageUpload(sixMegabytes, { fileName: "gross.jpg" })).toEqual({
      ok: false,
      code: "image-too-large",
    });
    // Exactly at the limit is allowed through to the content check.
    const atLimit = Buffer.alloc(MEDIA_LIMITS.imageMaxBytes);
    expect(await processImageUpload(atLimit, { fileName: "x.jpg" })).toMatchObject({ code: "image-unsupported-type" });
  });

  it("rejects an empty file", async () => {
    expect(await processImageUpload(Buffer.alloc(0), { fileName: "leer.jpg" })).toEqual({ ok: false, code: "empty" });
  });

  it("rejects a truncated JPEG as corrupt", async () => {
    const input = await photo(320, 240).jpeg().toBuffer();
    const truncated = input.subarray(0, Math.floor(input.length / 2));
    expect(await processImageUpload(truncated, { fileName: "abgebrochen.jpg" })).toMatchObject({
      ok: false,
      code: "image-corrupt",
    });
  });

  it("rejects a truncated PNG as corrupt", async () => {
    const input = await photo(200, 200).png().toBuffer();
    const truncated = input.subarray(0, Math.floor(input.length / 2));
    expect(await processImageUpload(truncated, { fileName: "abgebrochen.png" })).toMatchObject({
      ok: false,
      code: "image-corrupt",
    });
  });

  it("rejects an image declaring more than 40 megapixels (decompression bomb)", async () => {
    const bomb = await pngClaiming(20_000, 20_000);
    expect((await sharp(bomb, { limitInputPixels: false }).metadata()).width).toBe(20_000);
    expect(await processImageUpload(bomb, { fileName: "bombe.png" })).toMatchObject({
      ok: false,
      code: "image-too-many-pixels",
    });
  });
});

// ---------------------------------------------------------------------------------------------------
// PDFs, written byte by byte with a correct cross-reference table.

function buildPdf(objects: (string | Buffer)[], { trailerExtra = "", version = "1.7" } = {}): Buffer {
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

function streamObject(dictionary: string, data: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(`<< ${dictionary} /Length ${data.length} >>\nstream\n`, "latin1"),
    data,
    Buffer.from("\nendstream", "latin1"),
  ]);
}

const PAGE_OBJECTS = [
  "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
  "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
  streamObject("", Buffer.from("BT /F1 24 Tf 72 760 Td (Steckbrief) Tj ET", "latin1")),
  "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
];

function minimalPdf(catalog = "<< /Type /Catalog /Pages 2 0 R >>", extra: (string | Buffer)[] = []): Buffer {
  return buildPdf([catalog, ...PAGE_OBJECTS, ...extra]);
}

/** An object stream (PDF 1.5+) holding `objects`, numbered from `firstNumber`, Flate-compressed. */
function objectStream(firstNumber: number, objects: string[], { compress = true } = {}): Buffer {
  let header = "";
  let body = "";
  objects.forEach((object, index) => {
    header += `${firstNumber + index} ${body.length} `;
    body += `${object}\n`;
  });
  const raw = Buffer.from(header + body, "latin1");
  const data = compress ? deflateSync(raw) : raw;
  return streamObject(`/Type /ObjStm /N ${objects.length} /First ${header.length}${compress ? " /Filter /FlateDecode" : ""}`, data);
}

describe("processDocumentUpload", () => {
  it("accepts a minimal valid PDF and keeps its bytes unchanged", async () => {
    const input = minimalPdf();
    const result = await processDocumentUpload(input, { fileName: "Programm Flüchtlingsdialog.PDF" });
    if (!result.ok) throw new Error(`abgelehnt: ${result.code} ${result.detail ?? ""}`);
    expect(result.file).toEqual({
      data: input,
      mimeType: "application/pdf",
      extension: "pdf",
      byteSize: input.length,
      fileName: "Programm Flüchtlingsdialog.pdf",
    });
  });

  it("accepts PDF 2.0 and a little garbage after %%EOF", async () => {
    const pdf2 = buildPdf(["<< /Type /Catalog /Pages 2 0 R >>", ...PAGE_OBJECTS], { version: "2.0" });
    const input = Buffer.concat([pdf2, Buffer.from("\r\n\0\0")]);
    expect(await processDocumentUpload(input, { fileName: "a.pdf" })).toMatchObject({ ok: true });
  });

  it("accepts a PDF whose objects sit in a compressed object stream", async () => {
    const input = minimalPdf("<< /Type /Catalog /Pages 2 0 R /Metadata 7 0 R >>", [
      objectStream(7, ["<< /Title (Steckbrief) /Producer (Test) >>"]),
    ]);
    expect(await processDocumentUpload(input, { fileName: "a.pdf" })).toMatchObject({ ok: true });
  });

  it("does not mistake stream data for dictionaries", async () => {
    // Page content and images are arbitrary bytes; the short name /JS inside them is no action.
    const content = streamObject("", Buffer.from("% /JS /XFA /Encrypt\n".repeat(100), "latin1"));
    const input = minimalPdf(undefined, [content]);
    expect(await processDocumentUpload(input, { fileName: "a.pdf" })).toMatchObject({ ok: true });
  });

  it("rejects PNG bytes named .pdf as wrong type", async () => {
    const png = await solid(10, 10).png().toBuffer();
    expect(await processDocumentUpload(png, { fileName: "bericht.pdf" })).toEqual({
      ok: false,
      code: "document-unsupported-type",
    });
  });

  it("rejects a text file named .pdf and a header somewhere else than at the start", async () => {
    expect(await processDocumentUpload(Buffer.from("Hallo"), { fileName: "a.pdf" })).toMatchObject({
      code: "document-unsupported-type",
    });
    const shifted = Buffer.concat([Buffer.from("<html>"), minimalPdf()]);
    expect(await processDocumentUpload(shifted, { fileName: "a.pdf" })).toMatchObject({
      code: "document-unsupported-type",
    });
  });

  it("rejects a truncated PDF (no %%EOF at the end) as corrupt", async () => {
    const input = minimalPdf();
    const truncated = input.subarray(0, input.length - 200);
    expect(await processDocumentUpload(truncated, { fileName: "a.pdf" })).toMatchObject({
      ok: false,
      code: "document-corrupt",
    });
  });

  it("rejects a PDF with JavaScript", async () => {
    const input = minimalPdf("<< /Type /Catalog /Pages 2 0 R /OpenAction 6 0 R >>", [
      "<< /Type /Action /S /JavaScript /JS (app.alert('Hallo');) >>",
    ]);
    expect(await processDocumentUpload(input, { fileName: "a.pdf" })).toMatchObject({
      ok: false,
      code: "document-active-content",
    });
  });

  it("rejects JavaScript behind #-escaped names", async () => {
    const input = minimalPdf("<< /Type /Catalog /Pages 2 0 R /OpenAction 6 0 R >>", ["<< /S /J#61va#53cript /J#53 (app.alert(1)) >>"]);
    expect(await processDocumentUpload(input, { fileName: "a.pdf" })).toMatchObject({
      code: "document-active-content",
    });
  });

  it("rejects JavaScript hidden in a compressed object stream", async () => {
    const input = minimalPdf("<< /Type /Catalog /Pages 2 0 R /OpenAction 7 0 R >>", [
      objectStream(7, ["<< /S /JavaScript /JS (app.launchURL('https://example.org');) >>"]),
    ]);
    expect(await processDocumentUpload(input, { fileName: "a.pdf" })).toMatchObject({
      ok: false,
      code: "document-active-content",
    });
  });

  it("rejects launch actions and attached files", async () => {
    const launch = minimalPdf("<< /Type /Catalog /Pages 2 0 R /OpenAction 6 0 R >>", ["<< /S /Launch /F (cmd.exe) >>"]);
    expect(await processDocumentUpload(launch, { fileName: "a.pdf" })).toMatchObject({ code: "document-active-content" });
    const attachment = minimalPdf("<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles 6 0 R >> >>", [
      "<< /Names [(rechnung.exe) 7 0 R] >>",
    ]);
    expect(await processDocumentUpload(attachment, { fileName: "a.pdf" })).toMatchObject({
      code: "document-active-content",
    });
  });

  it("rejects an object stream it cannot read", async () => {
    const garbled = streamObject("/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode", Buffer.from("kein zlib"));
    const input = minimalPdf(undefined, [garbled]);
    expect(await processDocumentUpload(input, { fileName: "a.pdf" })).toMatchObject({ code: "document-corrupt" });
  });

  it("rejects an encrypted PDF", async () => {
    const objects = ["<< /Type /Catalog /Pages 2 0 R >>", ...PAGE_OBJECTS, "<< /Filter /Standard /V 2 /R 3 >>"];
    const input = buildPdf(objects, { trailerExtra: "/Encrypt 6 0 R " });
    expect(await processDocumentUpload(input, { fileName: "a.pdf" })).toMatchObject({ code: "document-encrypted" });
  });

  it("rejects more than 10 MB before looking at the content", async () => {
    const eleven = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(11 * 1024 * 1024)]);
    expect(await processDocumentUpload(eleven, { fileName: "gross.pdf" })).toEqual({
      ok: false,
      code: "document-too-large",
    });
    // Exactly at the limit goes on to the content check (and fails there: no %%EOF).
    const atLimit = Buffer.alloc(MEDIA_LIMITS.documentMaxBytes);
    atLimit.write("%PDF-1.7\n", "latin1");
    expect(await processDocumentUpload(atLimit, { fileName: "a.pdf" })).toMatchObject({ code: "document-corrupt" });
  });

  it("rejects an empty file", async () => {
    const result = await processDocumentUpload(new Uint8Array(0), { fileName: "a.pdf" });
    expect(result).toEqual({ ok: false, code: "empty" });
  });
});

describe("normalizeUploadFileName", () => {
  it("keeps a readable name and puts the real extension on it", () => {
    expect(normalizeUploadFileName("Einladung Bürgerdialog.docx.pdf", "pdf")).toBe("Einladung Bürgerdialog.docx.pdf");
    expect(normalizeUploadFileName("/home/a/../foto.JPG", "png")).toBe("foto.png");
    expect(normalizeUploadFileName("bild\u202Egnp.exe", "jpg")).toBe("bildgnp.jpg");
    expect(normalizeUploadFileName("...", "webp")).toBe("bild.webp");
    expect(normalizeUploadFileName("", "pdf")).toBe("dokument.pdf");
    expect(normalizeUploadFileName(`${"a".repeat(300)}.pdf`, "pdf")).toHaveLength(154);
  });
});
