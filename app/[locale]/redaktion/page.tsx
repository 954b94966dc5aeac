import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PageContainer } from "@/components/layout/page-container";
import { requireUser } from "@/lib/auth/require-user";
import { Link } from "@/lib/i18n/navigation";
import { listCreatableMunicipalities, listDashboardProfiles } from "@/lib/profiles/editor-queries";
import { CompletenessIndicator } from "@/components/review/completeness-indicator";
import { ActionButton } from "@/components/forms/action-button";
import { archiveProfileAction } from "./steckbriefe/[slug]/workflow-actions";
import { CreateProfileForm } from "./create-profile-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Dashboard");
  return { title: t("title"), robots: { index: false } };
}

export default async function DashboardPage({ params }: PageProps<"/[locale]/redaktion">) {
  setRequestLocale((await params).locale);
  const user = await requireUser("/redaktion");
  const [t, tWorkflow, format, profiles, municipalities] = await Promise.all([
    getTranslations("Dashboard"),
    getTranslations("Workflow"),
    getFormatter(),
    listDashboardProfiles(user),
    listCreatableMunicipalities(user),
  ]);

  return (
    <PageContainer className="py-10">
      <h1 className="text-3xl sm:text-4xl">{t("title")}</h1>
      <p className="mt-3 max-w-3xl">{user.role === "EDITOR" ? t("introEditor") : t("introStaff")}</p>

      {profiles.length === 0 ? (
        <p className="mt-8">{t("empty")}</p>
      ) : (
        <div className="mt-8 overflow-x-auto">
          <table className="w-full min-w-[40rem] border-collapse text-left text-base">
            <thead>
              <tr className="border-b-2 border-brand-700">
                <th scope="col" className="py-2 pr-4">{t("columnMunicipality")}</th>
                <th scope="col" className="py-2 pr-4">{t("columnTitle")}</th>
                <th scope="col" className="py-2 pr-4">{t("columnState")}</th>
                <th scope="col" className="py-2 pr-4">{t("columnPublic")}</th>
                <th scope="col" className="py-2 pr-4">{t("columnCompleteness")}</th>
                <th scope="col" className="py-2">{t("columnAction")}</th>
              </tr>
            </thead>
            <tbody>
              {profiles.map((profile) => (
                <tr key={profile.id} className="border-b border-line align-top">
                  <td className="py-3 pr-4">{profile.municipalityName}</td>
                  <td className="py-3 pr-4">{profile.title}</td>
                  <td className="py-3 pr-4">
                    {profile.workingState ? (
                      <>
                        <span className="font-semibold">{t(`states.${profile.workingState}`)}</span>
                        {profile.workingUpdatedAt && (
                          <span className="block text-muted">
                            {t("updated", { date: format.dateTime(profile.workingUpdatedAt, { dateStyle: "medium", timeStyle: "short" }) })}
                          </span>
                        )}
                      </>
                    ) : (
                      <span className="text-muted">{t("noWorkingVersion")}</span>
                    )}
                  </td>
                  <td className="py-3 pr-4">{profile.isPublished ? t("published") : t("notPublished")}</td>
                  <td className="py-3 pr-4">{profile.content && <CompletenessIndicator version={profile.content} />}</td>
                  <td className="py-3">
                    {profile.isArchived ? (
                      <span className="flex flex-col items-start gap-2">
                        <span className="font-semibold">{tWorkflow("archived")}</span>
                        <ActionButton
                          label={tWorkflow("unarchive")}
                          pendingLabel={tWorkflow("unarchiving")}
                          failedMessage={tWorkflow("failed")}
                          action={archiveProfileAction.bind(null, profile.id, false)}
                        />
                      </span>
                    ) : (
                    <Link href={`/redaktion/steckbriefe/${profile.slug}`} aria-label={t("editLabel", { title: profile.title })} className="font-semibold">
                      {t("edit")}
                    </Link>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {municipalities.length > 0 && (
        <section aria-labelledby="neu-titel" className="mt-12 max-w-xl rounded-lg border border-line p-6">
          <h2 id="neu-titel" className="text-2xl">
            {t("createTitle")}
          </h2>
          <p className="mt-2 text-muted">{t("createIntro")}</p>
          <CreateProfileForm municipalities={municipalities.map(({ id, name }) => ({ id, name }))} />
        </section>
      )}
    </PageContainer>
  );
}
