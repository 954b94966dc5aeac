import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/authz/policy";
import { fieldErrors } from "@/lib/forms/field-errors";
import messages from "@/lib/i18n/messages/de/admin.json";
import { refused, unchanged, type Invalid, type Refused, type Unchanged } from "./results";
import {
  changeAssignmentsSchema,
  changeRoleSchema,
  userIdSchema,
  type ChangeAssignmentsInput,
  type ChangeRoleInput,
  type UserIdInput,
} from "./user-schema";

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
 */

export type UserChangeResult = { status: "saved" } | Unchanged | Invalid | Refused;

export async function listUsersForAdmin(actor: Actor | null) {
  assertCan(actor, { action: "user.manage" });
  return db.user.findMany({
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
  if (!userIdSchema.safeParse({ userId }).success) return null;
  return db.user.findUnique({
    where: { id: userId },
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

async function lockUser(tx: Prisma.TransactionClient, userId: string) {
  await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${userId}::uuid FOR UPDATE`;
  return tx.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, role: true, disabledAt: true, assignments: { select: { municipalityId: true } } },
  });
}

export async function changeUserRole({ actor, input }: { actor: Actor | null; input: ChangeRoleInput }): Promise<UserChangeResult> {
  assertCan(actor, { action: "user.manage" });
  const parsed = changeRoleSchema.safeParse(input);
  if (!parsed.success) return { status: "invalid", errors: fieldErrors(parsed.error) };
  const { userId, role } = parsed.data;
  if (userId === actor.id && role !== actor.role) return refused("self-demote");

  return db.$transaction(async (tx) => {
    const user = await lockUser(tx, userId);
    if (!user) return refused("user-not-found");
    if (user.role === role) return unchanged;
    // Municipalities matter only for editors; whoever stops being one loses them, so that they
    // do not silently come back with a later role change.
    const removed =
      role !== "EDITOR" && user.assignments.length > 0
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
    return { status: "saved" as const };
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
  const parsed = changeAssignmentsSchema.safeParse(input);
  if (!parsed.success) return { status: "invalid", errors: fieldErrors(parsed.error) };
  const { userId, municipalityIds } = parsed.data;

  return db.$transaction(async (tx) => {
    const user = await lockUser(tx, userId);
    if (!user) return refused("user-not-found");
    if (user.role !== "EDITOR") return refused("not-editor");
    const chosen = await tx.municipality.findMany({ where: { id: { in: municipalityIds } }, select: { id: true } });
    if (chosen.length !== municipalityIds.length) {
      return { status: "invalid" as const, errors: { municipalityIds: messages.AdminUser.errors.municipalityUnknown } };
    }
    const before = new Set(user.assignments.map((a) => a.municipalityId));
    const after = new Set(municipalityIds);
    const added = municipalityIds.filter((id) => !before.has(id));
    const removed = [...before].filter((id) => !after.has(id));
    if (added.length === 0 && removed.length === 0) return unchanged;

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
    return { status: "saved" as const };
  });
}

export async function disableUser({ actor, input }: { actor: Actor | null; input: UserIdInput }): Promise<UserChangeResult> {
  assertCan(actor, { action: "user.manage" });
  const parsed = userIdSchema.safeParse(input);
  if (!parsed.success) return { status: "invalid", errors: fieldErrors(parsed.error) };
  const { userId } = parsed.data;
  if (userId === actor.id) return refused("self-disable");

  return db.$transaction(async (tx) => {
    const user = await lockUser(tx, userId);
    if (!user) return refused("user-not-found");
    if (user.disabledAt) return unchanged;
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
    return { status: "saved" as const };
  });
}

export async function enableUser({ actor, input }: { actor: Actor | null; input: UserIdInput }): Promise<UserChangeResult> {
  assertCan(actor, { action: "user.manage" });
  const parsed = userIdSchema.safeParse(input);
  if (!parsed.success) return { status: "invalid", errors: fieldErrors(parsed.error) };
  const { userId } = parsed.data;

  return db.$transaction(async (tx) => {
    const user = await lockUser(tx, userId);
    if (!user) return refused("user-not-found");
    if (!user.disabledAt) return unchanged;
    // No new session version needed: disabling already ended every session of the user.
    await tx.user.update({ where: { id: userId }, data: { disabledAt: null } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.enable",
      objectType: "User",
      objectId: userId,
      details: { email: user.email, disabledSince: user.disabledAt.toISOString() },
    });
    return { status: "saved" as const };
  });
}
