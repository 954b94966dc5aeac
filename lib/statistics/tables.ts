import type { Translate } from "@/lib/i18n/translate";
import { isNamedByTheData } from "@/lib/search/facets";
import {
  COUNT_CHARTS,
  countFormat,
  euroFormat,
  FUNDING_CHART,
  fundingPercent,
  fundingTotal,
  type ChartId,
  type CountChart,
  type CountEntry,
  type Statistics,
} from "./charts";

/**
 * Each chart's numbers as one table: what the page shows as the chart's data table, what its SVG
 * draws, and what the CSV download holds — built once, so the three cannot disagree.
 */

export type CellKind = "count" | "euro" | "percent";

export interface TableRow {
  /** the facet value (null: "keine Angabe", or the funding table's total row) */
  value: string | null;
  label: string;
  /** the label is a name from the data (a topic, format, district: German, not translated), not the catalogue's */
  dataName?: boolean;
  /** the numbers of the columns after the label; null = not computable (a share without amounts) */
  numbers: (number | null)[];
}

export interface ChartTable {
  chart: ChartId;
  /** headings: the label column, then one per number */
  columns: string[];
  kinds: CellKind[];
  rows: TableRow[];
  /** the funding table's total row ("Alle"), shown apart */
  total: TableRow | null;
}

export const entryLabel = (t: Translate, entry: CountEntry) => (entry.labelKey ? t(entry.labelKey) : (entry.label ?? entry.value ?? ""));

export function chartTable(t: Translate, statistics: Statistics, chart: ChartId): ChartTable {
  if (chart === FUNDING_CHART) {
    const numbers = (entry: Omit<Statistics["funding"][number], "kind">) => [
      entry.profiles,
      entry.withAmounts,
      entry.profiles - entry.withAmounts,
      entry.funding,
      entry.ownShare,
      fundingPercent(entry),
    ];
    return {
      chart,
      columns: [
        t("Statistics.table.kind"),
        t("Statistics.table.profiles"),
        t("Statistics.table.withAmounts"),
        t("Statistics.table.withoutAmounts"),
        t("Statistics.table.funding"),
        t("Statistics.table.ownShare"),
        t("Statistics.table.fundingShare"),
      ],
      kinds: ["count", "count", "count", "euro", "euro", "percent"],
      rows: statistics.funding.map((entry) => ({ value: entry.kind, label: t(`Kinds.${entry.kind}`), numbers: numbers(entry) })),
      total:
        statistics.funding.length > 0
          ? { value: null, label: t("Statistics.table.all"), numbers: numbers(fundingTotal(statistics.funding)) }
          : null,
    };
  }
  return {
    chart,
    columns: [t(`Search.facets.${chart}`), t("Statistics.table.profiles")],
    kinds: ["count"],
    rows: statistics.counts[chart].map((entry) => ({
      value: entry.value,
      label: entryLabel(t, entry),
      dataName: isNamedByTheData(chart) && entry.value !== null,
      numbers: [entry.count],
    })),
    total: null,
  };
}

/** A number for the page, German style ("1.234", "3.000,00 €", "62 %"); "–" where there is none. */
export function formatCell(kind: CellKind, number: number | null): string {
  if (number === null) return "–";
  if (kind === "euro") return euroFormat.format(number);
  if (kind === "percent") return `${countFormat.format(number)} %`;
  return countFormat.format(number);
}

export const isCountChart = (chart: ChartId): chart is CountChart => (COUNT_CHARTS as readonly string[]).includes(chart);
