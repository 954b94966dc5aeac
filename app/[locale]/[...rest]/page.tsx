import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { NotFoundPage, notFoundMetadata } from "@/components/layout/not-found-page";

/**
 * Rendered on demand and cached like the other public pages: only a cached (prerendered) page can
 * answer 404 while it shows its text without JavaScript (components/layout/not-found-page.tsx) — a
 * page rendered for each request answers 200 then. The cache is bounded (lib/cache/cache-store.mjs),
 * so addresses made up by crawlers only push out the oldest entries.
 */
export function generateStaticParams() {
  return [];
}

/**
 * Not just the site's name in the tab and in search results: the address leads nowhere. (Here and in
 * the pages that answer 404 themselves, e.g. a profile's: not-found.tsx cannot have metadata of its
 * own — without the page's params, next-intl would read the request headers and a cached page would
 * turn dynamic.)
 */
export async function generateMetadata({ params }: PageProps<"/[locale]/[...rest]">): Promise<Metadata> {
  return notFoundMetadata((await params).locale);
}

/** Any path that matches no page renders the localized 404 page inside the site layout (status 404). */
export default async function CatchAll({ params }: PageProps<"/[locale]/[...rest]">) {
  setRequestLocale((await params).locale);
  return <NotFoundPage />;
}
