"use client";

import { startTransition, useActionState, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Button, ErrorSummary, RadioGroup, TextArea, TextField } from "@/components/forms/field";
import { errorSummaryItems } from "@/lib/forms/field-errors";
import { useHydrated } from "@/components/forms/use-hydrated";
import { Link } from "@/lib/i18n/navigation";
import type { DecisionState } from "./actions";

/**
 * The review form: the comparison (with a comment field per section) and the decision at the end.
 * Comments of an unsuccessful submit stay in the fields (uncontrolled inputs keep their value).
 */
export function DecisionForm({
  action,
  disabled,
  children,
}: {
  action: (previous: DecisionState, formData: FormData) => Promise<DecisionState>;
  disabled: boolean;
  children: ReactNode;
}) {
  const t = useTranslations("Review");
  const [state, formAction, pending] = useActionState<DecisionState, FormData>(action, {});
  const [decision, setDecision] = useState(state.values?.decision ?? "approve");
  const hydrated = useHydrated();
  const errors = state.errors ?? {};

  if (state.status === "published" || state.status === "scheduled" || state.status === "changes-requested") {
    return (
      <div role="status" className="mt-8 rounded-md border-l-4 border-brand-700 bg-brand-50 p-5">
        <p className="font-semibold">{t(`done.${state.status}`)}</p>
        <p className="mt-3">
          <Link href="/redaktion/pruefung">{t("backToQueue")}</Link>
        </p>
      </div>
    );
  }

  return (
    <form
      method="post"
      noValidate
      className="mt-8 flex flex-col gap-8"
      onSubmit={(event) => {
        // Submitted by hand, not through <form action>: React would reset every field after the
        // action, and the section comments must survive a refused decision.
        event.preventDefault();
        const formData = new FormData(event.currentTarget);
        startTransition(() => formAction(formData));
      }}
    >
      <ErrorSummary title={t("errorSummary")} errors={errorSummaryItems(errors, (field) => `entscheidung-${field}`)} />
      {state.message && (
        <p role="alert" className="rounded-md border-2 border-red-800 bg-red-50 p-4 font-semibold text-red-900">
          {state.message}
        </p>
      )}
      {state.status === "failed" && (
        <p role="alert" className="font-semibold text-red-800">
          {t("failed")}
        </p>
      )}
      {children}
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
            defaultValue={state.values?.comment}
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
          {decision === "schedule" && (
            <TextField
              id="entscheidung-publishAtLocal"
              name="publishAtLocal"
              type="datetime-local"
              label={t("publishAt")}
              hint={t("publishAtHint")}
              defaultValue={state.values?.publishAtLocal}
              error={errors.publishAtLocal}
            />
          )}
          <div>
            <Button type="submit" disabled={!hydrated || pending}>
              {pending ? t("deciding") : t(`submit.${decision}` as "submit.approve")}
            </Button>
          </div>
        </section>
      )}
    </form>
  );
}

export function SectionCommentField({ sectionId, label }: { sectionId: string; label: string }) {
  return (
    <div className="mt-5">
      <TextArea id={`kommentar-${sectionId}`} name={`comment-${sectionId}`} rows={2} label={label} />
    </div>
  );
}
