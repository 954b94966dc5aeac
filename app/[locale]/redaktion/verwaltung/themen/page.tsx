import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageContainer } from "@/components/layout/page-container";
import { listCatalogForAdmin } from "@/lib/admin/catalog";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/authz/policy";
import { AdminSubnav } from "../admin-subnav";
import { CatalogList } from "./catalog-forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminCatalog");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function AdminCatalogPage({ params }: PageProps<"/[locale]/redaktion/verwaltung/themen">) {
  setRequestLocale((await params).locale);
  const user = await requireUser("/redaktion/verwaltung/themen");
  if (!can(user, { action: "catalog.manage" })) notFound();
  const [t, { topics, formats }] = await Promise.all([getTranslations("AdminCatalog"), listCatalogForAdmin(user)]);

  return (
    <PageContainer className="py-10">
      <AdminSubnav user={user} current="catalog" />
      <h1 className="text-3xl sm:text-4xl">{t("title")}</h1>
      <p className="mt-3 max-w-3xl">{t("intro")}</p>
      <div className="mt-10 flex max-w-4xl flex-col gap-12">
        <section aria-labelledby="themen-titel">
          <h2 id="themen-titel" className="text-2xl">
            {t("topicsTitle")}
          </h2>
          <CatalogList kind="topic" items={topics} />
        </section>
        <section aria-labelledby="formate-titel">
          <h2 id="formate-titel" className="text-2xl">
            {t("formatsTitle")}
          </h2>
          <CatalogList kind="format" items={formats} />
        </section>
      </div>
    </PageContainer>
  );
}
