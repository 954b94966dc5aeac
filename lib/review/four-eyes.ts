import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/**
 * Four eyes (issue 14, finding 12): what a member of the programme team wrote into a version goes public
 * only after someone else has approved it. One-person teams can switch this off with
 * `REVIEW_FOUR_EYES=off`; an approval that needed the exception says so in its audit entry.
 */
export function fourEyesRequired(): boolean {
  return process.env.REVIEW_FOUR_EYES?.trim().toLowerCase() !== "off";
}

/** The actions by which someone writes a version's content (submitting is not writing it). */
const AUTHORING_ACTIONS = ["version.save", "version.restore"];

/** Whether `actorId` wrote any of this version's content: created it, saved it, or restored it from an older one. */
export async function isAuthorOf(tx: Prisma.TransactionClient, versionId: string, actorId: string): Promise<boolean> {
  const version = await tx.profileVersion.findUniqueOrThrow({ where: { id: versionId }, select: { createdById: true, updatedById: true } });
  if (version.createdById === actorId || version.updatedById === actorId) return true;
  const authored = await tx.auditLog.findFirst({
    where: { objectType: "ProfileVersion", objectId: versionId, actorId, action: { in: AUTHORING_ACTIONS } },
    select: { id: true },
  });
  return authored !== null;
}
