import type { CellKind, ChartTable } from "./tables";

/**
 * A chart's table as CSV for spreadsheets: UTF-8 with a byte order mark and `;` between cells, which
 * German Excel opens as it is (with `,` it would put every row into one cell); numbers with a decimal
 * comma and no thousands separator, so they stay numbers there.
 */

const BOM = "\uFEFF";

/**
 * A cell a spreadsheet would read as a formula (= + - @, and tab or carriage return before them) gets
 * a leading apostrophe: a label comes from the database (a topic's name) and must never run as one.
 */
export function neutralizeCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function quote(text: string): string {
  const safe = neutralizeCell(text);
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvNumber(kind: CellKind, number: number | null): string {
  if (number === null) return "";
  return (kind === "euro" ? number.toFixed(2) : String(number)).replace(".", ",");
}

export function tableToCsv(table: ChartTable): string {
  const lines = [table.columns.map(quote)];
  for (const row of [...table.rows, ...(table.total ? [table.total] : [])]) {
    lines.push([quote(row.label), ...row.numbers.map((number, index) => csvNumber(table.kinds[index]!, number))]);
  }
  return BOM + lines.map((cells) => cells.join(";")).join("\r\n") + "\r\n";
}
