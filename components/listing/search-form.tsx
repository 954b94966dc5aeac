import { getLocale, getTranslations } from "next-intl/server";
import { profileTextLang } from "@/lib/i18n/content-language";
import { languagePart } from "@/components/ui/german-part";
import { localizedHref, SiteLink } from "@/components/layout/site-link";
import {
  LISTING_PATH,
  listingHref as listingPageHref,
  serializeListingState,
  stateHref,
  type ListingState,
} from "@/lib/public/listing-params";
import { MAP_PATH, mapHref } from "@/lib/public/map-view";
import { isNamedByTheData } from "@/lib/search/facets";
import { facetTitleKey, sortLabelKey } from "@/lib/search/labels";
import { FACETS, MAX_QUERY_LENGTH, SORTS, toggleFacetValue, type Facet } from "@/lib/search/search-params";
import type { FacetValue, SearchResult } from "@/lib/search/search-profiles";
import { statisticsHref } from "@/lib/statistics/paths";
import { LiveSearch } from "./live-search";

/** Options shown at once in a long facet; the rest fold into "Alle anzeigen". */
const VISIBLE_OPTIONS = 8;
/**
 * At most this many options behind "Alle anzeigen" (those with the most hits, and every selected one):
 * Baden-Württemberg has 44 Kreise, but at national scale the Kreis facet alone would put hundreds of
 * checkboxes into every listing page. The others are reached by narrowing the search first.
 */
const MAX_FOLDED_OPTIONS = 60;

const BUTTON =
  "inline-flex min-h-11 items-center justify-center rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-700";

/**
 * The search of the listing as a plain GET form (works without JavaScript; the address is the whole
 * state): search text, one fieldset of checkboxes per facet with the live counts (each counted with
 * the selection of the other facets), the sort order. Options that would find nothing and are not
 * chosen are left out. The active filters are listed as links that remove them. On narrow screens the
 * facets fold into a disclosure naming the number of active filters; on wide screens they stand open
 * (app/globals.css, `.search-filters`).
 */
export async function SearchForm({
  state,
  result,
  path = LISTING_PATH,
  sortable = true,
  live = true,
}: {
  state: ListingState;
  result: SearchResult;
  /** the page the form sends to: the listing, or another view of the same selection (/empfehlungen, /karte) */
  path?: string;
  /** offer the sort order (views that group rather than rank leave it out) */
  sortable?: boolean;
  /** update the results without a reload when JavaScript runs (./live-search.tsx) */
  live?: boolean;
}) {
  const [t, tAll, tStats, tData, locale] = await Promise.all([
    getTranslations("Search"),
    getTranslations(),
    getTranslations("Statistics"),
    getTranslations("OpenData"),
    getLocale(),
  ]);
  const csvQuery = serializeListingState({ ...state, seite: 1 });
  const action = await localizedHref(path);
  const listingHref = (target: Partial<ListingState>) => stateHref(path, target);
  const labelOf = (option: FacetValue) => (option.labelKey ? tAll(option.labelKey) : (option.label ?? option.value));
  // Names from the data (topics, formats, Kreise) are German on every page; the catalogue's labels are not.
  const langOf = (facet: Facet) => (isNamedByTheData(facet) ? profileTextLang(locale) : undefined);
  const active = FACETS.flatMap((facet) =>
    result.facets[facet].filter((option) => option.selected).map((option) => ({ facet, option, label: labelOf(option) })),
  );
  // The default is "relevanz" (by municipality name while there is no search text): kept as the
  // selected option, so that typing a search text into a form of the unsearched listing ranks by relevance.
  const sort = state.sort ?? "relevanz";

  return (
    <div>
      <form id="suche" method="get" action={action} role="search" aria-label={t("form.label")} data-testid="search-form">
        <div className="flex flex-wrap items-end gap-3">
          <div className="min-w-0 flex-1 basis-64">
            <label htmlFor="suche-q" className="block font-semibold">
              {t("form.query")}
            </label>
            <input
              id="suche-q"
              type="search"
              name="q"
              defaultValue={state.q}
              maxLength={MAX_QUERY_LENGTH}
              className="mt-1 block min-h-11 w-full rounded-md border-2 border-ink/70 bg-white px-3 py-2"
            />
          </div>
          {sortable && (
            // May shrink below its longest option (the English default is long): no sideways scrolling at 320 px.
            <div className="max-w-full min-w-0">
              <label htmlFor="suche-sort" className="block font-semibold">
                {t("form.sort")}
              </label>
              <select
                id="suche-sort"
                name="sort"
                defaultValue={sort}
                className="mt-1 block min-h-11 max-w-full rounded-md border-2 border-ink/70 bg-white px-3 py-2"
              >
                {SORTS.map((slug) => (
                  <option key={slug} value={slug}>
                    {slug === "relevanz" && !state.q ? t("form.sortDefault") : tAll(sortLabelKey(slug))}
                  </option>
                ))}
              </select>
            </div>
          )}
          <button type="submit" className={BUTTON}>
            {t("form.submit")}
          </button>
        </div>

        <details className="search-filters mt-5 rounded-md border border-line bg-white">
          <summary className="min-h-11 cursor-pointer px-4 py-2 font-semibold">{t("form.filters", { count: active.length })}</summary>
          <div className="search-filters-body grid gap-x-6 gap-y-4 p-4 sm:grid-cols-2 lg:grid-cols-4 lg:p-0 lg:pt-2">
            {FACETS.map((facet) => (
              <FacetFieldset
                key={facet}
                facet={facet}
                title={tAll(facetTitleKey(facet))}
                options={result.facets[facet]}
                labelOf={labelOf}
                lang={langOf(facet)}
                more={(count) => t("form.more", { count, facet: tAll(facetTitleKey(facet)) })}
                hidden={(count) => t("form.hidden", { count })}
              />
            ))}
          </div>
          <div className="px-4 pb-4 lg:px-0">
            <button type="submit" className={BUTTON}>
              {t("form.submit")}
            </button>
          </div>
        </details>
      </form>
      {live && <LiveSearch formId="suche" />}

      {(active.length > 0 || state.q) && (
        <div className="mt-5">
          <h2 className="text-base font-semibold">{t("active.title")}</h2>
          <ul className="mt-2 flex flex-wrap gap-2">
            {state.q && (
              <li>
                <SiteLink
                  href={listingHref({ ...state, q: "", sort: null, seite: 1 })}
                  className="inline-flex min-h-11 items-center rounded-md border border-brand-700 bg-white px-3 py-1"
                >
                  {t("active.removeQuery", { q: state.q })}
                </SiteLink>
              </li>
            )}
            {active.map(({ facet, option, label }) => (
              <li key={`${facet}-${option.value}`}>
                <SiteLink
                  href={listingHref(toggleFacetValue(state, facet, option.value))}
                  className="inline-flex min-h-11 items-center rounded-md border border-brand-700 bg-white px-3 py-1"
                >
                  {/* one flex item: in the flex link a text run and a marked name apart would lose the space between them */}
                  <span>{t.rich("active.remove", { label, name: languagePart(langOf(facet)) })}</span>
                </SiteLink>
              </li>
            ))}
            {active.length > 0 && (
              <li>
                <SiteLink
                  href={listingHref({ q: state.q, sort: state.sort })}
                  className="inline-flex min-h-11 items-center px-3 py-1 font-semibold"
                >
                  {t("active.reset")}
                </SiteLink>
              </li>
            )}
          </ul>
        </div>
      )}
      <p className="mt-4 flex flex-wrap gap-x-6">
        {/* The same selection as a list and on the map (the listing's query; the map drops sort and page). */}
        {path !== LISTING_PATH && (
          <SiteLink
            href={listingPageHref({ ...state, seite: 1 })}
            className="inline-flex min-h-11 items-center font-semibold text-brand-800"
            data-testid="listing-link"
          >
            {t("views.list")}
          </SiteLink>
        )}
        {path !== MAP_PATH && (
          <SiteLink
            href={mapHref({ filter: state })}
            className="inline-flex min-h-11 items-center font-semibold text-brand-800"
            data-testid="map-link"
          >
            {t("views.map")}
          </SiteLink>
        )}
        {/* The same selection counted and charted (app/[locale]/(public)/statistik): the query without sort and page. */}
        <SiteLink
          href={statisticsHref(state)}
          className="inline-flex min-h-11 items-center font-semibold text-brand-800"
          data-testid="statistics-link"
        >
          {tStats("listingLink")}
        </SiteLink>
        {/* The same hits for spreadsheets (lib/api/downloads.ts): every page, in this order. */}
        <a
          href={`/api/v1/steckbriefe.csv${csvQuery ? `?${csvQuery}` : ""}`}
          download
          className="inline-flex min-h-11 items-center font-semibold text-brand-800"
          data-testid="csv-link"
        >
          {tData("listingCsv")}
        </a>
      </p>
    </div>
  );
}

function FacetFieldset({
  facet,
  title,
  options,
  labelOf,
  lang,
  more,
  hidden,
}: {
  facet: Facet;
  title: string;
  options: FacetValue[];
  labelOf: (option: FacetValue) => string;
  /** the language of the values' names: German where the data names them */
  lang: string | undefined;
  more: (count: number) => string;
  hidden: (count: number) => string;
}) {
  const shown = options.filter((option) => option.selected || option.count > 0);
  if (shown.length === 0) return null;
  const first = shown.slice(0, VISIBLE_OPTIONS);
  const folded = shown.slice(VISIBLE_OPTIONS);
  const kept = new Set(
    [...folded]
      .sort((a, b) => Number(b.selected) - Number(a.selected) || b.count - a.count)
      .slice(0, MAX_FOLDED_OPTIONS)
      .map((entry) => entry.value),
  );
  const rest = folded.filter((entry) => kept.has(entry.value));
  const option = (entry: FacetValue) => (
    <li key={entry.value}>
      <label className="flex min-h-11 items-center gap-2 py-1">
        <input
          type="checkbox"
          name={facet}
          value={entry.value}
          defaultChecked={entry.selected}
          className="size-5 shrink-0 accent-brand-700"
        />
        <span>
          <span lang={lang}>{labelOf(entry)}</span> ({entry.count})
        </span>
      </label>
    </li>
  );
  return (
    <fieldset>
      <legend className="font-semibold">{title}</legend>
      <ul className="mt-1">{first.map(option)}</ul>
      {rest.length > 0 && (
        <details open={rest.some((entry) => entry.selected)}>
          <summary className="min-h-11 cursor-pointer py-2 font-semibold text-brand-700">{more(rest.length)}</summary>
          <ul>{rest.map(option)}</ul>
          {folded.length > rest.length && <p className="py-2 text-sm">{hidden(folded.length - rest.length)}</p>}
        </details>
      )}
    </fieldset>
  );
}
