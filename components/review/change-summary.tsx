import { useTranslations } from "next-intl";
import type { ComparedSection } from "@/lib/review/display-values";
import { sectionChanged } from "./version-comparison";

/**
 * The start of the review page: which sections changed (with the changed fields), each a jump link
 * to its comparison below, and which are unchanged (collapsed there). At a first publication every
 * filled section counts as new.
 */
export function ChangeSummary({ sections, firstPublication }: { sections: ComparedSection[]; firstPublication: boolean }) {
  const t = useTranslations("Review.summary");
  const changed = sections.filter(sectionChanged);
  const unchanged = sections.filter((section) => !sectionChanged(section));
  return (
    <section aria-labelledby="zusammenfassung-titel" className="mt-8 rounded-lg border-2 border-line p-5">
      <h2 id="zusammenfassung-titel" className="text-2xl">
        {t("title")}
      </h2>
      <p className="mt-2">{t(firstPublication ? "countFirst" : "count", { changed: changed.length, total: sections.length })}</p>
      {changed.length > 0 && (
        <ul className="mt-3 flex list-disc flex-col gap-2 pl-6">
          {changed.map((section) => {
            // The changed fields, unless the only one is named like its section.
            const fields = section.fields.filter((field) => field.before !== field.after).map((field) => field.label);
            return (
              <li key={section.key}>
                <a href={`#vergleich-${section.anchor}`} className="font-semibold">
                  {section.title}
                </a>
                {!(fields.length === 1 && fields[0] === section.title) && <span className="text-muted"> – {fields.join(", ")}</span>}
              </li>
            );
          })}
        </ul>
      )}
      {unchanged.length > 0 && (
        <p className="mt-3 text-muted">
          {t(firstPublication ? "emptySections" : "unchangedSections", { sections: unchanged.map((section) => section.title).join(", ") })}
        </p>
      )}
    </section>
  );
}
