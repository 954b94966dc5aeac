import "server-only";
import { db } from "@/lib/db";

/** The one definition of "publicly visible" (./publicly-visible.ts). */
export { PUBLICLY_VISIBLE } from "./publicly-visible";

export type PublicStatus = "published" | "archived" | "not-found";

/** What a public address of a profile answers: the page, 410 Gone, or 404. */
export async function publicProfileStatus(slug: string): Promise<PublicStatus> {
  const profile = await db.profile.findUnique({ where: { slug }, select: { archivedAt: true, publishedVersionId: true } });
  if (!profile || !profile.publishedVersionId) return "not-found";
  return profile.archivedAt ? "archived" : "published";
}
