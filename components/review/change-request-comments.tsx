import { useFormatter, useTranslations } from "next-intl";
import { SECTIONS, sectionTitleKey } from "@/lib/profiles/fields";
import type { ReviewCommentItem } from "@/lib/review/review-queries";

/**
 * At the top of the edit form while the programme team asks for changes: every comment of its last
 * request as a list — the overall comment first, then the sections in the form's order, each linking
 * to its section (#abschnitt-…) — with author and date on every comment. Older rounds stay in the
 * history ("Verlauf"). `reviewComment` is the version's overall comment, for requests made before it
 * was also kept as a comment.
 */
export function ChangeRequestComments({
  comments,
  versionNumber,
  state,
  reviewComment,
}: {
  comments: ReviewCommentItem[];
  versionNumber: number | null;
  state: string | null;
  reviewComment: string | null;
}) {
  const t = useTranslations("ChangeRequest");
  const tFields = useTranslations();
  const format = useFormatter();
  if (state !== "CHANGES_REQUESTED") return null;
  const ofVersion = comments.filter((comment) => comment.versionNumber === versionNumber);
  // The last request: its comments were written in one transaction (one time); earlier rounds are older.
  const last = Math.max(0, ...ofVersion.map((comment) => comment.createdAt.getTime()));
  const round = ofVersion.filter((comment) => last - comment.createdAt.getTime() < 60_000);
  const overall = round.filter((comment) => !comment.section);
  const order = (section: string | null) => SECTIONS.findIndex((entry) => entry.key === section);
  const bySection = round
    .flatMap((comment) => {
      const section = SECTIONS.find((entry) => entry.key === comment.section);
      return section ? [{ comment, section }] : [];
    })
    .sort((a, b) => order(a.section.key) - order(b.section.key));
  const byline = (comment: Pick<ReviewCommentItem, "authorName" | "createdAt">) =>
    t("byline", {
      author: comment.authorName ?? t("programmeTeam"),
      date: format.dateTime(comment.createdAt, { dateStyle: "medium", timeStyle: "short" }),
    });

  return (
    <section
      id="anmerkungen"
      aria-labelledby="anmerkungen-titel"
      className="mt-6 max-w-3xl scroll-mt-4 rounded-md border-l-4 border-accent bg-surface p-4"
    >
      <h2 id="anmerkungen-titel" className="text-xl">
        {t("title")}
      </h2>
      <p className="mt-1">{t("intro", { count: bySection.length })}</p>
      <ul className="mt-3 flex flex-col gap-3">
        {overall.length === 0 && reviewComment && (
          <li>
            <p className="font-semibold">{t("overall")}</p>
            <p className="whitespace-pre-line">{reviewComment}</p>
          </li>
        )}
        {overall.map((comment) => (
          <li key={comment.id}>
            <p className="font-semibold">{t("overall")}</p>
            <p className="whitespace-pre-line">{comment.body}</p>
            <p className="text-sm text-muted">{byline(comment)}</p>
          </li>
        ))}
        {bySection.map(({ comment, section }) => (
          <li key={comment.id}>
            <a href={`#abschnitt-${section.anchor}`} className="font-semibold">
              {t("section", { section: tFields(sectionTitleKey(section.key) as never) })}
            </a>
            <p className="whitespace-pre-line">{comment.body}</p>
            <p className="text-sm text-muted">{byline(comment)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
