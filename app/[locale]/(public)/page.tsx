import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageContainer } from "@/components/layout/page-container";
import { ProfileCard } from "@/components/profile/profile-card";
import { SiteLink } from "@/components/layout/site-link";
import { groupCardsByKind, listPublishedProfileCards, MUNICIPALITY_KIND_ORDER } from "@/lib/public/queries";

const GROUP_ANCHORS = { LANDKREIS: "landkreise", STADT: "staedte", GEMEINDE: "gemeinden" } as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Home");
  return { title: { absolute: `${t("title")} – ${t("metaTitle")}` } };
}

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, tKinds, cards] = await Promise.all([getTranslations("Home"), getTranslations("Kinds"), listPublishedProfileCards()]);
  const groups = groupCardsByKind(cards);

  return (
    <>
      <div className="border-b border-line bg-surface">
        <PageContainer className="py-10 sm:py-14">
          <p className="font-semibold text-brand-700">{t("eyebrow")}</p>
          <h1 className="mt-2 max-w-3xl text-3xl leading-tight sm:text-5xl">{t("title")}</h1>
          <p className="mt-5 max-w-3xl text-lg sm:text-xl">{t("intro")}</p>
          <p className="mt-5 font-medium text-muted">
            {t("summary", {
              count: cards.length,
              landkreise: groups.LANDKREIS.length,
              staedte: groups.STADT.length,
              gemeinden: groups.GEMEINDE.length,
            })}
          </p>
          <nav aria-label={t("jumpTo")} className="mt-6">
            <p className="sr-only">{t("jumpTo")}</p>
            <ul className="flex flex-wrap gap-3">
              {MUNICIPALITY_KIND_ORDER.map((kind) => (
                <li key={kind}>
                  <a
                    href={`#${GROUP_ANCHORS[kind]}`}
                    className="inline-flex items-center gap-2 rounded-md border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-700 no-underline hover:bg-brand-50"
                  >
                    {tKinds(`groupTitle.${kind}`)}
                    <span className="rounded bg-brand-100 px-2 text-sm text-brand-900">{groups[kind].length}</span>
                  </a>
                </li>
              ))}
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

        {cards.some((card) => card.isDemo) && (
          <aside aria-labelledby="inhalte-titel" className="mt-6 rounded-lg border-l-4 border-accent bg-surface p-5">
            <h2 id="inhalte-titel" className="text-lg">
              {t("demoSourcesTitle")}
            </h2>
            <p className="mt-2 max-w-prose">{t("demoSourcesText")}</p>
            <p className="mt-2">
              <SiteLink href="/ueber-das-programm#inhalte" className="font-semibold">
                {t("demoSourcesMore")}
              </SiteLink>
            </p>
          </aside>
        )}

        {MUNICIPALITY_KIND_ORDER.map((kind) => (
          <section key={kind} aria-labelledby={`gruppe-${GROUP_ANCHORS[kind]}`} className="mt-14 scroll-mt-4" id={GROUP_ANCHORS[kind]}>
            <div className="flex flex-wrap items-baseline justify-between gap-2 border-b-2 border-brand-700 pb-2">
              <h2 id={`gruppe-${GROUP_ANCHORS[kind]}`} className="text-2xl sm:text-3xl">
                {tKinds(`groupTitle.${kind}`)}
              </h2>
              <p className="text-muted">{t("groupIntro", { count: groups[kind].length })}</p>
            </div>
            {groups[kind].length === 0 ? (
              <p className="mt-6">{t("emptyGroup")}</p>
            ) : (
              <ul className="mt-6 grid gap-5 sm:grid-cols-2 lg:grid-cols-3" data-testid={`group-${GROUP_ANCHORS[kind]}`}>
                {groups[kind].map((card) => (
                  <li key={card.slug}>
                    <ProfileCard card={card} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </PageContainer>
    </>
  );
}
