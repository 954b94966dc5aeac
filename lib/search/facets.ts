/**
 * The facets, in the order the listing shows them and the canonical query string lists them, named like
 * their URL parameter. Without dependencies, so that the listing's small client component can use it
 * without bringing the parameter schemas (zod) into the browser.
 */
export const FACETS = ["typ", "bezirk", "kreis", "thema", "format", "jahr", "teilnehmende", "kosten"] as const;
export type Facet = (typeof FACETS)[number];
