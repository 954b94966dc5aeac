import type { MunicipalityKind } from "@/generated/prisma/enums";

/**
 * The charts of the statistics page (/statistik) and their data, without database or React: shared by
 * the query (./statistics.ts), the page's SVG and tables (components/statistics) and the CSV route.
 *
 * Count charts are named like the search facet they count (`typ`, `thema`, `kosten`, …): each counts
 * the profiles of the selection per value of that facet. `foerderung` sets the programme's funding
 * against the municipalities' own share, per municipality kind.
 */

export const COUNT_CHARTS = ["typ", "bezirk", "thema", "format", "jahr", "teilnehmende", "kosten"] as const;
export type CountChart = (typeof COUNT_CHARTS)[number];
export const FUNDING_CHART = "foerderung";
export const CHARTS = [...COUNT_CHARTS, FUNDING_CHART] as const;
export type ChartId = (typeof CHARTS)[number];

export const isChartId = (value: string): value is ChartId => (CHARTS as readonly string[]).includes(value);

/** Facets where one profile may have several values (the bars then add up to more than the profiles). */
export const MULTI_VALUED: readonly CountChart[] = ["thema", "format", "jahr"];
/** Facets every profile has a value of (no "keine Angabe" row). */
export const ALWAYS_GIVEN: readonly CountChart[] = ["typ", "bezirk"];

export interface CountEntry {
  /** the facet's URL value (slug, year, range); null = the profiles without a value ("keine Angabe") */
  value: string | null;
  /** the label where it comes from the data (topic, format, year) */
  label: string | null;
  /** the catalogue key of the label where it is fixed (kind, Regierungsbezirk, ranges, "keine Angabe") */
  labelKey: string | null;
  count: number;
}

/** Funding and own share of the profiles of one municipality kind, in euros. */
export interface FundingEntry {
  kind: MunicipalityKind;
  /** profiles of this kind in the selection */
  profiles: number;
  /** of these, the profiles that state both the funding and the own share: the sums are over these alone */
  withAmounts: number;
  funding: number;
  ownShare: number;
}

export interface Statistics {
  /** how the search text matched (lib/search/search-filter.ts): "fuzzy" = similar words stood in */
  matchMode: "none" | "fulltext" | "fuzzy";
  /** profiles of the selection */
  total: number;
  /** of these, demo profiles (the page then says where their content comes from) */
  demoCount: number;
  counts: Record<CountChart, CountEntry[]>;
  /** per municipality kind that has profiles in the selection, in the usual kind order */
  funding: FundingEntry[];
  /** names of the free-slug values the selection names (topics, formats, Kreise): the active filters' labels */
  names: Record<"thema" | "format" | "kreis", Record<string, string>>;
}

/** The catalogue key of "keine Angabe". */
export const NO_VALUE_KEY = "Statistics.noValue";

/** The funding row over all kinds. */
export function fundingTotal(entries: readonly FundingEntry[]): Omit<FundingEntry, "kind"> {
  return entries.reduce(
    (sum, entry) => ({
      profiles: sum.profiles + entry.profiles,
      withAmounts: sum.withAmounts + entry.withAmounts,
      funding: sum.funding + entry.funding,
      ownShare: sum.ownShare + entry.ownShare,
    }),
    { profiles: 0, withAmounts: 0, funding: 0, ownShare: 0 },
  );
}

/** The funding's share of funding plus own share, in percent (0–100, rounded); null without amounts. */
export function fundingPercent(entry: Pick<FundingEntry, "funding" | "ownShare">): number | null {
  const sum = entry.funding + entry.ownShare;
  return sum > 0 ? Math.round((entry.funding / sum) * 100) : null;
}

/** Euros with cents, German style: "3.000,00 €". */
export const euroFormat = new Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR" });
/** Counts, German style: "1.234". */
export const countFormat = new Intl.NumberFormat("de-DE");
