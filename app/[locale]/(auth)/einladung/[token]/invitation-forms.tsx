"use client";

import { useState, type FormEvent } from "react";
import { signInAndGo } from "@/lib/auth/sign-in-client";
import { useHydrated } from "@/components/forms/use-hydrated";
import { useTranslations } from "next-intl";
import { Button, ErrorSummary, TextField } from "@/components/forms/field";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { acceptInvitationSchema } from "@/lib/accounts/invitation-schema";
import { fieldErrors, type FieldErrors, errorSummaryItems } from "@/lib/forms/field-errors";
import { useRouter } from "@/lib/i18n/navigation";
import { acceptInvitationAction, renewInvitationAction } from "./actions";

export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("Invitation");
  const router = useRouter();
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
      name: String(form.get("name") ?? ""),
      password: String(form.get("password") ?? ""),
      passwordConfirmation: String(form.get("passwordConfirmation") ?? ""),
    };
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
      if ((await signInAndGo({ email: result.email, password: values.password }, "/redaktion")) !== "signed-in") router.push("/anmelden");
      return;
    }
    setPending(false);
    if (result.status === "invalid") setErrors(result.errors);
    else if (result.status === "error") setMessage(t("error"));
    else window.location.reload(); // expired / used meanwhile: the page explains what to do
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
      <Button type="button" onClick={() => renewInvitationAction(token).then(() => setRequested(true))}>
        {t("renew")}
      </Button>
    </div>
  );
}
