import "server-only";
import { inflateSync } from "node:zlib";
import sharp, { type Metadata } from "sharp";
import { MEDIA_LIMITS, type MediaErrorCode } from "./errors";
import { MEDIA_CONTENT_TYPES, type MediaContentType, type MediaExtension } from "./storage";

/**
 * Checks and prepares uploaded media before anything is stored. The type of a file is decided from its
 * content only — never from its name or the browser's declared type, both of which the uploader
 * controls. No database access: the caller stores the bytes (`getMediaStorage().put`) and the Media row.
 */

export interface ProcessedMediaFile {
  /** The bytes to store: re-encoded for images, unchanged for PDFs. */
  data: Buffer;
  mimeType: MediaContentType;
  extension: MediaExtension;
  byteSize: number;
  /** Pixel size after orientation and downscaling (images only). */
  width?: number;
  height?: number;
  /**
   * The uploaded name, safe to show and to use in a download: no folders, no control or direction
   * characters, and the extension of the real content (a PNG uploaded as `foto.jpg` becomes `foto.png`).
   */
  fileName: string;
}

export type ProcessUploadResult =
  | { ok: true; file: ProcessedMediaFile }
  /** `detail` is for the server log only; users see `MEDIA_ERROR_MESSAGES[code]`. */
  | { ok: false; code: MediaErrorCode; detail?: string };

export interface ProcessUploadOptions {
  /** The name the browser sent; used only for the returned display name. */
  fileName: string;
}

type ImageFormat = "jpeg" | "png" | "webp";

const IMAGE_EXTENSIONS: Record<ImageFormat, MediaExtension> = { jpeg: "jpg", png: "png", webp: "webp" };

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function fail(code: MediaErrorCode, detail?: string): ProcessUploadResult {
  return detail === undefined ? { ok: false, code } : { ok: false, code, detail };
}

function toBuffer(bytes: Buffer | Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Recognises the three formats by their signature before any decoder sees the bytes, so that sharp's
 * many other loaders (SVG, TIFF, HEIF, GIF, …) are never reached with uploaded data. sharp's own
 * format detection must then agree.
 */
function sniffImageFormat(bytes: Buffer): ImageFormat | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg";
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return "png";
  if (bytes.length >= 12 && bytes.toString("latin1", 0, 4) === "RIFF" && bytes.toString("latin1", 8, 12) === "WEBP") {
    return "webp";
  }
  return null;
}

// Bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) can make "gpj.exe" look like
// "exe.jpg"; zero-width characters hide parts of a name.
const UNSAFE_NAME_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * A display/download name: the last path segment (some browsers send `C:\fakepath\…`), without unsafe
 * characters and leading dots, at most 150 characters before the extension, ending in the extension of
 * the actual content.
 */
export function normalizeUploadFileName(fileName: string, extension: MediaExtension): string {
  const lastSegment = fileName.split(/[\\/]/).pop() ?? "";
  const cleaned = lastSegment.normalize("NFC").replace(UNSAFE_NAME_CHARACTERS, "").trim();
  const stem = cleaned
    .replace(/\.[^.]*$/, "")
    .replace(/^[.\s]+/, "")
    .slice(0, 150)
    .trim();
  return `${stem || (extension === "pdf" ? "dokument" : "bild")}.${extension}`;
}

/**
 * Images (JPEG, PNG, WebP, at most 5 MB): decoded and re-encoded in the same format, which drops every
 * piece of metadata (EXIF including GPS position and camera serial, XMP, IPTC, PNG text chunks, ICC
 * profile — colours are converted to sRGB first, so they stay right). The picture is turned upright
 * according to its EXIF orientation and scaled down to at most 2400 px on the longer edge.
 */
export async function processImageUpload(bytes: Buffer | Uint8Array, { fileName }: ProcessUploadOptions): Promise<ProcessUploadResult> {
  const input = toBuffer(bytes);
  if (input.length === 0) return fail("empty");
  // Before any decoding: a size check costs nothing, decoding a huge file does.
  if (input.length > MEDIA_LIMITS.imageMaxBytes) return fail("image-too-large");

  const format = sniffImageFormat(input);
  if (!format) return fail("image-unsupported-type");

  // The header alone (no pixels decoded). `limitInputPixels: false` only here, so that an oversized
  // image is reported as such instead of as an unreadable file; the decoding below enforces the limit.
  let metadata: Metadata;
  try {
    metadata = await sharp(input, { limitInputPixels: false }).metadata();
  } catch (error) {
    return fail("image-corrupt", errorText(error));
  }
  if (metadata.format !== format) return fail("image-unsupported-type", `sharp erkennt ${metadata.format}`);
  const { width, height } = metadata;
  if (!width || !height) return fail("image-corrupt", "ohne Abmessungen");
  if (width * height > MEDIA_LIMITS.imageMaxPixels) {
    return fail("image-too-many-pixels", `${width} × ${height} Pixel`);
  }

  try {
    // failOn "error": truncated or broken data is refused instead of being padded with grey; mere
    // warnings (common in camera JPEGs) are tolerated. Only the first frame of an animated WebP/PNG is
    // read, so the stored image is always a still.
    let pipeline = sharp(input, { failOn: "error", limitInputPixels: MEDIA_LIMITS.imageMaxPixels }).autoOrient().resize({
      width: MEDIA_LIMITS.imageMaxEdge,
      height: MEDIA_LIMITS.imageMaxEdge,
      fit: "inside",
      withoutEnlargement: true,
    });
    // No keepMetadata()/withMetadata(): sharp writes none of the input's metadata by default.
    if (format === "jpeg") pipeline = pipeline.jpeg({ quality: 82, mozjpeg: true });
    else if (format === "png") pipeline = pipeline.png({ compressionLevel: 9 });
    else pipeline = pipeline.webp({ quality: 82 });

    const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
    const extension = IMAGE_EXTENSIONS[format];
    return {
      ok: true,
      file: {
        data,
        mimeType: MEDIA_CONTENT_TYPES[extension],
        extension,
        byteSize: data.length,
        width: info.width,
        height: info.height,
        fileName: normalizeUploadFileName(fileName, extension),
      },
    };
  } catch (error) {
    return fail("image-corrupt", errorText(error));
  }
}

/**
 * PDF documents (at most 10 MB), stored byte for byte as uploaded: the file must start with a PDF header
 * and end with `%%EOF`, must not be encrypted, and must not contain active content.
 */
export async function processDocumentUpload(bytes: Buffer | Uint8Array, { fileName }: ProcessUploadOptions): Promise<ProcessUploadResult> {
  const input = toBuffer(bytes);
  if (input.length === 0) return fail("empty");
  if (input.length > MEDIA_LIMITS.documentMaxBytes) return fail("document-too-large");

  if (!/^%PDF-[12]\.\d/.test(input.toString("latin1", 0, 8))) return fail("document-unsupported-type");
  // Readers tolerate a little trailing garbage after the end marker, hence the last 2 KiB.
  if (!input.toString("latin1", Math.max(0, input.length - 2048)).includes("%%EOF")) {
    return fail("document-corrupt", "kein %%EOF am Ende");
  }

  const finding = inspectPdf(input);
  if (finding) return fail(finding.code, finding.detail);

  return {
    ok: true,
    file: {
      data: input,
      mimeType: MEDIA_CONTENT_TYPES.pdf,
      extension: "pdf",
      byteSize: input.length,
      fileName: normalizeUploadFileName(fileName, "pdf"),
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// PDF inspection
//
// This is a conservative filter for a public portal, not a PDF parser: documents here are flyers,
// reports and programmes, which never need scripts, actions that start programs or submit forms,
// attached files, Flash/3D or XFA forms. So every PDF that merely *names* one of these features is
// refused, even where the feature would be harmless or unused; a false alarm costs the editor one
// re-export ("Drucken als PDF"), a missed one could put malware on a government site.
//
// To make the check hard to evade, names are compared after decoding `#xx` escapes (`/J#61vaScript`
// is `/JavaScript`), and compressed object streams (PDF 1.5+, where most writers put their
// dictionaries) are inflated and inspected too. What cannot be inspected is refused: encrypted files
// (their object streams cannot be read; encryption also hinders screen readers) and object streams
// with filters other than Flate.
// ---------------------------------------------------------------------------------------------------

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

interface PdfFinding {
  code: "document-corrupt" | "document-encrypted" | "document-active-content";
  detail: string;
}

function inspectPdf(bytes: Buffer): PdfFinding | null {
  const text = bytes.toString("latin1");

  const whole = firstActiveName(pdfNames(text), LONG_ACTIVE_CONTENT_NAMES);
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

  // Every object stream must have been found above; one this scan did not recognise could hide anything.
  if (outsideNames.filter((name) => name === "ObjStm").length !== objectStreams.length) {
    return { code: "document-corrupt", detail: "nicht zuordenbarer Objekt-Stream" };
  }

  let inflatedTotal = 0;
  for (const stream of objectStreams) {
    const filters = stream.dictionaryNames.filter((name) => STREAM_FILTERS.has(name));
    let content: Buffer;
    if (filters.length === 0) {
      content = stream.data;
    } else if (filters.every((name) => name === "FlateDecode") && !stream.dictionaryNames.includes("DecodeParms")) {
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
