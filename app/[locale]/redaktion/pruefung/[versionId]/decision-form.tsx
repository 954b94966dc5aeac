"use client";

import { startTransition, useActionState, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Button, ErrorSummary, RadioGroup, TextArea, TextField } from "@/components/forms/field";
import { errorSummaryItems } from "@/lib/forms/field-errors";
import { useHydrated } from "@/components/forms/use-hydrated";
import { Link } from "@/lib/i18n/navigation";
import type { FormState } from "@/lib/actions/define-action";

type DecisionState = FormState<"changes-requested" | "scheduled" | "published", Record<string, unknown>>;

/**
 * The review form: the comparison (with a comment field per section) and the decision at the end.
 * Comments of an unsuccessful submit stay in the fields (uncontrolled inputs keep their value).
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
  const values = (state && !state.ok ? state.values : undefined) as Record<string, string> | undefined;
  const [decision, setDecision] = useState(values?.decision ?? "approve");
  const hydrated = useHydrated();
  const error = state && !state.ok ? state.error : null;
  const errors = error?.fieldErrors ?? {};

  if (state?.ok) {
    return (
      <div role="status" className="mt-8 rounded-md border-l-4 border-brand-700 bg-brand-50 p-5">
        <p className="font-semibold">{t(`done.${state.data}`)}</p>
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
      <input type="hidden" name="versionId" value={versionId} />
      <ErrorSummary title={t("errorSummary")} errors={errorSummaryItems(errors, (field) => `entscheidung-${field}`)} />
      {error && !error.fieldErrors && (
        <p role="alert" className="rounded-md border-2 border-red-800 bg-red-50 p-4 font-semibold text-red-900">
          {error.message}
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
          {decision === "schedule" && (
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

/** A comment on one section; `anchor` names the field's id, `sectionKey` its form name (the registry's key). */
export function SectionCommentField({ sectionKey, anchor, label }: { sectionKey: string; anchor: string; label: string }) {
  return (
    <div className="mt-5">
      <TextArea id={`kommentar-${anchor}`} name={`comment-${sectionKey}`} rows={2} label={label} />
    </div>
  );
}
