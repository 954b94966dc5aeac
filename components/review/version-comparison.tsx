import type { ReactNode } from "react";
import type { ComparedSection } from "@/lib/review/display-values";
import { diffWords } from "@/lib/review/word-diff";
import { DiffText } from "./diff-text";

/**
 * A version section by section against the published one, side by side (PRODUCT.md): the
 * published text with removed words struck through, the new text with added words underlined.
 * A first publication has nothing to compare with and shows only the new text, all marked.
 * `renderSectionExtra` adds e.g. a comment field.
 */
export function VersionComparison({
  sections,
  changedLabel,
  unchangedLabel,
  columnLabels,
  renderSectionExtra,
}: {
  sections: ComparedSection[];
  changedLabel: string;
  unchangedLabel: string;
  /** column headings, e.g. "Veröffentlicht" / "Eingereicht"; null at a first publication */
  columnLabels: { before: string; after: string } | null;
  renderSectionExtra?: (section: ComparedSection) => ReactNode;
}) {
  return (
    <div className="flex flex-col gap-8">
      {sections.map((section) => {
        const changed = section.fields.some((field) => field.before !== field.after);
        return (
          <section
            key={section.key}
            id={`vergleich-${section.anchor}`}
            aria-labelledby={`vergleich-${section.anchor}-titel`}
            className="rounded-lg border border-line p-5"
          >
            <h2 id={`vergleich-${section.anchor}-titel`} className="flex flex-wrap items-baseline gap-3 text-2xl">
              {section.title}
              <span className={`rounded px-2 py-0.5 text-sm font-semibold ${changed ? "bg-accent text-ink" : "bg-surface-2 text-muted"}`}>
                {changed ? changedLabel : unchangedLabel}
              </span>
            </h2>
            <dl className="mt-4 flex flex-col gap-4">
              {section.fields.map((field) => (
                <div key={field.key}>
                  <dt className="text-sm font-semibold text-muted">{field.label}</dt>
                  <dd className="mt-1">
                    <SideBySide before={field.before} after={field.after} columnLabels={columnLabels} />
                  </dd>
                </div>
              ))}
            </dl>
            {renderSectionExtra?.(section)}
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
