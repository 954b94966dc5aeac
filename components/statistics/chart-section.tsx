import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { profileTextLang } from "@/lib/i18n/content-language";
import { formatCell, type ChartTable, type TableRow } from "@/lib/statistics/tables";

/**
 * One chart of the statistics page with its heading, notes, the chart itself, its numbers as a real
 * table (in a disclosure right below: without JavaScript too) and the CSV download of the same numbers.
 * The table sits in a focusable, labelled region that scrolls sideways on narrow screens.
 */
export async function ChartSection({
  id,
  title,
  notes,
  table,
  csvHref,
  children,
}: {
  id: string;
  title: string;
  notes: string[];
  table: ChartTable;
  csvHref: string;
  children: ReactNode;
}) {
  const [t, locale] = await Promise.all([getTranslations("Statistics"), getLocale()]);
  return (
    <section id={id} aria-labelledby={`${id}-ueberschrift`} className="scroll-mt-4 border-t border-line pt-8" data-chart={table.chart}>
      <h2 id={`${id}-ueberschrift`} className="text-2xl">
        {title}
      </h2>
      {notes.map((note) => (
        <p key={note} className="mt-2 max-w-3xl text-muted">
          {note}
        </p>
      ))}
      <figure className="mt-4 max-w-3xl">{children}</figure>
      {/* Wide tables (funding: seven columns) get the page's width; the region scrolls where even that is too narrow. */}
      <details className={`mt-4 rounded-md border border-line bg-white ${table.columns.length > 3 ? "" : "max-w-3xl"}`}>
        <summary className="min-h-11 cursor-pointer px-4 py-2 font-semibold text-brand-800">{t("tableToggle")}</summary>
        <div role="region" aria-label={t("tableRegion", { title })} tabIndex={0} className="overflow-x-auto px-4 pb-4">
          <DataTable table={table} caption={title} dataLang={profileTextLang(locale)} />
        </div>
      </details>
      <p className="mt-3">
        <a href={csvHref} download className="inline-flex min-h-11 items-center font-semibold text-brand-800" data-csv-link="">
          {t("csv", { title })}
        </a>
      </p>
    </section>
  );
}

/** `dataLang`: the language of names from the data (German) where it differs from the page's. */
function DataTable({ table, caption, dataLang }: { table: ChartTable; caption: string; dataLang: string | undefined }) {
  const row = (entry: TableRow, index: number) => (
    <tr key={`${index}-${entry.label}`} className="border-t border-line" data-row="">
      <th scope="row" className="py-2 pr-4 text-left font-normal" lang={entry.dataName ? dataLang : undefined}>
        {entry.label}
      </th>
      {entry.numbers.map((number, column) => (
        <td key={column} className="py-2 pl-4 text-right whitespace-nowrap tabular-nums">
          {formatCell(table.kinds[column]!, number)}
        </td>
      ))}
    </tr>
  );
  return (
    <table className="w-full border-collapse text-base" data-table={table.chart}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {table.columns.map((column, index) => (
            <th key={column} scope="col" className={`min-w-28 py-2 align-bottom ${index === 0 ? "pr-4 text-left" : "pl-4 text-right"}`}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{table.rows.map(row)}</tbody>
      {table.total && <tfoot className="font-semibold">{row(table.total, table.rows.length)}</tfoot>}
    </table>
  );
}
