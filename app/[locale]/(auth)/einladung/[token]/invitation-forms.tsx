"use client";

import { useState, type FormEvent } from "react";
import { signInAndGo } from "@/lib/auth/sign-in-client";
import { useHydrated } from "@/components/forms/use-hydrated";
import { useLocale, useTranslations } from "next-intl";
import { localizePath } from "@/lib/i18n/localize-path";
import { Button, ErrorSummary, TextField } from "@/components/forms/field";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { acceptInvitationSchema } from "@/lib/accounts/invitation-schema";
import { tokenStateOfError } from "@/lib/accounts/link-errors";
import { type FieldErrors, errorSummaryItems } from "@/lib/forms/field-errors";
import { validateOnClient } from "@/lib/forms/validate-on-client";
import { useRouter } from "@/lib/i18n/navigation";
import { acceptInvitationAction, renewInvitationAction } from "./actions";

export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("Invitation");
  const tAll = useTranslations();
  const router = useRouter();
  const locale = useLocale();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    // Uncontrolled inputs: what was typed before the page became interactive is kept.
    const form = new FormData(event.currentTarget);
    const values = {
      token,
      name: String(form.get("name") ?? ""),
      password: String(form.get("password") ?? ""),
      passwordConfirmation: String(form.get("passwordConfirmation") ?? ""),
    };
    const checked = validateOnClient(acceptInvitationSchema, values, tAll);
    if (!checked.ok) {
      setErrors(checked.error.fieldErrors);
      requestAnimationFrame(() => document.getElementById("fehlerzusammenfassung")?.focus());
      return;
    }
    setErrors({});
    setPending(true);
    const result = await acceptInvitationAction(values).catch(() => null);
    if (result?.ok) {
      if (
        (await signInAndGo({ email: result.data.email, password: values.password, locale }, localizePath("/redaktion", locale))) !==
        "signed-in"
      )
        router.push("/anmelden");
      return;
    }
    setPending(false);
    // Expired or used meanwhile: the page explains what to do.
    if (result && tokenStateOfError(result.error.code)) window.location.reload();
    else if (result?.error.fieldErrors) setErrors(result.error.fieldErrors);
    else setMessage(result?.error.message ?? t("error"));
  }

  const summary = errorSummaryItems(errors, (field) => `einladung-${field}`);
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-8 flex flex-col gap-6">
      <ErrorSummary title={t("errorSummary")} errors={summary} />
      {message && (
        <p role="alert" className="font-semibold text-red-800">
          {message}
        </p>
      )}
      {/* For password managers: the account the new password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        id="einladung-name"
        name="name"
        label={t("chooseName")}
        hint={t("chooseNameHint")}
        autoComplete="name"
        error={errors.name}
      />
      <NewPasswordFields
        idPrefix="einladung"
        errors={errors}
        labels={{ password: t("password"), passwordHint: t("passwordHint"), passwordConfirmation: t("passwordConfirmation") }}
      />
      <div>
        <Button type="submit" disabled={!hydrated || pending}>
          {pending ? t("submitting") : t("submit")}
        </Button>
      </div>
    </form>
  );
}

export function RenewInvitationButton({ token }: { token: string }) {
  const t = useTranslations("Invitation");
  const [requested, setRequested] = useState(false);
  if (requested) {
    return (
      <p role="status" className="mt-6 rounded-md border-l-4 border-info bg-info-bg p-4">
        {t("renewed")}
      </p>
    );
  }
  return (
    <div className="mt-6">
      {/* The answer is the same whatever happened (see the action); only the request is confirmed. */}
      <Button type="button" onClick={() => renewInvitationAction({ token }).finally(() => setRequested(true))}>
        {t("renew")}
      </Button>
    </div>
  );
}
