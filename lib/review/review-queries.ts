import "server-only";
import type { MunicipalityKind, Regierungsbezirk, VersionState } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { assertCan, profileScope, type Actor } from "@/lib/authz/policy";
import { versionFormInclude, versionToFormValues } from "@/lib/profiles/form-values";
import type { ProfileFormValues } from "@/lib/profiles/fields";

/**
 * Data of the reviewers' pages and the history. The queue and the version comparison check the
 * policy themselves; history and comments take a profile id the caller got from a scoped query
 * (getProfileForEditing), so they cannot reach a profile the actor may not see.
 */

export const QUEUE_STATES = ["IN_REVIEW", "APPROVED", "CHANGES_REQUESTED"] as const satisfies readonly VersionState[];

export interface QueueFilter {
  kind?: MunicipalityKind;
  regierungsbezirk?: Regierungsbezirk;
  state?: (typeof QUEUE_STATES)[number];
}

const queueWhere = (filter: QueueFilter) => ({
  state: filter.state ?? "IN_REVIEW",
  workingOf: { isNot: null },
  profile: { archivedAt: null, municipality: { kind: filter.kind, regierungsbezirk: filter.regierungsbezirk } },
});

/** How many versions wait for a decision (the reviewers' dashboard). */
export async function countReviewQueue(actor: Actor | null): Promise<number> {
  assertCan(actor, { action: "review.queue" });
  return db.profileVersion.count({ where: queueWhere({}) });
}

/** Submitted versions, oldest first: the reviewers' queue. */
export async function listReviewQueue(actor: Actor | null, filter: QueueFilter) {
  assertCan(actor, { action: "review.queue" });
  return db.profileVersion.findMany({
    where: queueWhere(filter),
    orderBy: [{ submittedAt: "asc" }, { updatedAt: "asc" }],
    include: {
      ...versionFormInclude,
      profile: {
        select: { slug: true, publishedVersionId: true, municipality: { select: { name: true, kind: true, regierungsbezirk: true } } },
      },
    },
  });
}

export interface ReviewData {
  versionId: string;
  number: number;
  state: VersionState;
  submittedAt: Date | null;
  scheduledPublishAt: Date | null;
  reviewComment: string | null;
  reviewedAt: Date | null;
  /** who decided last (null: nobody yet, or the account was removed) */
  reviewedBy: string | null;
  /** this version as the programme team saw it when it last asked for changes (null: never sent back) */
  reviewed: ProfileFormValues | null;
  profile: { id: string; slug: string; municipalityName: string; municipalityId: string; archivedAt: Date | null };
  submitted: ProfileFormValues;
  /** the published version, or null at a first publication (then everything is new) */
  published: ProfileFormValues | null;
  publishedNumber: number | null;
  comments: Awaited<ReturnType<typeof listComments>>;
}

/** A version compared with the published one (for the review page and the history view). */
export async function getVersionComparison(actor: Actor | null, versionId: string): Promise<ReviewData | null> {
  // Not found for anyone who may not see this profile's working versions (404, not 403).
  const version = await db.profileVersion.findFirst({
    where: { id: versionId, profile: profileScope(actor, "profile.view-working") },
    include: {
      ...versionFormInclude,
      reviewedBy: { select: { name: true, email: true } },
      profile: {
        select: {
          id: true,
          slug: true,
          archivedAt: true,
          municipalityId: true,
          municipality: { select: { name: true } },
          publishedVersion: { include: versionFormInclude },
        },
      },
    },
  });
  if (!version) return null;
  const published = version.profile.publishedVersion;
  const comments = await listComments(version.profileId);
  return {
    versionId: version.id,
    number: version.number,
    state: version.state,
    submittedAt: version.submittedAt,
    scheduledPublishAt: version.scheduledPublishAt,
    reviewComment: version.reviewComment,
    reviewedAt: version.reviewedAt,
    reviewedBy: version.reviewedBy?.name ?? version.reviewedBy?.email ?? null,
    // Stored by requestChanges as the form values of that moment (lib/review/workflow.ts).
    reviewed: (version.reviewedContent as ProfileFormValues | null) ?? null,
    profile: {
      id: version.profile.id,
      slug: version.profile.slug,
      municipalityName: version.profile.municipality.name,
      municipalityId: version.profile.municipalityId,
      archivedAt: version.profile.archivedAt,
    },
    submitted: versionToFormValues(version),
    published: published && published.id !== version.id ? versionToFormValues(published) : null,
    publishedNumber: published && published.id !== version.id ? published.number : null,
    comments,
  };
}

/** All review comments of a profile's versions, newest first (`order: "asc"`: oldest first). */
export async function listComments(profileId: string, order: "asc" | "desc" = "desc") {
  const comments = await db.reviewComment.findMany({
    where: { version: { profileId } },
    orderBy: [{ createdAt: order }, { id: "asc" }],
    include: { author: { select: { name: true, email: true } }, version: { select: { number: true } } },
  });
  return comments.map((comment) => ({
    id: comment.id,
    section: comment.section,
    body: comment.body,
    /** null: the account was removed (the page says "Programmteam") */
    authorName: comment.author?.name ?? comment.author?.email ?? null,
    createdAt: comment.createdAt,
    versionNumber: comment.version.number,
  }));
}

/** Every version of a profile with author, time, state and review comment: the history. */
export async function listVersionHistory(profileId: string) {
  return db.profileVersion.findMany({
    where: { profileId },
    orderBy: { number: "desc" },
    select: {
      id: true,
      number: true,
      state: true,
      title: true,
      createdAt: true,
      updatedAt: true,
      submittedAt: true,
      reviewedAt: true,
      publishedAt: true,
      scheduledPublishAt: true,
      reviewComment: true,
      createdBy: { select: { name: true, email: true } },
      updatedBy: { select: { name: true, email: true } },
      reviewedBy: { select: { name: true, email: true } },
      _count: { select: { comments: true } },
    },
  });
}

/** Names for the ids in form values (topics, formats) so that the review shows words. */
export async function getCatalogNames() {
  const [topics, formats] = await Promise.all([
    db.topic.findMany({ select: { id: true, name: true } }),
    db.format.findMany({ select: { id: true, name: true } }),
  ]);
  return { topics: Object.fromEntries(topics.map((t) => [t.id, t.name])), formats: Object.fromEntries(formats.map((f) => [f.id, f.name])) };
}

/** One review comment as the pages show it. */
export type ReviewCommentItem = Awaited<ReturnType<typeof listComments>>[number];
