"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { errorSummaryItems } from "@/lib/forms/field-errors";
import { Button, ErrorSummary, SelectField, TextField } from "@/components/forms/field";
import { createProfileAction } from "./actions";

export function CreateProfileForm({ municipalities }: { municipalities: { id: string; name: string }[] }) {
  const t = useTranslations("Dashboard");
  const [state, formAction, pending] = useActionState(createProfileAction, null);
  const error = state && !state.ok ? state.error : null;
  const values = state && !state.ok ? state.values : undefined;
  const errors = error?.fieldErrors ?? {};
  const summary = errorSummaryItems(errors, (field) => `neu-${field}`);
  return (
    <form action={formAction} noValidate className="mt-6 flex flex-col gap-5">
      <ErrorSummary title={t("createErrorSummary")} errors={summary} />
      {error && !error.fieldErrors && (
        <p role="alert" className="font-semibold text-red-800">
          {error.message}
        </p>
      )}
      <SelectField
        id="neu-municipalityId"
        name="municipalityId"
        label={t("createMunicipality")}
        required
        defaultValue={values?.municipalityId ?? municipalities[0]?.id}
        error={errors.municipalityId}
      >
        {municipalities.map((municipality) => (
          <option key={municipality.id} value={municipality.id}>
            {municipality.name}
          </option>
        ))}
      </SelectField>
      <TextField id="neu-title" name="title" label={t("createTitleField")} required defaultValue={values?.title} error={errors.title} />
      <div>
        <Button type="submit" disabled={pending}>
          {t("createSubmit")}
        </Button>
      </div>
    </form>
  );
}
