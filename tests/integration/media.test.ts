import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/policy";
import { deleteMedia, getMediaForDownload, uploadMedia } from "@/lib/media/manage-media";
import { connectTestDatabase, uniqueSlug } from "../support/test-db";

/** Uploads against the real database and a real storage folder. */
const db = connectTestDatabase();
const storageDir = mkdtempSync(join(tmpdir(), "medien-"));
let editor: Actor;
let otherEditor: Actor;
let profileId: string;

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
  profileId = (await db.profile.create({ data: { slug: uniqueSlug("medien-profil"), municipalityId: own!.id } })).id;
});

afterAll(async () => {
  await db.$disconnect();
  rmSync(storageDir, { recursive: true, force: true });
});

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
    expect(result.status).toBe("uploaded");
    if (result.status !== "uploaded") return;
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
    const wrongType = await uploadMedia({
      actor: editor,
      profileId,
      kind: "IMAGE",
      file: { bytes: Buffer.from("Das ist kein Bild, nur Text."), name: "foto.jpg" },
      metadata: { altText: "Text", credit: "", title: "" },
    });
    expect(wrongType).toMatchObject({ status: "invalid", errors: { file: expect.stringMatching(/kein JPEG-, PNG- oder WebP-Bild/) } });
    const tooLarge = await uploadMedia({
      actor: editor,
      profileId,
      kind: "IMAGE",
      file: { bytes: Buffer.alloc(6 * 1024 * 1024, 1), name: "gross.png" },
      metadata: { altText: "Groß", credit: "", title: "" },
    });
    expect(tooLarge).toMatchObject({ status: "invalid", errors: { file: expect.stringMatching(/5 MB/) } });
    const missingAlt = await uploadMedia({
      actor: editor,
      profileId,
      kind: "IMAGE",
      file: { bytes: await png(), name: "a.png" },
      metadata: { altText: " " },
    });
    expect(missingAlt).toMatchObject({ status: "invalid", errors: { altText: expect.stringMatching(/Alternativtext/) } });
    const pdfAsImage = await uploadMedia({
      actor: editor,
      profileId,
      kind: "DOCUMENT",
      file: { bytes: await png(), name: "bericht.pdf" },
      metadata: { title: "Bericht" },
    });
    expect(pdfAsImage.status).toBe("invalid");
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
