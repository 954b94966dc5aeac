import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageContainer } from "@/components/layout/page-container";
import { requireUser } from "@/lib/auth/require-user";
import { Link } from "@/lib/i18n/navigation";
import { getEditFormOptions, getProfileForEditing } from "@/lib/profiles/editor-queries";
import { listWorkingMedia } from "@/lib/media/manage-media";
import { MediaManager } from "./media-manager";
import { ProfileEditForm } from "./profile-edit-form";

export async function generateMetadata({ params }: PageProps<"/[locale]/redaktion/steckbriefe/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  const t = await getTranslations("Editor");
  return { title: t("metaTitle", { title: slug }), robots: { index: false } };
}

export default async function EditProfilePage({ params }: PageProps<"/[locale]/redaktion/steckbriefe/[slug]">) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const user = await requireUser(`/redaktion/steckbriefe/${slug}`);
  // Scoped query: a profile of another municipality is "not found" for an editor (404).
  const profile = await getProfileForEditing(user, slug);
  if (!profile) notFound();
  const [t, options, media] = await Promise.all([getTranslations("Editor"), getEditFormOptions(), listWorkingMedia(profile.id)]);

  return (
    <PageContainer className="py-10">
      <p>
        <Link href="/redaktion">{t("backToDashboard")}</Link>
      </p>
      <p className="mt-6 font-semibold text-brand-700">{profile.municipality.name}</p>
      <h1 className="mt-1 text-3xl sm:text-4xl">{profile.values.title || slug}</h1>
      <p className="mt-3 max-w-3xl">{t("intro")}</p>
      {profile.isPublished && (
        <p className="mt-2">
          <Link href={`/steckbriefe/${profile.slug}`}>{t("viewPublic")}</Link>
        </p>
      )}
      {profile.reviewComment && (
        <div className="mt-6 max-w-3xl rounded-md border-l-4 border-accent bg-surface p-4">
          <h2 className="text-lg">{t("reviewComment")}</h2>
          <p className="mt-1 whitespace-pre-line">{profile.reviewComment}</p>
        </div>
      )}
      <ProfileEditForm
        profileId={profile.id}
        slug={profile.slug}
        initialVersionId={profile.versionId}
        initialRevision={profile.revision}
        readOnly={profile.state === "IN_REVIEW"}
        initialValues={profile.values}
        topics={options.topics}
        formats={options.formats}
      />
      <MediaManager
        profileId={profile.id}
        readOnly={profile.state === "IN_REVIEW"}
        items={media.map(({ id, kind, fileName, title, altText, credit }) => ({ id, kind, fileName, title, altText, credit }))}
      />
    </PageContainer>
  );
}
