import type { Metadata } from "next";
import { NotFoundPage, notFoundMetadata } from "@/components/layout/not-found-page";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StatisticsView } from "@/components/statistics/statistics-view";
import { listingStateFromSegment, serializeListingState, type ListingState } from "@/lib/public/listing-params";
import { statisticsHref, statisticsQuery } from "@/lib/statistics/paths";

/**
 * The statistics of one selection, `/statistik?typ=stadt&thema=wohnen`. Visitors never see this path:
 * proxy.ts rewrites the canonical query onto it (like the listing's `/steckbriefe/liste/[state]`), so
 * each selection is one cached page, invalidated with the public tags. A segment that is not the
 * canonical form of a selection (or holds sort or page, which mean nothing here) is 404.
 */
export function generateStaticParams() {
  return [];
}

type Props = PageProps<"/[locale]/statistik/auswahl/[state]">;

/** The selection of the segment; null when it is not a canonical one (the page is then the 404 page). */
async function stateOf(params: Props["params"]): Promise<ListingState | null> {
  const { state } = await params;
  const parsed = listingStateFromSegment(state);
  if (!parsed || !statisticsQuery(parsed) || statisticsQuery(parsed) !== serializeListingState(parsed)) return null;
  return parsed;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const state = await stateOf(params);
  if (!state) return notFoundMetadata((await params).locale);
  const t = await getTranslations("Statistics");
  return { title: t("titleFiltered"), description: t("metaDescription"), alternates: { canonical: statisticsHref(state) } };
}

export default async function SelectionStatisticsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const state = await stateOf(params);
  return state ? <StatisticsView state={state} /> : <NotFoundPage />;
}
