"use client";

import { useState, type FormEvent } from "react";
import { signInAndGo } from "@/lib/auth/sign-in-client";
import { useHydrated } from "@/components/forms/use-hydrated";
import { useLocale, useTranslations } from "next-intl";
import { Button, ErrorSummary, TextField } from "@/components/forms/field";
import { signInSchema } from "@/lib/auth/schema";
import { type FieldErrors, errorSummaryItems } from "@/lib/forms/field-errors";
import { validateOnClient } from "@/lib/forms/validate-on-client";

export function SignInForm({ returnTo, initialError }: { returnTo: string; initialError: boolean }) {
  const t = useTranslations("Auth");
  const tAll = useTranslations();
  const locale = useLocale();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failed, setFailed] = useState<false | "refused" | "throttled">(initialError ? "refused" : false);
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailed(false);
    // Uncontrolled inputs: what was typed before the page became interactive is kept.
    const form = new FormData(event.currentTarget);
    const parsed = validateOnClient(signInSchema, { email: form.get("email") ?? "", password: form.get("password") ?? "" }, tAll);
    if (!parsed.ok) {
      setErrors(parsed.error.fieldErrors);
      requestAnimationFrame(() => document.getElementById("fehlerzusammenfassung")?.focus());
      return;
    }
    setErrors({});
    setPending(true);
    const outcome = await signInAndGo({ ...parsed.data, locale }, returnTo);
    if (outcome === "signed-in") return;
    setPending(false);
    setFailed(outcome);
  }

  const summary = errorSummaryItems(errors, (field) => `anmelden-${field}`);

  return (
    // POST to next-auth without JavaScript: credentials never end up in a URL.
    <form method="post" action="/api/auth/callback/credentials" onSubmit={onSubmit} noValidate className="mt-8 flex flex-col gap-6">
      <ErrorSummary title={t("errorSummary")} errors={summary} />
      {failed && (
        <p role="alert" className="rounded-md border-2 border-red-800 bg-red-50 p-4 font-semibold text-red-900">
          {failed === "throttled" ? t("tooManyAttempts") : t("invalidCredentials")}
        </p>
      )}
      <TextField id="anmelden-email" name="email" type="email" autoComplete="username" label={t("email")} required error={errors.email} />
      <TextField
        id="anmelden-password"
        name="password"
        type="password"
        autoComplete="current-password"
        label={t("password")}
        required
        error={errors.password}
      />
      <div>
        <Button type="submit" disabled={!hydrated || pending}>
          {pending ? t("submitting") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
