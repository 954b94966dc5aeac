import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { fieldErrorRefs } from "@/lib/forms/field-errors";
import { getServerTranslator } from "@/lib/i18n/server-translator";
import { translateFieldErrors, type Translate } from "@/lib/i18n/translate";
import { MEDIA_ERROR_CODES, MEDIA_LIMITS, mediaErrorMessage, type MediaErrorCode } from "./errors";
import { documentMetadataSchema, imageMetadataSchema } from "./schema";

let t: Translate;
beforeAll(async () => {
  t = await getServerTranslator("de");
});

/** The messages a user reads, per field. */
function messages(result: { success: boolean; error?: z.ZodError }) {
  return result.error ? translateFieldErrors(t, fieldErrorRefs(result.error)) : {};
}

describe("imageMetadataSchema", () => {
  it("requires an alternative text, also when the field is missing", () => {
    const required = { altText: "Bitte beschreiben Sie, was auf dem Bild zu sehen ist (Alternativtext)." };
    expect(messages(imageMetadataSchema.safeParse({ altText: "  \n " }))).toEqual(required);
    expect(messages(imageMetadataSchema.safeParse({}))).toEqual(required);
    expect(messages(imageMetadataSchema.safeParse({ altText: null, credit: null, title: null }))).toEqual(required);
  });

  it("collapses whitespace and fills optional fields", () => {
    expect(imageMetadataSchema.parse({ altText: "  Gruppe im\n Rathaussaal ", credit: " Foto: Stadt Beispiel " })).toEqual({
      altText: "Gruppe im Rathaussaal",
      credit: "Foto: Stadt Beispiel",
      title: "",
    });
  });

  it("limits the lengths with messages naming the limit", () => {
    const tooLong = { altText: "a".repeat(301), credit: "b".repeat(201), title: "c".repeat(201) };
    const result = imageMetadataSchema.safeParse(tooLong);
    expect(messages(result)).toEqual({
      altText: "Höchstens 300 Zeichen.",
      credit: "Höchstens 200 Zeichen.",
      title: "Höchstens 200 Zeichen.",
    });
    expect(imageMetadataSchema.safeParse({ altText: "a".repeat(300), credit: "b".repeat(200) }).success).toBe(true);
  });
});

describe("documentMetadataSchema", () => {
  it("requires a title and ignores image fields", () => {
    expect(messages(documentMetadataSchema.safeParse({}))).toEqual({
      title: "Bitte geben Sie einen Titel für das Dokument an.",
    });
    expect(documentMetadataSchema.parse({ title: " Programm ", altText: "x" })).toEqual({ title: "Programm" });
  });
});

describe("media refusal messages", () => {
  it("name the limits of MEDIA_LIMITS (the catalogue writes the numbers out)", async () => {
    const t = await getServerTranslator("de");
    const text = (code: MediaErrorCode) => t(mediaErrorMessage(code).key);
    for (const code of MEDIA_ERROR_CODES) expect(text(code)).toMatch(/\S{3,}/);
    const MiB = 1024 * 1024;
    expect(text("image-too-large")).toContain(`größer als ${MEDIA_LIMITS.imageMaxBytes / MiB} MB`);
    expect(text("image-too-large")).toContain(`${MEDIA_LIMITS.imageMaxEdge} Pixel`);
    expect(text("document-too-large")).toContain(`größer als ${MEDIA_LIMITS.documentMaxBytes / MiB} MB`);
    expect(text("image-too-many-pixels")).toContain(`${MEDIA_LIMITS.imageMaxPixels / 1_000_000} Megapixel`);
  });
});
