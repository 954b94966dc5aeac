import type { Prisma } from "@/generated/prisma/client";
import { Role } from "@/generated/prisma/enums";
import { AppError } from "@/lib/errors";

/**
 * The one authorization policy of the portal. Every server action, route handler and non-public
 * page asks it on the server — never the UI, never the proxy — and every editorial list query
 * takes its `where` from it (`profileScope`, `municipalityScope`), so a record outside the scope
 * is simply not found. No role logic lives anywhere else.
 *
 * Rules (PRODUCT.md, "Who uses it"):
 * - editors work on the profiles of the municipalities assigned to them, nothing else;
 * - reviewers work on every profile: review, comment, approve and publish, archive, import
 *   Steckbriefe from a file as drafts, read the audit log and the accessibility feedback, and invite
 *   editors and reviewers;
 * - admins can do everything reviewers can, plus invite admins, manage users and roles,
 *   municipalities and the topic/format lists, and read the mail outbox;
 * - a disabled account can do nothing (its sessions also end at once, see lib/auth).
 */
export interface Actor {
  id: string;
  role: Role;
  /** Municipalities an editor is assigned to (ignored for reviewers and admins). */
  municipalityIds: readonly string[];
  disabled?: boolean;
}

export type Permission =
  | { action: "dashboard.view" }
  | { action: "profile.view-working"; municipalityId: string }
  | { action: "profile.edit"; municipalityId: string }
  | { action: "profile.create"; municipalityId: string }
  | { action: "profile.submit"; municipalityId: string }
  | { action: "profile.restore-version"; municipalityId: string }
  /** give up the working version (not one in review): the profile returns to its published state */
  | { action: "profile.discard-draft"; municipalityId: string }
  | { action: "profile.view-archived" }
  | { action: "review.queue" }
  | { action: "review.decide" }
  | { action: "profile.archive" }
  /** bulk import of Steckbriefe from a file (CSV/JSON) as drafts */
  | { action: "profile.import" }
  | { action: "audit.read" }
  /** the messages of the accessibility feedback form: read them and mark them done */
  | { action: "feedback.read" }
  /** `existingAccount`: the address belongs to an account already — inviting it changes that account */
  | { action: "user.invite"; role: Role; existingAccount: boolean }
  | { action: "user.manage" }
  /** a person's stored data on request (Art. 15/17 DSGVO): export it as JSON, erase the person */
  | { action: "person.data" }
  | { action: "municipality.manage" }
  | { action: "catalog.manage" }
  | { action: "outbox.read" };

export type PermissionAction = Permission["action"];

/** Permissions that belong to one municipality's profiles. */
export type ProfilePermissionAction = Extract<Permission, { municipalityId: string }>["action"];

function isStaff(actor: Actor) {
  return !worksForAssignedMunicipalities(actor.role);
}

/** Editors act for their assigned municipalities; the programme staff for all. */
function worksFor(actor: Actor, municipalityId: string) {
  return isStaff(actor) || actor.municipalityIds.includes(municipalityId);
}

export function can(actor: Actor | null, permission: Permission): boolean {
  if (!actor || actor.disabled) return false;
  switch (permission.action) {
    case "dashboard.view":
      return true;
    case "profile.view-working":
    case "profile.edit":
    case "profile.create":
    case "profile.submit":
    case "profile.restore-version":
    case "profile.discard-draft":
      return worksFor(actor, permission.municipalityId);
    case "profile.view-archived":
    case "review.queue":
    case "review.decide":
    case "profile.archive":
    case "profile.import":
    case "audit.read":
    case "feedback.read":
      return isStaff(actor);
    case "user.invite":
      // Accepting sets an existing account's role and lifts its disabling: that is user administration.
      if (permission.existingAccount) return actor.role === Role.ADMIN;
      return actor.role === Role.ADMIN || (actor.role === Role.REVIEWER && permission.role !== Role.ADMIN);
    case "user.manage":
    case "person.data":
    case "municipality.manage":
    case "catalog.manage":
    case "outbox.read":
      return actor.role === Role.ADMIN;
  }
}

/**
 * Refuses with "unauthenticated" (no actor) or "forbidden". Where the record's existence must stay
 * hidden, callers look it up through a scope first (a record outside it answers "not-found").
 */
export function assertCan(actor: Actor | null, permission: Permission): asserts actor is Actor {
  if (!can(actor, permission)) throw new AppError(actor ? "forbidden" : "unauthenticated");
}

/** Matches no row: the scope of someone who may see nothing. */
const NOTHING = { id: { in: [] as string[] } };

/** The profiles on which the actor has `action`, as a Prisma `where` (archived ones only for those who may see them). */
export function profileScope(actor: Actor | null, action: ProfilePermissionAction): Prisma.ProfileWhereInput {
  if (!actor || actor.disabled) return NOTHING;
  const archived = can(actor, { action: "profile.view-archived" }) ? {} : { archivedAt: null };
  if (isStaff(actor)) return archived;
  return { ...archived, municipalityId: { in: actor.municipalityIds.filter((id) => can(actor, { action, municipalityId: id })) } };
}

/** The municipalities for which the actor has `action` (e.g. create a further profile). */
export function municipalityScope(actor: Actor | null, action: ProfilePermissionAction): Prisma.MunicipalityWhereInput {
  if (!actor || actor.disabled) return NOTHING;
  if (isStaff(actor)) return {};
  return { id: { in: actor.municipalityIds.filter((id) => can(actor, { action, municipalityId: id })) } };
}

/** Whether accounts of a role work for assigned municipalities (editors) rather than for all (staff). */
export function worksForAssignedMunicipalities(role: Role): boolean {
  return role === Role.EDITOR;
}

/** The users who work on a municipality's profiles as its editors (staff work on all and are not listed). */
export function editorsOfMunicipality(municipalityId: string): Prisma.UserWhereInput {
  return { role: Role.EDITOR, assignments: { some: { municipalityId } } };
}

/** Roles whose holders have a permission that belongs to no record (e.g. who is told about a submission). */
export function rolesWith(permission: Exclude<Permission, { municipalityId: string }>): Role[] {
  return Object.values(Role).filter((role) => can({ id: "", role, municipalityIds: [] }, permission));
}

/** The actor of a user record: only an editor's assignments count. */
export function actorOf(user: { id: string; role: Role; disabledAt?: Date | null; assignments: { municipalityId: string }[] }): Actor {
  return {
    id: user.id,
    role: user.role,
    municipalityIds: worksForAssignedMunicipalities(user.role) ? user.assignments.map((assignment) => assignment.municipalityId) : [],
    disabled: Boolean(user.disabledAt),
  };
}
