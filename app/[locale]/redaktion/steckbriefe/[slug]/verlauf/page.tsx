import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ActionButton } from "@/components/forms/action-button";
import { canTransition } from "@/lib/profiles/version-states";
import { PageContainer } from "@/components/layout/page-container";
import { requireUser } from "@/lib/auth/require-user";
import { Link } from "@/lib/i18n/navigation";
import { getProfileForEditing } from "@/lib/profiles/editor-queries";
import { listComments, listVersionHistory } from "@/lib/review/review-queries";
import { restoreVersionAction } from "../workflow-actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("History");
  return { title: t("title"), robots: { index: false } };
}

export default async function HistoryPage({ params }: PageProps<"/[locale]/redaktion/steckbriefe/[slug]/verlauf">) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const user = await requireUser(`/redaktion/steckbriefe/${slug}/verlauf`);
  // Scoped like the edit page: another municipality's profile is not found.
  const profile = await getProfileForEditing(user, slug);
  if (!profile) notFound();
  const [t, tReview, tWorkflow, format, versions, comments] = await Promise.all([
    getTranslations("History"),
    getTranslations("Review"),
    getTranslations("Workflow"),
    getFormatter(),
    listVersionHistory(profile.id),
    listComments(profile.id),
  ]);
  const who = (person: { name: string | null; email: string } | null) => person?.name ?? person?.email ?? t("system");
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  // Restoring discards the working version: not while the programme staff decide on it.
  const reviewPending = profile.state !== null && !canTransition("discard", profile.state);

  return (
    <PageContainer className="py-10">
      <p>
        <Link href={`/redaktion/steckbriefe/${slug}`}>{t("backToEditor")}</Link>
      </p>
      <p className="mt-6 font-semibold text-brand-700">{profile.municipality.name}</p>
      <h1 className="mt-1 text-3xl sm:text-4xl">{t("title")}</h1>
      <p className="mt-3 max-w-3xl">{t("intro")}</p>
      <ol className="mt-8 flex flex-col gap-4">
        {versions.map((version) => {
          const versionComments = comments.filter((comment) => comment.versionNumber === version.number);
          return (
            <li key={version.id} className="rounded-lg border border-line p-5">
              <h2 className="flex flex-wrap items-baseline gap-3 text-xl">
                {t("version", { number: version.number })}
                <span className="rounded bg-surface-2 px-2 py-0.5 text-sm font-semibold">{tReview(`states.${version.state}`)}</span>
              </h2>
              <p className="mt-1">{version.title}</p>
              <ul className="mt-3 flex flex-col gap-1 text-base text-muted">
                <li>{t("created", { who: who(version.createdBy), date: when(version.createdAt) })}</li>
                <li>{t("saved", { who: who(version.updatedBy), date: when(version.updatedAt) })}</li>
                {version.submittedAt && <li>{t("submitted", { date: when(version.submittedAt) })}</li>}
                {version.reviewedAt && <li>{t("reviewed", { who: who(version.reviewedBy), date: when(version.reviewedAt) })}</li>}
                {version.publishedAt && <li>{t("published", { date: when(version.publishedAt) })}</li>}
                {version.scheduledPublishAt && <li>{t("scheduled", { date: when(version.scheduledPublishAt) })}</li>}
              </ul>
              {version.reviewComment && (
                <p className="mt-3 rounded-md border-l-4 border-accent bg-surface p-3">
                  <span className="font-semibold">{t("reviewComment")}:</span> {version.reviewComment}
                </p>
              )}
              {versionComments.length > 0 && (
                <ul className="mt-3 flex flex-col gap-2">
                  {versionComments.map((comment) => (
                    <li key={comment.id} className="rounded-md bg-surface p-3 text-base">
                      <span className="font-semibold">
                        {comment.section ? t("sectionComment", { section: comment.section }) : t("overall")}:
                      </span>{" "}
                      {comment.body}
                    </li>
                  ))}
                </ul>
              )}
              <div className="mt-4 flex flex-wrap items-start gap-4">
                <Link href={`/redaktion/steckbriefe/${slug}/verlauf/${version.number}`} className="py-2.5 font-semibold">
                  {t("view", { number: version.number })}
                </Link>
                {version.id !== profile.versionId && !reviewPending && (
                  <ActionButton
                    label={t("restore", { number: version.number })}
                    pendingLabel={t("restoring")}
                    failedMessage={tWorkflow("failed")}
                    confirmMessage={profile.versionId ? t("restoreConfirm") : undefined}
                    action={restoreVersionAction.bind(null, { versionId: version.id })}
                  />
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </PageContainer>
  );
}
