import { getLocale, getTranslations } from "next-intl/server";
import { profileTextLang } from "@/lib/i18n/content-language";
import { SiteLink } from "@/components/layout/site-link";
import { ExampleMarker } from "@/components/profile/example-marker";
import { RichText } from "@/components/ui/rich-text";
import type { RecommendationItem as Item } from "@/lib/public/recommendations";

/**
 * One profile's recommendations and most important results under a topic: its municipality (kind and
 * name), its title as the link to the profile, then the two parts as they stand in the profile. Parts
 * that are example content (demo profiles) carry the profile page's example marker; an example topic
 * assignment or municipality is marked beside the municipality.
 */
export async function RecommendationItem({ item, idPrefix }: { item: Item; idPrefix: string }) {
  const [t, tKinds, locale] = await Promise.all([getTranslations("Recommendations"), getTranslations("Kinds"), getLocale()]);
  const textLang = profileTextLang(locale);
  const example = (section: string) => item.exampleSections.includes(section);
  const contextIsExample = example("municipality") || example("topics");
  const id = `${idPrefix}-${item.slug}`;
  return (
    <article aria-labelledby={`${id}-titel`} className="rounded-lg border border-line bg-white p-4 sm:p-5">
      <p className="font-semibold text-brand-700">
        {tKinds(item.municipalityKind)} · {item.municipalityName}
        {contextIsExample && (
          <span className="ml-2 inline-block rounded border border-line bg-surface-2 px-1.5 text-sm font-medium text-ink">
            {t("exampleContext")}
          </span>
        )}
      </p>
      <h3 id={`${id}-titel`} className="mt-1 text-xl leading-snug" lang={textLang}>
        <SiteLink href={`/steckbriefe/${item.slug}`}>{item.title}</SiteLink>
      </h3>
      {item.recommendations && (
        <div className="mt-3">
          <div className="flex flex-wrap items-baseline">
            <h4 className="text-base font-semibold">{t("recommendations")}</h4>
            {example("recommendations") && <ExampleMarker variant="inline" />}
          </div>
          <div lang={textLang}>
            <RichText text={item.recommendations} className="mt-2" />
          </div>
        </div>
      )}
      {item.keyResults.length > 0 && (
        <div className="mt-3">
          <div className="flex flex-wrap items-baseline">
            <h4 className="text-base font-semibold">{t("keyResults")}</h4>
            {example("results") && <ExampleMarker variant="inline" />}
          </div>
          <ul className="mt-2 flex list-disc flex-col gap-1 pl-6 marker:text-brand-500" lang={textLang}>
            {item.keyResults.map((result, index) => (
              <li key={index}>{result}</li>
            ))}
          </ul>
        </div>
      )}
    </article>
  );
}
