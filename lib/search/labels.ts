import type { Facet, SortSlug } from "./search-params";

/** Catalogue keys of the search's texts (lib/i18n/messages/de/search.json), for the listing page. */
export const facetTitleKey = (facet: Facet) => `Search.facets.${facet}`;
export const sortLabelKey = (sort: SortSlug) => `Search.sorts.${sort}`;
/** Range values carry their label key in the facet result (FacetValue.labelKey); this is the same key. */
export const rangeLabelKey = (facet: "teilnehmende" | "kosten", slug: string) => `Search.ranges.${facet}.${slug}`;
