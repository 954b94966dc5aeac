import { describe, expect, it } from "vitest";
import { actorOf, can, municipalityScope, profileScope, rolesWith, type Actor, type Permission, type PermissionAction } from "./policy";

/**
 * The whole policy as one table: every permission × every kind of actor. A new permission
 * without a row fails here (the table is typed as complete).
 */
const OWN = "municipality-own";
const actors = {
  anonymous: null,
  editorOwn: { id: "e1", role: "EDITOR", municipalityIds: [OWN] },
  editorOther: { id: "e2", role: "EDITOR", municipalityIds: ["municipality-other"] },
  reviewer: { id: "r", role: "REVIEWER", municipalityIds: [] },
  admin: { id: "a", role: "ADMIN", municipalityIds: [] },
  disabled: { id: "d", role: "ADMIN", municipalityIds: [], disabled: true },
} satisfies Record<string, Actor | null>;
type ActorKind = keyof typeof actors;

const none: ActorKind[] = [];
const signedIn: ActorKind[] = ["editorOwn", "editorOther", "reviewer", "admin"];
const ownMunicipality: ActorKind[] = ["editorOwn", "reviewer", "admin"];
const staff: ActorKind[] = ["reviewer", "admin"];
const admins: ActorKind[] = ["admin"];

const TABLE: Record<PermissionAction, { permission: Permission; allowed: ActorKind[] }[]> = {
  "dashboard.view": [{ permission: { action: "dashboard.view" }, allowed: signedIn }],
  "profile.view-working": [{ permission: { action: "profile.view-working", municipalityId: OWN }, allowed: ownMunicipality }],
  "profile.edit": [{ permission: { action: "profile.edit", municipalityId: OWN }, allowed: ownMunicipality }],
  "profile.create": [{ permission: { action: "profile.create", municipalityId: OWN }, allowed: ownMunicipality }],
  "profile.submit": [{ permission: { action: "profile.submit", municipalityId: OWN }, allowed: ownMunicipality }],
  "profile.restore-version": [{ permission: { action: "profile.restore-version", municipalityId: OWN }, allowed: ownMunicipality }],
  "profile.discard-draft": [{ permission: { action: "profile.discard-draft", municipalityId: OWN }, allowed: ownMunicipality }],
  "profile.view-archived": [{ permission: { action: "profile.view-archived" }, allowed: staff }],
  "review.queue": [{ permission: { action: "review.queue" }, allowed: staff }],
  "review.decide": [{ permission: { action: "review.decide" }, allowed: staff }],
  "profile.archive": [{ permission: { action: "profile.archive" }, allowed: staff }],
  "profile.import": [{ permission: { action: "profile.import" }, allowed: staff }],
  "audit.read": [{ permission: { action: "audit.read" }, allowed: staff }],
  "feedback.read": [{ permission: { action: "feedback.read" }, allowed: staff }],
  "user.invite": [
    { permission: { action: "user.invite", role: "EDITOR", existingAccount: false }, allowed: staff },
    { permission: { action: "user.invite", role: "REVIEWER", existingAccount: false }, allowed: staff },
    { permission: { action: "user.invite", role: "ADMIN", existingAccount: false }, allowed: admins },
    // an invitation to an existing account changes its role and re-enables it: admins only
    { permission: { action: "user.invite", role: "EDITOR", existingAccount: true }, allowed: admins },
    { permission: { action: "user.invite", role: "REVIEWER", existingAccount: true }, allowed: admins },
  ],
  "user.manage": [{ permission: { action: "user.manage" }, allowed: admins }],
  "person.data": [{ permission: { action: "person.data" }, allowed: admins }],
  "municipality.manage": [{ permission: { action: "municipality.manage" }, allowed: admins }],
  "catalog.manage": [{ permission: { action: "catalog.manage" }, allowed: admins }],
  "outbox.read": [{ permission: { action: "outbox.read" }, allowed: admins }],
};

const rows = Object.values(TABLE).flat();
const kinds = Object.keys(actors) as ActorKind[];

describe("policy", () => {
  it.each(rows.flatMap((row) => kinds.map((kind) => ({ ...row, kind, label: `${JSON.stringify(row.permission)} × ${kind}` }))))(
    "$label",
    ({ permission, allowed, kind }) => {
      expect(can(actors[kind], permission)).toBe(allowed.includes(kind));
    },
  );

  it("no permission is granted to anonymous or disabled actors", () => {
    expect(rows.every((row) => !row.allowed.includes("anonymous") && !row.allowed.includes("disabled"))).toBe(true);
    expect(none).toEqual([]);
  });

  it("scopes profile lists: editors to their municipalities (no archived), staff to all, nobody else to anything", () => {
    expect(profileScope(actors.editorOwn, "profile.edit")).toEqual({ archivedAt: null, municipalityId: { in: [OWN] } });
    expect(profileScope(actors.reviewer, "profile.edit")).toEqual({});
    expect(profileScope(actors.anonymous, "profile.edit")).toEqual({ id: { in: [] } });
    expect(profileScope(actors.disabled, "profile.edit")).toEqual({ id: { in: [] } });
    expect(municipalityScope(actors.editorOther, "profile.create")).toEqual({ id: { in: ["municipality-other"] } });
    expect(municipalityScope(actors.admin, "profile.create")).toEqual({});
  });

  it("derives who holds a permission and the actor of a user record", () => {
    expect(rolesWith({ action: "review.decide" }).sort()).toEqual(["ADMIN", "REVIEWER"]);
    expect(rolesWith({ action: "outbox.read" })).toEqual(["ADMIN"]);
    expect(actorOf({ id: "u", role: "REVIEWER", assignments: [{ municipalityId: OWN }] }).municipalityIds).toEqual([]);
    expect(actorOf({ id: "u", role: "EDITOR", disabledAt: new Date(), assignments: [{ municipalityId: OWN }] })).toMatchObject({
      municipalityIds: [OWN],
      disabled: true,
    });
  });
});
