import "server-only";
import type { VersionState } from "@/generated/prisma/client";
import { municipalityScope, profileScope, type Actor } from "@/lib/authz/policy";
import { db } from "@/lib/db";
import type { ProfileFormValues } from "./fields";
import { emptyFormValues, versionFormInclude, versionToFormValues } from "./form-values";
import { isWorkingState, type WorkingState } from "./version-states";

/**
 * Reads of the editorial area. Every query takes its `where` from the policy (profileScope), so a
 * profile outside the actor's scope is simply not found (404), never "forbidden but exists".
 */

export async function listDashboardProfiles(actor: Actor) {
  const profiles = await db.profile.findMany({
    where: profileScope(actor, "profile.view-working"),
    select: {
      id: true,
      slug: true,
      archivedAt: true,
      municipality: { select: { name: true, kind: true } },
      publishedVersion: { include: versionFormInclude },
      workingVersion: { include: { ...versionFormInclude, _count: { select: { comments: true } } } },
    },
  });
  const collator = new Intl.Collator("de");
  return profiles
    .map((profile) => {
      const shown = profile.workingVersion ?? profile.publishedVersion;
      return {
        id: profile.id,
        slug: profile.slug,
        municipalityName: profile.municipality.name,
        municipalityKind: profile.municipality.kind,
        title: shown?.title ?? "",
        isPublished: profile.publishedVersion !== null,
        isArchived: profile.archivedAt !== null,
        workingState: profile.workingVersion?.state ?? null,
        workingUpdatedAt: profile.workingVersion?.updatedAt ?? null,
        /** the programme team asked for changes: its overall comment (may be empty) and how many comments there are */
        changeRequest:
          profile.workingVersion?.state === "CHANGES_REQUESTED"
            ? { comment: profile.workingVersion.reviewComment, comments: profile.workingVersion._count.comments }
            : null,
        /** the version the editors work on (or the published one), for the completeness indicator */
        values: shown ? versionToFormValues(shown) : emptyFormValues(),
      };
    })
    .sort((a, b) => collator.compare(a.municipalityName, b.municipalityName) || collator.compare(a.title, b.title));
}

/** Municipalities the actor may create a further profile for. */
export async function listCreatableMunicipalities(actor: Actor) {
  return db.municipality.findMany({
    where: municipalityScope(actor, "profile.create"),
    select: { id: true, name: true, slug: true },
    orderBy: { name: "asc" },
  });
}

export interface ProfileForEditing {
  id: string;
  slug: string;
  municipality: { id: string; name: string };
  isPublished: boolean;
  /** the working version the form starts from; null when the form starts from the published text */
  versionId: string | null;
  versionNumber: number | null;
  revision: number;
  state: WorkingState | null;
  submittedAt: Date | null;
  scheduledPublishAt: Date | null;
  reviewComment: string | null;
  /** when the working version was last saved (null without one) */
  updatedAt: Date | null;
  values: ProfileFormValues;
  /** what the public sees; empty values for a profile never published — "changed" is measured against it */
  publishedValues: ProfileFormValues;
}

export async function getProfileForEditing(actor: Actor, slug: string): Promise<ProfileForEditing | null> {
  const profile = await db.profile.findFirst({
    where: { AND: [profileScope(actor, "profile.view-working"), { slug, archivedAt: null }] },
    select: {
      id: true,
      slug: true,
      municipality: { select: { id: true, name: true } },
      publishedVersion: { include: versionFormInclude },
      workingVersion: { include: versionFormInclude },
    },
  });
  if (!profile) return null;
  const working = profile.workingVersion;
  const source = working ?? profile.publishedVersion;
  const state: VersionState | null = working?.state ?? null;
  return {
    id: profile.id,
    slug: profile.slug,
    municipality: profile.municipality,
    isPublished: profile.publishedVersion !== null,
    versionId: working?.id ?? null,
    versionNumber: working?.number ?? null,
    revision: working?.revision ?? 0,
    state: state && isWorkingState(state) ? state : null,
    reviewComment: working?.state === "CHANGES_REQUESTED" ? working.reviewComment : null,
    submittedAt: working?.submittedAt ?? null,
    scheduledPublishAt: working?.scheduledPublishAt ?? null,
    updatedAt: working?.updatedAt ?? null,
    values: source ? versionToFormValues(source) : emptyFormValues(),
    publishedValues: profile.publishedVersion ? versionToFormValues(profile.publishedVersion) : emptyFormValues(),
  };
}

/** Choices of the edit form's managed lists. */
export async function getEditFormOptions() {
  const [topics, formats] = await Promise.all([
    db.topic.findMany({ select: { id: true, name: true }, orderBy: { sortOrder: "asc" } }),
    db.format.findMany({ select: { id: true, name: true, description: true }, orderBy: { sortOrder: "asc" } }),
  ]);
  return { topics, formats };
}
