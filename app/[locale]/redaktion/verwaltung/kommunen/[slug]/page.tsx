import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageContainer } from "@/components/layout/page-container";
import { adminSuccess } from "@/lib/admin/action-state";
import { getMunicipalityForAdmin, listLandkreisChoices } from "@/lib/admin/municipalities";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/authz/policy";
import { Link } from "@/lib/i18n/navigation";
import { AdminSubnav } from "../../admin-subnav";
import { MunicipalityForm } from "../municipality-form";

export async function generateMetadata({ params }: PageProps<"/[locale]/redaktion/verwaltung/kommunen/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  const t = await getTranslations("AdminMunicipalityForm");
  return { title: t("metaTitleEdit", { name: slug }), robots: { index: false } };
}

export default async function EditMunicipalityPage({ params, searchParams }: PageProps<"/[locale]/redaktion/verwaltung/kommunen/[slug]">) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const user = await requireUser(`/redaktion/verwaltung/kommunen/${slug}`);
  if (!can(user, { action: "municipality.manage" })) notFound();
  const municipality = await getMunicipalityForAdmin(user, slug);
  if (!municipality) notFound();
  const [t, landkreise, query] = await Promise.all([getTranslations("AdminMunicipalityForm"), listLandkreisChoices(user), searchParams]);
  const justCreated = query.angelegt === "1";

  return (
    <PageContainer className="py-10">
      <AdminSubnav user={user} current="municipalities" />
      <p>
        <Link href="/redaktion/verwaltung/kommunen">{t("back")}</Link>
      </p>
      <p className="mt-6 font-semibold text-brand-700">{t("eyebrowEdit")}</p>
      <h1 className="mt-1 text-3xl sm:text-4xl">{municipality.name}</h1>
      <MunicipalityForm
        mode="update"
        id={municipality.id}
        slug={municipality.slug}
        initialValues={municipality.values}
        landkreise={landkreise}
        initialNotice={justCreated ? adminSuccess("municipalityCreated") : undefined}
      />
    </PageContainer>
  );
}
