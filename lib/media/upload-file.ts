import type { MediaErrorCode } from "./errors";
import type { MediaContentType, MediaExtension } from "./storage";

/**
 * What the checks of an upload answer (images: image-upload.ts, PDFs: process-upload.ts with
 * pdf-inspection.ts), and the file name every accepted upload gets. No I/O here.
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
  /** `detail` is for the server log only; users see the message of `mediaErrorMessage(code)`. */
  | { ok: false; code: MediaErrorCode; detail?: string };

export interface ProcessUploadOptions {
  /** The name the browser sent; used only for the returned display name. */
  fileName: string;
}

export function fail(code: MediaErrorCode, detail?: string): ProcessUploadResult {
  return detail === undefined ? { ok: false, code } : { ok: false, code, detail };
}

export function toBuffer(bytes: Buffer | Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
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
