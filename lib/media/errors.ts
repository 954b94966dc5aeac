/**
 * Limits and error codes of media uploads, and the one place where a code becomes a German message.
 *
 * Deliberately free of `server-only`, sharp and Node APIs: a client form may import the limits (e.g. to
 * tell the user the maximum size next to the file input) and the messages, while the checks themselves
 * run on the server (`process-upload.ts`).
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

const imageMb = MEDIA_LIMITS.imageMaxBytes / MiB;
const documentMb = MEDIA_LIMITS.documentMaxBytes / MiB;
const megapixels = MEDIA_LIMITS.imageMaxPixels / 1_000_000;
const edge = MEDIA_LIMITS.imageMaxEdge;

/** German messages shown next to the file field. They name the limit and say what to do. */
export const MEDIA_ERROR_MESSAGES: Record<MediaErrorCode, string> = {
  empty: "Die Datei ist leer. Bitte wählen Sie die Datei erneut aus.",
  "image-too-large": `Das Bild ist größer als ${imageMb} MB. Bitte verkleinern Sie es (zum Beispiel auf ${edge} Pixel an der längeren Seite) und laden Sie es erneut hoch.`,
  "image-unsupported-type":
    "Die Datei ist kein JPEG-, PNG- oder WebP-Bild – auch wenn der Dateiname das nahelegt. Bitte speichern Sie das Bild in einem dieser Formate.",
  "image-corrupt":
    "Das Bild ist beschädigt oder unvollständig und kann nicht gelesen werden. Bitte speichern Sie es erneut und laden Sie es noch einmal hoch.",
  "image-too-many-pixels": `Das Bild hat mehr als ${megapixels} Megapixel. Bitte verkleinern Sie es (zum Beispiel auf ${edge} Pixel an der längeren Seite) und laden Sie es erneut hoch.`,
  "document-too-large": `Das Dokument ist größer als ${documentMb} MB. Bitte verkleinern Sie das PDF (zum Beispiel mit „Reduzierte Dateigröße speichern“) und laden Sie es erneut hoch.`,
  "document-unsupported-type":
    "Die Datei ist kein PDF-Dokument – auch wenn der Dateiname das nahelegt. Bitte laden Sie eine PDF-Datei hoch.",
  "document-corrupt":
    "Das PDF ist beschädigt oder unvollständig und kann nicht geprüft werden. Bitte speichern oder exportieren Sie es erneut und laden Sie es noch einmal hoch.",
  "document-encrypted":
    "Das PDF ist verschlüsselt oder mit einem Passwort geschützt. Bitte laden Sie eine Fassung ohne Schutz hoch – so bleibt es auch für Screenreader lesbar.",
  "document-active-content":
    "Das PDF enthält aktive Inhalte (zum Beispiel JavaScript, Startaktionen, Formular-Versand oder eingebettete Dateien), die auf diesem Portal nicht erlaubt sind. Bitte exportieren Sie es ohne diese Inhalte, zum Beispiel über „Drucken als PDF“.",
};
