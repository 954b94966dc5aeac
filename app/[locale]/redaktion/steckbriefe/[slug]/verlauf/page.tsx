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
import { isSectionKey, sectionTitleKey } from "@/lib/profiles/fields";
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
  const [t, tReview, tWorkflow, format, versions, comments, tAll] = await Promise.all([
    getTranslations("History"),
    getTranslations("Review"),
    getTranslations("Workflow"),
    getFormatter(),
    listVersionHistory(profile.id),
    listComments(profile.id, "asc"),
    getTranslations(),
  ]);
  const who = (person: { name: string | null; email: string } | null) => person?.name ?? person?.email ?? t("system");
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  /** What happened to a version, in time order (the oldest first). */
  const versionEvents = (version: (typeof versions)[number]) =>
    [
      { key: "created", date: version.createdAt, text: t("created", { who: who(version.createdBy), date: when(version.createdAt) }) },
      { key: "saved", date: version.updatedAt, text: t("saved", { who: who(version.updatedBy), date: when(version.updatedAt) }) },
      version.submittedAt && { key: "submitted", date: version.submittedAt, text: t("submitted", { date: when(version.submittedAt) }) },
      version.reviewedAt && {
        key: "reviewed",
        date: version.reviewedAt,
        text: t("reviewed", { who: who(version.reviewedBy), date: when(version.reviewedAt) }),
      },
      version.publishedAt && { key: "published", date: version.publishedAt, text: t("published", { date: when(version.publishedAt) }) },
      version.scheduledPublishAt && {
        key: "scheduled",
        date: version.scheduledPublishAt,
        text: t("scheduled", { date: when(version.scheduledPublishAt) }),
      },
    ]
      .filter((event): event is { key: string; date: Date; text: string } => Boolean(event))
      .sort((a, b) => a.date.getTime() - b.date.getTime());
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
              <ol className="mt-3 flex flex-col gap-1 text-base text-muted">
                {versionEvents(version).map((event) => (
                  <li key={event.key}>{event.text}</li>
                ))}
              </ol>
              {/* Before the overall comment was also kept as a comment, it lived only on the version. */}
              {version.reviewComment && !versionComments.some((comment) => !comment.section && comment.body === version.reviewComment) && (
                <p className="mt-3 rounded-md border-l-4 border-accent bg-surface p-3">
                  <span className="font-semibold">{t("reviewComment")}:</span> {version.reviewComment}
                </p>
              )}
              {versionComments.length > 0 && (
                <ul className="mt-3 flex flex-col gap-2" aria-label={t("comments")}>
                  {versionComments.map((comment) => (
                    <li key={comment.id} className="rounded-md bg-surface p-3 text-base">
                      <span className="font-semibold">
                        {isSectionKey(comment.section)
                          ? t("sectionComment", { section: tAll(sectionTitleKey(comment.section) as never) })
                          : t("overall")}
                        :
                      </span>{" "}
                      <span className="whitespace-pre-line">{comment.body}</span>
                      <span className="block text-sm text-muted">
                        {t("commentBy", { who: comment.authorName ?? tWorkflow("programmeTeam"), date: when(comment.createdAt) })}
                      </span>
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
