import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageContainer } from "@/components/layout/page-container";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/authz/policy";
import { Link } from "@/lib/i18n/navigation";
import { AdminSubnav, canUseAdminArea } from "./admin-subnav";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminHome");
  return { title: t("metaTitle"), robots: { index: false } };
}

/** Start page of the admin area (admins only; everyone else gets 404, as if it did not exist). */
export default async function AdminHomePage({ params }: PageProps<"/[locale]/redaktion/verwaltung">) {
  setRequestLocale((await params).locale);
  const user = await requireUser("/redaktion/verwaltung");
  if (!canUseAdminArea(user)) notFound();
  const [t, tNav] = await Promise.all([getTranslations("AdminHome"), getTranslations("AdminNavigation")]);
  const sections = [
    { href: "/redaktion/verwaltung/nutzer", title: tNav("users"), text: t("usersText"), allowed: can(user, { action: "user.manage" }) },
    {
      href: "/redaktion/verwaltung/kommunen",
      title: tNav("municipalities"),
      text: t("municipalitiesText"),
      allowed: can(user, { action: "municipality.manage" }),
    },
    {
      href: "/redaktion/verwaltung/themen",
      title: tNav("catalog"),
      text: t("catalogText"),
      allowed: can(user, { action: "catalog.manage" }),
    },
  ].filter((section) => section.allowed);

  return (
    <PageContainer className="py-10">
      <AdminSubnav user={user} current="home" />
      <h1 className="text-3xl sm:text-4xl">{t("title")}</h1>
      <p className="mt-3 max-w-3xl">{t("intro")}</p>
      <ul className="mt-8 grid gap-6 md:grid-cols-3">
        {sections.map((section) => (
          <li key={section.href} className="rounded-lg border border-line p-6">
            <h2 className="text-xl">
              <Link href={section.href}>{section.title}</Link>
            </h2>
            <p className="mt-2">{section.text}</p>
          </li>
        ))}
      </ul>
    </PageContainer>
  );
}
