import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/ids";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, worksForAssignedMunicipalities, type Actor } from "@/lib/authz/policy";
import { AppError, invalidInput } from "@/lib/errors";
import type { ChangeAssignmentsInput, ChangeRoleInput, UserIdInput } from "./user-schema";

/**
 * User administration (admins only, `user.manage`): role, an editor's municipalities, disabling.
 *
 * Security decisions:
 * - Every change that takes rights away ends the user's sessions at once: `sessionVersion` is
 *   incremented in the same transaction, and getCurrentUser compares it on every request.
 * - An admin can neither demote nor disable themselves. Since only admins manage users, this
 *   keeps at least one enabled admin — nobody can lock the portal out of its own administration.
 * - Disabling also spends the user's open invitation and password-reset links: accepting an
 *   old invitation would otherwise enable the account again (acceptInvitation re-enables).
 * - The target row is locked (SELECT … FOR UPDATE) before it is read, so the "from" values in the
 *   audit entry are the ones actually replaced, even when two admins act at the same time.
 *
 * Inputs are parsed by the server action (user-schema.ts). Refusals are thrown as AppError; a
 * request that changes nothing answers `{ changed: false }` and writes nothing, not even an
 * audit entry.
 */

export interface UserChangeResult {
  changed: boolean;
}

const UNCHANGED: UserChangeResult = Object.freeze({ changed: false });
const CHANGED: UserChangeResult = Object.freeze({ changed: true });

export async function listUsersForAdmin(actor: Actor | null) {
  assertCan(actor, { action: "user.manage" });
  return db.user.findMany({
    // Erased persons (lib/privacy/erase-person.ts) are pseudonymous tombstones, no longer accounts.
    where: { erasedAt: null },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabledAt: true,
      assignments: { select: { municipality: { select: { id: true, name: true } } }, orderBy: { municipality: { name: "asc" } } },
    },
    orderBy: { email: "asc" },
  });
}

export async function getUserForAdmin(actor: Actor | null, userId: string) {
  assertCan(actor, { action: "user.manage" });
  if (!isUuid(userId)) return null;
  return db.user.findUnique({
    where: { id: userId, erasedAt: null },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabledAt: true,
      createdAt: true,
      assignments: { select: { municipality: { select: { id: true, name: true } } }, orderBy: { municipality: { name: "asc" } } },
    },
  });
}

/** The target user, locked for the rest of the transaction; "not-found" when there is none. */
async function lockUser(tx: Prisma.TransactionClient, userId: string) {
  if (!isUuid(userId)) throw new AppError("not-found");
  await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${userId}::uuid FOR UPDATE`;
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, role: true, disabledAt: true, erasedAt: true, assignments: { select: { municipalityId: true } } },
  });
  // An erased person is no account any more: nothing to change (and enabling must not revive it).
  if (!user || user.erasedAt) throw new AppError("not-found");
  return user;
}

export async function changeUserRole({ actor, input }: { actor: Actor | null; input: ChangeRoleInput }): Promise<UserChangeResult> {
  assertCan(actor, { action: "user.manage" });
  const { userId, role } = input;
  if (userId === actor.id && role !== actor.role) throw new AppError("self-demote");

  return db.$transaction(async (tx) => {
    const user = await lockUser(tx, userId);
    if (user.role === role) return UNCHANGED;
    // Municipalities matter only for editors; whoever stops being one loses them, so that they
    // do not silently come back with a later role change.
    const removed =
      !worksForAssignedMunicipalities(role) && user.assignments.length > 0
        ? await tx.municipality.findMany({
            where: { id: { in: user.assignments.map((a) => a.municipalityId) } },
            select: { name: true },
            orderBy: { name: "asc" },
          })
        : [];
    if (removed.length > 0) await tx.editorAssignment.deleteMany({ where: { userId } });
    await tx.user.update({ where: { id: userId }, data: { role, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.role-change",
      objectType: "User",
      objectId: userId,
      details: {
        email: user.email,
        from: user.role,
        to: role,
        ...(removed.length > 0 ? { removedMunicipalities: removed.map((m) => m.name) } : {}),
      },
    });
    return CHANGED;
  });
}

export async function changeUserAssignments({
  actor,
  input,
}: {
  actor: Actor | null;
  input: ChangeAssignmentsInput;
}): Promise<UserChangeResult> {
  assertCan(actor, { action: "user.manage" });
  const { userId, municipalityIds } = input;

  return db.$transaction(async (tx) => {
    const user = await lockUser(tx, userId);
    if (!worksForAssignedMunicipalities(user.role)) throw new AppError("not-editor");
    const chosen = await tx.municipality.findMany({ where: { id: { in: municipalityIds } }, select: { id: true } });
    if (chosen.length !== municipalityIds.length) {
      throw invalidInput({ municipalityIds: { key: "AdminUser.errors.municipalityUnknown" } });
    }
    const before = new Set(user.assignments.map((a) => a.municipalityId));
    const after = new Set(municipalityIds);
    const added = municipalityIds.filter((id) => !before.has(id));
    const removed = [...before].filter((id) => !after.has(id));
    if (added.length === 0 && removed.length === 0) return UNCHANGED;

    if (removed.length > 0) await tx.editorAssignment.deleteMany({ where: { userId, municipalityId: { in: removed } } });
    if (added.length > 0) await tx.editorAssignment.createMany({ data: added.map((municipalityId) => ({ userId, municipalityId })) });
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    const names = new Map(
      (await tx.municipality.findMany({ where: { id: { in: [...added, ...removed] } }, select: { id: true, name: true } })).map((m) => [
        m.id,
        m.name,
      ]),
    );
    const sortedNames = (ids: string[]) => ids.map((id) => names.get(id) ?? id).sort((a, b) => a.localeCompare(b, "de"));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.assignments-change",
      objectType: "User",
      objectId: userId,
      details: { email: user.email, added: sortedNames(added), removed: sortedNames(removed) },
    });
    return CHANGED;
  });
}

export async function disableUser({ actor, input }: { actor: Actor | null; input: UserIdInput }): Promise<UserChangeResult> {
  assertCan(actor, { action: "user.manage" });
  const { userId } = input;
  if (userId === actor.id) throw new AppError("self-disable");

  return db.$transaction(async (tx) => {
    const user = await lockUser(tx, userId);
    if (user.disabledAt) return UNCHANGED;
    const now = new Date();
    await tx.user.update({ where: { id: userId }, data: { disabledAt: now, sessionVersion: { increment: 1 } } });
    const spentLinks = await tx.authToken.updateMany({ where: { email: user.email, usedAt: null }, data: { usedAt: now } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.disable",
      objectType: "User",
      objectId: userId,
      details: { email: user.email, spentLinks: spentLinks.count },
    });
    return CHANGED;
  });
}

export async function enableUser({ actor, input }: { actor: Actor | null; input: UserIdInput }): Promise<UserChangeResult> {
  assertCan(actor, { action: "user.manage" });
  const { userId } = input;

  return db.$transaction(async (tx) => {
    const user = await lockUser(tx, userId);
    if (!user.disabledAt) return UNCHANGED;
    // No new session version needed: disabling already ended every session of the user.
    await tx.user.update({ where: { id: userId }, data: { disabledAt: null } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.enable",
      objectType: "User",
      objectId: userId,
      details: { email: user.email, disabledSince: user.disabledAt.toISOString() },
    });
    return CHANGED;
  });
}
