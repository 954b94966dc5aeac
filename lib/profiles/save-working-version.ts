import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, profileScope, type Actor } from "@/lib/authz/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseDraftContent, type SaveDraftInput } from "./content-schema";
import { ensureWorkingVersion } from "./ensure-working-version";
import type { ProfileFormValues } from "./fields";
import {
  clearRelations,
  contentToVersionData,
  emptyFormValues,
  consentTimesOf,
  relationWrites,
  versionFormInclude,
  versionToFormValues,
  remainingExampleSections,
} from "./form-values";
import { assertEditable } from "./version-states";
import { unknownOptionErrors } from "./known-options";

export type SaveDraftOutcome =
  | {
      outcome: "saved";
      versionId: string;
      revision: number;
      savedAt: string;
      /** fields kept as typed because they cannot be read yet (flagged in the form; submitting refuses them) */
      invalidFields: string[];
    }
  | {
      /** someone else saved in between: nothing was written; the form shows both texts per field */
      outcome: "conflict";
      current: ProfileFormValues;
      versionId: string | null;
      revision: number;
      savedBy: string | null;
      savedAt: string | null;
    };

/**
 * The audit log records one "draft saved" per person and editing session, not every autosave
 * (which runs every few seconds while typing): a save within this time after the person's last
 * recorded save of the same version writes no further entry.
 */
export const DRAFT_SAVE_AUDIT_SESSION_MS = 60 * 60 * 1000;

/** Finds a profile the actor may edit; anything else is "not found" (its existence stays hidden). */
export async function findEditableProfile(actor: Actor | null, profileId: string) {
  const profile = await db.profile.findFirst({
    where: { AND: [profileScope(actor, "profile.edit"), { id: profileId, archivedAt: null }] },
    select: { id: true, municipalityId: true },
  });
  if (!profile) throw new AppError("not-found");
  assertCan(actor, { action: "profile.edit", municipalityId: profile.municipalityId });
  return profile;
}

/**
 * Saves the editor's text into the profile's working version (created from the published version on
 * the first save) — as it is: a draft need not be complete or valid (the draft schema keeps what a
 * column cannot hold as typed, in `invalidInputs`); only types, lengths and sizes are refused.
 * Submitting validates completely (lib/review/workflow.ts). Never touches the published version.
 * Optimistic concurrency: the save names the version and revision it started from; if someone saved
 * in between, nothing is written and the caller gets the current text to show both side by side.
 */
export async function saveWorkingVersion({ actor, input }: { actor: Actor | null; input: SaveDraftInput }): Promise<SaveDraftOutcome> {
  const profile = await findEditableProfile(actor, input.profileId);
  const actorId = actor!.id;
  const parsed = parseDraftContent(input.values);
  if (!parsed.success) throw new AppError("invalid-input", { fieldErrors: parsed.fieldErrors });
  const { content, invalidInputs } = parsed;

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
    if (working) assertEditable(working);
    const unknownOptions = await unknownOptionErrors(tx, content);
    if (unknownOptions) throw new AppError("invalid-input", { fieldErrors: unknownOptions });

    const unchangedBase = working ? input.versionId === working.id && input.baseRevision === working.revision : input.versionId === null;
    if (!unchangedBase && !input.overwrite) {
      if (working) {
        return {
          outcome: "conflict" as const,
          current: versionToFormValues(working),
          versionId: working.id,
          revision: working.revision,
          savedBy: working.updatedBy?.name ?? working.updatedBy?.email ?? null,
          savedAt: working.updatedAt.toISOString(),
        };
      }
      // No working version any more: the one the form started from was published (or discarded) meanwhile —
      // e.g. a reviewer approved it while this save was on its way. The form compares with the public text and
      // names who published it when, not "someone at –".
      const published = await publishedOrEmpty(tx, current.publishedVersionId);
      return {
        outcome: "conflict" as const,
        current: published.values,
        versionId: null,
        revision: 0,
        savedBy: published.by,
        savedAt: published.at,
      };
    }

    // First save of a published profile: start from a copy of it (keeps its media), then apply the form.
    const target = working ?? (await ensureWorkingVersion(tx, { profileId: profile.id, actorId }));
    assertEditable(target);
    const stored = working ?? (await tx.profileVersion.findUniqueOrThrow({ where: { id: target.id }, include: versionFormInclude }));
    const exampleSections = remainingExampleSections(
      stored.exampleSections,
      versionToFormValues(stored),
      input.values as ProfileFormValues,
    );
    await clearRelations(tx, target.id);
    const saved = await tx.profileVersion.update({
      where: { id: target.id },
      data: {
        ...contentToVersionData(content),
        ...relationWrites(content, consentTimesOf(stored)),
        exampleSections,
        invalidInputs: invalidInputs as Prisma.InputJsonObject,
        revision: { increment: 1 },
        updatedById: actorId,
      },
      select: { id: true, revision: true, updatedAt: true },
    });
    await recordDraftSave(tx, { actorId, versionId: saved.id, profileId: profile.id, revision: saved.revision });
    return {
      outcome: "saved" as const,
      versionId: saved.id,
      revision: saved.revision,
      savedAt: saved.updatedAt.toISOString(),
      invalidFields: Object.keys(invalidInputs),
    };
  });
}

async function recordDraftSave(
  tx: Prisma.TransactionClient,
  { actorId, versionId, profileId, revision }: { actorId: string; versionId: string; profileId: string; revision: number },
) {
  const recent = await tx.auditLog.findFirst({
    where: {
      action: "version.save",
      objectType: "ProfileVersion",
      objectId: versionId,
      actorId,
      createdAt: { gte: new Date(Date.now() - DRAFT_SAVE_AUDIT_SESSION_MS) },
    },
    select: { id: true },
  });
  if (recent) return;
  await recordAudit(tx, {
    actorId,
    action: "version.save",
    objectType: "ProfileVersion",
    objectId: versionId,
    details: { profileId, revision },
  });
}

/** The published text (empty for a profile never published), with who published it (the reviewer) and when. */
async function publishedOrEmpty(
  tx: Prisma.TransactionClient,
  publishedVersionId: string | null,
): Promise<{ values: ProfileFormValues; by: string | null; at: string | null }> {
  if (!publishedVersionId) return { values: emptyFormValues(), by: null, at: null };
  const published = await tx.profileVersion.findUniqueOrThrow({
    where: { id: publishedVersionId },
    include: { ...versionFormInclude, reviewedBy: { select: { name: true, email: true } } },
  });
  return {
    values: versionToFormValues(published),
    by: published.reviewedBy?.name ?? published.reviewedBy?.email ?? null,
    at: (published.publishedAt ?? published.updatedAt).toISOString(),
  };
}
