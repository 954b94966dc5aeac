import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PageContainer } from "@/components/layout/page-container";
import { DataCell, DataRow, DataTable } from "@/components/ui/data-table";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/authz/policy";
import { FEEDBACK_LIST_LIMIT, listAccessibilityFeedback } from "@/lib/feedback/list-feedback";
import { RETENTION } from "@/lib/retention";
import { MarkDoneForm } from "./mark-done-form";
import { BreakableAddress } from "@/components/ui/breakable-address";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("FeedbackList");
  return { title: t("title"), robots: { index: false } };
}

/**
 * The programme staff (reviewers, admins): the messages of the accessibility feedback form. They hold
 * what strangers wrote, possibly with their address: everyone else gets 404.
 */
export default async function FeedbackListPage({ params }: PageProps<"/[locale]/redaktion/rueckmeldungen">) {
  setRequestLocale((await params).locale);
  const user = await requireUser("/redaktion/rueckmeldungen");
  if (!can(user, { action: "feedback.read" })) notFound();

  const [t, format, items] = await Promise.all([getTranslations("FeedbackList"), getFormatter(), listAccessibilityFeedback()]);
  const dateTime = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const open = items.filter((item) => !item.doneAt).length;

  return (
    <PageContainer className="py-10">
      <h1 className="text-3xl sm:text-4xl">{t("title")}</h1>
      <p className="mt-3 max-w-3xl">{t("intro", { days: RETENTION.accessibilityFeedbackDays })}</p>
      <p className="mt-3 font-semibold" data-testid="feedback-open-count">
        {t("openCount", { count: open })}
      </p>
      {items.length === 0 ? (
        <p className="mt-8">{t("empty")}</p>
      ) : (
        <DataTable
          className="mt-8"
          minWidth="min-w-[48rem]"
          caption={t("caption", { count: FEEDBACK_LIST_LIMIT })}
          headers={[t("columnReceived"), t("columnMessage"), t("columnSender"), t("columnStatus")]}
        >
          {items.map((item) => (
            <DataRow key={item.id}>
              <DataCell className="whitespace-nowrap">
                <span className="block font-semibold">{item.reference}</span>
                <time dateTime={item.createdAt.toISOString()}>{dateTime(item.createdAt)}</time>
              </DataCell>
              <DataCell>
                <p className="max-w-prose break-words whitespace-pre-wrap">{item.message}</p>
                {item.pagePath && (
                  <p className="mt-1 text-base text-muted wrap-anywhere">
                    {t("page")} <a href={item.pagePath}>{item.pagePath}</a>
                  </p>
                )}
              </DataCell>
              <DataCell className="break-words">
                <span className="block">{item.name ?? t("noName")}</span>
                {item.email ? (
                  <a href={`mailto:${item.email}`}>
                    <BreakableAddress text={item.email} />
                  </a>
                ) : (
                  <span className="text-muted">{t("noEmail")}</span>
                )}
              </DataCell>
              <DataCell last>
                {item.doneAt ? (
                  <span>
                    {t("doneAt", { time: dateTime(item.doneAt) })}
                    {item.doneBy && (
                      <span className="block text-base text-muted">
                        <BreakableAddress text={item.doneBy.email} />
                      </span>
                    )}
                  </span>
                ) : (
                  <>
                    <span className="mb-2 block font-semibold">{t("open")}</span>
                    <MarkDoneForm id={item.id} reference={item.reference} />
                  </>
                )}
              </DataCell>
            </DataRow>
          ))}
        </DataTable>
      )}
    </PageContainer>
  );
}
