import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/authz/policy";
import { fieldErrors, type FieldErrors } from "@/lib/forms/field-errors";
import { contentContacts, contentToVersionData, emptyFormValues, versionFormInclude, versionToFormValues } from "./form-values";
import { profileContentSchema, saveDraftInputSchema, type ProfileFormValues } from "./schema";
import { ProfileNotFoundError } from "./errors";
import { ensureWorkingVersion } from "./ensure-working-version";

export type SaveDraftResult =
  | { status: "saved"; versionId: string; revision: number; savedAt: string }
  | { status: "invalid"; errors: FieldErrors }
  | {
      status: "conflict";
      current: ProfileFormValues;
      versionId: string | null;
      revision: number;
      savedBy: string | null;
      savedAt: string | null;
    }
  | { status: "locked" };

const WORKING_STATES = ["DRAFT", "CHANGES_REQUESTED"] as const;

/**
 * Saves the editor's text into the profile's working version (creating it from the form on
 * the first save). Never touches the published version. Optimistic concurrency: the save
 * names the version and revision it started from; if someone saved in between, nothing is
 * written and the caller gets the current text to show both versions side by side.
 */
export async function saveWorkingVersion({ actor, input }: { actor: Actor | null; input: unknown }): Promise<SaveDraftResult> {
  const request = saveDraftInputSchema.parse(input);
  const profile = await db.profile.findUnique({
    where: { id: request.profileId },
    select: { id: true, municipalityId: true, archivedAt: true },
  });
  // Existence is only revealed to those who may edit (404 instead of 403).
  if (!profile || profile.archivedAt) throw new ProfileNotFoundError();
  assertCan(actor, { action: "profile.edit", municipalityId: profile.municipalityId });

  const parsed = profileContentSchema.safeParse(request.values);
  if (!parsed.success) return { status: "invalid", errors: fieldErrors(parsed.error) };
  const content = parsed.data;

  return db.$transaction(async (tx) => {
    // Serialize saves of one profile: the second waits here and then sees the first's revision.
    await tx.$queryRaw`SELECT 1 FROM "Profile" WHERE "id" = ${profile.id}::uuid FOR UPDATE`;
    const current = await tx.profile.findUniqueOrThrow({
      where: { id: profile.id },
      select: {
        publishedVersionId: true,
        workingVersion: { include: { ...versionFormInclude, updatedBy: { select: { name: true, email: true } } } },
      },
    });
    const working = current.workingVersion;
    if (working && working.state === "IN_REVIEW") return { status: "locked" as const };

    const unchangedBase = working
      ? request.versionId === working.id && request.baseRevision === working.revision
      : request.versionId === null;
    if (!unchangedBase && !request.overwrite) {
      return {
        status: "conflict" as const,
        current: working ? versionToFormValues(working) : await publishedOrEmpty(tx, current.publishedVersionId),
        versionId: working?.id ?? null,
        revision: working?.revision ?? 0,
        savedBy: working?.updatedBy?.name ?? working?.updatedBy?.email ?? null,
        savedAt: working?.updatedAt.toISOString() ?? null,
      };
    }

    const data = contentToVersionData(content);
    const relations = {
      topics: { create: content.topicIds.map((topicId) => ({ topicId })) },
      formats: { create: content.formatIds.map((formatId) => ({ formatId })) },
      contacts: { create: contentContacts(content) },
    };

    // First save of a published profile: start from a copy of it (keeps its media), then apply the form.
    const target = working ?? (await ensureWorkingVersion(tx, { profileId: profile.id, actorId: actor!.id }));
    if (!WORKING_STATES.includes(target.state as (typeof WORKING_STATES)[number])) return { status: "locked" as const };
    await tx.profileVersionTopic.deleteMany({ where: { versionId: target.id } });
    await tx.profileVersionFormat.deleteMany({ where: { versionId: target.id } });
    await tx.contact.deleteMany({ where: { versionId: target.id } });
    const saved = await tx.profileVersion.update({
      where: { id: target.id },
      data: { ...data, ...relations, revision: { increment: 1 }, updatedById: actor!.id },
      select: { id: true, revision: true, updatedAt: true },
    });
    await recordAudit(tx, {
      actorId: actor!.id,
      action: "version.save",
      objectType: "ProfileVersion",
      objectId: saved.id,
      details: { profileId: profile.id, revision: saved.revision },
    });
    return { status: "saved" as const, versionId: saved.id, revision: saved.revision, savedAt: saved.updatedAt.toISOString() };
  });
}

async function publishedOrEmpty(tx: Prisma.TransactionClient, publishedVersionId: string | null): Promise<ProfileFormValues> {
  if (!publishedVersionId) return emptyFormValues();
  const published = await tx.profileVersion.findUniqueOrThrow({ where: { id: publishedVersionId }, include: versionFormInclude });
  return versionToFormValues(published);
}
