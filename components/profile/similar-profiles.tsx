import { getLocale, getTranslations } from "next-intl/server";
import { profileTextLang } from "@/lib/i18n/content-language";
import { PageContainer } from "@/components/layout/page-container";
import { SiteLink } from "@/components/layout/site-link";
import { compareHref } from "@/lib/public/compare";
import type { SimilarProfile } from "@/lib/public/similar";

/**
 * "Ähnliche Dialoge" below a profile: each similar profile with its municipality, its title as the link,
 * why it is similar (shared topics and formats, same kind, similar size — lib/public/similar.ts), and a
 * link that opens the comparison of both. Nothing is shown when no profile is similar.
 */
export async function SimilarProfiles({ slug, profiles }: { slug: string; profiles: SimilarProfile[] }) {
  if (profiles.length === 0) return null;
  const [t, tKinds, locale] = await Promise.all([getTranslations("Similar"), getTranslations("Kinds"), getLocale()]);
  const textLang = profileTextLang(locale);
  const reason = (profile: SimilarProfile) =>
    [
      profile.sharedTopics.length > 0 &&
        t("topics", { count: profile.sharedTopics.length, names: profile.sharedTopics.map((topic) => topic.name).join(", ") }),
      profile.sharedFormats.length > 0 &&
        t("formats", { count: profile.sharedFormats.length, names: profile.sharedFormats.map((format) => format.name).join(", ") }),
      profile.sameKind && t("kind", { kind: tKinds(profile.municipalityKind) }),
      profile.similarSize && t("size"),
    ]
      .filter(Boolean)
      .join(" · ");
  return (
    <section id="aehnliche" aria-labelledby="aehnliche-titel" className="print-hidden border-t border-line bg-surface">
      <PageContainer className="py-10">
        <h2 id="aehnliche-titel" className="text-2xl">
          {t("title")}
        </h2>
        <p className="mt-2 max-w-prose text-muted">{t("intro")}</p>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="similar-profiles">
          {profiles.map((profile) => (
            <li key={profile.slug} className="flex flex-col rounded-lg border border-line bg-white p-4">
              <p className="font-semibold text-brand-700">
                {tKinds(profile.municipalityKind)} · {profile.municipalityName}
              </p>
              <h3 className="mt-1 text-lg leading-snug" lang={textLang}>
                <SiteLink href={`/steckbriefe/${profile.slug}`}>{profile.title}</SiteLink>
              </h3>
              <p className="mt-2 text-base">
                <span className="sr-only">{t("reasonLabel")}: </span>
                {reason(profile)}
              </p>
              <p className="mt-auto pt-3">
                <SiteLink href={compareHref([slug, profile.slug])} className="inline-flex min-h-11 items-center font-semibold">
                  {t("compare", { municipality: profile.municipalityName })}
                </SiteLink>
              </p>
            </li>
          ))}
        </ul>
      </PageContainer>
    </section>
  );
}
