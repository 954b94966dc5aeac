import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageContainer } from "@/components/layout/page-container";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/authz/policy";
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from "@/lib/import/limits";
import { Link } from "@/lib/i18n/navigation";
import { ImportUploadForm } from "./import-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Import");
  return { title: t("metaTitle"), robots: { index: false } };
}

/** Bulk import, step 1: what the file must hold, and the upload (reviewers and admins). */
export default async function ImportPage({ params }: PageProps<"/[locale]/redaktion/import">) {
  setRequestLocale((await params).locale);
  const user = await requireUser("/redaktion/import");
  if (!can(user, { action: "profile.import" })) notFound();
  const t = await getTranslations("Import");
  return (
    <PageContainer className="py-10">
      <h1 className="text-3xl sm:text-4xl">{t("title")}</h1>
      <p className="mt-3 max-w-3xl">{t("intro")}</p>
      <ul className="mt-4 flex max-w-3xl list-disc flex-col gap-2 pl-6">
        <li>
          {t.rich("rulesColumns", {
            download: (chunks) => <a href="/api/v1/steckbriefe.csv">{chunks}</a>,
            dictionary: (chunks) => <Link href="/daten">{chunks}</Link>,
          })}
        </li>
        <li>{t("rulesMatching")}</li>
        <li>{t("rulesUnchanged")}</li>
        <li>{t("rulesDrafts")}</li>
        <li>{t("rulesLimits", { rows: IMPORT_MAX_ROWS, megabytes: IMPORT_MAX_BYTES / 1024 / 1024 })}</li>
      </ul>
      <ImportUploadForm />
    </PageContainer>
  );
}
