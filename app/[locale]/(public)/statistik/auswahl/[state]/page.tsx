import type { Metadata } from "next";
import { notFound } from "next/navigation";
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

async function stateOf(params: Props["params"]): Promise<ListingState> {
  const { state } = await params;
  const parsed = listingStateFromSegment(state);
  if (!parsed || !statisticsQuery(parsed) || statisticsQuery(parsed) !== serializeListingState(parsed)) notFound();
  return parsed;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const state = await stateOf(params);
  const t = await getTranslations("Statistics");
  return { title: t("titleFiltered"), description: t("metaDescription"), alternates: { canonical: statisticsHref(state) } };
}

export default async function SelectionStatisticsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <StatisticsView state={await stateOf(params)} />;
}
