import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageContainer } from "@/components/layout/page-container";
import { listLandkreisChoices } from "@/lib/admin/municipalities";
import { emptyMunicipalityValues } from "@/lib/admin/municipality-schema";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/authz/policy";
import { Link } from "@/lib/i18n/navigation";
import { AdminSubnav } from "../../admin-subnav";
import { MunicipalityForm } from "../municipality-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminMunicipalityForm");
  return { title: t("metaTitleNew"), robots: { index: false } };
}

export default async function NewMunicipalityPage({ params }: PageProps<"/[locale]/redaktion/verwaltung/kommunen/neu">) {
  setRequestLocale((await params).locale);
  const user = await requireUser("/redaktion/verwaltung/kommunen/neu");
  if (!can(user, { action: "municipality.manage" })) notFound();
  const [t, landkreise] = await Promise.all([getTranslations("AdminMunicipalityForm"), listLandkreisChoices(user)]);
  return (
    <PageContainer className="py-10">
      <AdminSubnav user={user} current="municipalities" />
      <p>
        <Link href="/redaktion/verwaltung/kommunen">{t("back")}</Link>
      </p>
      <h1 className="mt-6 text-3xl sm:text-4xl">{t("titleNew")}</h1>
      <MunicipalityForm mode="create" initialValues={emptyMunicipalityValues()} landkreise={landkreise} />
    </PageContainer>
  );
}
