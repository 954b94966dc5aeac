import type { Metadata } from "next";
import { worksForAssignedMunicipalities } from "@/lib/authz/policy";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PageContainer } from "@/components/layout/page-container";
import { getUserForAdmin } from "@/lib/admin/users";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/authz/policy";
import { Link } from "@/lib/i18n/navigation";
import { listMunicipalityChoices } from "@/lib/municipalities/queries";
import { AdminSubnav } from "../../admin-subnav";
import { AccessForm, AssignmentsForm, RoleForm } from "./user-forms";
import { BreakableAddress } from "@/components/ui/breakable-address";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminUser");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function AdminUserPage({ params }: PageProps<"/[locale]/redaktion/verwaltung/nutzer/[id]">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(`/redaktion/verwaltung/nutzer/${id}`);
  if (!can(user, { action: "user.manage" })) notFound();
  const account = await getUserForAdmin(user, id);
  if (!account) notFound();
  const [t, tUsers, tNav, tLabels, format, municipalities] = await Promise.all([
    getTranslations("AdminUser"),
    getTranslations("AdminUsers"),
    getTranslations("AdminNavigation"),
    getTranslations("AdminLabels"),
    getFormatter(),
    worksForAssignedMunicipalities(account.role) ? listMunicipalityChoices() : Promise.resolve([]),
  ]);
  const isSelf = account.id === user.id;
  const disabledSince = account.disabledAt ? format.dateTime(account.disabledAt, { dateStyle: "medium", timeStyle: "short" }) : null;

  return (
    <PageContainer className="py-10">
      <AdminSubnav user={user} current="users" />
      <p>
        <Link href="/redaktion/verwaltung/nutzer">{t("back")}</Link>
      </p>
      <p className="mt-6 font-semibold text-brand-700">{t("eyebrow")}</p>
      <h1 className="mt-1 text-3xl sm:text-4xl">
        <BreakableAddress text={account.email} />
      </h1>
      <dl className="mt-6 grid max-w-3xl grid-cols-[auto_1fr] gap-x-6 gap-y-2">
        <dt className="font-semibold">{t("summaryName")}</dt>
        <dd>{account.name ?? tNav("notSpecified")}</dd>
        <dt className="font-semibold">{t("summaryRole")}</dt>
        <dd>{tLabels(`roles.${account.role}`)}</dd>
        <dt className="font-semibold">{t("summaryStatus")}</dt>
        <dd className={disabledSince ? "font-semibold text-red-800" : undefined}>
          {disabledSince ? tUsers("disabledSince", { date: disabledSince }) : tUsers("active")}
        </dd>
        <dt className="font-semibold">{t("summaryCreated")}</dt>
        <dd>{format.dateTime(account.createdAt, { dateStyle: "medium" })}</dd>
      </dl>

      {isSelf && <p className="mt-6 max-w-3xl rounded-md border-l-4 border-accent bg-surface p-4">{t("ownAccount")}</p>}

      <section aria-labelledby="rolle-titel" className="mt-10 max-w-3xl">
        <h2 id="rolle-titel" className="text-2xl">
          {t("roleTitle")}
        </h2>
        {!isSelf && (
          <>
            <p className="mt-2">{t("roleIntro")}</p>
            <RoleForm userId={account.id} role={account.role} />
          </>
        )}
      </section>

      <section aria-labelledby="kommunen-titel" className="mt-10 max-w-3xl">
        <h2 id="kommunen-titel" className="text-2xl">
          {t("municipalitiesTitle")}
        </h2>
        {worksForAssignedMunicipalities(account.role) ? (
          <>
            <p className="mt-2">{t("municipalitiesIntro")}</p>
            <p className="mt-2 font-semibold">
              {account.assignments.length > 0
                ? t("municipalitiesCurrent", { names: account.assignments.map((assignment) => assignment.municipality.name).join(", ") })
                : t("municipalitiesNone")}
            </p>
            <AssignmentsForm
              userId={account.id}
              municipalities={municipalities}
              assigned={account.assignments.map((assignment) => assignment.municipality.id)}
            />
          </>
        ) : (
          <p className="mt-2">{t("municipalitiesOnlyEditors")}</p>
        )}
      </section>

      {!isSelf && (
        <section aria-labelledby="zugang-titel" className="mt-10 max-w-3xl">
          <h2 id="zugang-titel" className="text-2xl">
            {t("accessTitle")}
          </h2>
          <AccessForm userId={account.id} disabledSince={disabledSince} />
        </section>
      )}

      {can(user, { action: "person.data" }) && (
        <section aria-labelledby="personendaten-titel" className="mt-10 max-w-3xl">
          <h2 id="personendaten-titel" className="text-2xl">
            {t("personalDataTitle")}
          </h2>
          <p className="mt-2">{t("personalDataIntro")}</p>
          <ul className="mt-4 flex flex-col gap-2">
            <li>
              {/* A route handler's download, not a page: a plain link, outside the locale's paths. */}
              <a href={`/api/redaktion/personendaten/${account.id}`} download className="font-semibold">
                {t("personalDataExport")}
              </a>
            </li>
            {!isSelf && (
              <li>
                <Link href={`/redaktion/verwaltung/nutzer/${account.id}/loeschen`} className="font-semibold">
                  {t("personalDataErase")}
                </Link>
              </li>
            )}
          </ul>
        </section>
      )}
    </PageContainer>
  );
}
