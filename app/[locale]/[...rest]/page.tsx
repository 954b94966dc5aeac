import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

/**
 * Not just the site's name in the tab and in search results: the address leads nowhere. (Here and in
 * the pages that answer 404 themselves, e.g. a profile's: not-found.tsx cannot have metadata of its
 * own — without the page's params, next-intl would read the request headers and a cached page would
 * turn dynamic.)
 */
export async function generateMetadata({ params }: PageProps<"/[locale]/[...rest]">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "NotFound" });
  return { title: t("metaTitle"), robots: { index: false } };
}

/** Any path that matches no page renders the localized 404 page inside the site layout. */
export default function CatchAll() {
  notFound();
}
