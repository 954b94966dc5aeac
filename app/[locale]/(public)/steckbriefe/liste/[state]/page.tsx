import type { Metadata } from "next";
import { NotFoundPage, notFoundMetadata } from "@/components/layout/not-found-page";
import { publicPageMetadata } from "@/lib/public/page-metadata";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageContainer } from "@/components/layout/page-container";
import { DemoSourcesNote } from "@/components/listing/demo-sources-note";
import { Pagination } from "@/components/listing/pagination";
import { EmptyResult, hasFilter } from "@/components/listing/empty-result";
import { SearchForm } from "@/components/listing/search-form";
import { ProfileCard } from "@/components/profile/profile-card";
import { localizedHref } from "@/components/layout/site-link";
import { COMPARE_MAX } from "@/lib/public/compare";
import { KIND_BY_SLUG, listingHref, listingStateFromSegment, PAGE_SIZE, type ListingState } from "@/lib/public/listing-params";
import { FACETS } from "@/lib/search/search-params";
import { searchPublicProfiles } from "@/lib/search/search-profiles";

/**
 * The listing and search, `/steckbriefe?q=…&typ=…&thema=…&seite=…`. Visitors never see this path:
 * proxy.ts rewrites the canonical query onto it (`/steckbriefe/liste/typ%3Dstadt%26seite%3D2`, "alle"
 * without any parameter) and answers a direct request of it with 404. So each state is one cached page —
 * rendered on its first visit, served from the cache until a publication, an archive or a catalogue or
 * municipality edit invalidates the public tags. A segment that is not canonical, and a page beyond the
 * last, are 404 (an honest answer; a new publication may bring that page into being, and the
 * invalidation then replaces the cached 404).
 */
export function generateStaticParams() {
  return [];
}

type Props = PageProps<"/[locale]/steckbriefe/liste/[state]">;

/** The listing state of the segment; null when it is not a canonical one (the page is then the 404 page). */
async function stateOf(params: Props["params"]): Promise<ListingState | null> {
  const { state } = await params;
  return listingStateFromSegment(state);
}

async function headingOf(state: ListingState): Promise<string> {
  const [t, tKinds] = await Promise.all([getTranslations("Listing"), getTranslations("Kinds")]);
  if (state.q) return t("titleSearch", { q: state.q });
  const [kind] = state.typ;
  const onlyKind = FACETS.every((facet) => facet === "typ" || state[facet].length === 0);
  if (kind && state.typ.length === 1 && onlyKind) return t("titleKind", { group: tKinds(`groupTitle.${KIND_BY_SLUG[kind]}`) });
  return hasFilter(state) ? t("titleFiltered") : t("titleAll");
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const state = await stateOf(params);
  if (!state) return notFoundMetadata((await params).locale);
  const t = await getTranslations("Listing");
  // One state, one address (proxy.ts redirects any other spelling to it). Search results are not worth
  // indexing (endless, thin variations); filtered and deeper pages are, they lead to every profile.
  return publicPageMetadata({
    path: listingHref(state),
    title: t("metaTitle", { filter: await headingOf(state), page: state.seite }),
    description: t("metaDescription"),
    noindex: state.q !== "",
  });
}

export default async function ListingPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const state = await stateOf(params);
  if (!state) return <NotFoundPage />;
  const [t, heading, result, compareAction] = await Promise.all([
    getTranslations("Listing"),
    headingOf(state),
    searchPublicProfiles(state),
    localizedHref("/vergleich"),
  ]);
  if (result.items.length === 0 && state.seite > 1) return <NotFoundPage />;
  const from = (state.seite - 1) * PAGE_SIZE + 1;

  return (
    <>
      <div className="border-b border-line bg-surface">
        <PageContainer className="py-8 sm:py-12">
          <h1 className="text-3xl leading-tight sm:text-4xl">{heading}</h1>
          <p className="mt-4 max-w-3xl text-lg">{t("intro")}</p>
          <div className="mt-6">
            <SearchForm state={state} result={result} />
          </div>
        </PageContainer>
      </div>

      <PageContainer className="py-8">
        {result.items.some((item) => item.isDemo) && <DemoSourcesNote className="mb-8" />}
        <section aria-labelledby="ergebnisse-titel">
          <h2 id="ergebnisse-titel" className="sr-only">
            {t("resultsTitle")}
          </h2>
          <p className="text-lg font-semibold" data-testid="result-count" role="status">
            {t("count", { count: result.total })}{" "}
            {result.pageCount > 1 && (
              <span className="ml-1 font-normal text-muted">
                ({t("range", { from, to: from + result.items.length - 1, total: result.total })})
              </span>
            )}
          </p>
          {result.matchMode === "fuzzy" && <p className="mt-2">{t("fuzzy", { q: state.q })}</p>}
          {result.items.length === 0 ? (
            <EmptyResult state={state} result={result} />
          ) : (
            // Picking profiles to compare is a plain GET form to the comparison: works without JavaScript.
            <form method="get" action={compareAction} aria-label={t("compareForm")}>
              <ul className="mt-6 grid gap-5 sm:grid-cols-2 lg:grid-cols-3" data-testid="listing-cards">
                {result.items.map((item) => (
                  <li key={item.slug} className="flex flex-col gap-2">
                    <ProfileCard card={item} highlight={state.q ? { title: item.titleMarked, snippet: item.snippet } : undefined} />
                    <label className="inline-flex min-h-11 items-center gap-2 text-base">
                      <input type="checkbox" name="ids" value={item.slug} className="size-5 shrink-0 accent-brand-700" />
                      {t("comparePick", { title: item.title })}
                    </label>
                  </li>
                ))}
              </ul>
              <p className="mt-4 text-base text-muted">{t("compareHint", { max: COMPARE_MAX })}</p>
              <button
                type="submit"
                className="mt-2 inline-flex min-h-11 items-center rounded-md border-2 border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-100"
              >
                {t("compareSubmit")}
              </button>
            </form>
          )}
          <Pagination state={state} pageCount={result.pageCount} />
        </section>
      </PageContainer>
    </>
  );
}
