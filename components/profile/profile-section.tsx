import type { ReactNode } from "react";

/**
 * One section of a Steckbrief: a numbered anchor target with an h2. `marker` (e.g. the example
 * content marker) is shown right below the heading and describes the section, so that the heading
 * itself keeps the section's plain name. `backToSections` labels a link back to the folded section
 * list of phones (`#abschnitte` on the profile page; wider screens keep the list beside the text).
 */
export function ProfileSection({
  id,
  title,
  marker,
  backToSections,
  children,
}: {
  id: string;
  title: string;
  marker?: ReactNode;
  backToSections?: string;
  children: ReactNode;
}) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-titel`}
      aria-describedby={marker ? `${id}-hinweis` : undefined}
      className="scroll-mt-6 border-t border-line pt-8"
    >
      <h2 id={`${id}-titel`} className="text-2xl">
        {title}
      </h2>
      {marker && <div id={`${id}-hinweis`}>{marker}</div>}
      <div className="mt-4 flex flex-col gap-5">{children}</div>
      {backToSections && (
        <p className="print-hidden mt-4 text-base lg:hidden">
          <a href="#abschnitte" className="inline-flex min-h-11 items-center">
            <span aria-hidden="true" className="mr-1 inline-block">
              ↑
            </span>
            {backToSections}
          </a>
        </p>
      )}
    </section>
  );
}

/** A labelled sub-part inside a section (e.g. "Zielsetzung"); `level` 4 where the section's parts are already h3 (the comparison). */
export function SubSection({ title, level = 3, children }: { title: string; level?: 3 | 4; children: ReactNode }) {
  const Heading = level === 4 ? "h4" : "h3";
  return (
    <div>
      <Heading className="text-lg font-semibold text-brand-800">{title}</Heading>
      <div className="mt-2">{children}</div>
    </div>
  );
}
