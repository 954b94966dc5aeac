import { constants, inflateSync } from "node:zlib";
import { decodePDFRawStream, EncryptedPDFError, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFStream } from "pdf-lib";
import { errorText } from "./upload-file";

/**
 * Inspection of an uploaded PDF's bytes: pure (no I/O, no sharp), so it is tested against the
 * corpus of small PDF files in lib/media/testdata/.
 */

// Two passes. First a conservative scan of the raw bytes: documents here are flyers,
// reports and programmes, which never need scripts, actions that start programs or submit forms,
// attached files, Flash/3D or XFA forms. So every PDF that merely *names* one of these features is
// refused, even where the feature would be harmless or unused; a false alarm costs the editor one
// re-export ("Drucken als PDF"), a missed one could put malware on a government site.
//
// To make the check hard to evade, names are compared after decoding `#xx` escapes (`/J#61vaScript`
// is `/JavaScript`), and compressed object streams (PDF 1.5+, where most writers put their
// dictionaries) are inflated and inspected too. What cannot be inspected is refused: encrypted files
// (their object streams cannot be read; encryption also hinders screen readers) and object streams
// with filters other than Flate (an abbreviation such as `/Fl`, which some readers accept, included).
//
// Then the file is parsed with a real PDF parser (pdf-lib): every object, those in object streams
// included, is walked for the names above, and every stream is decoded (within a size budget) — a
// stream whose filters cannot be decoded could hide anything and is refused. Only image data (JPEG,
// JPEG 2000, JBIG2, fax) is taken as it is: readers never look for objects in it. The raw scan runs
// first because it bounds what inflating object streams costs before the parser inflates them.

/** Names that mark active content. */
const ACTIVE_CONTENT_NAMES = new Set([
  "JavaScript", // document-level scripts and JavaScript actions
  "JS", // the script of a JavaScript action
  "Launch", // runs a program or opens a file
  "EmbeddedFile", // attached files (which may be anything) …
  "EmbeddedFiles", // … and the name tree listing them
  "RichMedia", // Flash/3D/video annotations
  "XFA", // XML forms, scriptable
  "SubmitForm", // sends form data to a URL
  "ImportData", // loads form data from a file
]);

/**
 * Long names that cannot appear by chance in binary data; these are looked for in the whole file,
 * stream contents included, in case a reader and this filter disagree on where a stream ends.
 */
const LONG_ACTIVE_CONTENT_NAMES = new Set(["JavaScript", "Launch", "EmbeddedFile", "EmbeddedFiles", "RichMedia"]);

/** Inflated object streams may not exceed this in total (a 10 MB file cannot hide a zip bomb). */
const MAX_INFLATED_BYTES = 64 * 1024 * 1024;

const STREAM_FILTERS = new Set([
  "ASCIIHexDecode",
  "ASCII85Decode",
  "LZWDecode",
  "FlateDecode",
  "RunLengthDecode",
  "CCITTFaxDecode",
  "JBIG2Decode",
  "DCTDecode",
  "JPXDecode",
  "Crypt",
]);

/** Keys of an object stream's dictionary; any other name there is (part of) its filter. */
const OBJECT_STREAM_KEYS = new Set(["Type", "ObjStm", "N", "First", "Length", "Filter", "DecodeParms", "Extends"]);

/** Filters of image data, which is kept as it is (decoding it would only give pixels). */
const IMAGE_FILTERS = new Set(["DCTDecode", "JPXDecode", "JBIG2Decode", "CCITTFaxDecode"]);

/** PDF names: a slash followed by regular characters (anything but white space and delimiters). */
const NAME_PATTERN = /\/([^\x00\x09\x0a\x0c\x0d\x20()<>[\]{}/%]*)/g;

/** The end of a stream dictionary, optional white space or comments, the `stream` keyword and its EOL. */
const STREAM_START_PATTERN = />>(?:[\x00\x09\x0a\x0c\x0d\x20]|%[^\r\n]*)*stream(?:\r\n|\r|\n)/g;

const OBJECT_HEADER_PATTERN = /\d+\s+\d+\s+obj\b/g;

function pdfNames(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(NAME_PATTERN)) {
    const raw = match[1] ?? "";
    names.push(raw.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
  }
  return names;
}

function firstActiveName(names: Iterable<string>, forbidden: Set<string>): string | undefined {
  for (const name of names) if (forbidden.has(name)) return name;
  return undefined;
}

/** The dictionary text of the object a stream belongs to: from its `n g obj` header to the `>>`. */
function streamDictionary(segment: string): string {
  let start = 0;
  for (const match of segment.matchAll(OBJECT_HEADER_PATTERN)) start = match.index;
  return segment.slice(start);
}

export interface PdfFinding {
  code: "document-unsupported-type" | "document-corrupt" | "document-encrypted" | "document-active-content";
  detail: string;
}

/**
 * What is wrong with a PDF, or null when it may be published: it must start with a PDF header and
 * end with `%%EOF`, must not be encrypted and must not name active content.
 */
export async function inspectPdf(bytes: Buffer): Promise<PdfFinding | null> {
  if (!/^%PDF-[12]\.\d/.test(bytes.toString("latin1", 0, 8))) return { code: "document-unsupported-type", detail: "kein PDF-Kopf" };
  // Readers tolerate a little trailing garbage after the end marker, hence the last 2 KiB.
  if (!bytes.toString("latin1", Math.max(0, bytes.length - 2048)).includes("%%EOF")) {
    return { code: "document-corrupt", detail: "kein %%EOF am Ende" };
  }
  return scanRawPdf(bytes) ?? (await inspectParsedPdf(bytes));
}

function scanRawPdf(bytes: Buffer): PdfFinding | null {
  const text = bytes.toString("latin1");

  const allNames = pdfNames(text);
  const whole = firstActiveName(allNames, LONG_ACTIVE_CONTENT_NAMES);
  if (whole) return { code: "document-active-content", detail: `/${whole}` };

  // Split the file into the parts outside stream data (objects, dictionaries, trailer) and the object
  // streams, whose contents are further objects.
  const outside: string[] = [];
  const objectStreams: { dictionaryNames: string[]; data: Buffer }[] = [];
  let position = 0;
  STREAM_START_PATTERN.lastIndex = 0;
  for (let match = STREAM_START_PATTERN.exec(text); match; match = STREAM_START_PATTERN.exec(text)) {
    const segment = text.slice(position, match.index + 2);
    outside.push(segment);
    const dataStart = match.index + match[0].length;
    const dataEnd = text.indexOf("endstream", dataStart);
    if (dataEnd === -1) return { code: "document-corrupt", detail: "stream ohne endstream" };
    const dictionaryNames = pdfNames(streamDictionary(segment));
    if (dictionaryNames.includes("ObjStm")) {
      objectStreams.push({ dictionaryNames, data: bytes.subarray(dataStart, dataEnd) });
    }
    position = dataEnd;
    STREAM_START_PATTERN.lastIndex = dataEnd;
  }
  outside.push(text.slice(position));

  const outsideNames = outside.flatMap(pdfNames);
  if (outsideNames.includes("Encrypt")) return { code: "document-encrypted", detail: "/Encrypt" };
  const active = firstActiveName(outsideNames, ACTIVE_CONTENT_NAMES);
  if (active) return { code: "document-active-content", detail: `/${active}` };

  // Every object stream must have been found above; one this scan did not recognise could hide anything
  // (and the parser below would inflate it without a limit). Counted in the whole file, in case the
  // parser and this scan disagree on where a stream ends.
  if (allNames.filter((name) => name === "ObjStm").length !== objectStreams.length) {
    return { code: "document-corrupt", detail: "nicht zuordenbarer Objekt-Stream" };
  }

  let inflatedTotal = 0;
  for (const stream of objectStreams) {
    const filters = stream.dictionaryNames.filter((name) => !OBJECT_STREAM_KEYS.has(name));
    let content: Buffer;
    if (filters.length === 0) {
      content = stream.data;
    } else if (filters.length === 1 && filters[0] === "FlateDecode" && !stream.dictionaryNames.includes("DecodeParms")) {
      try {
        content = inflateSync(stream.data, { maxOutputLength: MAX_INFLATED_BYTES - inflatedTotal });
      } catch (error) {
        return { code: "document-corrupt", detail: `Objekt-Stream nicht lesbar: ${errorText(error)}` };
      }
    } else {
      return { code: "document-corrupt", detail: `Objekt-Stream mit Filter ${filters.join(", ")}` };
    }
    inflatedTotal += content.length;
    const hidden = firstActiveName(pdfNames(content.toString("latin1")), ACTIVE_CONTENT_NAMES);
    if (hidden) return { code: "document-active-content", detail: `/${hidden} in Objekt-Stream` };
  }

  return null;
}

/** What an indirect object names: its dictionary keys and name values, in arrays and stream dictionaries too. */
function namesOf(object: unknown, names: Set<string>) {
  if (object instanceof PDFName) names.add(object.decodeText());
  else if (object instanceof PDFDict) {
    for (const [key, value] of object.entries()) {
      names.add(key.decodeText());
      namesOf(value, names);
    }
  } else if (object instanceof PDFArray) for (const value of object.asArray()) namesOf(value, names);
  else if (object instanceof PDFStream) namesOf(object.dict, names);
}

/** The filter names of a stream, in the order they are applied when decoding. */
function filtersOf(stream: PDFRawStream): string[] | null {
  const filter = stream.dict.lookup(PDFName.of("Filter"));
  if (filter === undefined) return [];
  if (filter instanceof PDFName) return [filter.decodeText()];
  if (filter instanceof PDFArray) {
    const names = filter.asArray().map((entry) => stream.dict.context.lookup(entry));
    return names.every((name) => name instanceof PDFName) ? names.map((name) => (name as PDFName).decodeText()) : null;
  }
  return null;
}

/**
 * Decodes a stream through its filters, in blocks, and stops at the budget. Returns the decoded size or a
 * finding. Image filters at the end of the chain are not decoded.
 */
function decodeWithin(stream: PDFRawStream, budget: number): number | PdfFinding {
  const filters = filtersOf(stream);
  if (!filters) return { code: "document-corrupt", detail: "Stream mit unlesbarem /Filter" };
  let decodable = filters;
  while (decodable.length > 0 && IMAGE_FILTERS.has(decodable[decodable.length - 1]!)) decodable = decodable.slice(0, -1);
  const unknown = decodable.find((name) => !STREAM_FILTERS.has(name) || IMAGE_FILTERS.has(name) || name === "Crypt");
  if (unknown) return { code: "document-corrupt", detail: `Stream mit Filter ${unknown}` };
  if (decodable.length === 0) return 0;
  if (decodable.length === 1 && decodable[0] === "FlateDecode") {
    // The common case, natively (pdf-lib's inflate is written in JavaScript and much slower); tolerant of a
    // truncated end as readers are.
    try {
      return inflateSync(stream.contents, { maxOutputLength: budget + 1, finishFlush: constants.Z_SYNC_FLUSH }).length;
    } catch (error) {
      if (error instanceof RangeError) return { code: "document-corrupt", detail: "Streams entpackt zu groß" };
      return { code: "document-corrupt", detail: `Stream nicht lesbar: ${errorText(error)}` };
    }
  }
  let source = stream;
  if (decodable.length !== filters.length) {
    const dict = stream.dict.clone();
    dict.set(PDFName.of("Filter"), stream.dict.context.obj(decodable.map((name) => PDFName.of(name))));
    source = PDFRawStream.of(dict, stream.contents);
  }
  try {
    const decoded = decodePDFRawStream(source);
    let size = 0;
    for (let block = decoded.getBytes(65_536); block.length > 0; block = decoded.getBytes(65_536)) {
      size += block.length;
      if (size > budget) return { code: "document-corrupt", detail: "Streams entpackt zu groß" };
    }
    return size;
  } catch (error) {
    return { code: "document-corrupt", detail: `Stream nicht lesbar: ${errorText(error)}` };
  }
}

/** The second pass: parse the file, walk every object's names, decode every stream. */
async function inspectParsedPdf(bytes: Buffer): Promise<PdfFinding | null> {
  let document: PDFDocument;
  try {
    document = await PDFDocument.load(bytes, { throwOnInvalidObject: true, updateMetadata: false });
  } catch (error) {
    if (error instanceof EncryptedPDFError) return { code: "document-encrypted", detail: "verschlüsselt" };
    return { code: "document-corrupt", detail: `nicht lesbar: ${errorText(error)}` };
  }
  let budget = MAX_INFLATED_BYTES;
  for (const [, object] of document.context.enumerateIndirectObjects()) {
    const names = new Set<string>();
    namesOf(object, names);
    const active = firstActiveName(names, ACTIVE_CONTENT_NAMES);
    if (active) return { code: "document-active-content", detail: `/${active}` };
    if (object instanceof PDFRawStream) {
      const decoded = decodeWithin(object, budget);
      if (typeof decoded !== "number") return decoded;
      budget -= decoded;
    }
  }
  return null;
}
