import "server-only";
import sharp, { type Metadata } from "sharp";
import { MEDIA_LIMITS } from "./errors";
import { MEDIA_CONTENT_TYPES, type MediaExtension } from "./storage";
import { errorText, fail, normalizeUploadFileName, toBuffer, type ProcessUploadOptions, type ProcessUploadResult } from "./upload-file";

/**
 * Uploaded images: the type is decided from the content only — never from the name or the
 * browser's declared type, both of which the uploader controls — and the picture is re-encoded
 * with sharp, which drops every piece of metadata. No database access, no storage.
 */

type ImageFormat = "jpeg" | "png" | "webp";

const IMAGE_EXTENSIONS: Record<ImageFormat, MediaExtension> = { jpeg: "jpg", png: "png", webp: "webp" };

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

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
