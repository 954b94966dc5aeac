import { crc32 } from "node:zlib";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { MEDIA_LIMITS } from "./errors";
import { normalizeUploadFileName, processDocumentUpload, processImageUpload } from "./process-upload";
import { minimalPdf } from "./testdata/pdf-builder";

// Images are made here with sharp; PDFs with testdata/pdf-builder.ts. Nothing downloaded.

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

// PDFs are written byte by byte (testdata/pdf-builder.ts); what the inspection finds in them is
// tested against the corpus in pdf-inspection.test.ts. Here: the upload around it.

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

  it("rejects a PDF with JavaScript (the inspection; every case in pdf-inspection.test.ts)", async () => {
    const input = minimalPdf("<< /Type /Catalog /Pages 2 0 R /OpenAction 6 0 R >>", [
      "<< /Type /Action /S /JavaScript /JS (app.alert('Hallo');) >>",
    ]);
    expect(await processDocumentUpload(input, { fileName: "a.pdf" })).toMatchObject({
      ok: false,
      code: "document-active-content",
    });
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
