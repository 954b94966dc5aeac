import type { Prisma } from "@/generated/prisma/client";

/**
 * The one definition of "publicly visible": a profile with a published version that is not
 * archived. Every public channel (pages, listing, search, API, downloads, feeds, sitemap, PDF)
 * reads through lib/public and so through this `where`. Security decision: public reads skip the
 * policy because this rule is the whole rule — no draft and nothing archived can match it.
 *
 * In its own module without the database client, so that scripts (the demo seed writes search
 * documents through lib/search) can use it too; ./visibility.ts re-exports it.
 */
export const PUBLICLY_VISIBLE = {
  archivedAt: null,
  publishedVersionId: { not: null },
} satisfies Prisma.ProfileWhereInput;
