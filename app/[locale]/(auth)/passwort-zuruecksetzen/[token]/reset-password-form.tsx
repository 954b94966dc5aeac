"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { signInAndGo } from "@/lib/auth/sign-in-client";
import { useLocale, useTranslations } from "next-intl";
import { localizePath } from "@/lib/i18n/localize-path";
import { Button, ErrorSummary } from "@/components/forms/field";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import type { Result } from "@/lib/actions/define-action";
import { resetPasswordSchema } from "@/lib/accounts/password-reset-schema";
import { tokenStateOfError } from "@/lib/accounts/link-errors";
import { errorSummaryItems } from "@/lib/forms/field-errors";
import { failureMessageOf, fieldErrorsOf } from "@/lib/forms/form-state";
import { validateOnClient } from "@/lib/forms/validate-on-client";
import { Link } from "@/lib/i18n/navigation";
import { resetPasswordAction } from "./actions";

/** The action's result; on success the form also notes whether signing in with the new password worked. */
type ResetState = Result<{ email: string; signInFailed?: boolean }> | null;
type InvalidReason = "expired" | "used" | "unknown";

/** Why a link cannot be used, and the way to a new one. Shown by the page and after a failed submit. */
export function InvalidResetLinkNotice({
  reason,
  validityHours,
  live = false,
}: {
  reason: InvalidReason;
  validityHours: number;
  /**
   * false on page load: the reason is the page's heading. true when it appears after submitting: then it is
   * a section of the page, announced to screen readers.
   */
  live?: boolean;
}) {
  const t = useTranslations("PasswordReset.invalid");
  const Heading = live ? "h2" : "h1";
  return (
    <div
      role={live ? "alert" : undefined}
      aria-labelledby={live ? "link-ungueltig-titel" : undefined}
      className={live ? "mt-8 rounded-md border-l-4 border-red-800 bg-red-50 p-4" : undefined}
      data-testid="reset-link-invalid"
    >
      <Heading id="link-ungueltig-titel" className={live ? "text-xl text-red-900" : "text-3xl sm:text-4xl"}>
        {t(`${reason}Title`)}
      </Heading>
      <p className={live ? "mt-2" : "mt-4"}>{t(reason, { hours: validityHours })}</p>
      <p className="mt-6">
        <Link href="/passwort-vergessen" className="font-semibold">
          {t("requestNew")}
        </Link>
      </p>
    </div>
  );
}

/**
 * New password and confirmation, checked here and again on the server with the same schema. On success the
 * form signs in with the new password (next-auth, on the client) and goes to the editorial area. The inputs
 * are controlled: passwords never come back from the server, and they survive React's form reset.
 */
export function ResetPasswordForm({ token, validityHours }: { token: string; validityHours: number }) {
  const t = useTranslations("PasswordReset");
  const tAll = useTranslations();
  const locale = useLocale();
  const [values, setValues] = useState({ password: "", passwordConfirmation: "" });
  const [state, formAction, pending] = useActionState<ResetState>(async () => {
    const input = { token, ...values };
    const checked = validateOnClient(resetPasswordSchema, input, tAll);
    if (!checked.ok) return checked;
    const result = await resetPasswordAction(input);
    if (!result.ok) return result;
    const signedIn =
      (await signInAndGo({ email: result.data.email, password: checked.data.password, locale }, localizePath("/redaktion", locale))) ===
      "signed-in";
    return signedIn ? result : { ok: true, data: { ...result.data, signInFailed: true } };
  }, null);
  const errors = fieldErrorsOf(state);
  const summary = errorSummaryItems(errors, (field) => `neues-passwort-${field}`);
  const failure = failureMessageOf(state);
  const invalidLink = state && !state.ok ? tokenStateOfError(state.error.code) : null;
  const done = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (state && !state.ok && state.error.fieldErrors) document.getElementById("fehlerzusammenfassung")?.focus();
    else if (state?.ok) done.current?.focus();
  }, [state]);

  if (invalidLink) return <InvalidResetLinkNotice reason={invalidLink} validityHours={validityHours} live />;

  if (state?.ok) {
    return (
      <div className="mt-8">
        <p ref={done} role="status" tabIndex={-1} className="rounded-md border-l-4 border-brand-700 bg-brand-50 p-4 font-semibold">
          {state.data.signInFailed ? t("resetDoneSignInFailed") : t("resetDone")}
        </p>
        {state.data.signInFailed && (
          <p className="mt-4">
            <Link href="/anmelden" className="font-semibold">
              {t("signIn")}
            </Link>
          </p>
        )}
      </div>
    );
  }

  return (
    <form action={formAction} noValidate className="mt-8 flex flex-col gap-6">
      <ErrorSummary title={t("errorSummary")} errors={summary} />
      {failure && (
        <p role="alert" className="rounded-md border-2 border-red-800 bg-red-50 p-4 font-semibold text-red-900">
          {failure}
        </p>
      )}
      <NewPasswordFields
        idPrefix="neues-passwort"
        values={values}
        errors={errors}
        labels={{ password: t("password"), passwordHint: t("passwordHint"), passwordConfirmation: t("passwordConfirmation") }}
        onChange={setValues}
      />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("resetSubmitting") : t("resetSubmit")}
        </Button>
      </div>
    </form>
  );
}
