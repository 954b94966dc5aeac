import type { Metadata } from "next";
import { NotFoundPage, notFoundMetadata } from "@/components/layout/not-found-page";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RecommendationsView } from "@/components/recommendations/recommendations-view";
import type { ListingState } from "@/lib/public/listing-params";
import { findRecommendations } from "@/lib/public/recommendations";
import { recommendationsHref, recommendationsStateFromSegment } from "@/lib/public/recommendations-params";

/**
 * A filtered state of "Was anderswo funktioniert hat" (`/empfehlungen?thema=wohnen&typ=stadt`). Visitors
 * never see this path: proxy.ts rewrites the canonical query onto it and answers a direct request with
 * 404 — like the listing (app/[locale]/(public)/steckbriefe/liste/[state]): each state is one page,
 * rendered on its first visit and served from the cache until the public tags are invalidated. A
 * segment that is not the canonical form of a filtered state, and a page beyond the last, are 404.
 */
export function generateStaticParams() {
  return [];
}

type Props = PageProps<"/[locale]/empfehlungen/auswahl/[state]">;

/** The state of the segment; null when it is not a canonical one (the page is then the 404 page). */
async function stateOf(params: Props["params"]): Promise<ListingState | null> {
  const { state } = await params;
  return recommendationsStateFromSegment(state);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const state = await stateOf(params);
  if (!state) return notFoundMetadata((await params).locale);
  const t = await getTranslations("Recommendations");
  const result = await findRecommendations(state);
  const onlyTopic = state.thema.length === 1 ? result.topics[0] : undefined;
  return {
    title: onlyTopic ? t("metaTitleTopic", { topic: onlyTopic.name, page: state.seite }) : t("metaTitleFiltered"),
    description: t("metaDescription"),
    alternates: { canonical: recommendationsHref(state) },
  };
}

export default async function FilteredRecommendationsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const state = await stateOf(params);
  if (!state) return <NotFoundPage />;
  const result = await findRecommendations(state);
  if (state.seite > result.pageCount) return <NotFoundPage />;
  return <RecommendationsView state={state} />;
}
