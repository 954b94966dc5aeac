import { getLocale, getTranslations } from "next-intl/server";
import { germanPart } from "@/components/ui/german-part";
import { PageContainer } from "@/components/layout/page-container";
import { SiteLink } from "@/components/layout/site-link";
import { DemoSourcesNote } from "@/components/listing/demo-sources-note";
import { Pagination } from "@/components/listing/pagination";
import { SearchForm } from "@/components/listing/search-form";
import type { ListingState } from "@/lib/public/listing-params";
import { findRecommendations } from "@/lib/public/recommendations";
import { RECOMMENDATIONS_PATH, recommendationsHref } from "@/lib/public/recommendations-params";
import { searchPublicProfiles } from "@/lib/search/search-profiles";
import { TopicSection, topicAnchor } from "./topic-section";

/**
 * "Was anderswo funktioniert hat" for one state (the unfiltered page and every filtered one): the
 * search's filter form (a plain GET form to /empfehlungen, without sort), the count, a table of contents
 * of the topics, and per topic its first items with a link to all of them. With exactly one topic chosen,
 * that topic's items are paged instead.
 */
export async function RecommendationsView({ state }: { state: ListingState }) {
  const [t, locale, result, search] = await Promise.all([
    getTranslations("Recommendations"),
    getLocale(),
    findRecommendations(state),
    // The facets and their counts, as on the listing (the same cached search).
    searchPublicProfiles({ ...state, sort: null, seite: 1 }),
  ]);
  const single = state.thema.length === 1;
  const hasDemo = result.topics.some((topic) => topic.items.some((item) => item.isDemo));

  return (
    <>
      <div className="border-b border-line bg-surface">
        <PageContainer className="py-8 sm:py-12">
          <h1 className="text-3xl leading-tight sm:text-4xl">{t("title")}</h1>
          <p className="mt-4 max-w-3xl text-lg">{t("intro")}</p>
          <div className="mt-6">
            <SearchForm state={state} result={search} path={RECOMMENDATIONS_PATH} sortable={false} live={false} />
          </div>
        </PageContainer>
      </div>

      <PageContainer className="py-8">
        <p className="text-lg font-semibold" role="status" data-testid="recommendations-count">
          {t("summary", { profiles: result.profileCount, topics: result.topics.length })}
        </p>
        {hasDemo && <DemoSourcesNote className="mt-6" />}

        {result.topics.length === 0 ? (
          <div className="mt-6" data-testid="recommendations-empty">
            <p>{t("empty")}</p>
            <p className="mt-2">
              <SiteLink href={RECOMMENDATIONS_PATH}>{t("emptyAll")}</SiteLink>
            </p>
          </div>
        ) : (
          <>
            {result.topics.length > 1 && (
              <nav aria-labelledby="themen-titel" className="mt-6 rounded-lg border border-line bg-surface p-5">
                <h2 id="themen-titel" className="text-xl">
                  {t("tocTitle")}
                </h2>
                <ul className="mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
                  {result.topics.map((topic) => (
                    <li key={topic.slug}>
                      <a href={`#${topicAnchor(topic.slug)}`} className="inline-flex min-h-11 items-center">
                        {t.rich("tocEntry", { topic: topic.name, count: topic.municipalityCount, de: germanPart(locale) })}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            )}
            <div className="mt-10 flex flex-col gap-12">
              {result.topics.map((topic) => (
                <TopicSection key={topic.slug} topic={topic} state={state} preview={!single} />
              ))}
            </div>
            {single && (
              <>
                <Pagination state={{ ...state, seite: result.page }} pageCount={result.pageCount} path={RECOMMENDATIONS_PATH} />
                <p className="mt-8">
                  <SiteLink href={recommendationsHref({ ...state, thema: [] })} className="font-semibold">
                    {t("allTopics")}
                  </SiteLink>
                </p>
              </>
            )}
          </>
        )}
      </PageContainer>
    </>
  );
}
