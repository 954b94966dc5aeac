import { getLocale, getTranslations } from "next-intl/server";
import { germanPart } from "@/components/ui/german-part";
import { SiteLink } from "@/components/layout/site-link";
import type { ListingState } from "@/lib/public/listing-params";
import type { RecommendationTopic } from "@/lib/public/recommendations";
import { recommendationsHref } from "@/lib/public/recommendations-params";
import { RecommendationItem } from "./recommendation-item";

/** The anchor of a topic's section (the table of contents links to it). */
export const topicAnchor = (slug: string) => `thema-${slug}`;

/**
 * One topic: how many municipalities and profiles say something about it, its first items, and — when
 * there are more than shown — a link to the topic's own, paged view (`?thema=<slug>`, other filters kept).
 */
export async function TopicSection({ topic, state, preview }: { topic: RecommendationTopic; state: ListingState; preview: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("Recommendations"), getLocale()]);
  const de = germanPart(locale);
  const anchor = topicAnchor(topic.slug);
  return (
    <section id={anchor} aria-labelledby={`${anchor}-titel`} className="scroll-mt-4">
      <h2 id={`${anchor}-titel`} className="text-2xl leading-tight sm:text-3xl">
        {t.rich("topicHeading", { topic: topic.name, count: topic.municipalityCount, de })}
      </h2>
      <p className="mt-2 text-muted">{t("topicCount", { count: topic.profileCount })}</p>
      <ul className="mt-4 grid gap-4 md:grid-cols-2 xl:grid-cols-3" data-testid={`topic-items-${topic.slug}`}>
        {topic.items.map((item) => (
          <li key={item.slug}>
            <RecommendationItem item={item} idPrefix={anchor} />
          </li>
        ))}
      </ul>
      {preview && topic.profileCount > topic.items.length && (
        <p className="mt-4">
          <SiteLink href={recommendationsHref({ ...state, thema: [topic.slug], seite: 1 })} className="font-semibold">
            {t.rich("showAll", { count: topic.profileCount, topic: topic.name, de })}
          </SiteLink>
        </p>
      )}
    </section>
  );
}
