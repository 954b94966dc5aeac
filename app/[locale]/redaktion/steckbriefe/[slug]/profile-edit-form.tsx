"use client";

import { useCallback, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { Button, ErrorSummary } from "@/components/forms/field";
import { useCatalog } from "@/components/forms/use-catalog";
import { useHydrated } from "@/components/forms/use-hydrated";
import { ConflictPanel } from "@/components/profile-form/conflict-panel";
import { fieldId } from "@/components/profile-form/field-id";
import { isCompactField, ProfileField, type CatalogOptions } from "@/components/profile-form/profile-field";
import { useAutosave } from "@/components/profile-form/use-autosave";
import { CompletenessIndicator } from "@/components/review/completeness-indicator";
import type { Result } from "@/lib/actions/define-action";
import { errorSummaryItems, fieldErrorRefs } from "@/lib/forms/field-errors";
import { translateFieldErrors } from "@/lib/i18n/translate";
import { PROBLEM_STATUSES } from "@/lib/profiles/autosave-state";
import { parseDraftContent, profileContentSchema } from "@/lib/profiles/content-schema";
import {
  SECTIONS,
  fieldsOfSection,
  labelKeyOfPath,
  sectionTitleKey,
  type FieldKey,
  type ProfileFormValues,
  type SectionKey,
} from "@/lib/profiles/fields";
import { Link } from "@/lib/i18n/navigation";
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
  options: CatalogOptions;
  /** the programme staff's comments per section (after a change request) */
  sectionComments: { section: SectionKey; body: string; byline: string }[];
  /** bound server action; absent while the version is in review */
  onSubmitForReview?: () => Promise<Result<unknown>>;
  /** the draft was just discarded: this browser's copy of it goes too (never restored, never saved again) */
  discardLocalCopy?: boolean;
  /** the profile is published and the user may give up its draft (offered once there is one) */
  canDiscard?: boolean;
}

/** Consecutive compact fields (numbers, amounts, short lines) share a row. */
function groupFields(keys: FieldKey[]): FieldKey[][] {
  const groups: FieldKey[][] = [];
  for (const key of keys) {
    const last = groups.at(-1);
    if (last && isCompactField(key) && isCompactField(last[0]!)) last.push(key);
    else groups.push([key]);
  }
  return groups;
}

const GRID_COLUMNS: Record<number, string> = { 2: "sm:grid-cols-2", 3: "sm:grid-cols-3" };

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
  options,
  sectionComments,
  onSubmitForReview,
  discardLocalCopy = false,
  canDiscard = false,
}: Props) {
  const t = useTranslations("Editor");
  const tw = useTranslations("Workflow");
  const catalog = useCatalog();
  const format = useFormatter();
  const hydrated = useHydrated();
  const [submitting, setSubmitting] = useState(false);
  const [submitMessage, setSubmitMessage] = useState<string | null>(null);
  /** the error summary appears when submitting (or saving) was refused, not while typing */
  const [summaryTitle, setSummaryTitle] = useState<string | null>(null);

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

  /** Saves what is pending, checks completely, then hands the version to the programme staff. */
  async function submitForReview() {
    if (!onSubmitForReview) return;
    setSubmitMessage(null);
    setSubmitting(true);
    if (!(await autosave.saveIfDirty())) {
      setSubmitting(false);
      return; // not saved (too long, offline, conflict): the status line says why
    }
    // The draft is on the server; submitting needs it complete and valid (the server checks again).
    if (Object.keys(autosave.check()).length > 0) {
      setSubmitting(false);
      setSummaryTitle(t("submitErrorSummary"));
      focusSummary();
      return;
    }
    const result = await onSubmitForReview().catch(() => null);
    if (result?.ok) {
      autosave.forget();
      window.location.reload();
      return;
    }
    setSubmitting(false);
    if (result?.error.fieldErrors) {
      autosave.showErrors(result.error.fieldErrors);
      setSummaryTitle(t("submitErrorSummary"));
      focusSummary();
      return;
    }
    setSubmitMessage(result?.error.message ?? tw("failed"));
  }

  const time = savedAt ? format.dateTime(new Date(savedAt), { hour: "2-digit", minute: "2-digit", second: "2-digit" }) : "";
  const statusText =
    status === "saved" && savedAt
      ? problemCount > 0
        ? t("status.savedWithProblems", { time, count: problemCount })
        : t("status.saved", { time })
      : t(`status.${status === "saved" ? "idle" : status}`);
  const summaryErrors = errorSummaryItems(errors, fieldId);
  const saveButton = (
    <Button type="submit" disabled={!hydrated || readOnly || status === "saving"}>
      {status === "saving" ? t("saving") : t("save")}
    </Button>
  );

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
        <div className="sticky top-0 z-10 -mx-2 flex flex-wrap items-center justify-between gap-3 border-b border-line bg-white/95 px-2 py-3">
          <p
            role="status"
            aria-live="polite"
            data-testid="save-status"
            className={`text-base ${PROBLEM_STATUSES.includes(status) ? "font-semibold text-red-800" : "text-muted"}`}
          >
            {statusText}{" "}
            {status === "unauthenticated" && (
              // Leads back here after signing in, where the input kept in this browser is restored: no leave warning.
              <a data-keeps-input="" href={`/anmelden?abgelaufen=1&ruecksprung=${encodeURIComponent(`/redaktion/steckbriefe/${slug}`)}`}>
                {t("status.signInAgain")}
              </a>
            )}
          </p>
          <span className="flex flex-wrap gap-3">
            {saveButton}
            {/* Only a draft can be submitted: the published text unchanged has nothing to review. */}
            {onSubmitForReview && (initialVersionId !== null || status !== "idle") && (
              <Button type="button" variant="secondary" disabled={submitting} onClick={() => void submitForReview()}>
                {submitting ? tw("submitting") : tw("submit")}
              </Button>
            )}
          </span>
        </div>
        {submitMessage && (
          <p role="alert" className="font-semibold text-red-800">
            {submitMessage}
          </p>
        )}
        {restored && (
          <p role="status" className="rounded-md border-l-4 border-accent bg-surface p-4">
            {t("status.restored")}
          </p>
        )}
        {(summaryTitle || status === "invalid") && (
          <ErrorSummary title={status === "invalid" ? t("errorSummary") : (summaryTitle ?? t("errorSummary"))} errors={summaryErrors} />
        )}
        <CompletenessIndicator variant="detailed" values={values} headingLevel={2} />
        {conflict && (
          <ConflictPanel conflict={conflict} values={values} onTakeTheirs={autosave.takeTheirs} onKeepMine={autosave.keepMine} />
        )}
        {/* Disabled until React runs: typing into the server-rendered form would be overwritten on hydration. */}
        <fieldset disabled={readOnly || !hydrated} className="flex min-w-0 flex-col gap-8">
          {SECTIONS.map((section) => (
            <section
              key={section.key}
              id={`abschnitt-${section.anchor}`}
              aria-labelledby={`abschnitt-${section.anchor}-titel`}
              className="flex scroll-mt-20 flex-col gap-5 rounded-lg border border-line p-5 sm:p-6"
            >
              <h2 id={`abschnitt-${section.anchor}-titel`} className="text-2xl">
                {catalog(sectionTitleKey(section.key))}
              </h2>
              {sectionComments
                .filter((comment) => comment.section === section.key)
                .map((comment, index) => (
                  <aside
                    key={index}
                    className="rounded-md border-l-4 border-accent bg-surface p-4"
                    data-testid={`kommentar-${section.anchor}`}
                  >
                    <p className="font-semibold">{tw("sectionComment")}</p>
                    <p className="mt-1 whitespace-pre-line">{comment.body}</p>
                    <p className="mt-1 text-sm text-muted">{comment.byline}</p>
                  </aside>
                ))}
              {groupFields(fieldsOfSection(section.key)).map((group) =>
                group.length === 1 ? (
                  <ProfileField
                    key={group[0]}
                    fieldKey={group[0]!}
                    values={values}
                    errors={errors}
                    options={options}
                    onChange={autosave.edit}
                  />
                ) : (
                  <div key={group.join()} className={`grid gap-5 ${GRID_COLUMNS[group.length] ?? "sm:grid-cols-2"}`}>
                    {group.map((key) => (
                      <ProfileField key={key} fieldKey={key} values={values} errors={errors} options={options} onChange={autosave.edit} />
                    ))}
                  </div>
                ),
              )}
            </section>
          ))}
        </fieldset>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
          {saveButton}
          {/* The confirmation is a state of the page (?verwerfen=1): it works without JavaScript. */}
          {canDiscard && autosave.state.base.versionId !== null && (
            <Link href={`/redaktion/steckbriefe/${slug}?verwerfen=1#entwurf-verwerfen`}>{t("discard.link")}</Link>
          )}
        </div>
      </form>
    </div>
  );
}
