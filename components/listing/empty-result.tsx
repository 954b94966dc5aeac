import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { SiteLink } from "@/components/layout/site-link";
import { LISTING_PATH, stateHref, type ListingState } from "@/lib/public/listing-params";
import { FACETS, type Facet } from "@/lib/search/search-params";
import type { SearchResult } from "@/lib/search/search-profiles";

export const hasFilter = (state: ListingState) => FACETS.some((facet) => state[facet].length > 0);

/**
 * Nothing found: say so, and offer to drop what removed the most (the search's relaxations, most results
 * first), as links to the same view (`path`: the listing, or the map, which takes the same parameters).
 * Without any relaxation that finds something, a link to the unfiltered view. `message` and `allLabel`
 * let a view word it for itself; `alwaysAll` offers the unfiltered view next to the relaxations too.
 */
export async function EmptyResult({
  state,
  result,
  path = LISTING_PATH,
  message,
  allLabel,
  alwaysAll = false,
}: {
  state: ListingState;
  result: SearchResult;
  path?: string;
  message?: ReactNode;
  allLabel?: string;
  alwaysAll?: boolean;
}) {
  const [t, tAll] = await Promise.all([getTranslations("Listing"), getTranslations()]);
  const labelOf = (param: "q" | Facet, value: string) => {
    if (param === "q") return t("relaxQuery", { q: state.q });
    return t("relaxFilter", { label: labelOfValue(param, value) });
  };
  const labelOfValue = (param: Facet, value: string) => {
    const option = result.facets[param].find((entry) => entry.value === value);
    return option?.labelKey ? tAll(option.labelKey) : (option?.label ?? value);
  };
  const without = (param: "q" | Facet, value: string): ListingState =>
    param === "q"
      ? { ...state, q: "", sort: null, seite: 1 }
      : { ...state, [param]: (state[param] as (string | number)[]).filter((entry) => String(entry) !== value), seite: 1 };
  const relaxations = result.relaxations.filter((relaxation) => relaxation.count > 0);
  const filtered = Boolean(state.q) || hasFilter(state);
  return (
    <div className="mt-6" data-testid="empty-result">
      <p>{message ?? t("empty")}</p>
      {relaxations.length > 0 && (
        <>
          <p className="mt-3">{t("relaxIntro")}</p>
          <ul className="mt-2 list-disc pl-6">
            {relaxations.map((relaxation) => (
              <li key={`${relaxation.param}-${relaxation.value}`} className="mt-1">
                <SiteLink href={stateHref(path, without(relaxation.param, relaxation.value))}>
                  {t("relax", { label: labelOf(relaxation.param, relaxation.value), count: relaxation.count })}
                </SiteLink>
              </li>
            ))}
          </ul>
        </>
      )}
      {filtered && (relaxations.length === 0 || alwaysAll) && (
        <p className="mt-2">
          <SiteLink href={path}>{allLabel ?? t("emptyAll")}</SiteLink>
        </p>
      )}
    </div>
  );
}
