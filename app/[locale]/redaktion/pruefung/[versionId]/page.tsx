import type { Metadata } from "next";
import { isUuid } from "@/lib/ids";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PageContainer } from "@/components/layout/page-container";
import { comparisonProps } from "@/components/review/comparison-props";
import { ChangeSummary } from "@/components/review/change-summary";
import { CompletenessIndicator } from "@/components/review/completeness-indicator";
import { SinceReview } from "@/components/review/since-review";
import { VersionComparison } from "@/components/review/version-comparison";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/authz/policy";
import { Link } from "@/lib/i18n/navigation";
import { getVersionComparison, type ReviewData } from "@/lib/review/review-queries";
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
  const [t, format, props, sinceProps] = await Promise.all([
    getTranslations("Review"),
    getFormatter(),
    comparisonProps(data.submitted, data.published),
    data.reviewed ? comparisonProps(data.submitted, data.reviewed) : null,
  ]);
  const decidable = data.state === "IN_REVIEW";
  const when = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }) : "");
  // Earlier rounds of this version: the comments of its change requests (oldest first).
  const earlierComments = data.comments.filter((comment) => comment.versionNumber === data.number).reverse();

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
      {data.submittedAt && <p className="mt-1 text-muted">{t("submittedAt", { date: when(data.submittedAt) })}</p>}
      <p className="mt-2 flex flex-wrap gap-6">
        <Link href={`/redaktion/steckbriefe/${data.profile.slug}/verlauf`}>{t("history")}</Link>
        {data.published && <Link href={`/steckbriefe/${data.profile.slug}`}>{t("public")}</Link>}
      </p>
      {!decidable && (
        <p className="mt-6 max-w-3xl rounded-md border-l-4 border-info bg-info-bg p-4">
          <span className="font-semibold">{t("outcome.title")}</span> {outcomeText(t, data, when)}
        </p>
      )}
      <ChangeSummary sections={props.sections} firstPublication={!data.published} />
      {sinceProps && (
        <SinceReview sections={sinceProps.sections} comments={earlierComments} reviewedAt={data.reviewedAt} reviewedBy={data.reviewedBy} />
      )}
      <CompletenessIndicator variant="detailed" values={data.submitted} className="mt-8" />
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
          columnLabels={props.columnLabels && { before: t("columnPublished"), after: t("columnSubmitted") }}
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

/** What became of a version that is no longer in review: the decision, by whom and when. */
function outcomeText(
  t: Awaited<ReturnType<typeof getTranslations<"Review">>>,
  data: ReviewData,
  when: (date: Date | null) => string,
): string {
  const who = data.reviewedBy ?? t("outcome.programmeTeam");
  switch (data.state) {
    case "PUBLISHED":
      return data.reviewedAt ? t("outcome.published", { who, date: when(data.reviewedAt) }) : t("outcome.publishedScheduled");
    case "APPROVED":
      return t("outcome.approved", { who, date: when(data.scheduledPublishAt) });
    case "CHANGES_REQUESTED":
      return t("outcome.changesRequested", { who, date: when(data.reviewedAt) });
    case "DRAFT":
      return t("outcome.draft");
    default:
      return t("outcome.other", { state: t(`states.${data.state}`) });
  }
}
