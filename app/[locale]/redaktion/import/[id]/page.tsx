import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { PageContainer } from "@/components/layout/page-container";
import { DataCell, DataRow, DataTable } from "@/components/ui/data-table";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/authz/policy";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import type { ImportResult } from "@/lib/import/confirm-import";
import { columnLabelKey, planImport, type PlannedRow, type RowProblem, type RowStatus } from "@/lib/import/plan-import";
import { findImportUpload } from "@/lib/import/store-upload";
import { Link } from "@/lib/i18n/navigation";
import { translateMessage } from "@/lib/i18n/translate";
import { ConfirmImportForm } from "../confirm-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Import");
  return { title: t("reportMetaTitle"), robots: { index: false } };
}

const STATUS_ORDER: RowStatus[] = ["new", "changed", "unchanged", "invalid"];
const STATUS_CLASS: Record<RowStatus, string> = {
  new: "bg-brand-50 border-brand-700",
  changed: "bg-info-bg border-info",
  unchanged: "bg-surface border-line",
  invalid: "bg-red-50 border-red-800",
};

/**
 * Bulk import, step 2: the validation report of an upload (computed against the database now, nothing
 * written), and the confirmation; after it, what was imported. Only the uploader sees the upload.
 */
export default async function ImportReportPage({ params }: PageProps<"/[locale]/redaktion/import/[id]">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(`/redaktion/import/${id}`);
  if (!can(user, { action: "profile.import" }) || !z.uuid().safeParse(id).success) notFound();
  const upload = await findImportUpload(user, id).catch((error: unknown) => {
    if (isAppError(error, "not-found")) notFound();
    throw error;
  });
  const [t, tAll, format] = await Promise.all([getTranslations("Import"), getTranslations(), getFormatter()]);
  const translate = (key: string, values?: Record<string, string | number>) => tAll(key as never, values as never);

  if (upload.importedAt) {
    const result = upload.result as unknown as ImportResult;
    return (
      <PageContainer className="py-10">
        <h1 className="text-3xl sm:text-4xl">{t("doneTitle")}</h1>
        <div role="status" className="mt-6 max-w-3xl rounded-md border-l-4 border-brand-700 bg-brand-50 p-5">
          <p className="font-semibold">
            {t("doneSummary", {
              created: result.created.length,
              updated: result.updated.length,
              unchanged: result.unchanged,
              invalid: result.invalid,
            })}
          </p>
          <p className="mt-2">{t("doneHint", { date: format.dateTime(upload.importedAt, { dateStyle: "medium", timeStyle: "short" }) })}</p>
        </div>
        {[
          ["doneCreated", result.created],
          ["doneUpdated", result.updated],
        ].map(([label, items]) =>
          (items as ImportResult["created"]).length > 0 ? (
            <section key={label as string} className="mt-8">
              <h2 className="text-2xl">{t(label === "doneCreated" ? "doneCreated" : "doneUpdated")}</h2>
              <ul className="mt-3 flex list-disc flex-col gap-1 pl-6">
                {(items as ImportResult["created"]).map((item) => (
                  <li key={item.slug}>
                    <Link href={`/redaktion/steckbriefe/${item.slug}`}>{item.title}</Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null,
        )}
        <p className="mt-8 flex flex-wrap gap-x-6 gap-y-2">
          <Link href="/redaktion">{t("toDashboard")}</Link>
          <Link href="/redaktion/import">{t("again")}</Link>
        </p>
      </PageContainer>
    );
  }

  const plan = await db.$transaction((tx) => planImport(tx, upload.rows as Record<string, string>[]));
  // A message that names its field ("Gesamtkosten: …") does not repeat the label given before it.
  const problemText = (problem: RowProblem) => {
    const label = problem.labelKey ? translate(problem.labelKey) : null;
    const text = translateMessage(translate, problem.message, problem.labelKey ?? undefined);
    return label && text.startsWith(`${label}: `) ? text.slice(label.length + 2) : text;
  };
  const details = (row: PlannedRow) =>
    row.problems.length > 0 ? (
      <ul className="flex flex-col gap-1">
        {row.problems.map((problem, index) => (
          <li key={index} className="text-red-800">
            <span className="font-semibold">
              {problem.labelKey ? translate(problem.labelKey) : t("wholeRow")}
              {problem.column !== "form" && <span className="font-normal text-muted"> ({problem.column})</span>}:
            </span>{" "}
            {problemText(problem)}
          </li>
        ))}
      </ul>
    ) : row.status === "changed" ? (
      t("changedFields", { fields: row.changedColumns.map((column) => translate(columnLabelKey(column) ?? column)).join(", ") })
    ) : row.status === "new" ? (
      t("newProfile")
    ) : (
      t("noChange")
    );
  const importable = plan.counts.new + plan.counts.changed;
  return (
    <PageContainer className="py-10">
      <h1 className="text-3xl sm:text-4xl">{t("reportTitle")}</h1>
      <p className="mt-3 max-w-3xl">{t("reportIntro", { fileName: upload.fileName, rows: plan.rows.length })}</p>
      <h2 className="sr-only">{t("countsTitle")}</h2>
      <ul className="mt-6 grid grid-cols-2 gap-3 sm:grid-cols-4" aria-label={t("countsTitle")}>
        {STATUS_ORDER.map((status) => (
          <li key={status} className={`rounded-md border-l-4 p-3 ${STATUS_CLASS[status]}`}>
            <span className="block text-2xl font-semibold">{plan.counts[status]}</span>
            {t(`status.${status}`)}
          </li>
        ))}
      </ul>

      {importable > 0 ? (
        <ConfirmImportForm uploadId={upload.id} count={importable} />
      ) : (
        <p className="mt-8 max-w-3xl rounded-md border-l-4 border-info bg-info-bg p-4">{t("nothingToImport")}</p>
      )}
      {plan.counts.invalid > 0 && <p className="mt-4 max-w-3xl">{t("invalidLeftOut", { count: plan.counts.invalid })}</p>}

      {/* Phones: one card per row (a wide table would hide the messages off-screen); wider screens: the table. */}
      <ol className="mt-8 flex flex-col gap-4 md:hidden" aria-label={t("tableCaption")}>
        {plan.rows.map((row) => (
          <li key={row.row} className={`rounded-md border-l-4 p-4 ${STATUS_CLASS[row.status]}`}>
            <p className="font-semibold">
              {t("rowNumber", { row: row.row })} · {t(`status.${row.status}`)}
            </p>
            <p className="mt-1">
              <span className="font-semibold">{row.title || "–"}</span> · {row.municipalityName || "–"}
            </p>
            <div className="mt-2">{details(row)}</div>
          </li>
        ))}
      </ol>
      <DataTable
        className="mt-8 hidden md:block"
        minWidth="min-w-[44rem]"
        caption={t("tableCaption")}
        headers={[t("columnRow"), t("columnMunicipality"), t("columnTitle"), t("columnStatus"), t("columnDetails")]}
      >
        {plan.rows.map((row) => (
          <DataRow key={row.row}>
            <DataCell>{row.row}</DataCell>
            <DataCell>{row.municipalityName || "–"}</DataCell>
            <DataCell rowHeader>{row.title || "–"}</DataCell>
            <DataCell>
              <span className={`inline-block rounded-sm border-l-4 px-2 py-0.5 font-semibold ${STATUS_CLASS[row.status]}`}>
                {t(`status.${row.status}`)}
              </span>
            </DataCell>
            <DataCell last>{details(row)}</DataCell>
          </DataRow>
        ))}
      </DataTable>
      <p className="mt-8">
        <Link href="/redaktion/import">{t("again")}</Link>
      </p>
    </PageContainer>
  );
}
