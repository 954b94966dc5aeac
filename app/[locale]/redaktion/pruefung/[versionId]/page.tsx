import type { Metadata } from "next";
import { isUuid } from "@/lib/ids";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PageContainer } from "@/components/layout/page-container";
import { comparisonProps } from "@/components/review/comparison-props";
import { CompletenessIndicator } from "@/components/review/completeness-indicator";
import { VersionComparison } from "@/components/review/version-comparison";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/authz/policy";
import { Link } from "@/lib/i18n/navigation";
import { getVersionComparison } from "@/lib/review/review-queries";
import { decideAction } from "./actions";
import { DecisionForm, SectionCommentField } from "./decision-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Review");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function ReviewPage({ params }: PageProps<"/[locale]/redaktion/pruefung/[versionId]">) {
  const { locale, versionId } = await params;
  setRequestLocale(locale);
  const user = await requireUser(`/redaktion/pruefung/${versionId}`);
  if (!can(user, { action: "review.decide" }) || !isUuid(versionId)) notFound();
  const data = await getVersionComparison(user, versionId);
  if (!data) notFound();
  const [t, format, props] = await Promise.all([
    getTranslations("Review"),
    getFormatter(),
    comparisonProps(data.submitted, data.published),
  ]);
  const decidable = data.state === "IN_REVIEW";

  return (
    <PageContainer className="py-10">
      <p>
        <Link href="/redaktion/pruefung">{t("backToQueue")}</Link>
      </p>
      <p className="mt-6 font-semibold text-brand-700">{data.profile.municipalityName}</p>
      <h1 className="mt-1 text-3xl sm:text-4xl">{data.submitted.title}</h1>
      <p className="mt-3 max-w-3xl">
        {data.published ? t("introUpdate", { published: data.publishedNumber ?? 0, submitted: data.number }) : t("introFirst")}
      </p>
      {data.submittedAt && (
        <p className="mt-1 text-muted">
          {t("submittedAt", { date: format.dateTime(data.submittedAt, { dateStyle: "medium", timeStyle: "short" }) })}
        </p>
      )}
      <p className="mt-2 flex flex-wrap gap-6">
        <Link href={`/redaktion/steckbriefe/${data.profile.slug}/verlauf`}>{t("history")}</Link>
        {data.published && <Link href={`/steckbriefe/${data.profile.slug}`}>{t("public")}</Link>}
      </p>
      {!decidable && (
        <p role="status" className="mt-6 rounded-md border-l-4 border-info bg-info-bg p-4">
          {t("notDecidable", { state: t(`states.${data.state}`) })}
        </p>
      )}
      <CompletenessIndicator variant="detailed" values={data.submitted} className="mt-6" />
      <p className="mt-6 flex flex-wrap gap-4 text-base" aria-hidden="true">
        <span>
          <ins className="bg-green-100 text-green-900 underline decoration-2">{t("legendAdded")}</ins>
        </span>
        <span>
          <del className="bg-red-100 text-red-900 line-through">{t("legendRemoved")}</del>
        </span>
      </p>
      <DecisionForm action={decideAction} versionId={versionId} disabled={!decidable}>
        <VersionComparison
          {...props}
          renderSectionExtra={(section) =>
            decidable ? (
              <SectionCommentField
                sectionKey={section.key}
                anchor={section.anchor}
                label={t("sectionComment", { section: section.title })}
              />
            ) : null
          }
        />
      </DecisionForm>
    </PageContainer>
  );
}
