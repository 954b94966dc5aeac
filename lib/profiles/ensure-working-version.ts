import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/**
 * The profile's working version, created on first need as a copy of the published version
 * (all sections, topics, formats, contacts and media) — or as an empty draft for a profile
 * that was never published. Call inside a transaction that holds the profile row lock.
 */
export async function ensureWorkingVersion(
  tx: Prisma.TransactionClient,
  { profileId, actorId }: { profileId: string; actorId: string },
): Promise<{ id: string; state: string; revision: number }> {
  const profile = await tx.profile.findUniqueOrThrow({
    where: { id: profileId },
    select: { workingVersion: { select: { id: true, state: true, revision: true } }, publishedVersionId: true },
  });
  if (profile.workingVersion) return profile.workingVersion;
  return createDraftFrom(tx, { profileId, sourceVersionId: profile.publishedVersionId, actorId });
}

/**
 * A new draft working version with the content of `sourceVersionId` (or an empty one), made the
 * profile's working version. Used for the first edit of a published profile and for restoring an
 * older version. The caller has dealt with an existing working version.
 */
export async function createDraftFrom(
  tx: Prisma.TransactionClient,
  { profileId, sourceVersionId, actorId }: { profileId: string; sourceVersionId: string | null; actorId: string },
): Promise<{ id: string; state: string; revision: number }> {
  const source = sourceVersionId
    ? await tx.profileVersion.findUniqueOrThrow({
        where: { id: sourceVersionId },
        include: { topics: true, formats: true, contacts: true, media: true },
      })
    : null;
  const last = await tx.profileVersion.aggregate({ where: { profileId }, _max: { number: true } });
  const {
    id: _id,
    profileId: _profileId,
    number: _number,
    state: _state,
    revision: _revision,
    basedOnId: _basedOnId,
    createdById: _createdById,
    createdAt: _createdAt,
    updatedAt: _updatedAt,
    updatedById: _updatedById,
    submittedAt: _submittedAt,
    reviewedAt: _reviewedAt,
    reviewedById: _reviewedById,
    reviewComment: _reviewComment,
    publishedAt: _publishedAt,
    scheduledPublishAt: _scheduledPublishAt,
    topics = [],
    formats = [],
    contacts = [],
    media = [],
    ...content
  } = source ?? ({ title: "Neuer Steckbrief" } as Partial<NonNullable<typeof source>>);
  const created = await tx.profileVersion.create({
    data: {
      ...(content as Omit<Prisma.ProfileVersionUncheckedCreateInput, "profileId" | "number">),
      profileId,
      number: (last._max.number ?? 0) + 1,
      state: "DRAFT",
      basedOnId: source?.id ?? null,
      createdById: actorId,
      updatedById: actorId,
      topics: { create: topics.map(({ topicId }) => ({ topicId })) },
      formats: { create: formats.map(({ formatId }) => ({ formatId })) },
      contacts: { create: contacts.map(({ id: _c, versionId: _v, ...contact }) => contact) },
      media: { create: media.map(({ id: _m, versionId: _v, createdAt: _t, ...item }) => item) },
    },
    select: { id: true, state: true, revision: true },
  });
  await tx.profile.update({ where: { id: profileId }, data: { workingVersionId: created.id } });
  return created;
}
