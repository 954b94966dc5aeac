"use client";

import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { errorSummaryItems } from "@/lib/forms/field-errors";
import { failureMessageOf, fieldErrorsOf } from "@/lib/forms/form-state";
import { Button, ErrorSummary, TextField } from "@/components/forms/field";
import { requestPasswordResetAction } from "./actions";

/**
 * The server action is passed to the form directly, so the form also works without JavaScript.
 * Validation happens on the server (the shared schema); the typed address comes back in `values`.
 */
export function RequestPasswordResetForm({ validityHours }: { validityHours: number }) {
  const t = useTranslations("PasswordReset");
  const [state, formAction, pending] = useActionState(requestPasswordResetAction, null);
  const errors = fieldErrorsOf(state);
  const summary = errorSummaryItems(errors, (field) => `passwort-vergessen-${field}`);
  const failure = failureMessageOf(state);
  const requested = state?.ok === true;
  const confirmation = useRef<HTMLDivElement>(null);

  // Move the focus to what changed: the error summary, or the confirmation.
  useEffect(() => {
    if (state && !state.ok && state.error.fieldErrors) document.getElementById("fehlerzusammenfassung")?.focus();
    else if (state?.ok) confirmation.current?.focus();
  }, [state]);

  return (
    <>
      {requested && (
        <div
          ref={confirmation}
          role="status"
          tabIndex={-1}
          aria-labelledby="passwort-vergessen-bestaetigung"
          className="mt-8 rounded-md border-l-4 border-brand-700 bg-brand-50 p-4"
        >
          <h2 id="passwort-vergessen-bestaetigung" className="text-xl">
            {t("requestSentTitle")}
          </h2>
          <p className="mt-2">{t("requestSent", { hours: validityHours })}</p>
          <p className="mt-2">{t("requestSentHint")}</p>
        </div>
      )}
      <form action={formAction} noValidate className="mt-8 flex flex-col gap-6">
        <ErrorSummary title={t("errorSummary")} errors={summary} />
        {failure && (
          <p role="alert" className="rounded-md border-2 border-red-800 bg-red-50 p-4 font-semibold text-red-900">
            {failure}
          </p>
        )}
        <TextField
          id="passwort-vergessen-email"
          name="email"
          type="email"
          autoComplete="username"
          label={t("email")}
          required
          defaultValue={state?.ok ? state.data.email : state?.values?.email}
          error={errors.email}
        />
        <div>
          <Button type="submit" disabled={pending}>
            {pending ? t("requestSubmitting") : t("requestSubmit")}
          </Button>
        </div>
      </form>
    </>
  );
}
