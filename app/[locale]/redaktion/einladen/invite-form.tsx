"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { errorSummaryItems } from "@/lib/forms/field-errors";
import { Button, CheckboxGroup, ErrorSummary, TextField } from "@/components/forms/field";
import { inviteUserAction, type InviteState } from "./actions";

export function InviteForm({ roles, municipalities }: { roles: ("EDITOR" | "REVIEWER" | "ADMIN")[]; municipalities: { id: string; name: string }[] }) {
  const t = useTranslations("InviteForm");
  const [state, formAction, pending] = useActionState<InviteState, FormData>(inviteUserAction, {});
  const [role, setRole] = useState(state.values?.role ?? "EDITOR");
  const [selected, setSelected] = useState<string[]>(state.values?.municipalityIds ?? []);
  const errors = state.errors ?? {};
  const summary = errorSummaryItems(errors, (field) => `einladen-${field}`);

  return (
    <form action={formAction} noValidate className="mt-8 flex max-w-3xl flex-col gap-6">
      <ErrorSummary title={t("errorSummary")} errors={summary} />
      {state.message && (
        <p
          role={state.message.startsWith("sent") ? "status" : "alert"}
          className={`rounded-md border-l-4 p-4 ${state.message.startsWith("sent") ? "border-info bg-info-bg" : "border-red-800 bg-red-50 font-semibold"}`}
        >
          {t(state.message, { email: state.email ?? "" })}
        </p>
      )}
      <TextField
        id="einladen-email"
        name="email"
        type="email"
        autoComplete="off"
        label={t("email")}
        hint={t("emailHint")}
        required
        defaultValue={state.values?.email}
        error={errors.email}
      />
      <fieldset id="einladen-role" className="flex flex-col gap-2">
        <legend className="font-semibold">{t("role")}</legend>
        {errors.role && <p className="font-semibold text-red-800">⚠ {errors.role}</p>}
        {roles.map((value) => (
          <div key={value} className="flex items-start gap-3">
            <input
              id={`einladen-role-${value}`}
              type="radio"
              name="role"
              value={value}
              checked={role === value}
              onChange={() => setRole(value)}
              className="mt-1 size-5 accent-brand-700"
            />
            <label htmlFor={`einladen-role-${value}`}>{t(`roles.${value}`)}</label>
          </div>
        ))}
      </fieldset>
      {role === "EDITOR" && (
        <div className="max-h-96 overflow-y-auto rounded-md border border-line p-4">
          <CheckboxGroup
            id="einladen-municipalityIds"
            name="municipalityIds"
            legend={t("municipalities")}
            hint={t("municipalitiesHint")}
            error={errors.municipalityIds}
            options={municipalities.map((municipality) => ({ value: municipality.id, label: municipality.name }))}
            values={selected}
            onChange={setSelected}
          />
        </div>
      )}
      <div>
        <Button type="submit" disabled={pending}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
