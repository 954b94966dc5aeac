import "server-only";
import { cachedPublicRead, PUBLIC_TAGS } from "@/lib/cache/public-cache";
import { db } from "@/lib/db";
import { LISTING_PATH } from "./listing-params";
import { escapeXml } from "./xml";
import { PUBLICLY_VISIBLE } from "./visibility";

/** Entries of the Atom feed: the most recently published or updated profiles. */
export const FEED_SIZE = 50;

export interface FeedEntry {
  slug: string;
  title: string;
  teaser: string;
  municipalityName: string;
  /** ISO time of the first publication */
  published: string;
  /** ISO time of the published version (a new version is an update) */
  updated: string;
}

/** Only publicly visible profiles (PUBLICLY_VISIBLE): the published version's title and teaser, nothing else. */
export const listFeedEntries = cachedPublicRead(
  async (size: number): Promise<FeedEntry[]> => {
    const profiles = await db.profile.findMany({
      where: PUBLICLY_VISIBLE,
      orderBy: [{ publishedVersion: { publishedAt: "desc" } }, { slug: "asc" }],
      take: size,
      select: {
        slug: true,
        firstPublishedAt: true,
        municipality: { select: { name: true } },
        publishedVersion: { select: { title: true, teaser: true, publishedAt: true } },
      },
    });
    return profiles.flatMap(({ slug, firstPublishedAt, municipality, publishedVersion }) => {
      const updated = publishedVersion?.publishedAt ?? firstPublishedAt;
      if (!publishedVersion || !updated) return [];
      return [
        {
          slug,
          title: publishedVersion.title,
          teaser: publishedVersion.teaser,
          municipalityName: municipality.name,
          published: (firstPublishedAt ?? updated).toISOString(),
          updated: updated.toISOString(),
        },
      ];
    });
  },
  ["public-feed"],
  () => [PUBLIC_TAGS.profiles, PUBLIC_TAGS.municipalities],
);

export interface FeedTexts {
  title: string;
  subtitle: string;
  /** the programme, the feed's author */
  author: string;
}

/**
 * The Atom document (RFC 4287). Entry ids are the profile's absolute address — stable, since a slug
 * never changes; every text is escaped (./xml.ts), titles and teasers come from users.
 */
export function atomFeedXml(entries: FeedEntry[], texts: FeedTexts, base: string): string {
  const url = (path: string) => escapeXml(new URL(path, base).href);
  const updated = entries.reduce((latest, entry) => (entry.updated > latest ? entry.updated : latest), "1970-01-01T00:00:00.000Z");
  const items = entries.map((entry) =>
    [
      "  <entry>",
      `    <id>${url(`${LISTING_PATH}/${entry.slug}`)}</id>`,
      `    <title>${escapeXml(`${entry.title} (${entry.municipalityName})`)}</title>`,
      `    <link rel="alternate" type="text/html" href="${url(`${LISTING_PATH}/${entry.slug}`)}"/>`,
      `    <link rel="alternate" type="application/pdf" href="${url(`${LISTING_PATH}/${entry.slug}.pdf`)}"/>`,
      `    <published>${entry.published}</published>`,
      `    <updated>${entry.updated}</updated>`,
      `    <author><name>${escapeXml(entry.municipalityName)}</name></author>`,
      `    <summary type="text">${escapeXml(entry.teaser)}</summary>`,
      "  </entry>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">',
    `  <id>${url("/feed.xml")}</id>`,
    `  <title>${escapeXml(texts.title)}</title>`,
    `  <subtitle>${escapeXml(texts.subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${url("/feed.xml")}"/>`,
    `  <link rel="alternate" type="text/html" href="${url("/")}"/>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(texts.author)}</name></author>`,
    ...items,
    "</feed>",
    "",
  ].join("\n");
}
