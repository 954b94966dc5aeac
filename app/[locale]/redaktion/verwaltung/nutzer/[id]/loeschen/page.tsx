import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageContainer } from "@/components/layout/page-container";
import { BreakableAddress } from "@/components/ui/breakable-address";
import { getUserForAdmin } from "@/lib/admin/users";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/authz/policy";
import { Link } from "@/lib/i18n/navigation";
import { pseudonymOf } from "@/lib/privacy/pseudonym";
import { AdminSubnav } from "../../../admin-subnav";
import { EraseForm } from "./erase-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminErase");
  return { title: t("metaTitle"), robots: { index: false } };
}

/** The confirmation step of an erasure (Art. 17 DSGVO): what goes, what stays, and the button. */
export default async function EraseUserPage({ params }: PageProps<"/[locale]/redaktion/verwaltung/nutzer/[id]/loeschen">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(`/redaktion/verwaltung/nutzer/${id}/loeschen`);
  if (!can(user, { action: "person.data" }) || !can(user, { action: "user.manage" })) notFound();
  const account = await getUserForAdmin(user, id);
  if (!account) notFound();
  const t = await getTranslations("AdminErase");
  const isSelf = account.id === user.id;

  return (
    <PageContainer className="py-10">
      <AdminSubnav user={user} current="users" />
      <p>
        <Link href={`/redaktion/verwaltung/nutzer/${account.id}`}>{t("back")}</Link>
      </p>
      <h1 className="mt-6 text-3xl sm:text-4xl">{t("title")}</h1>
      <p className="mt-3 text-xl">
        <BreakableAddress text={account.email} />
        {account.name && <span className="block text-muted">{account.name}</span>}
      </p>
      {isSelf ? (
        <p className="mt-6 max-w-3xl rounded-md border-l-4 border-accent bg-surface p-4">{t("self")}</p>
      ) : (
        <div className="mt-6 max-w-3xl">
          <p>{t("intro")}</p>
          <h2 className="mt-6 text-2xl">{t("goesTitle")}</h2>
          <ul className="mt-2 list-disc pl-6">
            <li>{t("goesAccount")}</li>
            <li>{t("goesLinks")}</li>
            <li>{t("goesMentions")}</li>
          </ul>
          <h2 className="mt-6 text-2xl">{t("staysTitle")}</h2>
          <p className="mt-2">{t("stays", { pseudonym: pseudonymOf(account.id).name })}</p>
          <p className="mt-4 font-semibold">{t("exportFirst")}</p>
          <p className="mt-2">
            <a href={`/api/redaktion/personendaten/${account.id}`} download>
              {t("exportLink")}
            </a>
          </p>
          <EraseForm userId={account.id} />
        </div>
      )}
    </PageContainer>
  );
}
