import "server-only";
import { cachedPublicRead, PUBLIC_TAGS } from "@/lib/cache/public-cache";
import { db } from "@/lib/db";
import { LISTING_PATH } from "./listing-params";
import { PUBLICLY_VISIBLE } from "./visibility";

/**
 * What the sitemaps list (app/sitemaps/sitemap.ts, indexed by app/sitemap.xml/route.ts): the public pages and every
 * publicly visible profile (PUBLICLY_VISIBLE, so no draft and nothing archived). Search engines take at
 * most 50,000 addresses per sitemap; more are split into several sitemaps under one index. The limit is
 * a parameter so that the split is tested with small numbers.
 */
export const SITEMAP_URL_LIMIT = 50_000;

/**
 * The public pages worth indexing, without the language prefix. Left out: the comparison (it needs
 * profiles chosen in its address), the listing's internal route and search results (`noindex`).
 */
export const PUBLIC_PAGE_PATHS = [
  "/",
  LISTING_PATH,
  "/karte",
  "/ueber-das-programm",
  "/leichte-sprache",
  "/barrierefreiheit",
  "/impressum",
  "/datenschutz",
] as const;

export interface SitemapEntry {
  /** a path of the portal without the language prefix */
  path: string;
  /** ISO time of the published version; absent for the plain pages */
  lastModified?: string;
}

/** How many sitemaps of at most `limit` addresses there are: the pages come first, then the profiles in slug order. */
export const countSitemaps = cachedPublicRead(
  async (limit: number): Promise<number> => {
    const profiles = await db.profile.count({ where: PUBLICLY_VISIBLE });
    return Math.max(1, Math.ceil((PUBLIC_PAGE_PATHS.length + profiles) / limit));
  },
  ["public-sitemap-count"],
  () => [PUBLIC_TAGS.profiles],
);

/** The entries of sitemap number `index` (0-based) of at most `limit` addresses. */
export const sitemapEntries = cachedPublicRead(
  async (index: number, limit: number): Promise<SitemapEntry[]> => {
    const pages = PUBLIC_PAGE_PATHS.length;
    const first = index * limit; // position in the whole list: pages, then profiles
    const pageEntries: SitemapEntry[] = PUBLIC_PAGE_PATHS.slice(first, first + limit).map((path) => ({ path }));
    // Offset paging over the unique slug index: one query per sitemap, and each result is cached.
    const profiles = await db.profile.findMany({
      where: PUBLICLY_VISIBLE,
      orderBy: { slug: "asc" },
      skip: Math.max(0, first - pages),
      take: limit - pageEntries.length,
      select: { slug: true, firstPublishedAt: true, publishedVersion: { select: { publishedAt: true } } },
    });
    return [
      ...pageEntries,
      ...profiles.map(({ slug, firstPublishedAt, publishedVersion }) => ({
        path: `${LISTING_PATH}/${slug}`,
        lastModified: (publishedVersion?.publishedAt ?? firstPublishedAt)?.toISOString(),
      })),
    ];
  },
  ["public-sitemap"],
  () => [PUBLIC_TAGS.profiles],
);
