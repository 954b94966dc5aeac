import type { ReactNode } from "react";

export interface DefinitionItem {
  term: string;
  description: ReactNode;
}

/** Term/description pairs, e.g. the facts of a profile. Items without a description are left out. */
export function DefinitionList({ items, className = "" }: { items: DefinitionItem[]; className?: string }) {
  const shown = items.filter((item) => item.description !== null && item.description !== undefined && item.description !== "");
  return (
    <dl className={`grid gap-x-6 gap-y-3 ${className}`}>
      {shown.map((item) => (
        <div key={item.term} className="flex flex-col">
          <dt className="text-sm font-semibold text-muted">{item.term}</dt>
          <dd className="text-base">{item.description}</dd>
        </div>
      ))}
    </dl>
  );
}
