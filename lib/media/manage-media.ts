import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { can, type Actor } from "@/lib/authz/policy";
import { AppError } from "@/lib/errors";
import { fieldErrorRefs, type FieldErrorRefs } from "@/lib/forms/field-errors";
import { ensureWorkingVersion } from "@/lib/profiles/ensure-working-version";
import { findEditableProfile } from "@/lib/profiles/save-working-version";
import { assertEditable } from "@/lib/profiles/version-states";
import { mediaErrorMessage } from "./errors";
import { processDocumentUpload, processImageUpload } from "./process-upload";
import { documentMetadataSchema, imageMetadataSchema } from "./schema";
import { getMediaStorage, newMediaKey } from "./storage";
import { log } from "@/lib/operations/log";

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
}): Promise<{ mediaId: string }> {
  const profile = await findEditableProfile(actor, profileId);
  const meta = (kind === "IMAGE" ? imageMetadataSchema : documentMetadataSchema).safeParse(metadata);
  const errors: FieldErrorRefs = meta.success ? {} : fieldErrorRefs(meta.error);
  if (!file || file.bytes.length === 0)
    errors.file = { key: kind === "IMAGE" ? "Media.validation.imageRequired" : "Media.validation.documentRequired" };
  if (Object.keys(errors).length > 0 || !meta.success || !file) throw new AppError("invalid-input", { fieldErrors: errors });
  // The working version must accept changes before anything is processed or stored.
  await assertWorkingVersionEditable(profile.id);

  const processed =
    kind === "IMAGE"
      ? await processImageUpload(file.bytes, { fileName: file.name })
      : await processDocumentUpload(file.bytes, { fileName: file.name });
  if (!processed.ok) {
    if (processed.detail) log.warn("upload refused", { code: processed.code, detail: processed.detail });
    throw new AppError("invalid-input", { fieldErrors: { file: mediaErrorMessage(processed.code) } });
  }
  const { data, mimeType, extension, byteSize, width, height, fileName } = processed.file;
  const storageKey = newMediaKey(extension);
  await getMediaStorage().put(storageKey, data, mimeType);

  try {
    return await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "Profile" WHERE "id" = ${profile.id}::uuid FOR UPDATE`;
      const version = await ensureWorkingVersion(tx, { profileId: profile.id, actorId: actor!.id });
      assertEditable(version);
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
      return { mediaId: media.id };
    });
  } catch (error) {
    await getMediaStorage().delete(storageKey); // nothing refers to the stored file
    throw error;
  }
}

async function assertWorkingVersionEditable(profileId: string) {
  const profile = await db.profile.findUniqueOrThrow({ where: { id: profileId }, select: { workingVersion: { select: { state: true } } } });
  if (profile.workingVersion) assertEditable(profile.workingVersion);
}

/** Removes a medium from the working version (published versions are never changed). */
export async function deleteMedia({ actor, mediaId }: { actor: Actor | null; mediaId: string }): Promise<{ deleted: true }> {
  const media = await db.media.findUnique({
    where: { id: mediaId },
    select: {
      id: true,
      storageKey: true,
      version: { select: { id: true, state: true, profileId: true, workingOf: { select: { id: true } } } },
    },
  });
  if (!media) throw new AppError(actor ? "not-found" : "unauthenticated");
  await findEditableProfile(actor, media.version.profileId);
  // Only the working version's media change, and only while it accepts changes (never published or submitted files).
  if (!media.version.workingOf) throw new AppError("version-locked");
  assertEditable(media.version);
  await db.$transaction(async (tx) => {
    await tx.media.delete({ where: { id: media.id } });
    await tx.profileVersion.update({ where: { id: media.version.id }, data: { revision: { increment: 1 }, updatedById: actor!.id } });
    await recordAudit(tx, { actorId: actor!.id, action: "media.delete", objectType: "Media", objectId: media.id });
  });
  // The file may still belong to an older, published version (copied rows share the key).
  const stillUsed = await db.media.count({ where: { storageKey: media.storageKey } });
  if (stillUsed === 0) await getMediaStorage().delete(media.storageKey);
  return { deleted: true };
}

/**
 * A medium for download. Published media of visible profiles are public; media of drafts only
 * for those who may see the working version — anyone else gets "not found".
 */
/**
 * Whether `actor` may fetch the medium, and what is needed to serve it — without reading its bytes (an
 * HTTP revalidation answers 304 from this alone). Public means: of the published version of a profile
 * that is not archived; a medium of an earlier published version stops being public with the next
 * publication, and every medium of a profile with its archiving.
 */
export async function getMediaAccess({ actor, mediaId }: { actor: Actor | null; mediaId: string }) {
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
  return { storageKey: media.storageKey, fileName: media.fileName, isPublic };
}

export async function getMediaForDownload({ actor, mediaId }: { actor: Actor | null; mediaId: string }) {
  const access = await getMediaAccess({ actor, mediaId });
  if (!access) return null;
  const stored = await getMediaStorage().get(access.storageKey);
  if (!stored) return null;
  return { ...stored, fileName: access.fileName, isPublic: access.isPublic };
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
