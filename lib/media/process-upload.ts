import "server-only";
import { MEDIA_LIMITS } from "./errors";
import { inspectPdf } from "./pdf-inspection";
import { MEDIA_CONTENT_TYPES } from "./storage";
import { fail, normalizeUploadFileName, toBuffer, type ProcessUploadOptions, type ProcessUploadResult } from "./upload-file";

/**
 * Checks and prepares uploaded media before anything is stored: images in image-upload.ts (sharp),
 * PDFs here with the pure inspection of pdf-inspection.ts. The type of a file is decided from its
 * content only. No database access: the caller stores the bytes (`getMediaStorage().put`) and the
 * Media row.
 */
export { processImageUpload } from "./image-upload";
export { normalizeUploadFileName, type ProcessedMediaFile, type ProcessUploadOptions, type ProcessUploadResult } from "./upload-file";

/**
 * PDF documents (at most 10 MB), stored byte for byte as uploaded: the file must start with a PDF header
 * and end with `%%EOF`, must not be encrypted, and must not contain active content.
 */
export async function processDocumentUpload(bytes: Buffer | Uint8Array, { fileName }: ProcessUploadOptions): Promise<ProcessUploadResult> {
  const input = toBuffer(bytes);
  if (input.length === 0) return fail("empty");
  if (input.length > MEDIA_LIMITS.documentMaxBytes) return fail("document-too-large");

  const finding = await inspectPdf(input);
  if (finding) return fail(finding.code, finding.code === "document-unsupported-type" ? undefined : finding.detail);

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
