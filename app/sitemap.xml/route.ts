import { publicBaseUrl } from "@/lib/env";
import { countSitemaps, SITEMAP_URL_LIMIT } from "@/lib/public/sitemap";
import { sitemapIndexXml } from "@/lib/public/xml";
import { answeringOutage } from "@/lib/api/http";

/** Rendered on request, not at build time (the build has no database, and the number of sitemaps depends on the data); the data is cached (lib/cache). */
export const dynamic = "force-dynamic";

/**
 * The sitemap index: one entry per sitemap of app/sitemaps/sitemap.ts (Next serves those under
 * `/sitemaps/sitemap/<id>.xml`
 * but writes no index itself). Public by design: it names only public addresses.
 */
export const GET = answeringOutage(async function GET(): Promise<Response> {
  const base = publicBaseUrl();
  const count = await countSitemaps(SITEMAP_URL_LIMIT);
  const urls = Array.from({ length: count }, (_, id) => new URL(`/sitemaps/sitemap/${id}.xml`, base).href);
  return new Response(sitemapIndexXml(urls), {
    headers: {
      "Content-Type": "application/xml; charset=utf-8",
      // Search engines come rarely; shared caches may keep it for an hour, the data itself is cached
      // and invalidated on publication (lib/cache).
      "Cache-Control": "public, max-age=0, s-maxage=3600, stale-while-revalidate=86400",
    },
  });
});
