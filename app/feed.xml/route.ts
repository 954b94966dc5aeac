import { publicBaseUrl } from "@/lib/env";
import { getServerTranslator } from "@/lib/i18n/server-translator";
import { atomFeedXml, FEED_SIZE, listFeedEntries } from "@/lib/public/feed";
import { answeringOutage } from "@/lib/api/http";

/** Rendered on request, not at build time (the build has no database, and the entries are data); the data is cached (lib/cache). */
export const dynamic = "force-dynamic";

/**
 * The Atom feed of newly published and updated Steckbriefe. Public by design: it carries only the
 * published versions' titles and teasers (lib/public/feed.ts). Served outside the proxy (its matcher
 * skips addresses with a dot), so it is German, the portal's default language.
 */
export const GET = answeringOutage(async function GET(): Promise<Response> {
  const [t, entries] = await Promise.all([getServerTranslator(), listFeedEntries(FEED_SIZE)]);
  const xml = atomFeedXml(
    entries,
    { title: t("Feed.title"), subtitle: t("Feed.subtitle"), author: t("Metadata.publisher") },
    publicBaseUrl(),
  );
  return new Response(xml, {
    headers: {
      "Content-Type": "application/atom+xml; charset=utf-8",
      // Feed readers poll: let shared caches answer for a few minutes; the data is cached and invalidated
      // on publication (PUBLIC_TAGS.profiles).
      "Cache-Control": "public, max-age=300, s-maxage=300, stale-while-revalidate=3600",
    },
  });
});
