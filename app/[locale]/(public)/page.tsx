import type { Metadata } from "next";
import { publicPageMetadata } from "@/lib/public/page-metadata";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageContainer } from "@/components/layout/page-container";
import { DemoSourcesNote } from "@/components/listing/demo-sources-note";
import { ProfileCard } from "@/components/profile/profile-card";
import { localizedHref, SiteLink } from "@/components/layout/site-link";
import { findStartPageGroups } from "@/lib/public/listing";
import { LISTING_PATH, listingHref, SLUG_BY_KIND } from "@/lib/public/listing-params";
import { EMPTY_SEARCH, MAX_QUERY_LENGTH } from "@/lib/search/search-params";
import { searchPublicProfiles } from "@/lib/search/search-profiles";
import { profileTextLang } from "@/lib/i18n/content-language";

/** Anchors of the groups (the jump links at the top). */
const GROUP_ANCHORS = { LANDKREIS: "landkreise", STADT: "staedte", GEMEINDE: "gemeinden" } as const;
/** Cards per group: the start page stays short at any number of profiles; the listing has them all. */
const RECENT_PER_GROUP = 3;
/** Topic shortcuts: the topics with the most profiles. */
const TOPIC_SHORTCUTS = 6;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Home");
  return publicPageMetadata({ path: "/", title: `${t("title")} – ${t("metaTitle")}`, absoluteTitle: true });
}

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const textLang = profileTextLang(locale);
  const [t, tKinds, groups, unfiltered, searchAction] = await Promise.all([
    getTranslations("Home"),
    getTranslations("Kinds"),
    findStartPageGroups(RECENT_PER_GROUP),
    // The listing's own unfiltered search (cached, shared with /steckbriefe): its topic counts.
    searchPublicProfiles(EMPTY_SEARCH),
    localizedHref(LISTING_PATH),
  ]);
  const topics = unfiltered.facets.thema
    .filter((topic) => topic.count > 0)
    .toSorted((a, b) => b.count - a.count)
    .slice(0, TOPIC_SHORTCUTS);
  const count = Object.fromEntries(groups.map((group) => [group.kind, group.total])) as Record<(typeof groups)[number]["kind"], number>;
  const total = groups.reduce((sum, group) => sum + group.total, 0);

  return (
    <>
      <div className="border-b border-line bg-surface">
        <PageContainer className="py-10 sm:py-14">
          <p className="font-semibold text-brand-700">{t("eyebrow")}</p>
          <h1 className="mt-2 max-w-3xl text-3xl leading-tight sm:text-5xl">{t("title")}</h1>
          <p className="mt-5 max-w-3xl text-lg sm:text-xl">{t("intro")}</p>
          <form method="get" action={searchAction} role="search" aria-label={t("searchLabel")} className="mt-6 max-w-2xl">
            <label htmlFor="start-suche" className="block text-lg font-semibold">
              {t("searchQuery")}
            </label>
            <div className="mt-1 flex flex-wrap gap-3">
              <input
                id="start-suche"
                type="search"
                name="q"
                maxLength={MAX_QUERY_LENGTH}
                aria-describedby="start-suche-hinweis"
                className="block min-h-12 min-w-0 flex-1 basis-64 rounded-md border-2 border-ink/70 bg-white px-3 py-2 text-lg"
              />
              <button
                type="submit"
                className="inline-flex min-h-12 items-center rounded-md bg-brand-700 px-6 py-2 text-lg font-semibold text-white hover:bg-brand-800"
              >
                {t("searchSubmit")}
              </button>
            </div>
            <p id="start-suche-hinweis" className="mt-1 text-base text-muted">
              {t("searchHint")}
            </p>
          </form>
          {topics.length > 0 && (
            <nav aria-label={t("topicsLabel")} className="mt-5">
              <p className="font-semibold" aria-hidden="true">
                {t("topicsLabel")}
              </p>
              <ul className="mt-2 flex flex-wrap gap-2">
                {topics.map((topic) => (
                  <li key={topic.value}>
                    <SiteLink
                      lang={textLang}
                      href={listingHref({ thema: [topic.value] })}
                      className="inline-flex min-h-11 items-center gap-2 rounded-full border border-brand-700 bg-white px-4 py-1 text-brand-700 no-underline hover:bg-brand-50"
                    >
                      {topic.label ?? topic.value}
                      <span className="rounded bg-brand-100 px-2 text-sm text-brand-900">{topic.count}</span>
                    </SiteLink>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          <p className="mt-5 font-medium text-muted">
            {t("summary", { count: total, landkreise: count.LANDKREIS, staedte: count.STADT, gemeinden: count.GEMEINDE })}
          </p>
          <nav aria-label={t("jumpTo")} className="mt-6">
            <ul className="flex flex-wrap gap-3">
              {groups.map(({ kind, total: groupTotal }) => (
                <li key={kind}>
                  <a
                    href={`#${GROUP_ANCHORS[kind]}`}
                    className="inline-flex min-h-11 items-center gap-2 rounded-md border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-700 no-underline hover:bg-brand-50"
                  >
                    {tKinds(`groupTitle.${kind}`)}
                    <span className="rounded bg-brand-100 px-2 text-sm text-brand-900">{groupTotal}</span>
                  </a>
                </li>
              ))}
              <li>
                <SiteLink
                  href={listingHref({})}
                  className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800"
                >
                  {t("allProfiles", { count: total })}
                </SiteLink>
              </li>
            </ul>
          </nav>
        </PageContainer>
      </div>

      <PageContainer className="py-4">
        <aside aria-labelledby="leichte-sprache-titel" className="mt-8 rounded-lg border-l-4 border-info bg-info-bg p-5" lang="de">
          <h2 id="leichte-sprache-titel" className="text-lg">
            {t("easyLanguageTitle")}
          </h2>
          <p className="mt-2 max-w-prose">{t("easyLanguageText")}</p>
          <p className="mt-2">
            <SiteLink href="/leichte-sprache" className="font-semibold">
              {t("easyLanguageMore")}
            </SiteLink>
          </p>
        </aside>

        {groups.some((group) => group.recent.some((card) => card.isDemo)) && <DemoSourcesNote className="mt-6" />}

        {groups.map(({ kind, total: groupTotal, recent }) => (
          <section key={kind} aria-labelledby={`gruppe-${GROUP_ANCHORS[kind]}`} className="mt-12 scroll-mt-4" id={GROUP_ANCHORS[kind]}>
            <div className="flex flex-wrap items-baseline justify-between gap-2 border-b-2 border-brand-700 pb-2">
              <h2 id={`gruppe-${GROUP_ANCHORS[kind]}`} className="text-2xl sm:text-3xl">
                {tKinds(`groupTitle.${kind}`)}
              </h2>
              <p className="text-muted" data-testid={`count-${GROUP_ANCHORS[kind]}`}>
                {t("groupIntro", { count: groupTotal })}
              </p>
            </div>
            {recent.length === 0 ? (
              <p className="mt-6">{t("emptyGroup")}</p>
            ) : (
              <>
                <p className="mt-4 text-base text-muted">{t("recentTitle")}</p>
                <ul className="mt-3 grid gap-3 sm:grid-cols-2 sm:gap-5 lg:grid-cols-3" data-testid={`group-${GROUP_ANCHORS[kind]}`}>
                  {recent.map((card) => (
                    <li key={card.slug}>
                      <ProfileCard card={card} compact />
                    </li>
                  ))}
                </ul>
                <p className="mt-5">
                  <SiteLink href={listingHref({ typ: [SLUG_BY_KIND[kind]] })} className="font-semibold">
                    {t("groupAll", { count: groupTotal, group: tKinds(`groupTitle.${kind}`) })}
                    <span aria-hidden="true"> →</span>
                  </SiteLink>
                </p>
              </>
            )}
          </section>
        ))}

        <p className="mt-12 mb-6">
          <SiteLink href={listingHref({})} className="text-lg font-semibold">
            {t("allProfiles", { count: total })}
            <span aria-hidden="true"> →</span>
          </SiteLink>
        </p>
      </PageContainer>
    </>
  );
}
