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
 * A one-line text field of at most `max` characters (messages are catalogue keys). A field missing from the form (`null` from
 * `FormData.get`, `undefined` from `Object.fromEntries`) counts as empty, so it gets the same message.
 */
function singleLine(max: number, requiredMessage?: string) {
  let text = z
    .string("Validation.invalid")
    .overwrite((value) => value.replace(/\s+/g, " ").trim())
    .max(max, "Validation.tooLong");
  if (requiredMessage) text = text.min(1, requiredMessage);
  return z.preprocess((value) => value ?? "", text);
}

/** Alternative text, caption and credit of an image. */
export const imageMetadataSchema = z.object({
  /** What the image shows, for people who cannot see it (WCAG 1.1.1); the database requires it too. */
  altText: singleLine(300, "Media.validation.altTextRequired"),
  /** Bildnachweis: photographer or source, shown with the image. */
  credit: singleLine(200),
  /** Optional caption. */
  title: singleLine(200),
});

/** A document needs a title: it is the link text, so it must say what the PDF contains. */
export const documentMetadataSchema = imageMetadataSchema.pick({ title: true }).extend({
  title: singleLine(200, "Media.validation.documentTitleRequired"),
});

export type ImageMetadata = z.infer<typeof imageMetadataSchema>;
export type DocumentMetadata = z.infer<typeof documentMetadataSchema>;
