import { getLocale, getTranslations } from "next-intl/server";
import { profileTextLang } from "@/lib/i18n/content-language";
import { SiteLink } from "@/components/layout/site-link";
import { MarkedText } from "@/components/listing/marked-text";

/** What a card shows (a ProfileCard of lib/public/queries or a search result). */
interface CardData {
  slug: string;
  title: string;
  teaser: string;
  municipalityName: string;
}

/**
 * Listing card: municipality, title and teaser. The title is the one link; it stretches over
 * the whole card (::after), so the card is one click target and one tab stop. `compact` (start page)
 * leaves the teaser out on narrow screens, where the cards stand one below the other.
 *
 * Its styles are the `profile-card` classes in app/globals.css rather than utilities in the markup:
 * a list repeats the card up to 20 times, and each class string twice (HTML and RSC payload).
 */
export async function ProfileCard({
  card,
  headingLevel = "h3",
  compact = false,
  highlight,
}: {
  card: CardData;
  /** a search result's title and snippet with the matches marked (MARK_START/MARK_END): shown instead of title and teaser */
  highlight?: { title: string; snippet: string | null };
  headingLevel?: "h2" | "h3";
  compact?: boolean;
}) {
  const [t, locale] = await Promise.all([getTranslations("ProfileCard"), getLocale()]);
  const textLang = profileTextLang(locale);
  const Heading = headingLevel;
  return (
    <article className={compact ? "profile-card profile-card-compact" : "profile-card"}>
      <p className="profile-card-place">{card.municipalityName}</p>
      <Heading className="profile-card-title" lang={textLang}>
        <SiteLink href={`/steckbriefe/${card.slug}`}>{highlight ? <MarkedText value={highlight.title} /> : card.title}</SiteLink>
      </Heading>
      <p className="profile-card-teaser" lang={textLang}>
        {highlight?.snippet ? <MarkedText value={highlight.snippet} /> : card.teaser}
      </p>
      <p className="profile-card-more" aria-hidden="true">
        {t("readMore")} <span>→</span>
      </p>
    </article>
  );
}
