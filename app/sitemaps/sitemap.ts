import type { MetadataRoute } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { publicBaseUrl } from "@/lib/env";
import { routing } from "@/lib/i18n/routing";
import { localizePath } from "@/lib/i18n/localize-path";
import { countSitemaps, SITEMAP_URL_LIMIT, sitemapEntries } from "@/lib/public/sitemap";

/**
 * The sitemaps, `/sitemaps/sitemap/0.xml`, `/sitemaps/sitemap/1.xml` … (at most 50,000 addresses each,
 * lib/public/sitemap.ts); `/sitemap.xml` is their index (app/sitemap.xml/route.ts), which robots.txt
 * names. In a folder of their own: Next reserves `/sitemap.xml` for an `app/sitemap.ts` even when it
 * splits with generateSitemaps (and then serves no index there), so the index could not live beside it.
 *
 * Next calls generateSitemaps at build time too (as the route's static params). The build needs no
 * database, so it gets none there: every sitemap is then rendered on request, from the cached reads.
 */
export async function generateSitemaps(): Promise<{ id: number }[]> {
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return [];
  return Array.from({ length: await countSitemaps(SITEMAP_URL_LIMIT) }, (_, id) => ({ id }));
}

export default async function sitemap({ id }: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  const base = publicBaseUrl();
  const entries = await sitemapEntries(Number(await id), SITEMAP_URL_LIMIT);
  return entries.map(({ path, lastModified }) => ({
    url: new URL(localizePath(path, routing.defaultLocale), base).href,
    ...(lastModified ? { lastModified } : {}),
  }));
}
