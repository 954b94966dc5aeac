import type { ReactNode } from "react";
import { PROFILE_SECTIONS } from "@/lib/review/sections";
import { diffWords } from "@/lib/review/word-diff";
import { DiffText } from "./diff-text";

/**
 * A version section by section against the published one, side by side (PRODUCT.md): the
 * published text with removed words struck through, the new text with added words underlined.
 * A first publication has nothing to compare with and shows only the new text, all marked.
 * `renderSectionExtra` adds e.g. a comment field.
 */
export function VersionComparison({
  sectionTitles,
  changedLabel,
  unchangedLabel,
  fields,
  labels,
  columnLabels,
  renderSectionExtra,
}: {
  sectionTitles: Record<string, string>;
  changedLabel: string;
  unchangedLabel: string;
  fields: Record<string, { before: string; after: string }>;
  labels: Record<string, string>;
  /** column headings, e.g. "Veröffentlicht" / "Eingereicht"; null at a first publication */
  columnLabels: { before: string; after: string } | null;
  renderSectionExtra?: (sectionId: string) => ReactNode;
}) {
  return (
    <div className="flex flex-col gap-8">
      {PROFILE_SECTIONS.map((section) => {
        const changed = section.fields.some((field) => fields[field]!.before !== fields[field]!.after);
        return (
          <section
            key={section.id}
            id={`vergleich-${section.id}`}
            aria-labelledby={`vergleich-${section.id}-titel`}
            className="rounded-lg border border-line p-5"
          >
            <h2 id={`vergleich-${section.id}-titel`} className="flex flex-wrap items-baseline gap-3 text-2xl">
              {sectionTitles[section.id]}
              <span className={`rounded px-2 py-0.5 text-sm font-semibold ${changed ? "bg-accent text-ink" : "bg-surface-2 text-muted"}`}>
                {changed ? changedLabel : unchangedLabel}
              </span>
            </h2>
            <dl className="mt-4 flex flex-col gap-4">
              {section.fields.map((field) => (
                <div key={field}>
                  <dt className="text-sm font-semibold text-muted">{labels[field]}</dt>
                  <dd className="mt-1">
                    <SideBySide {...fields[field]!} columnLabels={columnLabels} />
                  </dd>
                </div>
              ))}
            </dl>
            {renderSectionExtra?.(section.id)}
          </section>
        );
      })}
    </div>
  );
}

function SideBySide({
  before,
  after,
  columnLabels,
}: {
  before: string;
  after: string;
  columnLabels: { before: string; after: string } | null;
}) {
  if (!columnLabels) return <DiffText before={before} after={after} className="max-w-prose" />;
  const tokens = diffWords(before, after);
  return (
    <div className="grid gap-3 md:grid-cols-2">
      <div className="rounded-md bg-surface p-3">
        <p className="text-sm font-semibold text-muted">{columnLabels.before}</p>
        <DiffText tokens={tokens.filter((token) => token.type !== "added")} />
      </div>
      <div className="rounded-md border border-line p-3">
        <p className="text-sm font-semibold text-muted">{columnLabels.after}</p>
        <DiffText tokens={tokens.filter((token) => token.type !== "removed")} />
      </div>
    </div>
  );
}
