import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/authz/policy";
import { emptyFormValues, versionFormInclude, versionToFormValues } from "./form-values";
import type { ProfileFormValues } from "./schema";

/**
 * The profiles an actor may work on, as a `where` clause: editors see only the profiles of
 * their municipalities; reviewers and admins see all. Used by every editorial query, so a
 * profile outside the scope is simply not found (404), never "forbidden but exists".
 */
export function editableProfilesWhere(actor: Actor): Prisma.ProfileWhereInput {
  if (actor.role === "REVIEWER" || actor.role === "ADMIN") return {};
  return { municipalityId: { in: [...actor.municipalityIds] } };
}

const completenessInclude = {
  topics: { select: { topicId: true } },
  formats: { select: { formatId: true } },
  contacts: { select: { id: true } },
} satisfies Prisma.ProfileVersionInclude;

export async function listDashboardProfiles(actor: Actor) {
  const profiles = await db.profile.findMany({
    // Archived profiles are listed for the programme staff only (to bring them back).
    where: { ...editableProfilesWhere(actor), ...(actor.role === "EDITOR" ? { archivedAt: null } : {}) },
    select: {
      id: true,
      slug: true,
      archivedAt: true,
      municipality: { select: { name: true, kind: true } },
      publishedVersion: { include: completenessInclude },
      workingVersion: { include: completenessInclude },
    },
  });
  const collator = new Intl.Collator("de");
  return profiles
    .map((profile) => ({
      id: profile.id,
      slug: profile.slug,
      municipalityName: profile.municipality.name,
      municipalityKind: profile.municipality.kind,
      title: profile.workingVersion?.title ?? profile.publishedVersion?.title ?? "",
      isPublished: profile.publishedVersion !== null,
      isArchived: profile.archivedAt !== null,
      workingState: profile.workingVersion?.state ?? null,
      workingUpdatedAt: profile.workingVersion?.updatedAt ?? null,
      /** the version the editors work on (or the published one): for the completeness indicator */
      content: profile.workingVersion ?? profile.publishedVersion,
    }))
    .sort((a, b) => collator.compare(a.municipalityName, b.municipalityName) || collator.compare(a.title, b.title));
}

/** Municipalities the actor may create a new profile for. */
export async function listCreatableMunicipalities(actor: Actor) {
  return db.municipality.findMany({
    where: actor.role === "EDITOR" ? { id: { in: [...actor.municipalityIds] } } : { profiles: { some: {} } },
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
  state: "DRAFT" | "IN_REVIEW" | "CHANGES_REQUESTED" | "APPROVED" | null;
  submittedAt: Date | null;
  scheduledPublishAt: Date | null;
  reviewComment: string | null;
  values: ProfileFormValues;
}

export async function getProfileForEditing(actor: Actor, slug: string): Promise<ProfileForEditing | null> {
  const profile = await db.profile.findFirst({
    where: { ...editableProfilesWhere(actor), slug, archivedAt: null },
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
  return {
    id: profile.id,
    slug: profile.slug,
    municipality: profile.municipality,
    isPublished: profile.publishedVersion !== null,
    versionId: working?.id ?? null,
    versionNumber: working?.number ?? null,
    revision: working?.revision ?? 0,
    state: (working?.state as ProfileForEditing["state"]) ?? null,
    reviewComment: working?.state === "CHANGES_REQUESTED" ? working.reviewComment : null,
    submittedAt: working?.submittedAt ?? null,
    scheduledPublishAt: working?.scheduledPublishAt ?? null,
    values: source ? versionToFormValues(source) : emptyFormValues(),
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
