import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageContainer } from "@/components/layout/page-container";
import { comparisonProps } from "@/components/review/comparison-props";
import { VersionComparison } from "@/components/review/version-comparison";
import { requireUser } from "@/lib/auth/require-user";
import { Link } from "@/lib/i18n/navigation";
import { getProfileForEditing } from "@/lib/profiles/editor-queries";
import { getVersionComparison, listVersionHistory } from "@/lib/review/review-queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("History");
  return { title: t("title"), robots: { index: false } };
}

/** One version of the history, compared with the published version. */
export default async function HistoryVersionPage({ params }: PageProps<"/[locale]/redaktion/steckbriefe/[slug]/verlauf/[number]">) {
  const { locale, slug, number } = await params;
  setRequestLocale(locale);
  const user = await requireUser(`/redaktion/steckbriefe/${slug}/verlauf/${number}`);
  const profile = await getProfileForEditing(user, slug);
  if (!profile) notFound();
  const version = (await listVersionHistory(profile.id)).find((entry) => String(entry.number) === number);
  if (!version) notFound();
  const data = await getVersionComparison(user, version.id);
  if (!data) notFound();
  const [t, tReview, props] = await Promise.all([
    getTranslations("History"),
    getTranslations("Review"),
    comparisonProps(data.submitted, data.published),
  ]);
  return (
    <PageContainer className="py-10">
      <p>
        <Link href={`/redaktion/steckbriefe/${slug}/verlauf`}>{t("backToHistory")}</Link>
      </p>
      <p className="mt-6 font-semibold text-brand-700">{profile.municipality.name}</p>
      <h1 className="mt-1 text-3xl sm:text-4xl">
        {t("version", { number: data.number })}: {data.submitted.title}
      </h1>
      <p className="mt-3">
        {tReview(`states.${data.state}`)} ·{" "}
        {data.published ? t("comparedWithPublished", { number: data.publishedNumber ?? 0 }) : t("isPublishedOrFirst")}
      </p>
      <div className="mt-8">
        <VersionComparison {...props} />
      </div>
    </PageContainer>
  );
}
