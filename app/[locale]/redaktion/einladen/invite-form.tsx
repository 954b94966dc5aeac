"use client";

import { useActionState, useState } from "react";
import { worksForAssignedMunicipalities } from "@/lib/authz/policy";
import type { Role } from "@/generated/prisma/enums";
import { useTranslations } from "next-intl";
import { errorSummaryItems } from "@/lib/forms/field-errors";
import { failureMessageOf, fieldErrorsOf } from "@/lib/forms/form-state";
import { Button, ErrorSummary, RadioGroup, TextField } from "@/components/forms/field";
import { MunicipalityPicker } from "@/components/forms/municipality-picker";
import { inviteUserAction } from "./actions";

/** What the invitation form says after a submission: how the mail went, or why nothing was sent. */
const DELIVERY_MESSAGES = { sent: "sent", outbox: "sentOutbox", failed: "mailFailed" } as const;

export function InviteForm({
  roles,
  municipalities,
}: {
  roles: ("EDITOR" | "REVIEWER" | "ADMIN")[];
  municipalities: { id: string; name: string }[];
}) {
  const t = useTranslations("InviteForm");
  const [state, formAction, pending] = useActionState(inviteUserAction, null);
  const [role, setRole] = useState(state?.values?.role ?? "EDITOR");
  const [selected, setSelected] = useState<string[]>(state?.values?.municipalityIds ?? []);
  // After a successful invitation React resets the form's fields to their defaults (the first role,
  // nothing ticked): the role and the municipalities kept here go back with them. Otherwise, after
  // inviting a "Programmteam" member, the buttons showed the first role while the picker stayed hidden.
  const [answered, setAnswered] = useState(state);
  if (state !== answered) {
    setAnswered(state);
    if (state?.ok) {
      setRole("EDITOR");
      setSelected([]);
    }
  }
  const errors = fieldErrorsOf(state);
  const summary = errorSummaryItems(errors, (field) => `einladen-${field}`);
  // A failed delivery is told like a refusal: the invitation exists, but nobody has the link yet.
  const notice = state?.ok
    ? {
        tone: state.data.delivery === "failed" ? "alert" : "status",
        text: t(DELIVERY_MESSAGES[state.data.delivery], { email: state.data.email }),
      }
    : { tone: "alert", text: failureMessageOf(state) };

  return (
    <form action={formAction} noValidate className="mt-8 flex max-w-3xl flex-col gap-6">
      <ErrorSummary title={t("errorSummary")} errors={summary} />
      {notice.text && (
        <p
          role={notice.tone}
          className={`rounded-md border-l-4 p-4 ${notice.tone === "status" ? "border-info bg-info-bg" : "border-red-800 bg-red-50 font-semibold"}`}
        >
          {notice.text}
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
        defaultValue={state?.values?.email}
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
      {worksForAssignedMunicipalities(role as Role) && (
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
