import { useFormatter, useTranslations } from "next-intl";
import type { ComparedSection } from "@/lib/review/display-values";
import type { ReviewCommentItem } from "@/lib/review/review-queries";
import { DiffText } from "./diff-text";
import { sectionChanged } from "./version-comparison";

/**
 * On a resubmission: the programme team's earlier comments on this version, section by section, and
 * what changed in each section since (this version against its content when changes were requested:
 * `sections` compares `before` = as reviewed, `after` = as submitted now). A section appears when it
 * was commented on or changed since.
 */
export function SinceReview({
  sections,
  comments,
  reviewedAt,
  reviewedBy,
}: {
  sections: ComparedSection[];
  comments: ReviewCommentItem[];
  reviewedAt: Date | null;
  reviewedBy: string | null;
}) {
  const t = useTranslations("Review.since");
  const format = useFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const overall = comments.filter((comment) => !comment.section);
  const shown = sections.filter((section) => sectionChanged(section) || comments.some((comment) => comment.section === section.key));
  const changedCount = sections.filter(sectionChanged).length;
  const byline = (comment: ReviewCommentItem) =>
    t("byline", { author: comment.authorName ?? t("programmeTeam"), date: when(comment.createdAt) });

  return (
    <section aria-labelledby="seit-pruefung-titel" className="mt-8 rounded-lg border-2 border-accent p-5">
      <h2 id="seit-pruefung-titel" className="text-2xl">
        {t("title")}
      </h2>
      <p className="mt-2">
        {reviewedAt && t("intro", { who: reviewedBy ?? t("programmeTeam"), date: when(reviewedAt) })}{" "}
        {t("count", { changed: changedCount })}
      </p>
      {overall.length > 0 && (
        <ul className="mt-3 flex flex-col gap-2">
          {overall.map((comment) => (
            <li key={comment.id} className="rounded-md bg-surface p-3">
              <p className="text-sm font-semibold text-muted">
                {t("overall")} · {byline(comment)}
              </p>
              <p className="mt-1 whitespace-pre-line">{comment.body}</p>
            </li>
          ))}
        </ul>
      )}
      {shown.map((section) => {
        const sectionComments = comments.filter((comment) => comment.section === section.key);
        const changedFields = section.fields.filter((field) => field.before !== field.after);
        return (
          <div key={section.key} className="mt-5 border-t border-line pt-4">
            <h3 className="text-xl">
              <a href={`#vergleich-${section.anchor}`}>{section.title}</a>
            </h3>
            {sectionComments.map((comment) => (
              <div key={comment.id} className="mt-2 rounded-md bg-surface p-3">
                <p className="text-sm font-semibold text-muted">
                  {t("yourComment")} · {byline(comment)}
                </p>
                <p className="mt-1 whitespace-pre-line">{comment.body}</p>
              </div>
            ))}
            {changedFields.length === 0 ? (
              <p className="mt-2 font-semibold">{t("notChanged")}</p>
            ) : (
              <dl className="mt-3 flex flex-col gap-3">
                {changedFields.map((field) => (
                  <div key={field.key}>
                    <dt className="text-sm font-semibold text-muted">{t("changedField", { field: field.label })}</dt>
                    <dd className="mt-1">
                      <DiffText before={field.before} after={field.after} className="max-w-prose" />
                    </dd>
                  </div>
                ))}
              </dl>
            )}
          </div>
        );
      })}
    </section>
  );
}
