"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { localizePath } from "@/lib/i18n/localize-path";
import { Button, ErrorSummary } from "@/components/forms/field";
import { useCatalog } from "@/components/forms/use-catalog";
import { useHydrated } from "@/components/forms/use-hydrated";
import { ConflictPanel } from "@/components/profile-form/conflict-panel";
import { fieldId } from "@/components/profile-form/field-id";
import { FormSections, type SectionComment } from "@/components/profile-form/form-sections";
import type { CatalogOptions } from "@/components/profile-form/profile-field";
import { SubmitSection } from "@/components/profile-form/submit-section";
import { useAutosave } from "@/components/profile-form/use-autosave";
import { TaskList } from "@/components/profile-form/task-list";
import type { Result } from "@/lib/actions/define-action";
import { errorSummaryItems, fieldErrorRefs } from "@/lib/forms/field-errors";
import { translateFieldErrors } from "@/lib/i18n/translate";
import { PROBLEM_STATUSES } from "@/lib/profiles/autosave-state";
import { parseDraftContent, profileContentSchema } from "@/lib/profiles/content-schema";
import { changedSections } from "@/lib/profiles/changed-sections";
import { SECTIONS, labelKeyOfPath, sectionTitleKey, type ProfileFormValues, type SectionKey } from "@/lib/profiles/fields";
import { saveProfileDraftAction } from "./actions";

interface Props {
  /** the signed-in user: this browser's copy of unsaved input is theirs alone */
  userId: string;
  profileId: string;
  slug: string;
  initialVersionId: string | null;
  initialRevision: number;
  readOnly: boolean;
  initialValues: ProfileFormValues;
  /** what the public sees (empty for a profile never published): "geändert" is measured against it */
  publishedValues: ProfileFormValues;
  isPublished: boolean;
  /** when the draft the form starts from was last saved (ISO); null without a draft */
  draftSavedAt: string | null;
  /** the programme team asked for changes: the draft goes back to them ("erneut einreichen") */
  changesRequested: boolean;
  options: CatalogOptions;
  /** the programme staff's comments per section (after a change request) */
  sectionComments: SectionComment[];
  /** bound server action; absent while the version is in review */
  onSubmitForReview?: () => Promise<Result<unknown>>;
  /** the draft was just discarded: this browser's copy of it goes too (never restored, never saved again) */
  discardLocalCopy?: boolean;
  /** the profile is published and the user may give up its draft (offered once there is one) */
  canDiscard?: boolean;
}

/**
 * The Steckbrief edit form, its sections and fields from the field registry. Nothing typed is lost:
 * every change is kept in this browser at once and saved to the server shortly after typing stops
 * (components/profile-form/use-autosave.ts). A save that meets someone else's newer save shows both
 * versions per field and keeps the user's text in the form.
 */
export function ProfileEditForm({
  userId,
  profileId,
  slug,
  initialVersionId,
  initialRevision,
  readOnly,
  initialValues,
  publishedValues,
  isPublished,
  draftSavedAt,
  changesRequested,
  options,
  sectionComments,
  onSubmitForReview,
  discardLocalCopy = false,
  canDiscard = false,
}: Props) {
  const locale = useLocale();
  const t = useTranslations("Editor");
  const tw = useTranslations("Workflow");
  const catalog = useCatalog();
  const format = useFormatter();
  const hydrated = useHydrated();
  /** saving and checking before the check step or before submitting */
  const [busy, setBusy] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [submitMessage, setSubmitMessage] = useState<string | null>(null);
  /** the check step before submitting is open */
  const [checking, setChecking] = useState(false);
  /** the error summary appears when submitting (or saving) was refused, not while typing */
  const [summaryTitle, setSummaryTitle] = useState<string | null>(null);
  const checkHeading = useRef<HTMLHeadingElement>(null);
  const saveBar = useRef<HTMLDivElement>(null);

  /** Draft limits block the save; everything else is shown at the fields and blocks only submitting. */
  const validate = useCallback(
    (values: ProfileFormValues) => {
      const draft = parseDraftContent(values);
      const strict = profileContentSchema.safeParse(values);
      return {
        blocking: draft.success ? null : translateFieldErrors(catalog, draft.fieldErrors, labelKeyOfPath),
        problems: strict.success ? {} : translateFieldErrors(catalog, fieldErrorRefs(strict.error), labelKeyOfPath),
      };
    },
    [catalog],
  );
  const autosave = useAutosave({
    userId,
    profileId,
    initialValues,
    initialBase: { versionId: initialVersionId, revision: initialRevision },
    readOnly,
    save: saveProfileDraftAction,
    validate,
    discardLocalCopy,
    leaveWarning: t("leaveWarning"),
  });
  const { values, status, errors, conflict, savedAt, restored } = autosave.state;
  const problemCount = Object.keys(errors).length;
  const focusSummary = () => requestAnimationFrame(() => document.getElementById("fehlerzusammenfassung")?.focus());
  /** sections changed against the published version; a profile never published is new as a whole */
  const changed = useMemo(() => (isPublished ? changedSections(publishedValues, values) : []), [isPublished, publishedValues, values]);
  const commented = useMemo(() => [...new Set(sectionComments.map((comment) => comment.section))], [sectionComments]);
  const sectionNames = (keys: readonly SectionKey[]) => keys.map((key) => catalog(sectionTitleKey(key))).join(", ");

  // The bar stays at the bottom of the window: the page scrolls a focused field above it (WCAG 2.2, 2.4.11),
  // by its actual height (it grows when a problem is shown in full).
  useEffect(() => {
    const bar = saveBar.current;
    if (!bar) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => root.style.setProperty("--save-bar-height", `${bar.offsetHeight}px`));
    observer.observe(bar);
    // Browsers scroll a focused element into view only when it is out of view entirely; one partly behind the
    // bar is moved up until it clears the bar (not beyond the top of the window for a tall text box).
    const GAP = 16;
    const onFocus = (event: FocusEvent) => {
      const target = event.target;
      if (!(target instanceof HTMLElement) || bar.contains(target)) return;
      const box = target.getBoundingClientRect();
      const barTop = bar.getBoundingClientRect().top;
      if (box.bottom <= barTop || box.top >= bar.getBoundingClientRect().bottom) return;
      const delta = Math.min(box.bottom - barTop + GAP, box.top - GAP);
      if (delta > 0) window.scrollBy({ top: delta, behavior: "instant" });
    };
    document.addEventListener("focusin", onFocus);
    return () => {
      observer.disconnect();
      document.removeEventListener("focusin", onFocus);
      root.style.removeProperty("--save-bar-height");
    };
  }, []);

  useEffect(() => {
    if (checking) checkHeading.current?.focus();
  }, [checking]);

  /** Saves what is pending and checks completely; refused: the error summary, with focus on it. */
  async function readyToSubmit(): Promise<boolean> {
    setSubmitMessage(null);
    setBusy(true);
    const saved = await autosave.saveIfDirty();
    setBusy(false);
    if (!saved) return false; // not saved (too long, offline, conflict): the status line says why
    // The draft is on the server; submitting needs it complete and valid (the server checks again).
    if (Object.keys(autosave.check()).length > 0) {
      setChecking(false);
      setSummaryTitle(t("submitErrorSummary"));
      focusSummary();
      return false;
    }
    return true;
  }

  /** "Zur Prüfung einreichen": first the check step, which lists what changed. */
  async function openCheckStep() {
    if (!onSubmitForReview) return;
    if (!(await readyToSubmit())) return;
    if (checking) checkHeading.current?.focus();
    else setChecking(true);
  }

  /** The check step's confirmation: hands the version to the programme team. */
  async function submitForReview() {
    if (!onSubmitForReview) return;
    if (!(await readyToSubmit())) return;
    setSubmitting(true);
    const result = await onSubmitForReview().catch(() => null);
    if (result?.ok) {
      autosave.forget();
      // The page shows the confirmation at its top and moves focus to it.
      window.location.replace(`${window.location.pathname}?eingereicht=1`);
      return;
    }
    setSubmitting(false);
    if (result?.error.fieldErrors) {
      autosave.showErrors(result.error.fieldErrors);
      setChecking(false);
      setSummaryTitle(t("submitErrorSummary"));
      focusSummary();
      return;
    }
    setSubmitMessage(result?.error.message ?? tw("failed"));
  }

  const time = savedAt ? format.dateTime(new Date(savedAt), { hour: "2-digit", minute: "2-digit", second: "2-digit" }) : "";
  /** Nothing changed since loading: the state of the saved draft, not "no changes". */
  const draftText =
    draftSavedAt && !readOnly
      ? t("status.draft", {
          date: format.dateTime(new Date(draftSavedAt), { day: "2-digit", month: "2-digit", hour: "2-digit", minute: "2-digit" }),
          again: changesRequested ? "yes" : "no",
          sections: !isPublished ? "new" : changed.length === 0 ? "none" : sectionNames(changed),
        })
      : null;
  const statusText =
    status === "saved" && savedAt
      ? problemCount > 0
        ? t("status.savedWithProblems", { time, count: problemCount })
        : t("status.saved", { time })
      : status === "idle" && draftText
        ? draftText
        : t(`status.${status === "saved" ? "idle" : status}`);
  const problem = PROBLEM_STATUSES.includes(status);
  const summaryErrors = errorSummaryItems(errors, fieldId);
  const saveButton = (compact: boolean) => (
    <Button
      type="submit"
      disabled={!hydrated || readOnly || status === "saving"}
      className={compact ? "max-sm:px-3 max-sm:py-1.5 max-sm:text-base" : ""}
    >
      {status === "saving" ? t("saving") : t("save")}
    </Button>
  );
  const submitDisabled = !hydrated || busy || submitting;
  /** Only a draft can be submitted: the published text unchanged has nothing to review. */
  const hasDraft = autosave.state.base.versionId !== null || status !== "idle";

  return (
    <div className="mt-8 grid gap-10 lg:grid-cols-[14rem_minmax(0,1fr)]">
      <nav aria-label={t("sectionsNav")} className="hidden lg:block">
        <ol className="sticky top-4 flex flex-col gap-1 text-base">
          {SECTIONS.map((section) => (
            <li key={section.key}>
              <a href={`#abschnitt-${section.anchor}`}>{catalog(sectionTitleKey(section.key))}</a>
            </li>
          ))}
        </ol>
      </nav>
      <form
        method="post"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void autosave.saveNow({ focusErrors: true }).then((saved) => {
            if (!saved) setSummaryTitle(t("errorSummary"));
          });
        }}
        className="flex min-w-0 flex-col gap-8"
      >
        {restored && (
          <p role="status" className="rounded-md border-l-4 border-accent bg-surface p-4">
            {t("status.restored")}
          </p>
        )}
        {(summaryTitle || status === "invalid") && (
          <ErrorSummary title={status === "invalid" ? t("errorSummary") : (summaryTitle ?? t("errorSummary"))} errors={summaryErrors} />
        )}
        <TaskList values={values} errors={errors} changed={changed} commented={commented} />
        <details className="rounded-md border border-line px-4 py-3">
          <summary className="cursor-pointer font-semibold text-brand-800">{t("formattingHelp")}</summary>
          <p className="mt-2">{t("formattingHint")}</p>
        </details>
        {conflict && (
          <ConflictPanel conflict={conflict} values={values} onTakeTheirs={autosave.takeTheirs} onKeepMine={autosave.keepMine} />
        )}
        <FormSections
          values={values}
          errors={errors}
          options={options}
          comments={sectionComments}
          disabled={readOnly || !hydrated}
          onChange={autosave.edit}
        />
        {onSubmitForReview && (
          <SubmitSection
            slug={slug}
            checking={checking}
            checkHeadingRef={checkHeading}
            isPublished={isPublished}
            changed={changed}
            hasDraft={hasDraft}
            changesRequested={changesRequested}
            canDiscard={canDiscard && autosave.state.base.versionId !== null}
            busy={busy}
            submitting={submitting}
            disabled={submitDisabled}
            message={submitMessage}
            onOpenCheck={() => void openCheckStep()}
            onConfirm={() => void submitForReview()}
            onCancel={() => setChecking(false)}
          />
        )}
        {/* One line, solid, at the bottom of the window while the form is in view; it ends the form in its place. */}
        <div
          ref={saveBar}
          data-save-bar=""
          className="sticky bottom-0 z-10 -mx-2 flex items-center gap-3 border-t-2 border-brand-700 bg-white px-2 py-2 sm:py-3"
        >
          <p
            role="status"
            aria-live="polite"
            data-testid="save-status"
            title={problem ? undefined : statusText}
            className={`min-w-0 flex-1 text-base ${problem ? "font-semibold text-red-800" : "truncate text-muted max-sm:text-sm"}`}
          >
            {statusText}
            {status === "unauthenticated" && " "}
            {status === "unauthenticated" && (
              // Leads back here after signing in, where the input kept in this browser is restored: no leave warning.
              <a
                data-keeps-input=""
                href={localizePath(
                  `/anmelden?abgelaufen=1&ruecksprung=${encodeURIComponent(localizePath(`/redaktion/steckbriefe/${slug}`, locale))}`,
                  locale,
                )}
              >
                {t("status.signInAgain")}
              </a>
            )}
          </p>
          <span className="flex shrink-0 gap-3">
            {saveButton(true)}
            {/* On a phone the bar keeps one line: submitting is at the end of the form. */}
            {onSubmitForReview && hasDraft && !checking && (
              <Button
                type="button"
                variant="secondary"
                className="max-sm:hidden"
                disabled={submitDisabled}
                onClick={() => void openCheckStep()}
              >
                {tw("submit")}
              </Button>
            )}
          </span>
        </div>
      </form>
    </div>
  );
}
