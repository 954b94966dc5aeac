import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PageContainer } from "@/components/layout/page-container";
import { requireUser } from "@/lib/auth/require-user";
import { Link } from "@/lib/i18n/navigation";
import { getEditFormOptions, getProfileForEditing } from "@/lib/profiles/editor-queries";
import { listWorkingMedia } from "@/lib/media/manage-media";
import { can } from "@/lib/authz/policy";
import { listComments } from "@/lib/review/review-queries";
import { ActionButton } from "@/components/forms/action-button";
import { ChangeRequestComments } from "@/components/review/change-request-comments";
import { isEditable } from "@/lib/profiles/version-states";
import { isSectionKey } from "@/lib/profiles/fields";
import { archiveProfileAction, discardDraftAction, submitProfileAction } from "./workflow-actions";
import { MediaManager } from "./media-manager";
import { ProfileEditForm } from "./profile-edit-form";
import { SubmittedNotice } from "./submitted-notice";

export async function generateMetadata({ params }: PageProps<"/[locale]/redaktion/steckbriefe/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  const t = await getTranslations("Editor");
  return { title: t("metaTitle", { title: slug }), robots: { index: false } };
}

export default async function EditProfilePage({ params, searchParams }: PageProps<"/[locale]/redaktion/steckbriefe/[slug]">) {
  const [{ locale, slug }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const user = await requireUser(`/redaktion/steckbriefe/${slug}`);
  // Scoped query: a profile of another municipality is "not found" for an editor (404).
  const profile = await getProfileForEditing(user, slug);
  if (!profile) notFound();
  const [t, tw, format, options, media, allComments] = await Promise.all([
    getTranslations("Editor"),
    getTranslations("Workflow"),
    getFormatter(),
    getEditFormOptions(),
    listWorkingMedia(profile.id),
    listComments(profile.id),
  ]);
  // Submitted or approved: no changes until the decision (the server refuses them too).
  const locked = profile.state !== null && !isEditable(profile.state);
  // A draft of a published profile can be given up (the confirmation is a page state: no JavaScript needed).
  const mayDiscard =
    profile.isPublished && !locked && can(user, { action: "profile.discard-draft", municipalityId: profile.municipality.id });
  const confirmingDiscard = mayDiscard && profile.versionId !== null && query.verwerfen === "1";
  const discarded = query.verworfen === "1";
  // Section comments of the last change request, shown next to the fields.
  const sectionComments =
    profile.state === "CHANGES_REQUESTED"
      ? allComments
          .filter((comment) => profile.versionNumber === comment.versionNumber)
          .flatMap((comment) => (isSectionKey(comment.section) ? [{ ...comment, section: comment.section }] : []))
          .map((comment) => ({
            section: comment.section,
            body: comment.body,
            byline: tw("sectionCommentFrom", {
              author: comment.authorName ?? tw("programmeTeam"),
              date: format.dateTime(comment.createdAt, { dateStyle: "medium" }),
            }),
          }))
      : [];

  return (
    <PageContainer className="py-10">
      <p>
        <Link href="/redaktion">{t("backToDashboard")}</Link>
      </p>
      <p className="mt-6 font-semibold text-brand-700">{profile.municipality.name}</p>
      <h1 className="mt-1 text-3xl sm:text-4xl">{profile.values.title || slug}</h1>
      <p className="mt-3 max-w-3xl">{t("intro")}</p>
      <p className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
        {profile.isPublished && <Link href={`/steckbriefe/${profile.slug}`}>{t("viewPublic")}</Link>}
        <Link href={`/redaktion/steckbriefe/${profile.slug}/verlauf`}>{tw("history")}</Link>
      </p>
      {discarded && (
        <p role="status" className="mt-6 max-w-3xl rounded-md border-l-4 border-info bg-info-bg p-4">
          {t("discard.done")}
        </p>
      )}
      {confirmingDiscard && (
        <section
          id="entwurf-verwerfen"
          aria-labelledby="entwurf-verwerfen-titel"
          className="mt-6 max-w-3xl rounded-md border-2 border-red-800 bg-red-50 p-4"
        >
          <h2 id="entwurf-verwerfen-titel" className="text-xl">
            {t("discard.title")}
          </h2>
          <p className="mt-2">{t("discard.text")}</p>
          <div className="mt-4 flex flex-wrap items-center gap-4">
            <ActionButton
              label={t("discard.confirm")}
              pendingLabel={t("discard.pending")}
              failedMessage={tw("failed")}
              variant="primary"
              action={discardDraftAction.bind(null, { profileId: profile.id })}
            />
            <Link href={`/redaktion/steckbriefe/${profile.slug}`}>{t("discard.cancel")}</Link>
          </div>
        </section>
      )}
      {can(user, { action: "profile.archive" }) && profile.isPublished && (
        <div className="mt-4">
          <ActionButton
            label={tw("archive")}
            pendingLabel={tw("archiving")}
            failedMessage={tw("failed")}
            confirmMessage={tw("archiveConfirm")}
            action={archiveProfileAction.bind(null, { profileId: profile.id, archive: true })}
          />
        </div>
      )}
      {profile.state === "IN_REVIEW" && profile.submittedAt && (
        <SubmittedNotice
          // Just submitted (the form came here with ?eingereicht=1): the notice takes the focus.
          justSubmitted={query.eingereicht === "1"}
          title={query.eingereicht === "1" ? t("submitted.thanks") : t("submitted.title")}
        >
          <p role="status" className="mt-2">
            {tw("inReview", { date: format.dateTime(profile.submittedAt, { dateStyle: "medium", timeStyle: "short" }) })}
          </p>
          <h3 className="mt-3 text-lg">{t("submitted.nextTitle")}</h3>
          <ul className="mt-1 list-disc pl-6">
            <li>{t("submitted.review")}</li>
            <li>{t("submitted.mail")}</li>
            <li>{t("submitted.public")}</li>
          </ul>
          {/* Withdrawing is not a transition of the workflow (lib/profiles/version-states.ts): the programme team can hand it back. */}
          <p className="mt-3">{t.rich("submitted.withdraw", { link: (chunks) => <Link href="/impressum">{chunks}</Link> })}</p>
        </SubmittedNotice>
      )}
      {profile.state === "APPROVED" && profile.scheduledPublishAt && (
        <p role="status" className="mt-6 max-w-3xl rounded-md border-l-4 border-info bg-info-bg p-4">
          {tw("approved", { date: format.dateTime(profile.scheduledPublishAt, { dateStyle: "medium", timeStyle: "short" }) })}
        </p>
      )}
      <ChangeRequestComments
        comments={allComments}
        versionNumber={profile.versionNumber}
        state={profile.state}
        reviewComment={profile.reviewComment}
      />
      <ProfileEditForm
        // A discarded draft (or a restored one) is another version: the form starts afresh from the server's text.
        key={profile.versionId ?? "veroeffentlicht"}
        userId={user.id}
        profileId={profile.id}
        slug={profile.slug}
        initialVersionId={profile.versionId}
        initialRevision={profile.revision}
        // While the discard is being confirmed nothing is saved: a save landing after the discard would bring the draft back.
        readOnly={locked || confirmingDiscard}
        sectionComments={sectionComments}
        onSubmitForReview={locked ? undefined : submitProfileAction.bind(null, { profileId: profile.id })}
        initialValues={profile.values}
        publishedValues={profile.publishedValues}
        isPublished={profile.isPublished}
        draftSavedAt={profile.updatedAt?.toISOString() ?? null}
        changesRequested={profile.state === "CHANGES_REQUESTED"}
        options={options}
        discardLocalCopy={discarded}
        canDiscard={mayDiscard && !confirmingDiscard}
      />
      <MediaManager
        profileId={profile.id}
        readOnly={locked}
        items={media.map(({ id, kind, fileName, title, altText, credit }) => ({ id, kind, fileName, title, altText, credit }))}
      />
    </PageContainer>
  );
}
