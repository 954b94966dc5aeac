"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { signInAndGo } from "@/lib/auth/sign-in-client";
import { useTranslations } from "next-intl";
import { Button, ErrorSummary } from "@/components/forms/field";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { newPasswordSchema } from "@/lib/auth/schema";
import { fieldErrors, errorSummaryItems } from "@/lib/forms/field-errors";
import { Link } from "@/lib/i18n/navigation";
import { resetPasswordAction, type ResetPasswordState } from "./actions";

type FormState = ResetPasswordState & { signInFailed?: boolean };
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
  const [values, setValues] = useState({ password: "", passwordConfirmation: "" });
  const [state, formAction, pending] = useActionState<FormState, FormData>(async (previous, formData) => {
    const parsed = newPasswordSchema.safeParse({
      password: String(formData.get("password") ?? ""),
      passwordConfirmation: String(formData.get("passwordConfirmation") ?? ""),
    });
    if (!parsed.success) return { errors: fieldErrors(parsed.error) };
    const result = await resetPasswordAction(previous, formData);
    if (!result.email) return result;
    if ((await signInAndGo({ email: result.email, password: parsed.data.password }, "/redaktion")) === "signed-in") return result;
    return { ...result, signInFailed: true };
  }, {});
  const errors = state.errors ?? {};
  const summary = errorSummaryItems(errors, (field) => `neues-passwort-${field}`);
  const done = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (state.errors) document.getElementById("fehlerzusammenfassung")?.focus();
    else if (state.email) done.current?.focus();
  }, [state]);

  if (state.message === "expired" || state.message === "used" || state.message === "unknown") {
    return <InvalidResetLinkNotice reason={state.message} validityHours={validityHours} live />;
  }

  if (state.email) {
    return (
      <div className="mt-8">
        <p ref={done} role="status" tabIndex={-1} className="rounded-md border-l-4 border-brand-700 bg-brand-50 p-4 font-semibold">
          {state.signInFailed ? t("resetDoneSignInFailed") : t("resetDone")}
        </p>
        {state.signInFailed && (
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
      {state.message === "error" && (
        <p role="alert" className="rounded-md border-2 border-red-800 bg-red-50 p-4 font-semibold text-red-900">
          {t("error")}
        </p>
      )}
      <input type="hidden" name="token" value={token} />
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
