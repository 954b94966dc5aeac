import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PageContainer } from "@/components/layout/page-container";
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
        <div className="mt-8 overflow-x-auto">
          <table className="w-full min-w-[60rem] border-collapse text-left text-base">
            <caption className="sr-only">{t("caption")}</caption>
            <thead>
              <tr className="border-b-2 border-brand-700">
                <th scope="col" className="py-2 pr-4">{t("columnName")}</th>
                <th scope="col" className="py-2 pr-4">{t("columnKind")}</th>
                <th scope="col" className="py-2 pr-4">{t("columnLandkreis")}</th>
                <th scope="col" className="py-2 pr-4">{t("columnRegierungsbezirk")}</th>
                <th scope="col" className="py-2 pr-4">{t("columnAgs")}</th>
                <th scope="col" className="py-2 pr-4 text-right">{t("columnPopulation")}</th>
                <th scope="col" className="py-2">{t("columnAction")}</th>
              </tr>
            </thead>
            <tbody>
              {municipalities.map((municipality) => (
                <tr key={municipality.id} className="border-b border-line align-top">
                  <th scope="row" className="py-3 pr-4 font-semibold">{municipality.name}</th>
                  <td className="py-3 pr-4">{tLabels(`kinds.${municipality.kind}`)}</td>
                  <td className="py-3 pr-4">{municipality.landkreis?.name ?? none}</td>
                  <td className="py-3 pr-4">{tLabels(`regierungsbezirke.${municipality.regierungsbezirk}`)}</td>
                  <td className="py-3 pr-4 tabular-nums">{municipality.ags ?? none}</td>
                  <td className="py-3 pr-4 text-right tabular-nums">
                    {municipality.population === null ? none : format.number(municipality.population)}
                  </td>
                  <td className="py-3">
                    <Link
                      href={`/redaktion/verwaltung/kommunen/${municipality.slug}`}
                      aria-label={t("editLabel", { name: municipality.name })}
                      className="font-semibold"
                    >
                      {t("edit")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </PageContainer>
  );
}
