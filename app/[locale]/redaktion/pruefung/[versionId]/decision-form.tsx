"use client";

import { createContext, startTransition, useActionState, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Button, ErrorSummary, RadioGroup, TextArea, TextField } from "@/components/forms/field";
import { errorSummaryItems } from "@/lib/forms/field-errors";
import { useHydrated } from "@/components/forms/use-hydrated";
import { Link } from "@/lib/i18n/navigation";
import type { FormState } from "@/lib/actions/define-action";
import type { DecisionOutcome } from "./actions";

type DecisionState = FormState<DecisionOutcome, Record<string, unknown>>;

/** What was entered before the last answer (an error or the confirmation step), for fields rendered by the page. */
const EnteredValues = createContext<Record<string, string> | undefined>(undefined);

/**
 * The review form: the comparison (with a comment field per section) and the decision at the end.
 * Nothing is pre-selected. Publishing (now or at a date) takes a confirmation step, which is an
 * answer of the server action — so it works without JavaScript too; the server never publishes an
 * unconfirmed decision. With JavaScript the form is submitted by hand, not through <form action>:
 * React would reset every field after the action, and the comments must survive a refused decision or
 * the confirmation step. Without JavaScript the page comes back with what was entered.
 */
export function DecisionForm({
  action,
  versionId,
  disabled,
  children,
}: {
  action: (previous: DecisionState, formData: FormData) => Promise<DecisionState>;
  versionId: string;
  disabled: boolean;
  children: ReactNode;
}) {
  const t = useTranslations("Review");
  const [state, formAction, pending] = useActionState<DecisionState, FormData>(action, null);
  const confirmation = state?.ok && state.data.outcome === "confirm" ? state.data : null;
  const values = (confirmation?.values ?? (state && !state.ok ? state.values : undefined)) as Record<string, string> | undefined;
  const [decision, setDecision] = useState(values?.decision ?? "");
  const [dismissed, setDismissed] = useState<DecisionState>(null);
  const hydrated = useHydrated();
  const error = state && !state.ok ? state.error : null;
  const errors = error?.fieldErrors ?? {};
  const confirming = confirmation !== null && dismissed !== state && confirmation.values.decision === decision;
  const confirmRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);

  // Focus follows the answer: the error summary, the confirmation question, or the outcome.
  useEffect(() => {
    if (!state) return;
    if (!state.ok) document.getElementById(state.error.fieldErrors ? "fehlerzusammenfassung" : "entscheidung-fehler")?.focus();
    else if (state.data.outcome === "confirm") confirmRef.current?.focus();
    else doneRef.current?.focus();
  }, [state]);

  if (state?.ok && state.data.outcome !== "confirm") {
    return (
      <div ref={doneRef} tabIndex={-1} role="status" className="mt-8 rounded-md border-l-4 border-brand-700 bg-brand-50 p-5">
        <p className="font-semibold">{t(`done.${state.data.outcome}`)}</p>
        <p className="mt-3">
          <Link href="/redaktion/pruefung">{t("backToQueue")}</Link>
        </p>
      </div>
    );
  }

  return (
    <form
      action={formAction}
      noValidate
      className="mt-8 flex flex-col gap-8"
      onSubmit={(event) => {
        event.preventDefault();
        const formData = new FormData(event.currentTarget);
        startTransition(() => formAction(formData));
      }}
    >
      <input type="hidden" name="versionId" value={versionId} />
      <ErrorSummary title={t("errorSummary")} errors={errorSummaryItems(errors, (field) => `entscheidung-${field}`)} />
      {error && !error.fieldErrors && (
        <p
          id="entscheidung-fehler"
          tabIndex={-1}
          role="alert"
          className="rounded-md border-2 border-red-800 bg-red-50 p-4 font-semibold text-red-900"
        >
          {error.message}
        </p>
      )}
      <EnteredValues.Provider value={values}>{children}</EnteredValues.Provider>
      {!disabled && (
        <section aria-labelledby="entscheidung-titel" className="flex flex-col gap-5 rounded-lg border-2 border-brand-700 p-5">
          <h2 id="entscheidung-titel" className="text-2xl">
            {t("decisionTitle")}
          </h2>
          <TextArea
            id="entscheidung-comment"
            name="comment"
            rows={4}
            label={t("overallComment")}
            hint={t("overallCommentHint")}
            defaultValue={values?.comment}
            error={errors.comment}
          />
          <RadioGroup
            id="entscheidung-decision"
            name="decision"
            legend={t("decision")}
            error={errors.decision}
            options={(["approve", "schedule", "request-changes"] as const).map((value) => ({ value, label: t(`decisions.${value}`) }))}
            value={decision}
            onChange={setDecision}
          />
          {(decision === "schedule" || !hydrated) && (
            <TextField
              id="entscheidung-publishAtLocal"
              name="publishAtLocal"
              type="datetime-local"
              label={t("publishAt")}
              hint={t("publishAtHint")}
              defaultValue={values?.publishAtLocal}
              error={errors.publishAtLocal}
            />
          )}
          {confirming ? (
            <div
              ref={confirmRef}
              tabIndex={-1}
              role="alert"
              aria-labelledby="bestaetigen-titel"
              className="rounded-md border-2 border-brand-700 bg-brand-50 p-4"
            >
              <input type="hidden" name="confirmed" value="1" />
              <h3 id="bestaetigen-titel" className="text-xl">
                {t(`confirm.${decision as "approve"}.title`)}
              </h3>
              <p className="mt-2">{t(`confirm.${decision as "approve"}.text`, { date: germanDateTime(values?.publishAtLocal ?? "") })}</p>
              <div className="mt-4 flex flex-wrap items-center gap-4">
                <Button type="submit" disabled={pending}>
                  {pending ? t("deciding") : t(`confirm.${decision as "approve"}.button`)}
                </Button>
                {hydrated ? (
                  <Button type="button" variant="secondary" onClick={() => setDismissed(state)}>
                    {t("confirm.cancel")}
                  </Button>
                ) : (
                  <Link href={`/redaktion/pruefung/${versionId}`}>{t("confirm.cancel")}</Link>
                )}
              </div>
            </div>
          ) : (
            <div>
              <Button type="submit" disabled={pending}>
                {pending ? t("deciding") : decision ? t(`submit.${decision as "approve"}`) : t("submit.none")}
              </Button>
            </div>
          )}
        </section>
      )}
    </form>
  );
}

/** "2030-06-01T09:00" (a datetime-local value, German time) → "01.06.2030, 09:00 Uhr". */
function germanDateTime(local: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})/.exec(local);
  return match ? `${match[3]}.${match[2]}.${match[1]}, ${match[4]} Uhr` : local;
}

/** A comment on one section; `anchor` names the field's id, `sectionKey` its form name (the registry's key). */
export function SectionCommentField({ sectionKey, anchor, label }: { sectionKey: string; anchor: string; label: string }) {
  const values = useContext(EnteredValues);
  return (
    <div className="mt-5">
      <TextArea
        id={`kommentar-${anchor}`}
        name={`comment-${sectionKey}`}
        rows={2}
        label={label}
        defaultValue={values?.[`comment-${sectionKey}`]}
      />
    </div>
  );
}
