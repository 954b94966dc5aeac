import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StatisticsView } from "@/components/statistics/statistics-view";
import { DEFAULT_LISTING_STATE } from "@/lib/public/listing-params";
import { publicPageMetadata } from "@/lib/public/page-metadata";

/**
 * Statistics of all published Steckbriefe (`/statistik`). A page without query: rendered on its first
 * visit and served from the cache until a publication, archive or catalogue edit invalidates the
 * public tags, like the other public pages. With the listing's parameters (`/statistik?typ=stadt`)
 * proxy.ts serves the selection's own cached route (./auswahl/[state]).
 */
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Statistics");
  return publicPageMetadata({ path: "/statistik", title: t("metaTitle"), description: t("metaDescription") });
}

export default async function StatisticsPage({ params }: PageProps<"/[locale]/statistik">) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <StatisticsView state={DEFAULT_LISTING_STATE} />;
}
