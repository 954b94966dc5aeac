import { getTranslations } from "next-intl/server";
import { SiteLink } from "@/components/layout/site-link";
import type { ProfileCard as ProfileCardData } from "@/lib/public/queries";

/**
 * Listing card: municipality, title and teaser. The title is the one link; it stretches over
 * the whole card (::after), so the card is one click target and one tab stop.
 */
export async function ProfileCard({ card, headingLevel = "h3" }: { card: ProfileCardData; headingLevel?: "h2" | "h3" }) {
  const t = await getTranslations("ProfileCard");
  const Heading = headingLevel;
  return (
    <article className="group relative flex h-full flex-col rounded-lg border border-line bg-white p-5 shadow-xs transition-shadow hover:shadow-md focus-within:ring-3 focus-within:ring-brand-700 focus-within:ring-offset-2">
      <p className="text-sm font-semibold tracking-wide text-muted uppercase">{card.municipalityName}</p>
      <Heading className="mt-2 text-xl leading-snug">
        <SiteLink
          href={`/steckbriefe/${card.slug}`}
          className="text-ink no-underline after:absolute after:inset-0 after:content-[''] group-hover:underline focus-visible:outline-none"
        >
          {card.title}
        </SiteLink>
      </Heading>
      <p className="mt-3 flex-1 text-base text-ink/90">{card.teaser}</p>
      <p className="mt-4 text-base font-semibold text-brand-700" aria-hidden="true">
        {t("readMore")} <span className="inline-block transition-transform group-hover:translate-x-1">→</span>
      </p>
    </article>
  );
}
