import { describe, expect, it } from "vitest";
import { getServerTranslator } from "@/lib/i18n/server-translator";
import { MEDIA_ERROR_CODES, MEDIA_ERROR_MESSAGES, MEDIA_LIMITS, mediaErrorMessage, type MediaErrorCode } from "./errors";
import { documentMetadataSchema, imageMetadataSchema } from "./schema";

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));
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

  it("limits the lengths with messages naming the field", () => {
    const tooLong = { altText: "a".repeat(301), credit: "b".repeat(201), title: "c".repeat(201) };
    const result = imageMetadataSchema.safeParse(tooLong);
    expect(messages(result)).toEqual({
      altText: "Der Alternativtext darf höchstens 300 Zeichen lang sein.",
      credit: "Der Bildnachweis darf höchstens 200 Zeichen lang sein.",
      title: "Der Titel darf höchstens 200 Zeichen lang sein.",
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
