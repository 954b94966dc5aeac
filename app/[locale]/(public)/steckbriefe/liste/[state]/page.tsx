import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageContainer } from "@/components/layout/page-container";
import { DemoSourcesNote } from "@/components/listing/demo-sources-note";
import { KindFilter } from "@/components/listing/kind-filter";
import { Pagination } from "@/components/listing/pagination";
import { ProfileCard } from "@/components/profile/profile-card";
import { SiteLink } from "@/components/layout/site-link";
import { countProfilesByKind, findListingPage } from "@/lib/public/listing";
import { KIND_BY_SLUG, listingHref, listingStateFromSegment, PAGE_SIZE, pageCountOf, type ListingState } from "@/lib/public/listing-params";

/**
 * The listing, `/steckbriefe?typ=…&seite=…`. Visitors never see this path: proxy.ts rewrites the
 * canonical query onto it (`/steckbriefe/liste/typ%3Dstadt%26seite%3D2`, "alle" without filter) and
 * answers a direct request of it with 404. So each state is one cached page — rendered on its first
 * visit, served from the cache until a publication, an archive or a municipality edit invalidates
 * PUBLIC_TAGS.profiles / .municipalities. A segment that is not canonical, and a page beyond the
 * last, are 404 (an honest answer; a new publication may bring that page into being, and the
 * invalidation then replaces the cached 404).
 */
export function generateStaticParams() {
  return [];
}

type Props = PageProps<"/[locale]/steckbriefe/liste/[state]">;

async function stateOf(params: Props["params"]): Promise<ListingState> {
  const { state } = await params;
  const parsed = listingStateFromSegment(state);
  if (!parsed) notFound();
  return parsed;
}

async function headingOf(state: ListingState): Promise<string> {
  const [t, tKinds] = await Promise.all([getTranslations("Listing"), getTranslations("Kinds")]);
  const [kind] = state.typ;
  return kind && state.typ.length === 1 ? t("titleKind", { group: tKinds(`groupTitle.${KIND_BY_SLUG[kind]}`) }) : t("titleAll");
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const state = await stateOf(params);
  const t = await getTranslations("Listing");
  return {
    title: t("metaTitle", { filter: await headingOf(state), page: state.seite }),
    description: t("metaDescription"),
    alternates: { canonical: listingHref(state) },
  };
}

export default async function ListingPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const state = await stateOf(params);
  const [t, heading, page, counts] = await Promise.all([
    getTranslations("Listing"),
    headingOf(state),
    findListingPage({ typ: state.typ.length === 1 ? state.typ[0] : undefined, seite: state.seite }),
    countProfilesByKind(),
  ]);
  if (page.cards.length === 0 && state.seite > 1) notFound();
  const pageCount = pageCountOf(page.total);
  const from = (state.seite - 1) * PAGE_SIZE + 1;

  return (
    <>
      <div className="border-b border-line bg-surface">
        <PageContainer className="py-8 sm:py-12">
          <h1 className="text-3xl leading-tight sm:text-4xl">{heading}</h1>
          <p className="mt-4 max-w-3xl text-lg">{t("intro")}</p>
          <div className="mt-6">
            <KindFilter state={state} counts={counts} />
          </div>
        </PageContainer>
      </div>

      <PageContainer className="py-8">
        {page.hasDemo && <DemoSourcesNote className="mb-8" />}
        <section aria-labelledby="ergebnisse-titel">
          <h2 id="ergebnisse-titel" className="sr-only">
            {t("resultsTitle")}
          </h2>
          <p className="text-lg font-semibold" data-testid="result-count">
            {t("count", { count: page.total })}{" "}
            {pageCount > 1 && (
              <span className="ml-1 font-normal text-muted">
                ({t("range", { from, to: from + page.cards.length - 1, total: page.total })})
              </span>
            )}
          </p>
          {page.cards.length === 0 ? (
            <div className="mt-6">
              <p>{t("empty")}</p>
              {state.typ.length > 0 && (
                <p className="mt-2">
                  <SiteLink href={listingHref({})}>{t("emptyAll")}</SiteLink>
                </p>
              )}
            </div>
          ) : (
            <ul className="mt-6 grid gap-5 sm:grid-cols-2 lg:grid-cols-3" data-testid="listing-cards">
              {page.cards.map((card) => (
                <li key={card.slug}>
                  <ProfileCard card={card} />
                </li>
              ))}
            </ul>
          )}
          <Pagination state={state} pageCount={pageCount} />
        </section>
      </PageContainer>
    </>
  );
}
