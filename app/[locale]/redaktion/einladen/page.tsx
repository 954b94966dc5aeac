import type { Metadata } from "next";
import { Role } from "@/generated/prisma/enums";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageContainer } from "@/components/layout/page-container";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/authz/policy";
import { listMunicipalityChoices } from "@/lib/municipalities/queries";
import { InviteForm } from "./invite-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("InviteForm");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function InvitePage({ params }: PageProps<"/[locale]/redaktion/einladen">) {
  setRequestLocale((await params).locale);
  const user = await requireUser("/redaktion/einladen");
  if (!can(user, { action: "user.invite", role: "EDITOR", existingAccount: false })) notFound();
  const [t, municipalities] = await Promise.all([getTranslations("InviteForm"), listMunicipalityChoices()]);
  const roles = Object.values(Role).filter((role) => can(user, { action: "user.invite", role, existingAccount: false }));
  return (
    <PageContainer className="py-10">
      <h1 className="text-3xl sm:text-4xl">{t("title")}</h1>
      <p className="mt-3 max-w-3xl">{t("intro")}</p>
      <InviteForm roles={roles} municipalities={municipalities} />
    </PageContainer>
  );
}
