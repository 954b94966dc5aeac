"use client";

import { useState, type FormEvent } from "react";
import { signInAndGo } from "@/lib/auth/sign-in-client";
import { useTranslations } from "next-intl";
import { Button, ErrorSummary, TextField } from "@/components/forms/field";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { acceptInvitationSchema } from "@/lib/accounts/invitation-schema";
import { fieldErrors, type FieldErrors, errorSummaryItems } from "@/lib/forms/field-errors";
import { acceptInvitationAction, renewInvitationAction } from "./actions";

export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("Invitation");
  const [values, setValues] = useState({ name: "", password: "", passwordConfirmation: "" });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    const parsed = acceptInvitationSchema.safeParse(values);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      requestAnimationFrame(() => document.getElementById("fehlerzusammenfassung")?.focus());
      return;
    }
    setErrors({});
    setPending(true);
    const result = await acceptInvitationAction(token, values).catch(() => ({ status: "error" as const }));
    if (result.status === "accepted") {
      if ((await signInAndGo({ email: result.email, password: values.password }, "/redaktion")) !== "signed-in") window.location.assign("/anmelden");
      return;
    }
    setPending(false);
    if (result.status === "invalid") setErrors(result.errors);
    else if (result.status === "error") setMessage(t("error"));
    else window.location.reload(); // expired / used meanwhile: the page explains what to do
  }

  const summary = errorSummaryItems(errors, (field) => `einladung-${field}`);
  return (
    <form onSubmit={onSubmit} noValidate className="mt-8 flex flex-col gap-6">
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
        label={t("chooseName")}
        hint={t("chooseNameHint")}
        autoComplete="name"
        value={values.name}
        error={errors.name}
        onChange={(event) => setValues({ ...values, name: event.target.value })}
      />
      <NewPasswordFields
        idPrefix="einladung"
        values={values}
        errors={errors}
        labels={{ password: t("password"), passwordHint: t("passwordHint"), passwordConfirmation: t("passwordConfirmation") }}
        onChange={(passwords) => setValues({ ...values, ...passwords })}
      />
      <div>
        <Button type="submit" disabled={pending}>
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
      <Button type="button" onClick={() => renewInvitationAction(token).then(() => setRequested(true))}>
        {t("renew")}
      </Button>
    </div>
  );
}
