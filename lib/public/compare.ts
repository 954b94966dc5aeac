import "server-only";
import { db } from "@/lib/db";
import type { FieldKey } from "@/lib/profiles/fields";
import { findPublicProfile, type PublicProfile } from "./queries";
import { PUBLICLY_VISIBLE } from "./visibility";

/**
 * The comparison of 2–4 published profiles (`/vergleich?ids=<slug>,<slug>`): which profiles the
 * address names, and the key facts that are set side by side. The profiles themselves are the
 * public DTOs of lib/public, so the comparison shows nothing a profile page would not.
 */

export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The slugs named by `ids` (comma-separated, possibly repeated): well-formed, each once, at most
 * COMPARE_MAX — what does not fit is dropped, never an error page.
 */
export function parseCompareSlugs(ids: string | string[] | undefined): string[] {
  const raw = (Array.isArray(ids) ? ids.join(",") : (ids ?? "")).slice(0, 2000);
  const slugs = raw
    .split(",")
    .map((part) => part.trim().toLowerCase())
    .filter((part) => SLUG.test(part) && part.length <= 120);
  return [...new Set(slugs)].slice(0, COMPARE_MAX);
}

/** The comparison's address for these slugs (the page's canonical form). */
export function compareHref(slugs: readonly string[]): string {
  return slugs.length === 0 ? "/vergleich" : `/vergleich?ids=${slugs.join(",")}`;
}

/** Registry fields in the key-facts table, in this order (municipality facts come before them). */
export const COMPARE_FACT_FIELDS = [
  "formatIds",
  "eventDates",
  "eventCount",
  "participantCount",
  "costTotal",
  "costFunding",
  "topicIds",
] as const satisfies readonly FieldKey[];

/** Total cost per participant, when both are known: the figure people ask for first. */
export function costPerParticipant(profile: PublicProfile): number | null {
  const { costTotal, participantCount } = profile.content;
  if (costTotal === null || participantCount === null || participantCount <= 0) return null;
  return Math.round((costTotal / participantCount) * 100) / 100;
}

export interface Comparison {
  profiles: PublicProfile[];
  /** slugs in the address that name no published profile (withdrawn, mistyped) */
  missing: string[];
}

export async function loadComparison(slugs: readonly string[]): Promise<Comparison> {
  const lookups = await Promise.all(slugs.map(async (slug) => ({ slug, lookup: await findPublicProfile(slug) })));
  return {
    profiles: lookups.flatMap(({ lookup }) => (lookup.status === "published" ? [lookup.profile] : [])),
    missing: lookups.flatMap(({ slug, lookup }) => (lookup.status === "published" ? [] : [slug])),
  };
}

export interface CompareCandidate {
  slug: string;
  title: string;
  municipalityName: string;
}

/**
 * Published profiles whose title or municipality contains `term`, to add to the comparison (works
 * without JavaScript: a GET form lists them with links). At most ten.
 */
export async function findCompareCandidates(term: string, exclude: readonly string[]): Promise<CompareCandidate[]> {
  const query = term.trim().slice(0, 100);
  if (query.length < 2) return [];
  const rows = await db.profile.findMany({
    where: {
      ...PUBLICLY_VISIBLE,
      slug: { notIn: [...exclude] },
      OR: [
        { municipality: { name: { contains: query, mode: "insensitive" } } },
        { publishedVersion: { title: { contains: query, mode: "insensitive" } } },
      ],
    },
    select: { slug: true, municipality: { select: { name: true } }, publishedVersion: { select: { title: true } } },
    orderBy: [{ municipality: { name: "asc" } }, { slug: "asc" }],
    take: 10,
  });
  return rows.map((row) => ({ slug: row.slug, title: row.publishedVersion?.title ?? "", municipalityName: row.municipality.name }));
}
