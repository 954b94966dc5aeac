import { CSV_BOM, csvRows } from "@/lib/format/csv";
import type { CellKind, ChartTable } from "./tables";

/**
 * A chart's table as CSV (lib/format/csv.ts): numbers with a decimal comma and no thousands separator,
 * so that German Excel reads them as numbers.
 */

function csvNumber(kind: CellKind, number: number | null): string {
  if (number === null) return "";
  return (kind === "euro" ? number.toFixed(2) : String(number)).replace(".", ",");
}

export function tableToCsv(table: ChartTable): string {
  const rows = [...table.rows, ...(table.total ? [table.total] : [])].map((row) => [
    row.label,
    ...row.numbers.map((number, index) => csvNumber(table.kinds[index]!, number)),
  ]);
  return CSV_BOM + csvRows([table.columns, ...rows]);
}
