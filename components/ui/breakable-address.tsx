import { Fragment } from "react";

/**
 * An e-mail or web address that may wrap only where a reader expects it: after "@", "/" and before
 * "." (a <wbr> there), never in the middle of a name — and within a part only when that part alone is
 * wider than its column (`overflow-wrap: anywhere`, via the `breakable-address` class). Long addresses in
 * narrow contact cards and table cells used `break-all`, which cut them at any letter even where a
 * sensible break fitted.
 */
export function BreakableAddress({ text }: { text: string }) {
  const parts = text.split(/(?<=[@/])|(?=\.)/);
  return (
    <span className="breakable-address">
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </span>
  );
}
