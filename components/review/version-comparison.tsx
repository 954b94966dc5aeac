import type { ReactNode } from "react";
import { PROFILE_SECTIONS } from "@/lib/review/sections";
import { DiffText } from "./diff-text";

/**
 * A version section by section against the published one, with the changed words marked
 * (a first publication shows everything as new). `renderSectionExtra` adds e.g. a comment field.
 */
export function VersionComparison({
  sectionTitles,
  changedLabel,
  unchangedLabel,
  fields,
  labels,
  renderSectionExtra,
}: {
  sectionTitles: Record<string, string>;
  changedLabel: string;
  unchangedLabel: string;
  fields: Record<string, { before: string; after: string }>;
  labels: Record<string, string>;
  renderSectionExtra?: (sectionId: string) => ReactNode;
}) {
  return (
    <div className="flex flex-col gap-8">
      {PROFILE_SECTIONS.map((section) => {
        const changed = section.fields.some((field) => fields[field]!.before !== fields[field]!.after);
        return (
          <section key={section.id} id={`vergleich-${section.id}`} aria-labelledby={`vergleich-${section.id}-titel`} className="rounded-lg border border-line p-5">
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
                  <dd className="mt-1 max-w-prose">
                    <DiffText before={fields[field]!.before} after={fields[field]!.after} />
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
