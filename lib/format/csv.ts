import { stringify } from "csv-stringify/sync";

/**
 * CSV for spreadsheets, the same for every download (open data, statistics): UTF-8 with a byte order
 * mark and `;` between cells — German Excel opens that as it is (with `,` it would put every row into
 * one cell) — and cells a spreadsheet would run as a formula (= + - @, tab, carriage return) neutralised
 * with a leading apostrophe: their text comes from the database and must never execute.
 */
export const CSV_BOM = "\uFEFF";

export function csvRows(rows: (string | number | null)[][]): string {
  // Line breaks inside a cell are quoted: csv-stringify quotes only the record delimiter ("\r\n") by
  // itself, so a lone "\n" or "\r" (a multi-line text, a pasted carriage return) split the row in two
  // (issue 14, hostile input).
  return stringify(rows, { delimiter: ";", record_delimiter: "\r\n", escape_formulas: true, quoted_match: /[\r\n]/ });
}
