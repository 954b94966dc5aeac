import { useTranslations } from "next-intl";
import { assessCompleteness, COMPLETENESS_SECTIONS, type CompletenessAssessment, type SectionStatus } from "@/lib/profiles/completeness";
import { sectionTitleKey, type ProfileFormValues } from "@/lib/profiles/fields";
import { translateMessage, type Translate } from "@/lib/i18n/translate";

/**
 * How complete a Steckbrief is (lib/profiles/completeness.ts).
 * - `compact` (e.g. a cell of the review queue): "8 von 11 Abschnitten vollständig", a bar of one
 *   segment per section and, when so, that required sections are missing.
 * - `detailed` (e.g. the review page, the edit form): additionally every empty or thin section with
 *   its reasons, and the complete ones in one line.
 * The bar is decoration (aria-hidden): the text says the same. Its segments differ in fill — full,
 * half, outline — not only in colour (WCAG 1.4.1), and so do the status symbols ● ◐ ○, which always
 * stand next to the status in words.
 *
 * Give the `assessment`, or the form `values` to assess. No hooks besides translations: usable in
 * server and client components (the edit form passes its live values).
 */
type CompletenessIndicatorProps = {
  variant?: "compact" | "detailed";
  /** detailed variant: level of its heading */
  headingLevel?: 2 | 3;
  /** detailed variant: id of its heading (unique on the page) */
  id?: string;
  className?: string;
} & ({ assessment: CompletenessAssessment; values?: undefined } | { values: ProfileFormValues; assessment?: undefined });

const SYMBOL: Record<SectionStatus, string> = { complete: "●", thin: "◐", empty: "○" };

const SEGMENT: Record<SectionStatus, string> = {
  complete: "bg-brand-700",
  // half filled: the status is visible from the shape of the fill, not from a colour
  thin: "bg-[linear-gradient(to_right,var(--color-brand-700)_50%,white_50%)]",
  empty: "bg-white",
};

export function CompletenessIndicator({
  variant = "compact",
  headingLevel = 2,
  id = "vollstaendigkeit",
  className = "",
  ...input
}: CompletenessIndicatorProps) {
  const t = useTranslations("Completeness");
  const tAll = useTranslations() as unknown as Translate;
  const assessment = input.assessment ?? assessCompleteness(input.values!);
  const { completeSections, thinSections, emptySections, totalSections, missingRequired } = assessment;

  const counts = [
    thinSections > 0 && t("thinCount", { count: thinSections }),
    emptySections > 0 && t("emptyCount", { count: emptySections }),
  ].filter(Boolean);

  const summary = (
    <div className="flex flex-col gap-1.5">
      <p>
        <span className="font-semibold">{t("summary", { complete: completeSections, total: totalSections })}</span>
        {counts.length > 0 && <span className="text-muted"> ({counts.join(", ")})</span>}
      </p>
      <span className="flex gap-0.5" aria-hidden="true" data-testid="completeness-meter">
        {COMPLETENESS_SECTIONS.map((key) => (
          <span key={key} className={`h-3 w-4 rounded-sm border-2 border-brand-700 ${SEGMENT[assessment.sections[key].status]}`} />
        ))}
      </span>
      {missingRequired && (
        <p className="flex items-start gap-2 font-semibold text-red-800">
          <span aria-hidden="true">⚠</span>
          <span>
            {variant === "compact"
              ? t("missingRequiredShort")
              : t("missingRequired", {
                  sections: COMPLETENESS_SECTIONS.filter(
                    (key) => assessment.sections[key].required && assessment.sections[key].status === "empty",
                  )
                    .map((key) => tAll(sectionTitleKey(key)))
                    .join(", "),
                })}
          </span>
        </p>
      )}
    </div>
  );

  if (variant === "compact") return <div className={className}>{summary}</div>;

  const Heading = headingLevel === 2 ? "h2" : "h3";
  const open = COMPLETENESS_SECTIONS.filter((key) => assessment.sections[key].status !== "complete");
  const complete = COMPLETENESS_SECTIONS.filter((key) => assessment.sections[key].status === "complete");

  return (
    <section aria-labelledby={id} className={`flex flex-col gap-3 ${className}`}>
      <Heading id={id} className={headingLevel === 2 ? "text-2xl" : "text-xl"}>
        {t("title")}
      </Heading>
      {summary}
      <p className="text-muted">{t("score", { score: assessment.score })}</p>
      {open.length === 0 ? (
        <p>{t("allComplete")}</p>
      ) : (
        <>
          <p className="font-semibold">{t("openSections")}</p>
          <ul className="flex flex-col gap-3">
            {open.map((key) => {
              const section = assessment.sections[key];
              return (
                <li key={key} className="flex gap-2">
                  <span aria-hidden="true" className="w-5 shrink-0 text-center text-brand-700">
                    {SYMBOL[section.status]}
                  </span>
                  <div>
                    <span className="font-semibold">{tAll(sectionTitleKey(key))}</span>
                    {": "}
                    <span>{t(`status.${section.status}`)}</span>
                    {section.required && <span className="text-muted"> ({t("required")})</span>}
                    <ul className="mt-1 list-disc pl-6">
                      {section.reasons.map((reason) => (
                        <li key={reason.code}>{translateMessage(tAll, reason.message, reason.labelKey)}</li>
                      ))}
                    </ul>
                  </div>
                </li>
              );
            })}
          </ul>
          {complete.length > 0 && (
            <p className="text-muted">
              {t("completeSections", { sections: complete.map((key) => tAll(sectionTitleKey(key))).join(", ") })}
            </p>
          )}
        </>
      )}
    </section>
  );
}
