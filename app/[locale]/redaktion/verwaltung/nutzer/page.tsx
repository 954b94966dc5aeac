import type { Metadata } from "next";
import { worksForAssignedMunicipalities } from "@/lib/authz/policy";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PageContainer } from "@/components/layout/page-container";
import { DataCell, DataRow, DataTable } from "@/components/ui/data-table";
import { listUsersForAdmin } from "@/lib/admin/users";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/authz/policy";
import { Link } from "@/lib/i18n/navigation";
import { AdminSubnav } from "../admin-subnav";
import { BreakableAddress } from "@/components/ui/breakable-address";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminUsers");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function AdminUsersPage({ params, searchParams }: PageProps<"/[locale]/redaktion/verwaltung/nutzer">) {
  setRequestLocale((await params).locale);
  // After an erasure (…/nutzer/[id]/loeschen): the pseudonym's 8 hex digits, nothing else is shown.
  const erased = /^[0-9a-f]{8}$/.exec(String((await searchParams).geloescht ?? ""))?.[0] ?? null;
  const user = await requireUser("/redaktion/verwaltung/nutzer");
  if (!can(user, { action: "user.manage" })) notFound();
  const [t, tLabels, format, users] = await Promise.all([
    getTranslations("AdminUsers"),
    getTranslations("AdminLabels"),
    getFormatter(),
    listUsersForAdmin(user),
  ]);

  return (
    <PageContainer className="py-10">
      <AdminSubnav user={user} current="users" />
      <h1 className="text-3xl sm:text-4xl">{t("title")}</h1>
      {erased && (
        <p role="status" className="mt-4 max-w-3xl rounded-md border-l-4 border-info bg-info-bg p-4">
          {t("erased", { short: erased })}
        </p>
      )}
      <p className="mt-3 max-w-3xl">{t("intro")}</p>
      {can(user, { action: "user.invite", role: "EDITOR", existingAccount: false }) && (
        <p className="mt-3">
          <Link href="/redaktion/einladen" className="font-semibold">
            {t("invite")}
          </Link>
        </p>
      )}

      {users.length === 0 ? (
        <p className="mt-8">{t("empty")}</p>
      ) : (
        <DataTable
          className="mt-8"
          minWidth="min-w-[56rem]"
          caption={t("caption")}
          headers={[t("columnEmail"), t("columnName"), t("columnRole"), t("columnMunicipalities"), t("columnStatus"), t("columnAction")]}
        >
          {users.map((account) => (
            <DataRow key={account.id}>
              <DataCell rowHeader className="font-normal">
                <BreakableAddress text={account.email} />
                {account.id === user.id && <span className="block text-muted">{t("you")}</span>}
              </DataCell>
              <DataCell>{account.name ?? <NotSpecified />}</DataCell>
              <DataCell>{tLabels(`roles.${account.role}`)}</DataCell>
              <DataCell>
                {!worksForAssignedMunicipalities(account.role) ? (
                  <span className="text-muted">{t("allProfiles")}</span>
                ) : account.assignments.length === 0 ? (
                  <span className="text-muted">{t("noMunicipalities")}</span>
                ) : (
                  account.assignments.map((assignment) => assignment.municipality.name).join(", ")
                )}
              </DataCell>
              <DataCell>
                {account.disabledAt ? (
                  <span className="font-semibold text-red-800">
                    {t("disabledSince", { date: format.dateTime(account.disabledAt, { dateStyle: "medium" }) })}
                  </span>
                ) : (
                  t("active")
                )}
              </DataCell>
              <DataCell last>
                <Link
                  href={`/redaktion/verwaltung/nutzer/${account.id}`}
                  aria-label={t("editLabel", { email: account.email })}
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

async function NotSpecified() {
  const t = await getTranslations("AdminNavigation");
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="sr-only">{t("notSpecified")}</span>
    </>
  );
}
