import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";

/**
 * The one definition of "publicly visible": a profile with a published version that is not
 * archived. Every public channel (pages, listing, search, API, downloads, feeds, sitemap, PDF)
 * reads through lib/public and so through this `where`. Security decision: public reads skip the
 * policy because this rule is the whole rule — no draft and nothing archived can match it.
 */
export const PUBLICLY_VISIBLE = {
  archivedAt: null,
  publishedVersionId: { not: null },
} satisfies Prisma.ProfileWhereInput;

export type PublicStatus = "published" | "archived" | "not-found";

/** What a public address of a profile answers: the page, 410 Gone, or 404. */
export async function publicProfileStatus(slug: string): Promise<PublicStatus> {
  const profile = await db.profile.findUnique({ where: { slug }, select: { archivedAt: true, publishedVersionId: true } });
  if (!profile || !profile.publishedVersionId) return "not-found";
  return profile.archivedAt ? "archived" : "published";
}
