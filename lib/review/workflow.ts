import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, profileScope, type Actor, type ProfilePermissionAction } from "@/lib/authz/policy";
import { AppError } from "@/lib/errors";
import { createDraftFrom } from "@/lib/profiles/ensure-working-version";
import { isSectionKey, type SectionKey } from "@/lib/profiles/fields";
import { fieldErrorRefs } from "@/lib/forms/field-errors";
import { profileContentSchema } from "@/lib/profiles/content-schema";
import { versionFormInclude, versionToFormValues } from "@/lib/profiles/form-values";
import { assertTransition } from "@/lib/profiles/version-states";
import { changedSections } from "@/lib/profiles/changed-sections";
import { schedulePublication } from "@/lib/jobs/job-queue";
import { invalidatePublic, PUBLIC_TAGS } from "@/lib/cache/public-cache";
import { refreshSearchDocuments } from "@/lib/search/index-documents";
import { fourEyesRequired, isAuthorOf } from "./four-eyes";
import { notifyChangesRequested, notifyPublished, notifySubmitted } from "./notifications";
import { log } from "@/lib/operations/log";

/**
 * The publishing workflow (PRODUCT.md). Every transition: checks the policy, locks the profile
 * row, asserts the allowed starting state (lib/profiles/version-states.ts), then writes the change and
 * exactly one audit entry in one transaction. E-mails go out after the commit (a failed mail never
 * undoes a decision; it is kept in the outbox).
 */

type Tx = Prisma.TransactionClient;

async function lockProfile(tx: Tx, profileId: string) {
  await tx.$queryRaw`SELECT 1 FROM "Profile" WHERE "id" = ${profileId}::uuid FOR UPDATE`;
  return tx.profile.findUniqueOrThrow({
    where: { id: profileId },
    select: {
      id: true,
      slug: true,
      municipalityId: true,
      archivedAt: true,
      publishedVersionId: true,
      workingVersion: { select: { id: true, state: true, number: true } },
    },
  });
}

/** The profile of a version in the actor's scope for `action`; "not-found" outside it. */
async function profileOfVersion(actor: Actor | null, versionId: string, action: ProfilePermissionAction) {
  const version = await db.profileVersion.findFirst({
    where: { id: versionId, profile: profileScope(actor, action) },
    select: { profile: { select: { id: true, municipalityId: true } } },
  });
  if (!version) throw new AppError(actor ? "not-found" : "unauthenticated");
  return version.profile;
}

/** What the public sees of a profile changed: its page and every list show it at once. */
async function publicPagesChanged(slug: string) {
  await invalidatePublic([PUBLIC_TAGS.profile(slug), PUBLIC_TAGS.profiles]);
}

/** Makes `versionId` the published version; the previous one becomes SUPERSEDED. */
async function publishInTransaction(
  tx: Tx,
  { profileId, versionId, reviewerId }: { profileId: string; versionId: string; reviewerId: string | null },
) {
  const profile = await tx.profile.findUniqueOrThrow({
    where: { id: profileId },
    select: { publishedVersionId: true, firstPublishedAt: true },
  });
  const now = new Date();
  if (profile.publishedVersionId) {
    const previous = await tx.profileVersion.findUniqueOrThrow({ where: { id: profile.publishedVersionId }, select: { state: true } });
    await tx.profileVersion.update({
      where: { id: profile.publishedVersionId },
      data: { state: assertTransition("supersede", previous.state) },
    });
  }
  await tx.profileVersion.update({
    where: { id: versionId },
    data: {
      state: "PUBLISHED",
      publishedAt: now,
      scheduledPublishAt: null,
      ...(reviewerId ? { reviewedAt: now, reviewedById: reviewerId } : {}),
    },
  });
  await tx.profile.update({
    where: { id: profileId },
    data: { publishedVersionId: versionId, workingVersionId: null, firstPublishedAt: profile.firstPublishedAt ?? now },
  });
  // Search: the new version is findable in the same commit (lib/search/index-documents.ts).
  await refreshSearchDocuments(tx, [profileId]);
}

/** Editor (or staff) submits the working version for review. */
export async function submitVersion({ actor, profileId }: { actor: Actor | null; profileId: string }) {
  const profile = await db.profile.findFirst({
    where: { AND: [profileScope(actor, "profile.submit"), { id: profileId, archivedAt: null }] },
    select: { municipalityId: true },
  });
  if (!profile) throw new AppError(actor ? "not-found" : "unauthenticated");
  assertCan(actor, { action: "profile.submit", municipalityId: profile.municipalityId });
  const versionId = await db.$transaction(async (tx) => {
    const locked = await lockProfile(tx, profileId);
    const working = locked.workingVersion;
    if (!working) throw new AppError("nothing-to-submit");
    const state = assertTransition("submit", working.state);
    // Drafts are saved as they are; what goes to review (and may be published) is complete and valid,
    // and differs from what is public (an unchanged version would give the programme team nothing to review).
    await assertSubmittable(tx, working.id, locked.publishedVersionId);
    await tx.profileVersion.update({ where: { id: working.id }, data: { state, submittedAt: new Date() } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "version.submit",
      objectType: "ProfileVersion",
      objectId: working.id,
      details: { profileId },
    });
    return working.id;
  });
  await notifySubmitted(versionId);
  return { versionId };
}

/**
 * Refuses a working version whose content the strict schema refuses (an unreadable number kept as typed,
 * a missing title, funding above the total …), with the problems per field for the error summary.
 */
async function assertSubmittable(tx: Tx, versionId: string, publishedVersionId: string | null) {
  const version = await tx.profileVersion.findUniqueOrThrow({ where: { id: versionId }, include: versionFormInclude });
  const values = versionToFormValues(version);
  const parsed = profileContentSchema.safeParse(values);
  if (!parsed.success) throw new AppError("not-submittable", { fieldErrors: fieldErrorRefs(parsed.error) });
  if (publishedVersionId) {
    const published = await tx.profileVersion.findUniqueOrThrow({ where: { id: publishedVersionId }, include: versionFormInclude });
    if (changedSections(versionToFormValues(published), values).length === 0) throw new AppError("nothing-changed");
  }
}

export interface SectionComment {
  /** a section of the registry, or null for the whole version */
  section: SectionKey | null;
  body: string;
}

/**
 * Reviewer approves a submitted version: published at once, or — with `publishAt` in the
 * future — approved and published automatically at that time.
 */
export async function approveVersion({
  actor,
  versionId,
  publishAt = null,
  comments = [],
}: {
  actor: Actor | null;
  versionId: string;
  publishAt?: Date | null;
  comments?: SectionComment[];
}) {
  assertCan(actor, { action: "review.decide" });
  const profile = await profileOfVersion(actor, versionId, "profile.view-working");
  if (publishAt && publishAt.getTime() <= Date.now()) throw new AppError("schedule-in-past");
  const slug = await db.$transaction(async (tx) => {
    const locked = await lockProfile(tx, profile.id);
    if (locked.workingVersion?.id !== versionId) throw new AppError("version-not-in-review");
    const state = assertTransition(publishAt ? "schedule" : "approve", locked.workingVersion.state);
    // Four eyes: nobody approves what they wrote themselves, unless the setting allows it (then the log says so).
    const ownWork = await isAuthorOf(tx, versionId, actor.id);
    if (ownWork && fourEyesRequired()) throw new AppError("own-version");
    const fourEyes = ownWork ? { approvedByAuthor: true } : {};
    await saveComments(tx, versionId, actor.id, comments);
    if (publishAt) {
      await tx.profileVersion.update({
        where: { id: versionId },
        data: { state, scheduledPublishAt: publishAt, reviewedAt: new Date(), reviewedById: actor.id },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "version.schedule",
        objectType: "ProfileVersion",
        objectId: versionId,
        details: { profileId: profile.id, publishAt: publishAt.toISOString(), ...fourEyes },
      });
    } else {
      await publishInTransaction(tx, { profileId: profile.id, versionId, reviewerId: actor.id });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "version.publish",
        objectType: "ProfileVersion",
        objectId: versionId,
        details: { profileId: profile.id, ...fourEyes },
      });
    }
    return locked.slug;
  });
  if (publishAt) {
    await schedulePublication(versionId, publishAt).catch((error: unknown) => log.error("publication not queued", { versionId, error }));
  } else {
    await publicPagesChanged(slug);
    await notifyPublished(versionId);
  }
}

/**
 * Reviewer sends a submitted version back. The reason is the overall comment or a comment on at least
 * one section (either is enough). The overall comment is kept as a comment without section as well, so
 * that every round's comments stay in the history after a resubmission; the version's content as the
 * reviewer saw it is kept too (`reviewedContent`), so that the next review shows what changed since.
 */
export async function requestChanges({
  actor,
  versionId,
  comment,
  comments = [],
}: {
  actor: Actor | null;
  versionId: string;
  comment: string;
  comments?: SectionComment[];
}) {
  assertCan(actor, { action: "review.decide" });
  const profile = await profileOfVersion(actor, versionId, "profile.view-working");
  const overall = comment.trim();
  if (!overall && !comments.some((entry) => entry.body.trim())) {
    throw new AppError("comment-required", { fieldErrors: { comment: { key: "Errors.comment-required" } } });
  }
  await db.$transaction(async (tx) => {
    const locked = await lockProfile(tx, profile.id);
    if (locked.workingVersion?.id !== versionId) throw new AppError("version-not-in-review");
    const state = assertTransition("request-changes", locked.workingVersion.state);
    await saveComments(tx, versionId, actor.id, [...(overall ? [{ section: null, body: overall }] : []), ...comments]);
    const version = await tx.profileVersion.findUniqueOrThrow({ where: { id: versionId }, include: versionFormInclude });
    await tx.profileVersion.update({
      where: { id: versionId },
      data: {
        state,
        reviewComment: overall || null,
        reviewedContent: versionToFormValues(version) as unknown as Prisma.InputJsonValue,
        reviewedAt: new Date(),
        reviewedById: actor.id,
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "version.request-changes",
      objectType: "ProfileVersion",
      objectId: versionId,
      details: { profileId: profile.id, sections: comments.filter((entry) => entry.body.trim()).map((entry) => entry.section) },
    });
  });
  await notifyChangesRequested(versionId);
}

async function saveComments(tx: Tx, versionId: string, authorId: string, comments: SectionComment[]) {
  const filled = comments.filter((entry) => entry.body.trim());
  if (filled.length === 0) return;
  await tx.reviewComment.createMany({
    data: filled.map((entry) => ({
      versionId,
      authorId,
      section: isSectionKey(entry.section) ? entry.section : null,
      body: entry.body.trim(),
    })),
  });
}

/**
 * Publishes approved versions whose date has come: the job queue's work (lib/jobs/worker.ts), at each
 * version's time and once a minute — never on a public request. Safe to run in several processes at
 * once: each version is published in a transaction that locks its profile and checks its state.
 */
export async function publishDueVersions(now = new Date()): Promise<number> {
  const due = await db.profileVersion.findMany({
    where: { state: "APPROVED", scheduledPublishAt: { lte: now } },
    select: { id: true, profileId: true },
  });
  let published = 0;
  for (const version of due) {
    let slug = "";
    const done = await db.$transaction(async (tx) => {
      const locked = await lockProfile(tx, version.profileId);
      if (locked.workingVersion?.id !== version.id || locked.workingVersion.state !== "APPROVED") return false; // someone else was first
      assertTransition("publish-scheduled", locked.workingVersion.state);
      slug = locked.slug;
      await publishInTransaction(tx, { profileId: version.profileId, versionId: version.id, reviewerId: null });
      await recordAudit(tx, {
        actorId: null,
        action: "version.publish",
        objectType: "ProfileVersion",
        objectId: version.id,
        details: { profileId: version.profileId, scheduled: true },
      });
      return true;
    });
    if (done) {
      published += 1;
      await publicPagesChanged(slug);
      await notifyPublished(version.id);
    }
  }
  return published;
}

/**
 * Restores an older version as a new draft (replacing an unsubmitted draft). Never publishes:
 * the draft goes through review like any other.
 */
export async function restoreVersion({ actor, versionId }: { actor: Actor | null; versionId: string }) {
  const profile = await profileOfVersion(actor, versionId, "profile.restore-version");
  assertCan(actor, { action: "profile.restore-version", municipalityId: profile.municipalityId });
  return db.$transaction(async (tx) => {
    const locked = await lockProfile(tx, profile.id);
    if (locked.archivedAt) throw new AppError("not-found");
    const working = locked.workingVersion;
    if (working) {
      await tx.profileVersion.update({ where: { id: working.id }, data: { state: assertTransition("discard", working.state) } });
      await tx.profile.update({ where: { id: profile.id }, data: { workingVersionId: null } });
    }
    const draft = await createDraftFrom(tx, { profileId: profile.id, sourceVersionId: versionId, actorId: actor.id });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "version.restore",
      objectType: "ProfileVersion",
      objectId: draft.id,
      details: { profileId: profile.id, restoredFrom: versionId, discarded: working?.id ?? null },
    });
    return { versionId: draft.id };
  });
}

/**
 * Editor (or staff) gives up the working version: the profile returns to its published state (the public
 * page never changed). The version is kept in the history as DISCARDED (every version is kept; it can be
 * restored from there). Not for a version in review or approved (the programme team decides first), and
 * not for a profile that was never published (there is nothing to return to).
 */
export async function discardDraft({ actor, profileId }: { actor: Actor | null; profileId: string }) {
  const profile = await db.profile.findFirst({
    where: { AND: [profileScope(actor, "profile.discard-draft"), { id: profileId, archivedAt: null }] },
    select: { municipalityId: true },
  });
  if (!profile) throw new AppError(actor ? "not-found" : "unauthenticated");
  assertCan(actor, { action: "profile.discard-draft", municipalityId: profile.municipalityId });
  return db.$transaction(async (tx) => {
    const locked = await lockProfile(tx, profileId);
    const working = locked.workingVersion;
    if (!working) throw new AppError("nothing-to-discard");
    const state = assertTransition("discard", working.state);
    if (!locked.publishedVersionId) throw new AppError("never-published");
    await tx.profileVersion.update({ where: { id: working.id }, data: { state } });
    await tx.profile.update({ where: { id: profileId }, data: { workingVersionId: null } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "version.discard",
      objectType: "ProfileVersion",
      objectId: working.id,
      details: { profileId, number: working.number },
    });
    return { versionId: working.id, slug: locked.slug };
  });
}

/** Withdraws a published profile from every public page, list, feed and export. */
export function archiveProfile({ actor, profileId }: { actor: Actor | null; profileId: string }) {
  return setArchived(actor, profileId, true);
}

/** Brings an archived profile back to the public pages (its published version as it was). */
export function unarchiveProfile({ actor, profileId }: { actor: Actor | null; profileId: string }) {
  return setArchived(actor, profileId, false);
}

/** Archive and its reverse: one state change, its search documents and its audit row in one commit. */
async function setArchived(actor: Actor | null, profileId: string, archived: boolean) {
  assertCan(actor, { action: "profile.archive" });
  await db
    .$transaction(async (tx) => {
      const locked = await lockProfile(tx, profileId).catch(() => null);
      if (!locked) throw new AppError("not-found");
      if (Boolean(locked.archivedAt) === archived) throw new AppError(archived ? "already-archived" : "not-archived");
      await tx.profile.update({ where: { id: profileId }, data: { archivedAt: archived ? new Date() : null } });
      await refreshSearchDocuments(tx, [profileId]); // search: gone or back in the same commit
      await recordAudit(tx, {
        actorId: actor.id,
        action: archived ? "profile.archive" : "profile.unarchive",
        objectType: "Profile",
        objectId: profileId,
        details: { slug: locked.slug },
      });
      return locked.slug;
    })
    .then(publicPagesChanged);
}
