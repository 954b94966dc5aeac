"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { errorSummaryItems } from "@/lib/forms/field-errors";
import { Button, ErrorSummary, SelectField, TextField } from "@/components/forms/field";
import { createProfileAction, type CreateProfileState } from "./actions";

export function CreateProfileForm({ municipalities }: { municipalities: { id: string; name: string }[] }) {
  const t = useTranslations("Dashboard");
  const tStatus = useTranslations("Editor.status");
  const [state, formAction, pending] = useActionState<CreateProfileState, FormData>(createProfileAction, {});
  const errors = state.errors ?? {};
  const summary = errorSummaryItems(errors, (field) => `neu-${field}`);
  return (
    <form action={formAction} noValidate className="mt-6 flex flex-col gap-5">
      <ErrorSummary title={t("createErrorSummary")} errors={summary} />
      {state.message && (
        <p role="alert" className="font-semibold text-red-800">
          {tStatus(state.message === "unauthenticated" ? "unauthenticated" : state.message === "forbidden" ? "forbidden" : "error")}
        </p>
      )}
      <SelectField
        id="neu-municipalityId"
        name="municipalityId"
        label={t("createMunicipality")}
        required
        defaultValue={state.values?.municipalityId ?? municipalities[0]?.id}
        error={errors.municipalityId}
      >
        {municipalities.map((municipality) => (
          <option key={municipality.id} value={municipality.id}>
            {municipality.name}
          </option>
        ))}
      </SelectField>
      <TextField
        id="neu-title"
        name="title"
        label={t("createTitleField")}
        required
        defaultValue={state.values?.title}
        error={errors.title}
      />
      <div>
        <Button type="submit" disabled={pending}>
          {t("createSubmit")}
        </Button>
      </div>
    </form>
  );
}
