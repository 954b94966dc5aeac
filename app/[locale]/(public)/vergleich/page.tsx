import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { publicPageMetadata } from "@/lib/public/page-metadata";
import { PageContainer } from "@/components/layout/page-container";
import { CompareFactsTable } from "@/components/compare/compare-facts-table";
import { CompareSections } from "@/components/compare/compare-sections";
import { ComparePicker } from "@/components/compare/compare-picker";
import { localizedHref } from "@/components/layout/site-link";
import { COMPARE_MAX, COMPARE_MIN, findCompareCandidates, loadComparison, parseCompareSlugs } from "@/lib/public/compare";

/** The address (searchParams) is the state: rendered per request, the profiles come from the cache. */
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/vergleich">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Compare" });
  // A comparison is a visitor's selection: not indexed, but with hreflang and canonical like every public page.
  return publicPageMetadata({ path: "/vergleich", title: t("metaTitle"), noindex: true });
}

/**
 * Two to four published profiles side by side (`/vergleich?ids=<slug>,<slug>`): the address is the
 * whole state, so a comparison can be shared and bookmarked.
 */
export default async function ComparePage({ params, searchParams }: PageProps<"/[locale]/vergleich">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const slugs = parseCompareSlugs(query.ids);
  const term = typeof query.q === "string" ? query.q.slice(0, 100) : "";
  const { profiles, missing } = await loadComparison(slugs);
  const current = profiles.map((profile) => profile.slug);
  const candidates = current.length < COMPARE_MAX ? await findCompareCandidates(term, current) : [];
  const t = await getTranslations("Compare");

  return (
    <PageContainer className="py-10">
      <h1 className="text-3xl sm:text-4xl">{t("title")}</h1>
      <p className="mt-4 max-w-3xl">{t("intro", { min: COMPARE_MIN, max: COMPARE_MAX })}</p>
      {missing.length > 0 && (
        <p className="mt-4 max-w-3xl rounded-md border-l-4 border-info bg-info-bg p-4">
          {t("missing", { count: missing.length, slugs: missing.join(", ") })}
        </p>
      )}
      {profiles.length < COMPARE_MIN && (
        <p className="mt-4 max-w-3xl font-semibold">
          {profiles.length === 0 ? t("chooseFirst") : t("chooseMore", { name: profiles[0]!.municipality.name })}
        </p>
      )}
      {profiles.length > 0 && (
        <section aria-labelledby="eckdaten-ueberschrift" className="mt-8">
          <h2 id="eckdaten-ueberschrift" className="text-2xl">
            {t("factsTitle")}
          </h2>
          <CompareFactsTable profiles={profiles} />
        </section>
      )}
      {current.length < COMPARE_MAX && (
        <ComparePicker action={await localizedHref("/vergleich")} current={current} query={term} candidates={candidates} />
      )}
      {profiles.length >= COMPARE_MIN && <CompareSections profiles={profiles} />}
    </PageContainer>
  );
}
