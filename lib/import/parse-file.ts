import { parse } from "csv-parse/sync";
import { dataDictionary } from "@/lib/api/dictionary";
import { dataFieldName, SteckbriefContent, toCell } from "@/lib/api/fields";
import type { MessageRef } from "@/lib/forms/field-errors";
import { FIELD_KEYS, PROFILE_FIELDS } from "@/lib/profiles/fields";
import type { PublicContent } from "@/lib/public/public-content";
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from "./limits";

/**
 * Reading an import file: the columns of the CSV download (lib/api/downloads.ts, names from the data
 * dictionary — no second list), as CSV (`;` like the download, or `,`) or JSON (the JSON download,
 * `{ "items": [ Steckbrief, … ] }`, or an array of objects keyed by the CSV's column names). Pure: the
 * bytes in, the rows as cell texts out — or one problem with the whole file (a catalogue key).
 */

export { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS };

/** Every column the download writes, in its order. */
export const IMPORT_COLUMNS: readonly string[] = dataDictionary().map((row) => row.name);
/** Columns a file must have: the title, and what finds the municipality or the profile. */
export const TITLE_COLUMN = "title";

export type ImportFormat = "csv" | "json";

export interface ParsedImportFile {
  format: ImportFormat;
  /** the file's columns (each one of IMPORT_COLUMNS) */
  columns: string[];
  /** one object per data row: column → cell text */
  rows: Record<string, string>[];
}

/** A problem with the whole file: nothing of it is kept. */
export class ImportFileError extends Error {
  constructor(readonly problem: MessageRef) {
    super(problem.key);
    this.name = "ImportFileError";
  }
}

const fail = (key: string, values?: MessageRef["values"]): never => {
  throw new ImportFileError({ key: `Import.file.${key}`, values });
};

export function parseImportFile(bytes: Uint8Array, fileName: string): ParsedImportFile {
  if (bytes.byteLength === 0) fail("empty");
  if (bytes.byteLength > IMPORT_MAX_BYTES) fail("tooLarge", { max: IMPORT_MAX_BYTES / 1024 / 1024 });
  // UTF-16 (Excel's "Unicode-Text") has a byte order mark of its own; anything else must be UTF-8.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) fail("encoding");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return fail("encoding");
  }
  if (text.trim() === "") fail("empty");
  const isJson = /\.json$/i.test(fileName) || /^\s*[[{]/.test(text);
  const parsed = isJson ? readJson(text) : readCsv(text);
  checkColumns(parsed.columns);
  if (parsed.rows.length === 0) fail("noRows");
  if (parsed.rows.length > IMPORT_MAX_ROWS) fail("tooManyRows", { max: IMPORT_MAX_ROWS, count: parsed.rows.length });
  return parsed;
}

function checkColumns(columns: string[]) {
  if (columns.length === 0 || !columns.some((column) => IMPORT_COLUMNS.includes(column))) fail("noHeader");
  const unknown = columns.filter((column) => !IMPORT_COLUMNS.includes(column));
  if (unknown.length > 0) fail("unknownColumns", { count: unknown.length, columns: unknown.map((column) => `„${column}“`).join(", ") });
  const duplicates = columns.filter((column, index) => columns.indexOf(column) !== index);
  if (duplicates.length > 0) fail("duplicateColumns", { columns: [...new Set(duplicates)].map((column) => `„${column}“`).join(", ") });
  const missing = [TITLE_COLUMN].filter((column) => !columns.includes(column));
  if (!columns.includes("slug") && !columns.includes("kommune")) missing.unshift("slug", "kommune");
  if (missing.length > 0) fail("missingColumns", { columns: missing.map((column) => `„${column}“`).join(", ") });
}

/**
 * The download neutralises cells a spreadsheet would run as a formula with a leading apostrophe
 * (lib/format/csv.ts); reading them back removes exactly that apostrophe again.
 */
export function unescapeFormula(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function readCsv(text: string): ParsedImportFile {
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const delimiter = firstLine.includes(";") ? ";" : firstLine.includes("\t") ? "\t" : ",";
  let records: string[][];
  try {
    records = parse(text, { delimiter, bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return fail("csvSyntax", { line: line ?? 1 });
  }
  const [header = [], ...data] = records;
  const columns = header.map((name) => name.trim());
  checkColumns(columns);
  const rows = data
    .filter((record) => record.some((cell) => cell.trim() !== ""))
    .map((record, index) => {
      if (record.length > columns.length) fail("tooManyCells", { row: index + 1, count: record.length, columns: columns.length });
      return Object.fromEntries(columns.map((column, position) => [column, unescapeFormula(record[position] ?? "")]));
    });
  return { format: "csv", columns, rows };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function readJson(text: string): ParsedImportFile {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return fail("jsonSyntax");
  }
  const items = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.items) ? data.items : fail("jsonShape");
  const rows = items.map((item, index) => {
    if (!isObject(item)) return fail("jsonItem", { row: index + 1 });
    return isObject(item.content) ? cellsOfSteckbrief(item, index + 1) : cellsOfFlatObject(item, index + 1);
  });
  const columns = IMPORT_COLUMNS.filter((column) => rows.some((row) => column in row));
  const unknown = [...new Set(rows.flatMap((row) => Object.keys(row)))].filter((column) => !IMPORT_COLUMNS.includes(column));
  return { format: "json", columns: [...columns, ...unknown], rows };
}

function scalarCell(value: unknown, row: number): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value) && value.every((entry) => typeof entry === "string" || typeof entry === "number")) return value.join(" | ");
  return fail("jsonItem", { row });
}

/** An object keyed by the CSV's column names. */
function cellsOfFlatObject(item: Record<string, unknown>, row: number): Record<string, string> {
  return Object.fromEntries(Object.entries(item).map(([column, value]) => [column, scalarCell(value, row)]));
}

/** An item of the JSON download (the API's Steckbrief): its fields become the cells the CSV would hold. */
function cellsOfSteckbrief(item: Record<string, unknown>, row: number): Record<string, string> {
  const content = item.content as Record<string, unknown>;
  const municipality = isObject(item.municipality) ? item.municipality : {};
  const cells: Record<string, string> = {};
  if (typeof item.slug === "string") cells.slug = item.slug;
  if (typeof municipality.name === "string") cells.kommune = municipality.name;
  if (typeof municipality.kind === "string") cells.kommuneArt = municipality.kind;
  const shape = SteckbriefContent.shape as Record<string, { safeParse(value: unknown): { success: boolean } }>;
  for (const key of FIELD_KEYS) {
    const name = dataFieldName(key);
    if (!(name in content)) continue;
    const value = content[name];
    if (!shape[name]!.safeParse(value).success) fail("jsonItem", { row });
    // Formatted text is kept as written (the CSV has only its plain text); the rest as the CSV writes it.
    cells[name] =
      PROFILE_FIELDS[key].kind === "richText" ? String(value) : String(toCell(key, { [key]: value } as unknown as PublicContent) ?? "");
  }
  return cells;
}
