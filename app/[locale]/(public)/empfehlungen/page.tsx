import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RecommendationsView } from "@/components/recommendations/recommendations-view";
import { DEFAULT_LISTING_STATE } from "@/lib/public/listing-params";
import { RECOMMENDATIONS_PATH } from "@/lib/public/recommendations-params";
import { publicPageMetadata } from "@/lib/public/page-metadata";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Recommendations");
  return publicPageMetadata({ path: RECOMMENDATIONS_PATH, title: t("metaTitle"), description: t("metaDescription") });
}

/**
 * "Was anderswo funktioniert hat" without filters: a static page, served from the cache until a
 * publication, archive or catalogue or municipality edit invalidates the public tags. Filtered states
 * (`/empfehlungen?thema=wohnen`) are rewritten by proxy.ts onto ./auswahl/[state], one cached page each.
 */
export default async function RecommendationsPage({ params }: PageProps<"/[locale]/empfehlungen">) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <RecommendationsView state={DEFAULT_LISTING_STATE} />;
}
