import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PageContainer } from "@/components/layout/page-container";
import { ProfileSection, SubSection } from "@/components/profile/profile-section";
import { ArchivedNotice } from "@/components/profile/archived-notice";
import { ExampleMarker } from "@/components/profile/example-marker";
import { ProfileSources } from "@/components/profile/profile-sources";
import { DefinitionList } from "@/components/ui/definition-list";
import { RatingMeter } from "@/components/ui/rating-meter";
import { RichText } from "@/components/ui/rich-text";
import { TagList } from "@/components/ui/tag-list";
import { Link } from "@/lib/i18n/navigation";
import { findPublicProfile, publicContacts } from "@/lib/profiles/public-queries";
import { richTextToPlain } from "@/lib/rich-text/parse";

export async function generateMetadata({ params }: PageProps<"/[locale]/steckbriefe/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  const lookup = await findPublicProfile(slug);
  if (lookup.status === "published") {
    const { version, municipality } = lookup.profile;
    return {
      title: `${version.title} (${municipality.name})`,
      description: richTextToPlain(version.teaser),
    };
  }
  const t = await getTranslations(lookup.status === "archived" ? "Archived" : "NotFound");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function ProfilePage({ params }: PageProps<"/[locale]/steckbriefe/[slug]">) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  await connection();
  const lookup = await findPublicProfile(slug);
  if (lookup.status === "not-found") notFound();
  if (lookup.status === "archived") return <ArchivedNotice municipalityName={lookup.municipalityName} />;

  const { profile } = lookup;
  const { version, municipality } = profile;
  const [t, tKinds, tRb, format] = await Promise.all([
    getTranslations("Profile"),
    getTranslations("Kinds"),
    getTranslations("Regierungsbezirke"),
    getFormatter(),
  ]);

  const euro = (value: { toString(): string } | null) =>
    value === null ? null : format.number(Number(value.toString()), { style: "currency", currency: "EUR" });
  const day = (date: Date) => format.dateTime(date, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  const formats = version.formats.map((entry) => entry.format.name);
  const topics = version.topics.map((entry) => entry.topic.name);
  const contacts = publicContacts(version);
  const dates = version.eventDates.map((date) => format.dateTime(date, { dateStyle: "medium", timeZone: "UTC" }));
  // Sections holding example content instead of facts (demo content, issue 9) are marked where they show.
  const isExample = (key: string) => version.exampleSections.includes(key);
  const marker = (key: string) => (isExample(key) ? <ExampleMarker /> : undefined);
  const inlineMarker = (key: string, value: unknown) => (isExample(key) && value !== null ? <ExampleMarker variant="inline" /> : null);
  const notSpecified = t("notSpecified");

  const sections = [
    { id: "anlass", title: t("sections.occasion") },
    { id: "konzept", title: t("sections.concept") },
    { id: "moderation", title: t("sections.moderation") },
    { id: "themen", title: t("sections.topics") },
    { id: "akteure", title: t("sections.participants") },
    { id: "bewertung", title: t("sections.rating") },
    { id: "ergebnisse", title: t("sections.results") },
    { id: "kosten", title: t("sections.costs") },
    { id: "empfehlungen", title: t("sections.recommendations") },
    { id: "ansprechpartner", title: t("sections.contacts") },
    { id: "zitat", title: t("sections.quote") },
    { id: "medien", title: t("sections.media") },
    { id: "quellen", title: t("sections.sources") },
  ] as const;
  const title = (id: (typeof sections)[number]["id"]) => sections.find((section) => section.id === id)!.title;

  return (
    <article>
      <div className="border-b border-line bg-surface">
        <PageContainer className="py-8 sm:py-12">
          <nav aria-label={t("breadcrumb")} className="print-hidden text-base">
            <ol className="flex flex-wrap gap-2 text-muted">
              <li>
                <Link href="/">{t("breadcrumbHome")}</Link>
                <span aria-hidden="true" className="ml-2">
                  /
                </span>
              </li>
              <li>
                <Link href={`/#${{ LANDKREIS: "landkreise", STADT: "staedte", GEMEINDE: "gemeinden" }[municipality.kind]}`}>
                  {tKinds(`groupTitle.${municipality.kind}`)}
                </Link>
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
          <h1 className="mt-2 max-w-4xl text-3xl leading-tight sm:text-4xl">{version.title}</h1>
          <p className="mt-4 max-w-3xl text-lg sm:text-xl">{version.teaser}</p>
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
        <aside className="flex flex-col gap-6 lg:order-2" aria-labelledby="fakten-titel">
          <div className="rounded-lg border border-line bg-surface p-5">
            <h2 id="fakten-titel" className="text-xl">
              {t("factsTitle")}
            </h2>
            <DefinitionList
              className="mt-4"
              items={[
                {
                  term: t("fields.dates"),
                  description: (
                    <>
                      {dates.length ? dates.join(", ") : notSpecified}
                      {inlineMarker("concept", dates[0] ?? null)}
                    </>
                  ),
                },
                {
                  term: t("fields.formats"),
                  description: (
                    <>
                      {formats.join(", ") || notSpecified}
                      {inlineMarker("concept", formats[0] ?? null)}
                    </>
                  ),
                },
                {
                  term: t("fields.participantCount"),
                  description: (
                    <>
                      {version.participantCount === null ? notSpecified : t("participants", { count: version.participantCount })}
                      {inlineMarker("participants", version.participantCount)}
                    </>
                  ),
                },
                {
                  term: t("fields.eventCount"),
                  description: (
                    <>
                      {version.eventCount === null ? notSpecified : t("events", { count: version.eventCount })}
                      {inlineMarker("concept", version.eventCount)}
                    </>
                  ),
                },
                {
                  term: t("fields.costTotal"),
                  description: (
                    <>
                      {euro(version.costTotal) ?? notSpecified}
                      {inlineMarker("costs", version.costTotal)}
                    </>
                  ),
                },
                {
                  term: t("fields.costFunding"),
                  description: (
                    <>
                      {euro(version.costFunding) ?? notSpecified}
                      {inlineMarker("costs", version.costFunding)}
                    </>
                  ),
                },
              ]}
            />
          </div>
          <section id="kommune" aria-labelledby="kommune-titel" className="rounded-lg border border-line p-5">
            <h2 id="kommune-titel" className="text-xl">
              {t("sections.municipality")}
            </h2>
            {marker("municipality")}
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
                    <a href={municipality.website} rel="noopener noreferrer" className="break-all">
                      {municipality.website.replace(/^https?:\/\//, "").replace(/\/$/, "")}
                    </a>
                  ) : null,
                },
              ]}
            />
          </section>
          <nav aria-label={t("sectionsNav")} className="print-hidden hidden lg:block">
            <h2 className="text-base font-semibold text-muted">{t("sectionsNav")}</h2>
            <ol className="mt-2 flex flex-col gap-1 text-base">
              {sections.map((section) => (
                <li key={section.id}>
                  <a href={`#${section.id}`}>{section.title}</a>
                </li>
              ))}
            </ol>
          </nav>
        </aside>

        <div className="flex min-w-0 flex-col gap-10 lg:order-1">
          <ProfileSection id="anlass" title={title("anlass")} marker={marker("occasion")}>
            <RichText text={version.occasion} fallback={notSpecified} />
          </ProfileSection>

          <ProfileSection id="konzept" title={title("konzept")} marker={marker("concept")}>
            <SubSection title={t("fields.goals")}>
              <RichText text={version.goals} fallback={notSpecified} />
            </SubSection>
            <SubSection title={t("fields.formats")}>
              <TagList items={formats} />
            </SubSection>
            <SubSection title={t("fields.method")}>
              <RichText text={version.concept} fallback={notSpecified} />
            </SubSection>
            <DefinitionList
              className="sm:grid-cols-2"
              items={[
                { term: t("fields.dates"), description: dates.length ? dates.join(", ") : t("notSpecified") },
                {
                  term: t("fields.eventCount"),
                  description: version.eventCount === null ? t("notSpecified") : t("events", { count: version.eventCount }),
                },
              ]}
            />
          </ProfileSection>

          <ProfileSection id="moderation" title={title("moderation")} marker={marker("moderation")}>
            <DefinitionList
              className="sm:grid-cols-2"
              items={[
                {
                  term: t("fields.moderationType"),
                  description: version.moderationType ? t(`moderationTypes.${version.moderationType}`) : t("notSpecified"),
                },
                { term: t("fields.moderationOrganisation"), description: version.moderationOrganisation || t("notSpecified") },
              ]}
            />
            <RichText text={version.moderationDescription} fallback={notSpecified} />
          </ProfileSection>

          <ProfileSection id="themen" title={title("themen")} marker={marker("topics")}>
            <TagList items={topics} label={t("fields.topics")} />
          </ProfileSection>

          <ProfileSection id="akteure" title={title("akteure")} marker={marker("participants")}>
            <DefinitionList
              className="sm:grid-cols-2"
              items={[
                {
                  term: t("fields.participantGroups"),
                  description: version.participantGroups.map((group) => t(`participantGroups.${group}`)).join(", ") || t("notSpecified"),
                },
                {
                  term: t("fields.participantCount"),
                  description:
                    version.participantCount === null ? t("notSpecified") : t("participants", { count: version.participantCount }),
                },
                { term: t("fields.languages"), description: version.languages.join(", ") || t("notSpecified") },
              ]}
            />
            <SubSection title={t("fields.refugeeParticipation")}>
              <RichText text={version.refugeeParticipation} fallback={notSpecified} />
            </SubSection>
          </ProfileSection>

          <ProfileSection id="bewertung" title={title("bewertung")} marker={marker("rating")}>
            <p className="text-base text-muted">{t("ratingScale")}</p>
            <div className="flex flex-col gap-3">
              {version.processRating !== null && (
                <RatingMeter
                  value={version.processRating}
                  label={t("fields.processRating")}
                  valueText={t("rating", { value: version.processRating })}
                />
              )}
              {version.resultsRating !== null && (
                <RatingMeter
                  value={version.resultsRating}
                  label={t("fields.resultsRating")}
                  valueText={t("rating", { value: version.resultsRating })}
                />
              )}
            </div>
            <SubSection title={t("fields.ratingComment")}>
              <RichText text={version.ratingComment} fallback={notSpecified} />
            </SubSection>
          </ProfileSection>

          <ProfileSection id="ergebnisse" title={title("ergebnisse")} marker={marker("results")}>
            <SubSection title={t("fields.keyResults")}>
              {version.keyResults.length === 0 ? (
                <p className="text-muted">{notSpecified}</p>
              ) : (
                <ol className="flex max-w-prose list-decimal flex-col gap-2 pl-6 marker:font-semibold marker:text-brand-700">
                  {version.keyResults.map((result) => (
                    <li key={result}>{result}</li>
                  ))}
                </ol>
              )}
            </SubSection>
            <SubSection title={t("fields.measures")}>
              <RichText text={version.measures} fallback={notSpecified} />
            </SubSection>
            <SubSection title={t("fields.nextSteps")}>
              <RichText text={version.nextSteps} fallback={notSpecified} />
            </SubSection>
          </ProfileSection>

          <ProfileSection id="kosten" title={title("kosten")} marker={marker("costs")}>
            <DefinitionList
              className="sm:grid-cols-3"
              items={[
                { term: t("fields.costTotal"), description: euro(version.costTotal) ?? t("notSpecified") },
                { term: t("fields.costFunding"), description: euro(version.costFunding) ?? t("notSpecified") },
                { term: t("fields.costOwnShare"), description: euro(version.costOwnShare) ?? t("notSpecified") },
              ]}
            />
            <SubSection title={t("fields.costSpentOn")}>
              <RichText text={version.costSpentOn} fallback={notSpecified} />
            </SubSection>
          </ProfileSection>

          <ProfileSection id="empfehlungen" title={title("empfehlungen")} marker={marker("recommendations")}>
            <RichText text={version.recommendations} fallback={notSpecified} />
          </ProfileSection>

          <ProfileSection id="ansprechpartner" title={title("ansprechpartner")} marker={marker("contacts")}>
            <ul className="grid gap-4 sm:grid-cols-2">
              {contacts.map((contact) => (
                <li key={contact.id} className="rounded-lg border border-line p-4">
                  <p className="font-semibold">{contact.function}</p>
                  {contact.personName && <p>{contact.personName}</p>}
                  {contact.office && <p className="text-muted">{contact.office}</p>}
                  <DefinitionList
                    className="mt-3"
                    items={[
                      {
                        term: t("fields.email"),
                        description: contact.email ? (
                          <a href={`mailto:${contact.email}`} className="break-all">
                            {contact.email}
                          </a>
                        ) : null,
                      },
                      {
                        term: t("fields.phone"),
                        description: contact.phone ? <a href={`tel:${contact.phone.replace(/[^+\d]/g, "")}`}>{contact.phone}</a> : null,
                      },
                    ]}
                  />
                </li>
              ))}
            </ul>
          </ProfileSection>

          <ProfileSection id="zitat" title={title("zitat")} marker={marker("quote")}>
            {version.quoteText ? (
              <figure className="max-w-prose border-l-4 border-accent pl-5">
                <blockquote className="text-xl italic">„{version.quoteText}“</blockquote>
                <figcaption className="mt-3 text-base text-muted">
                  — {version.quoteAuthor}
                  {version.quoteRole ? `, ${version.quoteRole}` : ""}
                </figcaption>
              </figure>
            ) : (
              <p className="text-muted">{t("noQuote")}</p>
            )}
          </ProfileSection>

          <ProfileSection id="medien" title={title("medien")}>
            {version.media.length === 0 ? (
              <p className="text-muted">{t("noMedia")}</p>
            ) : (
              <>
                <div className="grid gap-6 sm:grid-cols-2">
                  {version.media
                    .filter((item) => item.kind === "IMAGE")
                    .map((item) => (
                      <figure key={item.id} className="flex flex-col gap-2">
                        {/* eslint-disable-next-line @next/next/no-img-element -- already re-encoded and size-limited on upload */}
                        <img
                          src={`/api/medien/${item.id}`}
                          alt={item.altText ?? ""}
                          width={item.width ?? undefined}
                          height={item.height ?? undefined}
                          loading="lazy"
                          className="h-auto w-full rounded-md border border-line"
                        />
                        {(item.title || item.credit) && (
                          <figcaption className="text-base text-muted">
                            {item.title}
                            {item.title && item.credit ? " – " : ""}
                            {item.credit}
                          </figcaption>
                        )}
                      </figure>
                    ))}
                </div>
                <ul className="flex flex-col gap-2">
                  {version.media
                    .filter((item) => item.kind === "DOCUMENT")
                    .map((item) => (
                      <li key={item.id}>
                        <a href={`/api/medien/${item.id}`}>{item.title || item.fileName}</a>{" "}
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

          {(profile.isDemo || version.sourceUrls.length > 0 || version.sourceNote) && (
            <ProfileSources urls={version.sourceUrls} note={version.sourceNote} isDemo={profile.isDemo} />
          )}

          {profile.firstPublishedAt && (
            <p className="border-t border-line pt-6 text-base text-muted">
              {t("lastPublished", { date: day(version.publishedAt ?? profile.firstPublishedAt) })}
            </p>
          )}
        </div>
      </PageContainer>
    </article>
  );
}
