import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PageContainer } from "@/components/layout/page-container";
import { requireUser } from "@/lib/auth/require-user";
import { Link } from "@/lib/i18n/navigation";
import { listCreatableMunicipalities, listDashboardProfiles } from "@/lib/profiles/editor-queries";
import { countReviewQueue } from "@/lib/review/review-queries";
import { getCurrentUser } from "@/lib/auth/current-user";
import { CompletenessIndicator } from "@/components/review/completeness-indicator";
import { ActionButton } from "@/components/forms/action-button";
import { can } from "@/lib/authz/policy";
import { isEditable } from "@/lib/profiles/version-states";
import { DataCell, DataRow, DataTable } from "@/components/ui/data-table";
import { archiveProfileAction } from "./steckbriefe/[slug]/workflow-actions";
import { CreateProfileForm } from "./create-profile-form";

export async function generateMetadata(): Promise<Metadata> {
  const [t, user] = await Promise.all([getTranslations("Dashboard"), getCurrentUser()]);
  return { title: can(user, { action: "review.queue" }) ? t("titleStaff") : t("title"), robots: { index: false } };
}

export default async function DashboardPage({ params }: PageProps<"/[locale]/redaktion">) {
  setRequestLocale((await params).locale);
  const user = await requireUser("/redaktion");
  // Programme staff: the dashboard leads to the versions waiting for them, and lists every profile.
  const staff = can(user, { action: "review.queue" });
  const [t, tWorkflow, format, profiles, municipalities, waiting] = await Promise.all([
    getTranslations("Dashboard"),
    getTranslations("Workflow"),
    getFormatter(),
    listDashboardProfiles(user),
    listCreatableMunicipalities(user),
    staff ? countReviewQueue(user) : null,
  ]);

  return (
    <PageContainer className="py-10">
      <h1 className="text-3xl sm:text-4xl">{staff ? t("titleStaff") : t("title")}</h1>
      {waiting !== null && (
        <p className="mt-4 flex max-w-3xl flex-wrap items-baseline gap-x-4 gap-y-2 rounded-md border-l-4 border-brand-700 bg-brand-50 p-4">
          <span className="text-xl font-semibold" data-testid="review-waiting">
            {t("reviewWaiting", { count: waiting })}
          </span>
          <Link href="/redaktion/pruefung" className="font-semibold">
            {t("toReviewQueue")}
          </Link>
        </p>
      )}
      <p className="mt-3 max-w-3xl">{staff ? t("introStaff") : t("introEditor")}</p>

      {profiles.length === 0 ? (
        <p className="mt-8">{t("empty")}</p>
      ) : (
        <DataTable
          className="mt-8"
          minWidth="min-w-[40rem]"
          headers={[
            t("columnMunicipality"),
            t("columnTitle"),
            t("columnState"),
            t("columnPublic"),
            t("columnCompleteness"),
            t("columnAction"),
          ]}
        >
          {profiles.map((profile) => (
            <DataRow key={profile.id}>
              <DataCell>{profile.municipalityName}</DataCell>
              <DataCell>{profile.title}</DataCell>
              <DataCell>
                {profile.workingState ? (
                  <>
                    <span className="font-semibold">{t(`states.${profile.workingState}`)}</span>
                    {profile.workingUpdatedAt && (
                      <span className="block text-muted">
                        {t("updated", { date: format.dateTime(profile.workingUpdatedAt, { dateStyle: "medium", timeStyle: "short" }) })}
                      </span>
                    )}
                    {profile.changeRequest && !profile.isArchived && (
                      <span className="mt-2 block rounded-md border-l-4 border-accent bg-surface p-2" data-testid="change-request">
                        {profile.changeRequest.comment ? (
                          <span className="block whitespace-pre-line">
                            {t("changeRequestComment", { comment: profile.changeRequest.comment })}
                          </span>
                        ) : (
                          <span className="block">{t("changeRequestSections")}</span>
                        )}
                        <Link href={`/redaktion/steckbriefe/${profile.slug}#anmerkungen`} className="font-semibold">
                          {t("changeRequestLink", { count: profile.changeRequest.comments, title: profile.title })}
                        </Link>
                      </span>
                    )}
                  </>
                ) : (
                  <span className="text-muted">{t("noWorkingVersion")}</span>
                )}
              </DataCell>
              <DataCell>{profile.isPublished ? t("published") : t("notPublished")}</DataCell>
              <DataCell>
                <CompletenessIndicator values={profile.values} />
              </DataCell>
              <DataCell last>
                {profile.isArchived ? (
                  <span className="flex flex-col items-start gap-2">
                    <span className="font-semibold">{tWorkflow("archived")}</span>
                    <ActionButton
                      label={tWorkflow("unarchive")}
                      pendingLabel={tWorkflow("unarchiving")}
                      failedMessage={tWorkflow("failed")}
                      action={archiveProfileAction.bind(null, { profileId: profile.id, archive: false })}
                    />
                  </span>
                ) : profile.workingState !== null && !isEditable(profile.workingState) ? (
                  // Submitted or approved: nothing to edit until the decision; the page shows the state.
                  <Link
                    href={`/redaktion/steckbriefe/${profile.slug}`}
                    aria-label={t("lockedLabel", { state: profile.workingState, title: profile.title })}
                    className="font-semibold"
                  >
                    {t("locked", { state: profile.workingState })}
                  </Link>
                ) : (
                  <Link
                    href={`/redaktion/steckbriefe/${profile.slug}`}
                    aria-label={t("editLabel", { title: profile.title })}
                    className="font-semibold"
                  >
                    {t("edit")}
                  </Link>
                )}
              </DataCell>
            </DataRow>
          ))}
        </DataTable>
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
