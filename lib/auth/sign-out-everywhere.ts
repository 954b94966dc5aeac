import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/authz/policy";

/**
 * Ends every session of the actor on every device: session cookies are JWTs that cannot be
 * revoked one by one, so the user's session version is bumped and every request compares it.
 */
export async function signOutEverywhere({ actor }: { actor: Actor | null }) {
  assertCan(actor, { action: "dashboard.view" });
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { sessionVersion: { increment: 1 } } });
    await recordAudit(tx, { actorId: actor.id, action: "auth.sign-out-everywhere", objectType: "User", objectId: actor.id });
  });
}
