import type { Metadata } from "next";
import { MunicipalityKind, Regierungsbezirk } from "@/generated/prisma/enums";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Button, SelectField } from "@/components/forms/field";
import { PageContainer } from "@/components/layout/page-container";
import { DataCell, DataRow, DataTable } from "@/components/ui/data-table";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/authz/policy";
import { Link } from "@/lib/i18n/navigation";
import { listReviewQueue, QUEUE_STATES, type QueueFilter } from "@/lib/review/review-queries";
import { CompletenessIndicator } from "@/components/review/completeness-indicator";
import { versionToFormValues } from "@/lib/profiles/form-values";

const KINDS = Object.values(MunicipalityKind);
const REGIERUNGSBEZIRKE = Object.values(Regierungsbezirk);

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ReviewQueue");
  return { title: t("title"), robots: { index: false } };
}

function pick<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === "string" && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

export default async function ReviewQueuePage({ params, searchParams }: PageProps<"/[locale]/redaktion/pruefung">) {
  setRequestLocale((await params).locale);
  const user = await requireUser("/redaktion/pruefung");
  if (!can(user, { action: "review.queue" })) notFound();
  const query = await searchParams;
  const filter: QueueFilter = {
    kind: pick(query.art, KINDS),
    regierungsbezirk: pick(query.bezirk, REGIERUNGSBEZIRKE),
    state: pick(query.status, QUEUE_STATES),
  };
  const [t, tKinds, tRb, format, versions] = await Promise.all([
    getTranslations("ReviewQueue"),
    getTranslations("Kinds"),
    getTranslations("Regierungsbezirke"),
    getFormatter(),
    listReviewQueue(user, filter),
  ]);
  const now = new Date();

  return (
    <PageContainer className="py-10">
      <h1 className="text-3xl sm:text-4xl">{t("title")}</h1>
      <p className="mt-3 max-w-3xl">{t("intro")}</p>
      <form
        method="get"
        className="mt-6 grid items-end gap-4 rounded-lg border border-line p-4 sm:grid-cols-2 lg:grid-cols-4"
        aria-label={t("filters")}
      >
        <SelectField id="filter-status" name="status" label={t("state")} defaultValue={filter.state ?? "IN_REVIEW"}>
          {QUEUE_STATES.map((state) => (
            <option key={state} value={state}>
              {t(`states.${state}`)}
            </option>
          ))}
        </SelectField>
        <SelectField id="filter-art" name="art" label={t("kind")} defaultValue={filter.kind ?? ""}>
          <option value="">{t("all")}</option>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {tKinds(`groupTitle.${kind}`)}
            </option>
          ))}
        </SelectField>
        <SelectField id="filter-bezirk" name="bezirk" label={t("regierungsbezirk")} defaultValue={filter.regierungsbezirk ?? ""}>
          <option value="">{t("all")}</option>
          {REGIERUNGSBEZIRKE.map((rb) => (
            <option key={rb} value={rb}>
              {tRb(rb)}
            </option>
          ))}
        </SelectField>
        <div>
          <Button type="submit">{t("apply")}</Button>
        </div>
      </form>

      <p className="mt-6" role="status">
        {t("count", { count: versions.length })}
      </p>
      {versions.length > 0 && (
        <DataTable
          className="mt-4"
          minWidth="min-w-[44rem]"
          headers={[t("municipality"), t("titleColumn"), t("submitted"), t("completeness"), t("action")]}
        >
          {versions.map((version) => (
            <DataRow key={version.id}>
              <DataCell>
                {version.profile.municipality.name}
                <span className="block text-sm text-muted">
                  {tKinds(version.profile.municipality.kind)} · {tRb(version.profile.municipality.regierungsbezirk)}
                </span>
              </DataCell>
              <DataCell>
                {version.title}
                <span className="block text-sm text-muted">{version.profile.publishedVersionId ? t("update") : t("firstPublication")}</span>
              </DataCell>
              <DataCell>
                {version.submittedAt ? (
                  <>
                    {format.dateTime(version.submittedAt, { dateStyle: "medium" })}
                    <span className="block text-sm font-semibold">
                      {t("waiting", { days: Math.floor((now.getTime() - version.submittedAt.getTime()) / 86_400_000) })}
                    </span>
                  </>
                ) : (
                  "–"
                )}
              </DataCell>
              <DataCell>
                <CompletenessIndicator values={versionToFormValues(version)} />
              </DataCell>
              <DataCell last>
                <Link
                  href={`/redaktion/pruefung/${version.id}`}
                  aria-label={t("reviewLabel", { title: version.title })}
                  className="font-semibold"
                >
                  {t("review")}
                </Link>
              </DataCell>
            </DataRow>
          ))}
        </DataTable>
      )}
    </PageContainer>
  );
}
