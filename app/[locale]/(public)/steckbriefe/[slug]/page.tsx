import type { Metadata } from "next";
import { getImageProps } from "next/image";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PageContainer } from "@/components/layout/page-container";
import { NotFoundPage } from "@/components/layout/not-found-page";
import { ProfileSection } from "@/components/profile/profile-section";
import { ArchivedNotice } from "@/components/profile/archived-notice";
import { DefinitionList } from "@/components/ui/definition-list";
import { BreakableAddress } from "@/components/ui/breakable-address";
import { localizedHref, SiteLink } from "@/components/layout/site-link";
import { AtAGlance, ProfileSections, sectionLinks } from "@/components/profile/profile-content";
import { ExampleMarker } from "@/components/profile/example-marker";
import { SectionLinks } from "@/components/profile/section-links";
import { SimilarProfiles } from "@/components/profile/similar-profiles";
import { compareHref } from "@/lib/public/compare";
import { findSimilarProfiles } from "@/lib/public/similar";
import { findPublicProfile } from "@/lib/public/queries";
import { publicBaseUrl } from "@/lib/env";
import { profileJsonLd, serializeJsonLd } from "@/lib/public/json-ld";
import { publicPageMetadata } from "@/lib/public/page-metadata";
import { listingHref, SLUG_BY_KIND } from "@/lib/public/listing-params";
import { richTextToPlain } from "@/lib/rich-text/parse";
import { profileTextLang } from "@/lib/i18n/content-language";
import { localizePath } from "@/lib/i18n/localize-path";

/**
 * An uploaded image as next/image would render it, as plain <img> props (no client component): served by
 * the media route and resized and re-encoded (AVIF/WebP, next.config.ts) for the width it is shown at —
 * two columns in the main column (beside the 20rem facts from 1024px on, 72rem page width), two columns
 * of half the screen from 640px, the full width below. The media stand far down the page, never the
 * largest paint: they load lazily. Uploads record their size; one without (none so far) is laid out as
 * 3:2 until it loads.
 */
function mediaImageProps(item: { id: string; altText: string; width: number | null; height: number | null }) {
  return getImageProps({
    src: `/api/medien/${item.id}`,
    alt: item.altText,
    width: item.width ?? 1200,
    height: item.height ?? 800,
    sizes: "(min-width: 1024px) 352px, (min-width: 640px) 50vw, 100vw",
    loading: "lazy",
    className: "h-auto w-full rounded-md border border-line",
  }).props;
}

/** Rendered on the first visit, then served from the cache until the profile changes (lib/cache). */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/steckbriefe/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  const lookup = await findPublicProfile(slug);
  if (lookup.status === "published") {
    const { content, municipality, firstPublishedAt, publishedAt } = lookup.profile;
    return publicPageMetadata({
      path: `/steckbriefe/${slug}`,
      title: `${content.title} (${municipality.name})`,
      description: richTextToPlain(content.teaser),
      type: "article",
      publishedTime: firstPublishedAt,
      modifiedTime: publishedAt,
    });
  }
  const [tArchived, tNotFound] = await Promise.all([getTranslations("Archived"), getTranslations("NotFound")]);
  return { title: lookup.status === "archived" ? tArchived("metaTitle") : tNotFound("metaTitle"), robots: { index: false } };
}

export default async function ProfilePage({ params }: PageProps<"/[locale]/steckbriefe/[slug]">) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const lookup = await findPublicProfile(slug);
  if (lookup.status === "not-found") return <NotFoundPage />;
  if (lookup.status === "archived") return <ArchivedNotice municipalityName={lookup.municipalityName} />;

  const { profile } = lookup;
  const { content, municipality } = profile;
  const [t, tKinds, tRb, tSimilar, tMeta, format, sections, similar, pdfHref] = await Promise.all([
    getTranslations("Profile"),
    getTranslations("Kinds"),
    getTranslations("Regierungsbezirke"),
    getTranslations("Similar"),
    getTranslations("Metadata"),
    getFormatter(),
    sectionLinks(),
    findSimilarProfiles(slug),
    localizedHref(`/steckbriefe/${profile.slug}.pdf`),
  ]);
  const navSections = sections.flatMap((section) =>
    section.anchor === "quellen" ? [{ anchor: "medien", title: t("sections.media") }, section] : [section],
  );
  const jsonLd = serializeJsonLd(profileJsonLd(profile, { base: publicBaseUrl(), publisherName: tMeta("publisher") }));
  const pageUrl = new URL(localizePath(`/steckbriefe/${profile.slug}`, locale), publicBaseUrl()).href;
  const context = { isDemo: profile.isDemo, exampleSections: profile.exampleSections };
  const textLang = profileTextLang(locale);
  const day = (date: Date) => format.dateTime(date, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

  // The media are not Steckbrief fields (their own model); they stand before the sources.
  const media = (
    <ProfileSection id="medien" title={t("sections.media")} backToSections={t("backToSections")}>
      {profile.media.length === 0 ? (
        <p className="text-muted">{t("noMedia")}</p>
      ) : (
        <>
          <div className="grid gap-6 sm:grid-cols-2">
            {profile.media
              .filter((item) => item.kind === "IMAGE")
              .map((item) => (
                <figure key={item.id} className="flex flex-col gap-2">
                  {/* eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- next/image's props (alt included), without its client component */}
                  <img {...mediaImageProps(item)} />
                  {(item.title || item.credit) && (
                    <figcaption lang={textLang} className="text-base text-muted">
                      {item.title}
                      {item.title && item.credit ? " – " : ""}
                      {item.credit}
                    </figcaption>
                  )}
                </figure>
              ))}
          </div>
          <ul className="flex flex-col gap-2">
            {profile.media
              .filter((item) => item.kind === "DOCUMENT")
              .map((item) => (
                <li key={item.id}>
                  <a href={`/api/medien/${item.id}`} lang={textLang}>
                    {item.title || item.fileName}
                  </a>{" "}
                  <span className="text-muted">
                    (
                    {t("pdfSize", {
                      size: format.number(item.byteSize / 1_048_576, { maximumFractionDigits: 1, minimumFractionDigits: 1 }),
                    })}
                    )
                  </span>
                </li>
              ))}
          </ul>
        </>
      )}
    </ProfileSection>
  );

  return (
    <>
      {/* Escaped for a script element (lib/public/json-ld.ts): the texts come from users. */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
      <article>
        <div className="border-b border-line bg-surface">
          <PageContainer className="py-8 sm:py-12">
            <nav aria-label={t("breadcrumb")} className="print-hidden text-base">
              <ol className="flex flex-wrap gap-2 text-muted">
                <li>
                  <SiteLink href="/">{t("breadcrumbHome")}</SiteLink>
                  <span aria-hidden="true" className="ml-2">
                    /
                  </span>
                </li>
                <li>
                  <SiteLink href={listingHref({ typ: [SLUG_BY_KIND[municipality.kind]] })}>
                    {tKinds(`groupTitle.${municipality.kind}`)}
                  </SiteLink>
                  <span aria-hidden="true" className="ml-2">
                    /
                  </span>
                </li>
                <li aria-current="page">{municipality.name}</li>
              </ol>
            </nav>
            <p className="mt-6 font-semibold text-brand-700">
              {tKinds(municipality.kind)} · {municipality.name}
            </p>
            <h1 lang={textLang} className="mt-2 max-w-4xl text-3xl leading-tight sm:text-4xl">
              {content.title}
            </h1>
            <p lang={textLang} className="mt-4 max-w-3xl text-lg sm:text-xl">
              {content.teaser}
            </p>
            <p className="print-hidden mt-4">
              <SiteLink href={compareHref([profile.slug])} className="inline-flex min-h-11 items-center font-semibold">
                {tSimilar("compareThis")}
              </SiteLink>
            </p>
            {/* Phones: the sections folded up near the top; each section leads back here (ProfileSection). */}
            <details id="abschnitte" className="section-disclosure print-hidden mt-4 scroll-mt-4 lg:hidden">
              <summary className="min-h-11 py-2 font-semibold text-brand-800">{t("sectionsShort")}</summary>
              <nav aria-label={t("sectionsNav")}>
                <SectionLinks sections={navSections} className="mt-2 border-l-4 border-brand-200 pl-4" />
              </nav>
            </details>
            {profile.isDemo && (
              <div role="note" className="mt-6 max-w-3xl rounded-md border-l-4 border-info bg-info-bg p-4 text-base">
                <p>
                  <strong>{t("demoNoticeTitle")}:</strong> {t("demoNotice")}
                </p>
              </div>
            )}
          </PageContainer>
        </div>

        <PageContainer className="grid gap-10 py-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
          <aside className="flex flex-col gap-6 hyphens-auto lg:order-2" aria-labelledby="fakten-titel">
            <div className="rounded-lg border border-line bg-surface p-5">
              <h2 id="fakten-titel" className="text-xl">
                {t("factsTitle")}
              </h2>
              <AtAGlance content={content} context={context} />
            </div>
            <section id="kommune" aria-labelledby="kommune-titel" className="rounded-lg border border-line p-5">
              <h2 id="kommune-titel" className="text-xl">
                {t("sections.municipality")}
              </h2>
              {context.exampleSections.includes("municipality") && <ExampleMarker />}
              <DefinitionList
                className="mt-4"
                items={[
                  { term: t("fields.municipalityName"), description: municipality.name },
                  { term: t("fields.kind"), description: tKinds(municipality.kind) },
                  {
                    term: t("fields.population"),
                    description: municipality.population === null ? t("notSpecified") : format.number(municipality.population),
                  },
                  {
                    term: t("fields.landkreis"),
                    description:
                      municipality.kind === "LANDKREIS"
                        ? null
                        : (municipality.landkreisName ?? (municipality.kind === "STADT" ? t("fields.kreisfrei") : t("notSpecified"))),
                  },
                  { term: t("fields.regierungsbezirk"), description: tRb(municipality.regierungsbezirk) },
                  {
                    term: t("fields.website"),
                    description: municipality.website ? (
                      <a href={municipality.website} rel="noopener noreferrer">
                        <BreakableAddress text={municipality.website.replace(/^https?:\/\//, "").replace(/\/$/, "")} />
                      </a>
                    ) : null,
                  },
                ]}
              />
            </section>
            {/* Sticky beside the long text: the column would otherwise be empty for most of the page. */}
            <nav
              aria-labelledby="abschnitte-titel"
              className="print-hidden hidden lg:sticky lg:top-4 lg:block lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto"
            >
              <h2 id="abschnitte-titel" className="text-base font-semibold text-muted">
                {t("sectionsNav")}
              </h2>
              <SectionLinks sections={navSections} className="mt-2 text-base" />
            </nav>
          </aside>

          <div className="profile-body flex min-w-0 flex-col gap-10 lg:order-1">
            <ProfileSections content={content} context={context} before={{ sources: media }} backToSections={t("backToSections")} />

            <div className="profile-colophon flex flex-col gap-2 border-t border-line pt-6 text-base text-muted">
              {profile.firstPublishedAt && (
                <p>{t("lastPublished", { date: day(new Date(profile.publishedAt ?? profile.firstPublishedAt)) })}</p>
              )}
              {/* Printed, the address tells where the current version is (the screen shows it in the address bar). */}
              <p className="print-only">{t("printAddress", { url: pageUrl })}</p>
              <p className="print-hidden">
                <a href={pdfHref} type="application/pdf" download={`${profile.slug}.pdf`} data-testid="pdf-link">
                  {t("pdfDownload")}
                </a>
              </p>
            </div>
          </div>
        </PageContainer>
      </article>
      {/* After the article: other dialogues are not part of this Steckbrief, and they take the full width. */}
      <SimilarProfiles slug={profile.slug} profiles={similar} />
    </>
  );
}
