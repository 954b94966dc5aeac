import { z } from "zod";

/**
 * The text fields that accompany an upload (one module for form and server action). The file itself is
 * checked by `process-upload.ts`; these are its description. Plain text: whitespace, including line
 * breaks, is collapsed to single spaces, because alternative texts and captions are one line.
 */

/** `accept` values for the file inputs; a hint for the file picker only, the server decides by content. */
export const IMAGE_ACCEPT = "image/jpeg,image/png,image/webp";
export const DOCUMENT_ACCEPT = "application/pdf";

/**
 * A one-line text field of at most `max` characters. A field missing from the form (`null` from
 * `FormData.get`, `undefined` from `Object.fromEntries`) counts as empty, so it gets the same message.
 */
function singleLine(label: string, max: number, requiredMessage?: string) {
  let text = z
    .string({ error: `${label}: Bitte geben Sie einen Text ein.` })
    .overwrite((value) => value.replace(/\s+/g, " ").trim())
    .max(max, `${label} darf höchstens ${max} Zeichen lang sein.`);
  if (requiredMessage) text = text.min(1, requiredMessage);
  return z.preprocess((value) => value ?? "", text);
}

/** Alternative text, caption and credit of an image. */
export const imageMetadataSchema = z.object({
  /** What the image shows, for people who cannot see it (WCAG 1.1.1); the database requires it too. */
  altText: singleLine("Der Alternativtext", 300, "Bitte beschreiben Sie, was auf dem Bild zu sehen ist (Alternativtext)."),
  /** Bildnachweis: photographer or source, shown with the image. */
  credit: singleLine("Der Bildnachweis", 200),
  /** Optional caption. */
  title: singleLine("Der Titel", 200),
});

/** A document needs a title: it is the link text, so it must say what the PDF contains. */
export const documentMetadataSchema = imageMetadataSchema.pick({ title: true }).extend({
  title: singleLine("Der Titel", 200, "Bitte geben Sie einen Titel für das Dokument an."),
});

export type ImageMetadata = z.infer<typeof imageMetadataSchema>;
export type DocumentMetadata = z.infer<typeof documentMetadataSchema>;
