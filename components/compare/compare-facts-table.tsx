import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { publicFacts } from "@/components/profile/profile-content";
import { ExampleMarker } from "@/components/profile/example-marker";
import { DefinitionList } from "@/components/ui/definition-list";
import { SiteLink } from "@/components/layout/site-link";
import { COMPARE_FACT_FIELDS, compareHref, costPerParticipant } from "@/lib/public/compare";
import type { PublicProfile } from "@/lib/public/queries";

/**
 * The key facts of the compared profiles in one table: a column per profile, a row per fact, so
 * that a screen reader announces "Gesamtkosten, Tübingen: 4.600 €"; on a phone one card per profile.
 */
export async function CompareFactsTable({ profiles }: { profiles: PublicProfile[] }) {
  const [t, tKinds, format] = await Promise.all([getTranslations("Compare"), getTranslations("Kinds"), getFormatter()]);
  const notSpecified = t("notSpecified");
  const facts = await Promise.all(
    profiles.map((profile) =>
      publicFacts(COMPARE_FACT_FIELDS, profile.content, { isDemo: profile.isDemo, exampleSections: profile.exampleSections }),
    ),
  );
  const slugs = profiles.map((profile) => profile.slug);

  const rows: { label: string; values: ReactNode[] }[] = [
    { label: t("facts.kind"), values: profiles.map((profile) => tKinds(profile.municipality.kind)) },
    {
      label: t("facts.population"),
      values: profiles.map((profile) =>
        profile.municipality.population === null ? notSpecified : format.number(profile.municipality.population),
      ),
    },
    ...COMPARE_FACT_FIELDS.map((key, row) => ({ label: facts[0]![row]!.label, values: facts.map((ofProfile) => ofProfile[row]!.value) })),
    {
      label: t("facts.costPerParticipant"),
      values: profiles.map((profile) => {
        const value = costPerParticipant(profile);
        if (value === null) return notSpecified;
        const example = profile.exampleSections.includes("costs") || profile.exampleSections.includes("participants");
        return (
          <>
            {format.number(value, { style: "currency", currency: "EUR" })}
            {example && <ExampleMarker variant="inline" />}
          </>
        );
      }),
    },
  ];

  const removeLink = (profile: PublicProfile) =>
    profiles.length > 1 && (
      <SiteLink
        href={compareHref(slugs.filter((slug) => slug !== profile.slug))}
        className="mt-1 inline-block text-base text-muted"
        aria-label={t("removeLabel", { name: profile.municipality.name })}
      >
        {t("remove")}
      </SiteLink>
    );

  return (
    <>
      {/* From a tablet on: one table, a column per profile. */}
      <div className="mt-4 hidden md:block">
        <table className="w-full table-fixed border-collapse text-left text-base">
          <caption className="sr-only">{t("factsCaption")}</caption>
          <thead>
            <tr className="border-b-2 border-brand-700 align-bottom">
              <td className="w-48 py-2 pr-4" />
              {profiles.map((profile) => (
                <th key={profile.slug} scope="col" className="py-2 pr-4 font-normal">
                  <span className="block font-semibold">{profile.municipality.name}</span>
                  <SiteLink href={`/steckbriefe/${profile.slug}`} className="block">
                    {profile.content.title}
                  </SiteLink>
                  {removeLink(profile)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label} className="border-b border-line align-top">
                <th scope="row" className="py-3 pr-4 font-semibold hyphens-auto">
                  {row.label}
                </th>
                {row.values.map((value, index) => (
                  <td key={slugs[index]} className="py-3 pr-4 hyphens-auto">
                    {value}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {/* On a phone a wide table is unreadable: the same facts as one card per profile. */}
      <ul className="mt-4 flex flex-col gap-4 md:hidden">
        {profiles.map((profile, index) => (
          <li key={profile.slug} className="rounded-lg border border-line p-4">
            <h3 className="text-lg font-semibold">{profile.municipality.name}</h3>
            <SiteLink href={`/steckbriefe/${profile.slug}`} className="block">
              {profile.content.title}
            </SiteLink>
            {removeLink(profile)}
            <DefinitionList className="mt-3" items={rows.map((row) => ({ term: row.label, description: row.values[index] }))} />
          </li>
        ))}
      </ul>
    </>
  );
}
