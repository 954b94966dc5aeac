import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { inspectPdf, type PdfFinding } from "./pdf-inspection";
import { PDF_CORPUS } from "./testdata/make-pdf-corpus";
import { minimalPdf, streamObject } from "./testdata/pdf-builder";

/**
 * The PDF inspection against the committed corpus in testdata/ (made by make-pdf-corpus.ts): what
 * each file must give. Every file there needs a line here, so that corpus and expectations move
 * together.
 */
const TESTDATA = join(import.meta.dirname, "testdata");

const EXPECTED: Record<string, PdfFinding["code"] | null> = {
  "clean.pdf": null,
  "clean-pdf-2.0-trailing-bytes.pdf": null,
  "clean-object-stream.pdf": null,
  "clean-stream-data-looks-like-names.pdf": null,
  // An OpenAction as such is not refused: going to the first page is harmless.
  "clean-openaction-goto.pdf": null,
  "javascript-openaction.pdf": "document-active-content",
  "javascript-escaped-names.pdf": "document-active-content",
  "javascript-in-object-stream.pdf": "document-active-content",
  "javascript-in-uncompressed-object-stream.pdf": "document-active-content",
  // Issue 14, finding 3: an object stream whose filter is the abbreviation "/Fl" (some readers accept
  // it) was not inflated, so the script inside was not seen. Filters that cannot be decoded are refused.
  "javascript-in-object-stream-abbreviated-filter.pdf": "document-corrupt",
  "javascript-in-object-stream-abbreviated-filter-array.pdf": "document-corrupt",
  // Every stream is decoded by the parser pass, not only object streams.
  "stream-unknown-filter.pdf": "document-corrupt",
  "stream-undecodable.pdf": "document-corrupt",
  "clean-filter-chain.pdf": null,
  // Image data is kept as it is.
  "clean-jpeg-image.pdf": null,
  "launch-action.pdf": "document-active-content",
  "embedded-file.pdf": "document-active-content",
  "submit-form.pdf": "document-active-content",
  "encrypted.pdf": "document-encrypted",
  "object-stream-unreadable.pdf": "document-corrupt",
  "object-stream-other-filter.pdf": "document-corrupt",
  "truncated.pdf": "document-corrupt",
  "not-a-pdf.pdf": "document-unsupported-type",
};

describe("inspectPdf on the corpus", () => {
  const files = readdirSync(TESTDATA).filter((name) => name.endsWith(".pdf"));

  it("has an expectation for every file, and a file for every expectation", () => {
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))("%s → %s", async (name, code) => {
    const finding = await inspectPdf(readFileSync(join(TESTDATA, name)));
    expect(finding?.code ?? null).toBe(code);
  });

  it("the committed files are what make-pdf-corpus.ts writes", () => {
    for (const [name, bytes] of Object.entries(PDF_CORPUS)) expect(readFileSync(join(TESTDATA, name)).equals(bytes), name).toBe(true);
  });

  it("says where active content hides, for the log", async () => {
    expect(await inspectPdf(readFileSync(join(TESTDATA, "javascript-in-object-stream.pdf")))).toEqual({
      code: "document-active-content",
      detail: "/JavaScript in Objekt-Stream",
    });
    expect((await inspectPdf(readFileSync(join(TESTDATA, "launch-action.pdf"))))?.detail).toBe("/Launch");
    expect((await inspectPdf(readFileSync(join(TESTDATA, "stream-unknown-filter.pdf"))))?.detail).toBe("Stream mit Filter Fl");
  });

  it("stops decoding a stream that inflates beyond the budget (a zip bomb in a page's content)", async () => {
    const bomb = deflateSync(Buffer.alloc(80 * 1024 * 1024), { level: 1 });
    const finding = await inspectPdf(minimalPdf("<< /Type /Catalog /Pages 2 0 R >>", [streamObject("/Filter /FlateDecode", bomb)]));
    expect(finding).toEqual({ code: "document-corrupt", detail: "Streams entpackt zu groß" });
  }, 30_000); // 80 MB are compressed first: seconds on a busy machine
});
