import "server-only";
import type { Prisma, VersionState } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { CONTENT_COLUMNS } from "./form-values";

type WorkingVersionRef = { id: string; state: VersionState; revision: number };

/**
 * The profile's working version, created on first need as a copy of the published version
 * (all content, topics, formats, contacts and media). A profile that was never published always
 * has a working version (it is created with one). Call inside a transaction that holds the
 * profile row lock.
 */
export async function ensureWorkingVersion(
  tx: Prisma.TransactionClient,
  { profileId, actorId }: { profileId: string; actorId: string },
): Promise<WorkingVersionRef> {
  const profile = await tx.profile.findUniqueOrThrow({
    where: { id: profileId },
    select: { workingVersion: { select: { id: true, state: true, revision: true } }, publishedVersionId: true },
  });
  if (profile.workingVersion) return profile.workingVersion;
  if (!profile.publishedVersionId) throw new AppError("not-found");
  return createDraftFrom(tx, { profileId, sourceVersionId: profile.publishedVersionId, actorId });
}

/**
 * A new draft working version with the content of `sourceVersionId`, made the
 * profile's working version. Used for the first edit of a published profile and for restoring an
 * older version. Only the registry's content columns are copied (an allowlist: metadata such as
 * review comments, dates or states never travels into a new version). The caller has dealt with an
 * existing working version.
 */
export async function createDraftFrom(
  tx: Prisma.TransactionClient,
  { profileId, sourceVersionId, actorId }: { profileId: string; sourceVersionId: string; actorId: string },
): Promise<WorkingVersionRef> {
  const source = await tx.profileVersion.findUniqueOrThrow({
    where: { id: sourceVersionId },
    include: { topics: true, formats: true, contacts: true, media: true },
  });
  const last = await tx.profileVersion.aggregate({ where: { profileId }, _max: { number: true } });
  const content = Object.fromEntries(CONTENT_COLUMNS.map((column) => [column, source[column]]));
  const created = await tx.profileVersion.create({
    data: {
      ...(content as Pick<Prisma.ProfileVersionUncheckedCreateInput, "title">),
      profileId,
      number: (last._max.number ?? 0) + 1,
      state: "DRAFT",
      basedOnId: source.id,
      // Not content but about it: which sections are (still) example content travels with the text.
      exampleSections: source.exampleSections,
      // A restored draft brings back what it kept as typed (lib/profiles/content-schema.ts); other versions hold none.
      invalidInputs: source.invalidInputs ?? {},
      createdById: actorId,
      updatedById: actorId,
      topics: { create: source.topics.map(({ topicId }) => ({ topicId })) },
      formats: { create: source.formats.map(({ formatId }) => ({ formatId })) },
      contacts: { create: source.contacts.map(({ id: _id, versionId: _versionId, ...contact }) => contact) },
      media: { create: source.media.map(({ id: _id, versionId: _versionId, createdAt: _createdAt, ...item }) => item) },
    },
    select: { id: true, state: true, revision: true },
  });
  await tx.profile.update({ where: { id: profileId }, data: { workingVersionId: created.id } });
  return created;
}
