/**
 * Writes the PDF corpus of lib/media/pdf-inspection.test.ts into this folder:
 *   npx tsx lib/media/testdata/make-pdf-corpus.ts
 * The files are committed (the test reads them as any upload), so a change here shows in the diff.
 */
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { join } from "node:path";
import { buildPdf, minimalPdf, objectStream, PAGE_OBJECTS, streamObject } from "./pdf-builder";

const CATALOG = "<< /Type /Catalog /Pages 2 0 R >>";
const openActionTo = (object: number) => `<< /Type /Catalog /Pages 2 0 R /OpenAction ${object} 0 R >>`;

export const PDF_CORPUS: Record<string, Buffer> = {
  "clean.pdf": minimalPdf(),
  "clean-pdf-2.0-trailing-bytes.pdf": Buffer.concat([buildPdf([CATALOG, ...PAGE_OBJECTS], { version: "2.0" }), Buffer.from("\r\n\0\0")]),
  "clean-object-stream.pdf": minimalPdf("<< /Type /Catalog /Pages 2 0 R /Metadata 7 0 R >>", [
    objectStream(7, ["<< /Title (Steckbrief) /Producer (Test) >>"]),
  ]),
  "clean-stream-data-looks-like-names.pdf": minimalPdf(CATALOG, [
    streamObject("", Buffer.from("% /JS /XFA /Encrypt\n".repeat(100), "latin1")),
  ]),
  "clean-openaction-goto.pdf": minimalPdf(openActionTo(6), ["<< /S /GoTo /D [3 0 R /Fit] >>"]),
  "javascript-openaction.pdf": minimalPdf(openActionTo(6), ["<< /Type /Action /S /JavaScript /JS (app.alert('Hallo');) >>"]),
  "javascript-escaped-names.pdf": minimalPdf(openActionTo(6), ["<< /S /J#61va#53cript /J#53 (app.alert(1)) >>"]),
  "javascript-in-object-stream.pdf": minimalPdf(openActionTo(7), [
    objectStream(7, ["<< /S /JavaScript /JS (app.launchURL('https://example.org');) >>"]),
  ]),
  "javascript-in-uncompressed-object-stream.pdf": minimalPdf(openActionTo(7), [
    objectStream(7, ["<< /S /J#61vaScript /JS (app.alert(1)) >>"], { filter: null }),
  ]),
  "javascript-in-object-stream-abbreviated-filter.pdf": minimalPdf(openActionTo(7), [
    objectStream(7, ["<< /S /JavaScript /JS (app.alert(1)) >>"], { filter: "Fl" }),
  ]),
  "javascript-in-object-stream-abbreviated-filter-array.pdf": minimalPdf(openActionTo(7), [
    objectStream(7, ["<< /S /JavaScript /JS (app.alert(1)) >>"], { filter: "FlateDecode" })
      .toString("latin1")
      .replace("/Filter /FlateDecode", "/Filter [/Fl]"),
  ]),
  "stream-unknown-filter.pdf": minimalPdf(CATALOG, [streamObject("/Filter /Fl", deflateSync(Buffer.from("BT ET", "latin1")))]),
  "stream-undecodable.pdf": minimalPdf(CATALOG, [streamObject("/Filter /FlateDecode", Buffer.from("kein zlib"))]),
  "clean-filter-chain.pdf": minimalPdf(CATALOG, [
    streamObject(
      "/Filter [/ASCIIHexDecode /FlateDecode]",
      Buffer.from(`${deflateSync(Buffer.from("BT ET", "latin1")).toString("hex")}>`, "latin1"),
    ),
  ]),
  "clean-jpeg-image.pdf": minimalPdf(CATALOG, [
    streamObject(
      "/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode",
      Buffer.from([0xff, 0xd8, 0xff, 0xd9]),
    ),
  ]),
  "launch-action.pdf": minimalPdf(openActionTo(6), ["<< /S /Launch /F (cmd.exe) >>"]),
  "embedded-file.pdf": minimalPdf("<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles 6 0 R >> >>", [
    "<< /Names [(rechnung.exe) 7 0 R] >>",
  ]),
  "submit-form.pdf": minimalPdf(openActionTo(6), ["<< /S /SubmitForm /F (https://example.org/sammeln) >>"]),
  "encrypted.pdf": buildPdf([CATALOG, ...PAGE_OBJECTS, "<< /Filter /Standard /V 2 /R 3 >>"], { trailerExtra: "/Encrypt 6 0 R " }),
  "object-stream-unreadable.pdf": minimalPdf(CATALOG, [
    streamObject("/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode", Buffer.from("kein zlib")),
  ]),
  "object-stream-other-filter.pdf": minimalPdf(CATALOG, [
    streamObject("/Type /ObjStm /N 1 /First 4 /Filter /ASCIIHexDecode", Buffer.from("3c3c3e3e>")),
  ]),
  "truncated.pdf": minimalPdf().subarray(0, minimalPdf().length - 200),
  "not-a-pdf.pdf": Buffer.from("<html><body>Das ist kein PDF.</body></html>\n%%EOF\n"),
};

if (process.argv[1]?.endsWith("make-pdf-corpus.ts")) {
  for (const [name, bytes] of Object.entries(PDF_CORPUS)) writeFileSync(join(import.meta.dirname, name), bytes);
  console.log(`${Object.keys(PDF_CORPUS).length} PDFs written to ${import.meta.dirname}`);
}
