import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/policy";
import { readdir } from "node:fs/promises";
import { AppError } from "@/lib/errors";
import { getServerTranslator } from "@/lib/i18n/server-translator";
import { translateFieldErrors } from "@/lib/i18n/translate";
import { deleteMedia, getMediaForDownload, uploadMedia } from "@/lib/media/manage-media";
import { emptyFormValues } from "@/lib/profiles/form-values";
import { saveWorkingVersion } from "@/lib/profiles/save-working-version";
import { connectTestDatabase, uniqueSlug } from "../support/test-db";

/** Uploads against the real database and a real storage folder. */
const db = connectTestDatabase();
const storageDir = mkdtempSync(join(tmpdir(), "medien-"));
let editor: Actor;
let otherEditor: Actor;
let profileId: string;
let ownMunicipalityId: string;

beforeAll(async () => {
  process.env.MEDIA_STORAGE_DIR = storageDir;
  const [own, other] = await Promise.all(
    ["medienstadt", "andere-stadt"].map((prefix) =>
      db.municipality.create({ data: { slug: uniqueSlug(prefix), name: prefix, kind: "STADT", regierungsbezirk: "STUTTGART" } }),
    ),
  );
  const users = await Promise.all(
    [own!, other!].map((municipality) =>
      db.user.create({ data: { email: `${uniqueSlug("medien")}@example.org`, role: "EDITOR" } }).then((user) => ({ user, municipality })),
    ),
  );
  editor = { id: users[0]!.user.id, role: "EDITOR", municipalityIds: [own!.id] };
  otherEditor = { id: users[1]!.user.id, role: "EDITOR", municipalityIds: [other!.id] };
  ownMunicipalityId = own!.id;
  profileId = await profileWithWorkingVersion("DRAFT");
});

/** A profile whose working version is in `state`, with one image already attached. */
async function profileWithWorkingVersion(state: "DRAFT" | "IN_REVIEW" | "APPROVED" | "CHANGES_REQUESTED") {
  return db.$transaction(async (tx) => {
    const profile = await tx.profile.create({ data: { slug: uniqueSlug("medien-profil"), municipalityId: ownMunicipalityId } });
    const version = await tx.profileVersion.create({
      data: {
        profileId: profile.id,
        number: 1,
        title: "Medienprofil",
        state,
        scheduledPublishAt: state === "APPROVED" ? new Date(Date.now() + 86_400_000) : null,
        media: {
          create: {
            kind: "IMAGE",
            storageKey: `fehlt-${profile.id}.png`,
            mimeType: "image/png",
            byteSize: 1,
            fileName: "alt.png",
            altText: "Alt",
          },
        },
      },
    });
    await tx.profile.update({ where: { id: profile.id }, data: { workingVersionId: version.id } });
    return profile.id;
  });
}

/** Media rows and the working version, to compare before and after a refused call. */
const snapshot = (id: string) =>
  db.profile.findUniqueOrThrow({
    where: { id },
    select: { workingVersion: { select: { revision: true, state: true, media: { select: { id: true } } } } },
  });

afterAll(async () => {
  await db.$disconnect();
  rmSync(storageDir, { recursive: true, force: true });
});

/** What the user reads at the fields of a refused upload. */
async function messagesOf(error: unknown) {
  if (!(error instanceof AppError) || error.code !== "invalid-input") throw error;
  return translateFieldErrors(await getServerTranslator("de"), error.fieldErrors ?? {});
}

const png = () =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: "#3366aa" } })
    .png()
    .toBuffer();

describe("media uploads", () => {
  it("stores a valid image in the working version; drafts are not public", async () => {
    const result = await uploadMedia({
      actor: editor,
      profileId,
      kind: "IMAGE",
      file: { bytes: await png(), name: "foto.png" },
      metadata: { altText: "Menschen am Frühstücksbus", credit: "Foto: Stadt", title: "" },
    });
    const media = await db.media.findUniqueOrThrow({ where: { id: result.mediaId }, include: { version: true } });
    expect(media.mimeType).toBe("image/png");
    expect([media.width, media.height]).toEqual([40, 30]);
    expect(media.version.state).toBe("DRAFT");
    expect(await getMediaForDownload({ actor: null, mediaId: media.id })).toBeNull();
    expect(await getMediaForDownload({ actor: otherEditor, mediaId: media.id })).toBeNull();
    const download = await getMediaForDownload({ actor: editor, mediaId: media.id });
    expect(download?.contentType).toBe("image/png");
  });

  it("refuses a text file with an image extension and an oversized image, at the file field", async () => {
    const upload = (...args: Parameters<typeof uploadMedia>) => uploadMedia(...args).catch((error: unknown) => messagesOf(error));
    const wrongType = await upload({
      actor: editor,
      profileId,
      kind: "IMAGE",
      file: { bytes: Buffer.from("Das ist kein Bild, nur Text."), name: "foto.jpg" },
      metadata: { altText: "Text", credit: "", title: "" },
    });
    expect(wrongType).toMatchObject({ file: expect.stringMatching(/kein JPEG-, PNG- oder WebP-Bild/) });
    const tooLarge = await upload({
      actor: editor,
      profileId,
      kind: "IMAGE",
      file: { bytes: Buffer.alloc(6 * 1024 * 1024, 1), name: "gross.png" },
      metadata: { altText: "Groß", credit: "", title: "" },
    });
    expect(tooLarge).toMatchObject({ file: expect.stringMatching(/5 MB/) });
    const missingAlt = await upload({
      actor: editor,
      profileId,
      kind: "IMAGE",
      file: { bytes: await png(), name: "a.png" },
      metadata: { altText: " " },
    });
    expect(missingAlt).toMatchObject({ altText: expect.stringMatching(/Alternativtext/) });
    const pdfAsImage = await upload({
      actor: editor,
      profileId,
      kind: "DOCUMENT",
      file: { bytes: await png(), name: "bericht.pdf" },
      metadata: { title: "Bericht" },
    });
    expect(pdfAsImage).toMatchObject({ file: expect.stringMatching(/kein PDF/) });
  });

  it.each(["IN_REVIEW", "APPROVED"] as const)("refuses upload and delete on a %s version exactly like a text save", async (state) => {
    const id = await profileWithWorkingVersion(state);
    const before = await snapshot(id);
    const files = await readdir(storageDir).catch(() => []);
    await expect(
      uploadMedia({
        actor: editor,
        profileId: id,
        kind: "IMAGE",
        file: { bytes: await png(), name: "neu.png" },
        metadata: { altText: "Neu" },
      }),
    ).rejects.toMatchObject({ code: "version-locked" });
    await expect(deleteMedia({ actor: editor, mediaId: before.workingVersion!.media[0]!.id })).rejects.toMatchObject({
      code: "version-locked",
    });
    await expect(
      saveWorkingVersion({
        actor: editor,
        input: { profileId: id, versionId: null, baseRevision: 0, overwrite: true, values: emptyFormValues("Anders") },
      }),
    ).rejects.toMatchObject({ code: "version-locked" });
    expect(await snapshot(id)).toEqual(before);
    expect(await readdir(storageDir).catch(() => [])).toEqual(files); // no file stored for the refused upload
  });

  it("accepts upload and delete again once changes are requested", async () => {
    const id = await profileWithWorkingVersion("CHANGES_REQUESTED");
    const before = await snapshot(id);
    const { mediaId } = await uploadMedia({
      actor: editor,
      profileId: id,
      kind: "IMAGE",
      file: { bytes: await png(), name: "neu.png" },
      metadata: { altText: "Neu" },
    });
    await deleteMedia({ actor: editor, mediaId });
    await deleteMedia({ actor: editor, mediaId: before.workingVersion!.media[0]!.id });
    expect((await snapshot(id)).workingVersion!.media).toEqual([]);
  });

  it("refuses editors of other municipalities and changes nothing", async () => {
    const before = await db.media.count();
    await expect(
      uploadMedia({
        actor: otherEditor,
        profileId,
        kind: "IMAGE",
        file: { bytes: await png(), name: "x.png" },
        metadata: { altText: "x" },
      }),
    ).rejects.toThrow();
    const media = await db.media.findFirstOrThrow({ where: { version: { profileId } } });
    await expect(deleteMedia({ actor: otherEditor, mediaId: media.id })).rejects.toThrow();
    await expect(deleteMedia({ actor: null, mediaId: media.id })).rejects.toThrow();
    expect(await db.media.count()).toBe(before);
  });
});
