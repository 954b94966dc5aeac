/**
 * The facets, in the order the listing shows them and the canonical query string lists them, named like
 * their URL parameter. Without dependencies, so that the listing's small client component can use it
 * without bringing the parameter schemas (zod) into the browser.
 */
export const FACETS = ["typ", "bezirk", "kreis", "thema", "format", "jahr", "teilnehmende", "kosten"] as const;
export type Facet = (typeof FACETS)[number];

/**
 * Facets whose values are named as the data names them — Kreise, topics, formats: German on every page,
 * never translated (marked lang="de" on English pages); the others have fixed labels in the catalogue.
 */
export const FACETS_NAMED_BY_THE_DATA: readonly Facet[] = ["kreis", "thema", "format"];

export const isNamedByTheData = (facet: string): boolean => (FACETS_NAMED_BY_THE_DATA as readonly string[]).includes(facet);
