import { getTranslations } from "next-intl/server";
import type { MunicipalityKind } from "@/generated/prisma/enums";
import { SiteLink } from "@/components/layout/site-link";
import { listingFilterHref, SLUG_BY_KIND, type ListingState } from "@/lib/public/listing-params";
import { MUNICIPALITY_KIND_ORDER } from "@/lib/public/queries";

/**
 * The kind filter as links with their counts (works without JavaScript); the chosen one carries
 * aria-current. A new filter starts at page 1. The search's GET form will take its place.
 */
export async function KindFilter({ state, counts }: { state: ListingState; counts: Record<MunicipalityKind, number> }) {
  const [t, tKinds] = await Promise.all([getTranslations("Listing"), getTranslations("Kinds")]);
  const total = MUNICIPALITY_KIND_ORDER.reduce((sum, kind) => sum + counts[kind], 0);
  const options = [
    { key: "alle", label: t("filterAll"), count: total, href: listingFilterHref(state, { typ: [] }), current: state.typ.length === 0 },
    ...MUNICIPALITY_KIND_ORDER.map((kind) => ({
      key: SLUG_BY_KIND[kind],
      label: tKinds(`groupTitle.${kind}`),
      count: counts[kind],
      href: listingFilterHref(state, { typ: [SLUG_BY_KIND[kind]] }),
      current: state.typ.length === 1 && state.typ[0] === SLUG_BY_KIND[kind],
    })),
  ];
  return (
    <nav aria-label={t("filterLabel")}>
      <ul className="flex flex-wrap gap-2 sm:gap-3">
        {options.map((option) => (
          <li key={option.key}>
            <SiteLink
              href={option.href}

              aria-current={option.current ? "page" : undefined}
              className={`inline-flex min-h-11 items-center gap-2 rounded-md border px-4 py-2 font-semibold no-underline ${
                option.current ? "border-brand-700 bg-brand-700 text-white" : "border-brand-700 bg-white text-brand-700 hover:bg-brand-50"
              }`}
            >
              {option.label}{" "}
              <span className={`rounded px-2 text-sm ${option.current ? "bg-white text-brand-900" : "bg-brand-100 text-brand-900"}`}>
                {option.count}
              </span>
            </SiteLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
