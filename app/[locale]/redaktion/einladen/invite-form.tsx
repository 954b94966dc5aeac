"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { errorSummaryItems } from "@/lib/forms/field-errors";
import { Button, ErrorSummary, RadioGroup, TextField } from "@/components/forms/field";
import { MunicipalityPicker } from "@/components/forms/municipality-picker";
import { inviteUserAction, type InviteState } from "./actions";

export function InviteForm({
  roles,
  municipalities,
}: {
  roles: ("EDITOR" | "REVIEWER" | "ADMIN")[];
  municipalities: { id: string; name: string }[];
}) {
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
      <RadioGroup
        id="einladen-role"
        name="role"
        legend={t("role")}
        error={errors.role}
        options={roles.map((value) => ({ value, label: t(`roles.${value}`) }))}
        value={role}
        onChange={setRole}
      />
      {role === "EDITOR" && (
        <MunicipalityPicker
          id="einladen-municipalityIds"
          legend={t("municipalities")}
          hint={t("municipalitiesHint")}
          error={errors.municipalityIds}
          municipalities={municipalities}
          selected={selected}
          onChange={setSelected}
        />
      )}
      <div>
        <Button type="submit" disabled={pending}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
