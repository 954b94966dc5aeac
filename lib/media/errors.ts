import type { MessageRef } from "@/lib/forms/field-errors";

/**
 * Limits and error codes of media uploads, and the catalogue key of each code's message.
 *
 * Deliberately free of `server-only`, sharp and Node APIs: a client form may import the limits (e.g. to
 * tell the user the maximum size next to the file input), while the checks themselves run on the server
 * (`process-upload.ts`).
 */

const MiB = 1024 * 1024;

export const MEDIA_LIMITS = {
  /** Largest accepted image upload, before decoding. */
  imageMaxBytes: 5 * MiB,
  /**
   * Largest accepted image area (width × height, as declared in the file header). A 5 MB file can
   * declare 100 000 × 100 000 pixels (a "decompression bomb"); 40 MP covers every current camera.
   */
  imageMaxPixels: 40_000_000,
  /** Images are scaled down (never up) so that the longer edge is at most this many pixels. */
  imageMaxEdge: 2400,
  /** Largest accepted PDF upload. */
  documentMaxBytes: 10 * MiB,
} as const;

/**
 * Why an upload was refused. Codes carry the kind (image/document) because the messages must name the
 * kind's own limit and format.
 */
export const MEDIA_ERROR_CODES = [
  "empty",
  "image-too-large",
  "image-unsupported-type",
  "image-corrupt",
  "image-too-many-pixels",
  "document-too-large",
  "document-unsupported-type",
  "document-corrupt",
  "document-encrypted",
  "document-active-content",
] as const;

export type MediaErrorCode = (typeof MEDIA_ERROR_CODES)[number];

/**
 * The message of a refusal: a key of the catalogue (namespace "MediaErrors" in
 * lib/i18n/messages/<locale>/errors.json), translated at the action boundary. The messages name
 * the limits above and say what to do; a unit test keeps their numbers equal to MEDIA_LIMITS.
 */
export function mediaErrorMessage(code: MediaErrorCode): MessageRef {
  return { key: `MediaErrors.${code}` };
}
