import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { fieldErrorRefs } from "@/lib/forms/field-errors";
import { getServerTranslator } from "@/lib/i18n/server-translator";
import { translateFieldErrors, type Translate } from "@/lib/i18n/translate";
import { MEDIA_ERROR_CODES, MEDIA_ERROR_MESSAGES } from "./errors";
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

describe("MEDIA_ERROR_MESSAGES", () => {
  it("has a German message for every code, naming the limits", () => {
    for (const code of MEDIA_ERROR_CODES) expect(MEDIA_ERROR_MESSAGES[code]).toMatch(/\S{3,}/);
    expect(MEDIA_ERROR_MESSAGES["image-too-large"]).toContain("größer als 5 MB");
    expect(MEDIA_ERROR_MESSAGES["document-too-large"]).toContain("größer als 10 MB");
    expect(MEDIA_ERROR_MESSAGES["image-too-many-pixels"]).toContain("40 Megapixel");
    expect(MEDIA_ERROR_MESSAGES["image-unsupported-type"]).toContain("kein JPEG-, PNG- oder WebP-Bild");
  });
});
