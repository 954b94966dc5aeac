import { LISTING_PATH } from "./listing-params";
import type { PublicProfile } from "./queries";

/**
 * schema.org description of a Steckbrief for search engines (JSON-LD in the page). Only facts the
 * data holds: a missing value is left out, never guessed. Pure, so it is tested directly.
 */
export function profileJsonLd(profile: PublicProfile, { base, publisherName }: { base: string; publisherName: string }) {
  const url = new URL(`${LISTING_PATH}/${profile.slug}`, base).href;
  const { content, municipality } = profile;
  const place = {
    "@type": "Place",
    name: municipality.name,
    // every municipality of the programme lies in Baden-Württemberg (it has a Regierungsbezirk there)
    address: { "@type": "PostalAddress", addressRegion: "Baden-Württemberg", addressCountry: "DE" },
  };
  const [firstDay] = [...content.eventDates].sort();
  const lastDay = [...content.eventDates].sort().at(-1);
  const topics = content.topicIds.map((topic) => topic.name);
  return {
    "@context": "https://schema.org",
    "@type": "Report",
    "@id": url,
    url,
    name: content.title,
    headline: content.title,
    ...(content.teaser ? { description: content.teaser } : {}),
    inLanguage: "de",
    isAccessibleForFree: true,
    ...(profile.firstPublishedAt ? { datePublished: profile.firstPublishedAt } : {}),
    ...(profile.publishedAt ? { dateModified: profile.publishedAt } : {}),
    spatialCoverage: place,
    ...(topics.length > 0 ? { keywords: topics.join(", ") } : {}),
    // The dialogue itself, when its dates are known (an Event without a date is no event to schema.org).
    ...(firstDay
      ? {
          about: {
            "@type": "Event",
            name: content.title,
            startDate: firstDay,
            ...(lastDay && lastDay !== firstDay ? { endDate: lastDay } : {}),
            location: place,
          },
        }
      : {}),
    // The municipalities answer for their Steckbriefe (Impressum); demo profiles were rewritten for the demo.
    ...(profile.isDemo
      ? {}
      : {
          author: {
            "@type": "GovernmentOrganization",
            name: municipality.name,
            ...(municipality.website ? { url: municipality.website } : {}),
          },
        }),
    publisher: { "@type": "GovernmentOrganization", name: publisherName, url: new URL("/", base).href },
    encoding: { "@type": "MediaObject", encodingFormat: "application/pdf", contentUrl: `${url}.pdf` },
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: the texts are user-provided, and `</script>` or
 * `<!--` inside them would end or confuse the script element. Escaping `<`, `>` and `&` as \u escapes
 * keeps the JSON identical for parsers; U+2028/2029 are escaped for old JavaScript parsers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
