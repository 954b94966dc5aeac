import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PageContainer } from "@/components/layout/page-container";
import { DataCell, DataRow, DataTable } from "@/components/ui/data-table";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/authz/policy";
import { listOutboxMails } from "@/lib/mail/outbox";
import { BreakableAddress } from "@/components/ui/breakable-address";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Outbox");
  return { title: t("title"), robots: { index: false } };
}

const LIMIT = 100;

/**
 * Admins only: the outbox holds invitation and password-reset links, which are as good as passwords while
 * they are valid. Everyone else gets 404 — the page does not admit that it exists.
 */
export default async function OutboxPage({ params }: PageProps<"/[locale]/redaktion/postausgang">) {
  setRequestLocale((await params).locale);
  const user = await requireUser("/redaktion/postausgang");
  if (!can(user, { action: "outbox.read" })) notFound();

  const [t, format, mails] = await Promise.all([getTranslations("Outbox"), getFormatter(), listOutboxMails({ limit: LIMIT })]);
  // Only whether a mail server is set up — never its address or credentials.
  const smtpConfigured = Boolean(process.env.SMTP_URL?.trim());
  const dateTime = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "medium" });

  return (
    <PageContainer className="py-10">
      <h1 className="text-3xl sm:text-4xl">{t("title")}</h1>
      <p className="mt-3 max-w-3xl">{t("intro")}</p>
      <p className="mt-3 max-w-3xl rounded-md border-l-4 border-accent bg-surface p-4" data-testid="smtp-state">
        {smtpConfigured ? t("smtpConfigured") : t("smtpMissing")}
      </p>
      <p className="mt-3 max-w-3xl">{t("confidential")}</p>

      {mails.length === 0 ? (
        <p className="mt-8">{t("empty")}</p>
      ) : (
        <DataTable
          className="mt-8"
          minWidth="min-w-[48rem]"
          caption={t("caption", { count: LIMIT })}
          headers={[t("columnTime"), t("columnRecipient"), t("columnSubject"), t("columnStatus")]}
        >
          {mails.map((mail) => (
            <DataRow key={mail.id}>
              <DataCell className="whitespace-nowrap">
                <time dateTime={mail.createdAt.toISOString()}>{dateTime(mail.createdAt)}</time>
              </DataCell>
              <DataCell>
                <BreakableAddress text={mail.to} />
              </DataCell>
              <DataCell>
                <span className="font-semibold">{mail.subject}</span>
                <details className="mt-1">
                  <summary className="cursor-pointer text-brand-800 underline">
                    {t("showText")}
                    <span className="sr-only">: {mail.subject}</span>
                  </summary>
                  <pre className="mt-2 max-w-prose rounded-md bg-surface p-3 font-sans text-base break-words whitespace-pre-wrap">
                    {mail.text}
                  </pre>
                </details>
              </DataCell>
              <DataCell last>
                {mail.error ? (
                  <>
                    <span className="font-semibold text-red-800">{t("status.error")}</span>
                    <span className="mt-1 block text-muted break-words">{mail.error}</span>
                  </>
                ) : mail.deliveredAt ? (
                  <span>{t("status.deliveredAt", { time: dateTime(mail.deliveredAt) })}</span>
                ) : (
                  <span>{t("status.notSent")}</span>
                )}
              </DataCell>
            </DataRow>
          ))}
        </DataTable>
      )}
    </PageContainer>
  );
}
