import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PageContainer } from "@/components/layout/page-container";
import { DataCell, DataRow, DataTable } from "@/components/ui/data-table";
import { listMunicipalitiesForAdmin } from "@/lib/admin/municipalities";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/authz/policy";
import { Link } from "@/lib/i18n/navigation";
import { AdminSubnav } from "../admin-subnav";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminMunicipalities");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function AdminMunicipalitiesPage({ params }: PageProps<"/[locale]/redaktion/verwaltung/kommunen">) {
  setRequestLocale((await params).locale);
  const user = await requireUser("/redaktion/verwaltung/kommunen");
  if (!can(user, { action: "municipality.manage" })) notFound();
  const [t, tLabels, tNav, format, municipalities] = await Promise.all([
    getTranslations("AdminMunicipalities"),
    getTranslations("AdminLabels"),
    getTranslations("AdminNavigation"),
    getFormatter(),
    listMunicipalitiesForAdmin(user),
  ]);
  const none = (
    <>
      <span aria-hidden="true">–</span>
      <span className="sr-only">{tNav("notSpecified")}</span>
    </>
  );

  return (
    <PageContainer className="py-10">
      <AdminSubnav user={user} current="municipalities" />
      <h1 className="text-3xl sm:text-4xl">{t("title")}</h1>
      <p className="mt-3 max-w-3xl">{t("intro")}</p>
      <p className="mt-4">
        <Link
          href="/redaktion/verwaltung/kommunen/neu"
          className="inline-flex items-center rounded-md border-2 border-brand-700 bg-brand-700 px-5 py-2.5 font-semibold text-white no-underline hover:bg-brand-800"
        >
          {t("create")}
        </Link>
      </p>

      {municipalities.length === 0 ? (
        <p className="mt-8">{t("empty")}</p>
      ) : (
        <DataTable
          className="mt-8"
          minWidth="min-w-[60rem]"
          caption={t("caption")}
          headers={[
            t("columnName"),
            t("columnKind"),
            t("columnLandkreis"),
            t("columnRegierungsbezirk"),
            t("columnAgs"),
            { label: t("columnPopulation"), className: "text-right" },
            t("columnAction"),
          ]}
        >
          {municipalities.map((municipality) => (
            <DataRow key={municipality.id}>
              <DataCell rowHeader className="font-semibold">
                {municipality.name}
              </DataCell>
              <DataCell>{tLabels(`kinds.${municipality.kind}`)}</DataCell>
              <DataCell>{municipality.landkreis?.name ?? none}</DataCell>
              <DataCell>{tLabels(`regierungsbezirke.${municipality.regierungsbezirk}`)}</DataCell>
              <DataCell className="tabular-nums">{municipality.ags ?? none}</DataCell>
              <DataCell className="text-right tabular-nums">
                {municipality.population === null ? none : format.number(municipality.population)}
              </DataCell>
              <DataCell last>
                <Link
                  href={`/redaktion/verwaltung/kommunen/${municipality.slug}`}
                  aria-label={t("editLabel", { name: municipality.name })}
                  className="font-semibold"
                >
                  {t("edit")}
                </Link>
              </DataCell>
            </DataRow>
          ))}
        </DataTable>
      )}
    </PageContainer>
  );
}
