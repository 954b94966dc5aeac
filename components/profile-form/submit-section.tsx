"use client";

import type { Ref } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/forms/field";
import { useCatalog } from "@/components/forms/use-catalog";
import { Link } from "@/lib/i18n/navigation";
import { SECTIONS, sectionTitleKey, type SectionKey } from "@/lib/profiles/fields";

/**
 * The end of the edit form: "Zur Prüfung einreichen" and, once asked, the check step that lists the
 * sections changed against the published version before the version goes to the programme team.
 */
export function SubmitSection({
  slug,
  checking,
  checkHeadingRef,
  isPublished,
  changed,
  hasDraft,
  changesRequested,
  canDiscard,
  busy,
  submitting,
  disabled,
  message,
  onOpenCheck,
  onConfirm,
  onCancel,
}: {
  slug: string;
  /** the check step is open */
  checking: boolean;
  checkHeadingRef: Ref<HTMLHeadingElement>;
  isPublished: boolean;
  /** sections changed against the published version */
  changed: SectionKey[];
  /** there is a draft to submit (the published text unchanged has nothing to review) */
  hasDraft: boolean;
  changesRequested: boolean;
  /** the draft may be given up ("Entwurf verwerfen") */
  canDiscard: boolean;
  /** saving and checking before the check step */
  busy: boolean;
  submitting: boolean;
  disabled: boolean;
  /** why submitting failed (not at a field) */
  message: string | null;
  onOpenCheck: () => void;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useTranslations("Editor");
  const tw = useTranslations("Workflow");
  const catalog = useCatalog();
  const unchanged = isPublished && changed.length === 0;
  return (
    <section id="einreichen" aria-labelledby="einreichen-titel" className="scroll-mt-4 rounded-lg border-2 border-brand-700 p-5 sm:p-6">
      {checking ? (
        <>
          <h2 id="einreichen-titel" ref={checkHeadingRef} tabIndex={-1} className="text-2xl">
            {t("check.title")}
          </h2>
          {unchanged ? (
            <p className="mt-3" data-testid="check-unchanged">
              {t("check.unchanged")}
            </p>
          ) : (
            <>
              <p className="mt-3">{isPublished ? t("check.changedIntro") : t("check.newIntro")}</p>
              {isPublished && (
                <ul className="mt-2 list-disc pl-6" data-testid="check-changed">
                  {changed.map((key) => (
                    <li key={key}>
                      <a href={`#abschnitt-${SECTIONS.find((section) => section.key === key)!.anchor}`}>{catalog(sectionTitleKey(key))}</a>
                    </li>
                  ))}
                </ul>
              )}
              <p className="mt-3">{t("check.next")}</p>
            </>
          )}
          {message && (
            <p role="alert" className="mt-3 font-semibold text-red-800">
              {message}
            </p>
          )}
          <div className="mt-4 flex flex-wrap items-center gap-3">
            {!unchanged && (
              <Button type="button" disabled={disabled} onClick={onConfirm}>
                {submitting ? tw("submitting") : t("check.confirm")}
              </Button>
            )}
            <Button type="button" variant="secondary" disabled={submitting} onClick={onCancel}>
              {t("check.cancel")}
            </Button>
          </div>
        </>
      ) : (
        <>
          <h2 id="einreichen-titel" className="text-2xl">
            {t("finish.title")}
          </h2>
          <p className="mt-3" data-testid="finish-text">
            {!hasDraft ? t("finish.nothingYet") : changesRequested ? t("finish.textAgain") : t("finish.text")}
          </p>
          <div className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-3">
            {hasDraft && (
              <Button type="button" disabled={disabled} onClick={onOpenCheck}>
                {busy ? t("check.checking") : tw("submit")}
              </Button>
            )}
            {/* The confirmation is a state of the page (?verwerfen=1): it works without JavaScript. */}
            {canDiscard && <Link href={`/redaktion/steckbriefe/${slug}?verwerfen=1#entwurf-verwerfen`}>{t("discard.link")}</Link>}
          </div>
        </>
      )}
    </section>
  );
}
