import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, can, type Actor } from "@/lib/authz/policy";
import { fieldErrors, type FieldErrors } from "@/lib/forms/field-errors";
import { ensureWorkingVersion } from "@/lib/profiles/ensure-working-version";
import { ProfileNotFoundError } from "@/lib/profiles/errors";
import { MEDIA_ERROR_MESSAGES } from "./errors";
import { processDocumentUpload, processImageUpload } from "./process-upload";
import { documentMetadataSchema, imageMetadataSchema } from "./schema";
import { getMediaStorage, newMediaKey } from "./storage";

export type UploadMediaResult = { status: "uploaded"; mediaId: string } | { status: "invalid"; errors: FieldErrors } | { status: "locked" };

async function editableProfile(actor: Actor | null, profileId: string) {
  const profile = await db.profile.findUnique({ where: { id: profileId }, select: { id: true, municipalityId: true, archivedAt: true } });
  if (!profile || profile.archivedAt) throw new ProfileNotFoundError();
  assertCan(actor, { action: "profile.edit", municipalityId: profile.municipalityId });
  return profile;
}

/**
 * Adds an image or a PDF to the profile's working version (created from the published version
 * if there is none yet). The file is checked by its content and re-encoded (images) before it
 * is stored; the public page shows it only once the version is published.
 */
export async function uploadMedia({
  actor,
  profileId,
  kind,
  file,
  metadata,
}: {
  actor: Actor | null;
  profileId: string;
  kind: "IMAGE" | "DOCUMENT";
  file: { bytes: Buffer; name: string } | null;
  metadata: Record<string, unknown>;
}): Promise<UploadMediaResult> {
  const profile = await editableProfile(actor, profileId);
  const meta = (kind === "IMAGE" ? imageMetadataSchema : documentMetadataSchema).safeParse(metadata);
  const errors: FieldErrors = meta.success ? {} : fieldErrors(meta.error);
  if (!file || file.bytes.length === 0) {
    errors.file = kind === "IMAGE" ? "Bitte wählen Sie ein Bild aus." : "Bitte wählen Sie ein PDF-Dokument aus.";
  }
  if (Object.keys(errors).length > 0 || !meta.success || !file) return { status: "invalid", errors };

  const processed =
    kind === "IMAGE"
      ? await processImageUpload(file.bytes, { fileName: file.name })
      : await processDocumentUpload(file.bytes, { fileName: file.name });
  if (!processed.ok) {
    if (processed.detail) console.warn("Upload refused", processed.code, processed.detail);
    return { status: "invalid", errors: { file: MEDIA_ERROR_MESSAGES[processed.code] } };
  }
  const { data, mimeType, extension, byteSize, width, height, fileName } = processed.file;
  const storageKey = newMediaKey(extension);
  await getMediaStorage().put(storageKey, data, mimeType);

  const result = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Profile" WHERE "id" = ${profile.id}::uuid FOR UPDATE`;
    const version = await ensureWorkingVersion(tx, { profileId: profile.id, actorId: actor!.id });
    if (version.state === "IN_REVIEW") return { status: "locked" as const };
    const count = await tx.media.count({ where: { versionId: version.id } });
    const text = meta.data as { altText?: string; credit?: string; title?: string };
    const media = await tx.media.create({
      data: {
        versionId: version.id,
        kind,
        sortOrder: count,
        storageKey,
        mimeType,
        byteSize,
        fileName,
        width: width ?? null,
        height: height ?? null,
        altText: text.altText ?? null,
        credit: text.credit ?? "",
        title: text.title ?? "",
      },
      select: { id: true },
    });
    await tx.profileVersion.update({ where: { id: version.id }, data: { revision: { increment: 1 }, updatedById: actor!.id } });
    await recordAudit(tx, {
      actorId: actor!.id,
      action: "media.upload",
      objectType: "Media",
      objectId: media.id,
      details: { profileId, kind, byteSize },
    });
    return { status: "uploaded" as const, mediaId: media.id };
  });
  if (result.status !== "uploaded") await getMediaStorage().delete(storageKey);
  return result;
}

/** Removes a medium from the working version (published versions are never changed). */
export async function deleteMedia({ actor, mediaId }: { actor: Actor | null; mediaId: string }): Promise<{ status: "deleted" | "locked" }> {
  const media = await db.media.findUnique({
    where: { id: mediaId },
    select: {
      id: true,
      storageKey: true,
      version: { select: { id: true, state: true, profileId: true, workingOf: { select: { id: true } } } },
    },
  });
  if (!media) throw new ProfileNotFoundError();
  await editableProfile(actor, media.version.profileId);
  if (!media.version.workingOf || media.version.state === "IN_REVIEW") return { status: "locked" };
  await db.$transaction(async (tx) => {
    await tx.media.delete({ where: { id: media.id } });
    await tx.profileVersion.update({ where: { id: media.version.id }, data: { revision: { increment: 1 }, updatedById: actor!.id } });
    await recordAudit(tx, { actorId: actor!.id, action: "media.delete", objectType: "Media", objectId: media.id });
  });
  // The file may still belong to an older, published version (copied rows share the key).
  const stillUsed = await db.media.count({ where: { storageKey: media.storageKey } });
  if (stillUsed === 0) await getMediaStorage().delete(media.storageKey);
  return { status: "deleted" };
}

/**
 * A medium for download. Published media of visible profiles are public; media of drafts only
 * for those who may see the working version — anyone else gets "not found".
 */
export async function getMediaForDownload({ actor, mediaId }: { actor: Actor | null; mediaId: string }) {
  const media = await db.media.findUnique({
    where: { id: mediaId },
    select: {
      storageKey: true,
      mimeType: true,
      fileName: true,
      version: {
        select: { publishedOf: { select: { archivedAt: true } }, profile: { select: { municipalityId: true, archivedAt: true } } },
      },
    },
  });
  if (!media) return null;
  const isPublic = media.version.publishedOf !== null && media.version.publishedOf.archivedAt === null;
  if (!isPublic && !can(actor, { action: "profile.view-working", municipalityId: media.version.profile.municipalityId })) return null;
  const stored = await getMediaStorage().get(media.storageKey);
  if (!stored) return null;
  return { ...stored, fileName: media.fileName, isPublic };
}

export async function listWorkingMedia(profileId: string) {
  const profile = await db.profile.findUnique({
    where: { id: profileId },
    select: {
      workingVersion: { select: { media: { orderBy: { sortOrder: "asc" } } } },
      publishedVersion: { select: { media: { orderBy: { sortOrder: "asc" } } } },
    },
  });
  return (profile?.workingVersion ?? profile?.publishedVersion)?.media ?? [];
}
