import type { ReactNode } from "react";
import type { ComparedSection } from "@/lib/review/display-values";
import { diffWords } from "@/lib/review/word-diff";
import { DiffText } from "./diff-text";

/** Whether any field of a section differs between the two versions. */
export const sectionChanged = (section: ComparedSection) => section.fields.some((field) => field.before !== field.after);

/**
 * A version section by section against the published one, side by side (PRODUCT.md): the
 * published text with removed words struck through, the new text with added words underlined.
 * A first publication has nothing to compare with and shows only the new text, all marked.
 * Unchanged sections are collapsed (<details>: opens without JavaScript); an empty field says so
 * ("(leer)") instead of showing nothing. `renderSectionExtra` adds e.g. a comment field.
 */
export function VersionComparison({
  sections,
  changedLabel,
  unchangedLabel,
  emptyLabel,
  columnLabels,
  renderSectionExtra,
}: {
  sections: ComparedSection[];
  changedLabel: string;
  unchangedLabel: string;
  /** shown for a field without content, e.g. "(leer)" */
  emptyLabel: string;
  /** column headings, e.g. "veröffentlichte Fassung" / "eingereichte Fassung"; null at a first publication */
  columnLabels: { before: string; after: string } | null;
  renderSectionExtra?: (section: ComparedSection) => ReactNode;
}) {
  return (
    <div className="flex flex-col gap-8">
      {sections.map((section) => {
        const changed = sectionChanged(section);
        const titleId = `vergleich-${section.anchor}-titel`;
        const badge = (
          <span className={`rounded px-2 py-0.5 text-sm font-semibold ${changed ? "bg-accent text-ink" : "bg-surface-2 text-muted"}`}>
            {changed ? changedLabel : unchangedLabel}
          </span>
        );
        const body = (
          <>
            <dl className="mt-4 flex flex-col gap-4">
              {section.fields.map((field) => (
                <div key={field.key}>
                  <dt className="text-sm font-semibold text-muted">{field.label}</dt>
                  <dd className="mt-1">
                    <SideBySide before={field.before} after={field.after} columnLabels={columnLabels} emptyLabel={emptyLabel} />
                  </dd>
                </div>
              ))}
            </dl>
            {renderSectionExtra?.(section)}
          </>
        );
        return (
          <section
            key={section.key}
            id={`vergleich-${section.anchor}`}
            aria-labelledby={titleId}
            className="scroll-mt-4 rounded-lg border border-line p-5"
          >
            {changed ? (
              <>
                <h2 id={titleId} className="flex flex-wrap items-baseline gap-3 text-2xl">
                  {section.title}
                  {badge}
                </h2>
                {body}
              </>
            ) : (
              <details>
                <summary className="cursor-pointer">
                  <h2 id={titleId} className="inline-flex flex-wrap items-baseline gap-3 text-2xl">
                    {section.title}
                    {badge}
                  </h2>
                </summary>
                {body}
              </details>
            )}
          </section>
        );
      })}
    </div>
  );
}

function Empty({ label }: { label: string }) {
  return <p className="text-muted italic">{label}</p>;
}

function SideBySide({
  before,
  after,
  columnLabels,
  emptyLabel,
}: {
  before: string;
  after: string;
  columnLabels: { before: string; after: string } | null;
  emptyLabel: string;
}) {
  if (!columnLabels) return after ? <DiffText before={before} after={after} className="max-w-prose" /> : <Empty label={emptyLabel} />;
  const tokens = diffWords(before, after);
  return (
    <div className="grid gap-3 md:grid-cols-2">
      <div className="rounded-md bg-surface p-3">
        <p className="text-sm font-semibold text-muted">{columnLabels.before}</p>
        {before ? <DiffText tokens={tokens.filter((token) => token.type !== "added")} /> : <Empty label={emptyLabel} />}
      </div>
      <div className="rounded-md border border-line p-3">
        <p className="text-sm font-semibold text-muted">{columnLabels.after}</p>
        {after ? <DiffText tokens={tokens.filter((token) => token.type !== "removed")} /> : <Empty label={emptyLabel} />}
      </div>
    </div>
  );
}
