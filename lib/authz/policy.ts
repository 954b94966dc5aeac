import type { Role } from "@/generated/prisma/enums";

/**
 * The one authorization policy of the portal. Every server action, route handler and
 * non-public page asks `can()` / `assertCan()` — never the UI, never the proxy.
 * Rules (PRODUCT.md, "Who uses it"):
 * - editors work on the profiles of the municipalities assigned to them, nothing else;
 * - reviewers work on every profile: review, comment, approve and publish, archive, read the
 *   audit log, and invite editors and reviewers;
 * - admins can do everything reviewers can, plus invite admins, manage users and roles,
 *   municipalities and the topic/format lists, and read the mail outbox.
 */
export interface Actor {
  id: string;
  role: Role;
  /** Municipalities an editor is assigned to (empty for reviewers and admins). */
  municipalityIds: readonly string[];
}

export type Permission =
  | { action: "dashboard.view" }
  | { action: "profile.view-working"; municipalityId: string }
  | { action: "profile.edit"; municipalityId: string }
  | { action: "profile.create"; municipalityId: string }
  | { action: "profile.submit"; municipalityId: string }
  | { action: "profile.restore-version"; municipalityId: string }
  | { action: "review.queue" }
  | { action: "review.decide" }
  | { action: "profile.archive" }
  | { action: "audit.read" }
  | { action: "user.invite"; role: Role }
  | { action: "user.manage" }
  | { action: "municipality.manage" }
  | { action: "catalog.manage" }
  | { action: "outbox.read" };

export type PermissionAction = Permission["action"];

function isStaff(actor: Actor) {
  return actor.role === "REVIEWER" || actor.role === "ADMIN";
}

export function can(actor: Actor | null, permission: Permission): boolean {
  if (!actor) return false;
  switch (permission.action) {
    case "dashboard.view":
      return true;
    case "profile.view-working":
    case "profile.edit":
    case "profile.create":
    case "profile.submit":
    case "profile.restore-version":
      return isStaff(actor) || actor.municipalityIds.includes(permission.municipalityId);
    case "review.queue":
    case "review.decide":
    case "profile.archive":
    case "audit.read":
      return isStaff(actor);
    case "user.invite":
      if (actor.role === "ADMIN") return true;
      return actor.role === "REVIEWER" && permission.role !== "ADMIN";
    case "user.manage":
    case "municipality.manage":
    case "catalog.manage":
    case "outbox.read":
      return actor.role === "ADMIN";
  }
}

/**
 * Thrown when the policy refuses. `notFound` hides that a record exists at all
 * (convention: a record the user may not see answers 404, not "forbidden").
 */
export class AuthorizationError extends Error {
  constructor(
    readonly permission: PermissionAction,
    readonly reason: "anonymous" | "forbidden",
  ) {
    super(`${reason}: ${permission}`);
    this.name = "AuthorizationError";
  }
}

export function assertCan(actor: Actor | null, permission: Permission): asserts actor is Actor {
  if (!can(actor, permission)) {
    throw new AuthorizationError(permission.action, actor ? "forbidden" : "anonymous");
  }
}
