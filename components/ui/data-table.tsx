import { isValidElement, type ReactNode } from "react";

/**
 * The one look for every table of the editorial area (overview, review queue, outbox, audit log,
 * user and municipality administration): a horizontally scrolling wrapper, a full-width table with
 * a strong line under the column headers and a thin line under every row. Pages used to repeat this
 * markup; they now pass their columns and rows and keep only what is particular to them.
 *
 * Server-safe (no hooks, no client code), so server pages render it directly. The header cells are
 * `th scope="col"`; a row names itself with `<DataCell rowHeader>` (`th scope="row"`).
 */

/** A column header with extra classes, e.g. `text-right` over a column of numbers. */
export interface DataTableHeader {
  label: ReactNode;
  className?: string;
}

/** Classes of a body row: a thin line below, content aligned to the top. */
export const dataRowClass = "border-b border-line align-top";
/** Classes of a body cell; the space on the right separates it from the next column. */
export const dataCellClass = "py-3 pr-4";
/** Classes of the last body cell of a row: no space on the right. */
export const dataLastCellClass = "py-3";

function isHeaderObject(header: ReactNode | DataTableHeader): header is DataTableHeader {
  return typeof header === "object" && header !== null && !isValidElement(header) && "label" in header;
}

function classes(...names: (string | false | undefined)[]) {
  return names.filter(Boolean).join(" ");
}

export function DataTable({
  headers,
  caption,
  minWidth,
  className,
  children,
}: {
  /** The column headers in order; an object adds classes to its header cell. */
  headers: (ReactNode | DataTableHeader)[];
  /** Read by screen readers only. */
  caption?: string;
  /** Tailwind class below which the table scrolls instead of squeezing, e.g. "min-w-[40rem]". */
  minWidth?: string;
  /** Classes of the scrolling wrapper, e.g. its margin. */
  className?: string;
  /** The body rows. */
  children: ReactNode;
}) {
  return (
    <div className={classes(className, "overflow-x-auto")}>
      <table className={classes("w-full", minWidth, "border-collapse text-left text-base")}>
        {caption && <caption className="sr-only">{caption}</caption>}
        <thead>
          <tr className="border-b-2 border-brand-700">
            {headers.map((header, index) => {
              const { label, className: extra } = isHeaderObject(header) ? header : { label: header, className: undefined };
              return (
                <th key={index} scope="col" className={classes(index === headers.length - 1 ? "py-2" : "py-2 pr-4", extra)}>
                  {label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** A body row of a `DataTable`. */
export function DataRow({ children }: { children: ReactNode }) {
  return <tr className={dataRowClass}>{children}</tr>;
}

/**
 * A body cell of a `DataTable`. `last` for the last cell of a row; `rowHeader` for the cell that
 * names the row (`th scope="row"`); `className` adds classes such as `whitespace-nowrap`.
 */
export function DataCell({
  last = false,
  rowHeader = false,
  className,
  children,
}: {
  last?: boolean;
  rowHeader?: boolean;
  className?: string;
  children?: ReactNode;
}) {
  const cellClass = classes(last ? dataLastCellClass : dataCellClass, className);
  return rowHeader ? (
    <th scope="row" className={cellClass}>
      {children}
    </th>
  ) : (
    <td className={cellClass}>{children}</td>
  );
}
