"use client";

import { useActionState, useEffect, useState, type ComponentProps } from "react";
import { useTranslations } from "next-intl";
import { Button, ErrorSummary, SelectField, TextField } from "@/components/forms/field";
import type { FormState } from "@/lib/actions/define-action";
import type { AdminSuccess } from "@/lib/admin/action-state";
import { errorSummaryItems } from "@/lib/forms/field-errors";
import { fieldErrorsOf } from "@/lib/forms/form-state";
import {
  MUNICIPALITY_KINDS,
  REGIERUNGSBEZIRKE,
  type MunicipalityField,
  type MunicipalityFormValues,
} from "@/lib/admin/municipality-schema";
import { AdminNotice } from "../admin-notice";
import { createMunicipalityAction, updateMunicipalityAction } from "./actions";

type MunicipalityFormState = FormState<AdminSuccess, MunicipalityFormValues & { id?: string }>;

const fieldId = (field: string) => `kommune-${field}`;

/**
 * Create and edit form of a municipality. Values are kept on every error; each message sits at
 * its field (aria-describedby) and in the summary, which gets the focus after a failed save.
 */
export function MunicipalityForm({
  mode,
  id,
  slug,
  initialValues,
  landkreise,
  initialNotice,
}: {
  mode: "create" | "update";
  id?: string;
  slug?: string;
  initialValues: MunicipalityFormValues;
  landkreise: { id: string; name: string }[];
  initialNotice?: AdminSuccess;
}) {
  const t = useTranslations("AdminMunicipalityForm");
  const tLabels = useTranslations("AdminLabels");
  const [state, formAction, pending] = useActionState<MunicipalityFormState, FormData>(
    mode === "create" ? createMunicipalityAction : updateMunicipalityAction,
    initialNotice ? { ok: true, data: initialNotice } : null,
  );
  // The values as typed after a failed save; after a successful one what was stored, fresh from the page.
  const values = state?.values ?? initialValues;
  const errors = fieldErrorsOf(state);
  const [kind, setKind] = useState<string>(values.kind);
  useEffect(() => {
    if (Object.keys(errors).length > 0) document.getElementById("fehlerzusammenfassung")?.focus();
  }, [errors]);

  const text = (field: MunicipalityField, extra: Partial<ComponentProps<typeof TextField>> = {}) => (
    <TextField id={fieldId(field)} name={field} label={t(field)} defaultValue={values[field]} error={errors[field]} {...extra} />
  );

  return (
    <form action={formAction} noValidate className="mt-8 flex max-w-3xl flex-col gap-6">
      <ErrorSummary title={t("errorSummary")} errors={errorSummaryItems(errors, fieldId)} />
      <AdminNotice state={state} />
      {id && <input type="hidden" name="id" value={id} />}
      <p className="text-muted">{t("required")}</p>

      {text("name", { required: true, hint: t("nameHint"), autoComplete: "off" })}
      <p className="-mt-3 text-base text-muted">{slug ? t("slugEdit", { slug }) : t("slugNew")}</p>

      <SelectField
        id={fieldId("kind")}
        name="kind"
        label={t("kind")}
        required
        value={kind}
        onChange={(event) => setKind(event.target.value)}
        error={errors.kind}
      >
        <option value="">{t("choose")}</option>
        {MUNICIPALITY_KINDS.map((value) => (
          <option key={value} value={value}>
            {tLabels(`kinds.${value}`)}
          </option>
        ))}
      </SelectField>

      {kind !== "LANDKREIS" && (
        <SelectField
          id={fieldId("landkreisId")}
          name="landkreisId"
          label={t("landkreis")}
          hint={t("landkreisHint")}
          defaultValue={values.landkreisId}
          error={errors.landkreisId}
        >
          <option value="">{t("landkreisNone")}</option>
          {landkreise
            .filter((landkreis) => landkreis.id !== id)
            .map((landkreis) => (
              <option key={landkreis.id} value={landkreis.id}>
                {landkreis.name}
              </option>
            ))}
        </SelectField>
      )}

      <SelectField
        id={fieldId("regierungsbezirk")}
        name="regierungsbezirk"
        label={t("regierungsbezirk")}
        required
        defaultValue={values.regierungsbezirk}
        error={errors.regierungsbezirk}
      >
        <option value="">{t("choose")}</option>
        {REGIERUNGSBEZIRKE.map((value) => (
          <option key={value} value={value}>
            {tLabels(`regierungsbezirke.${value}`)}
          </option>
        ))}
      </SelectField>

      {text("ags", { hint: t("agsHint"), inputMode: "numeric", autoComplete: "off", maxLength: 12, className: "max-w-xs" })}
      {text("population", { hint: t("populationHint"), inputMode: "numeric", autoComplete: "off", className: "max-w-xs" })}

      <fieldset className="flex flex-col gap-4" aria-describedby="kommune-koordinaten-hinweis">
        <legend className="font-semibold">{t("coordinates")}</legend>
        <p id="kommune-koordinaten-hinweis" className="text-base text-muted">
          {t("coordinatesHint")}
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          {text("latitude", { hint: t("latitudeHint"), inputMode: "decimal", autoComplete: "off" })}
          {text("longitude", { hint: t("longitudeHint"), inputMode: "decimal", autoComplete: "off" })}
        </div>
      </fieldset>

      {text("website", { hint: t("websiteHint"), type: "url", inputMode: "url", autoComplete: "url" })}

      <div>
        <Button type="submit" disabled={pending}>
          {mode === "create" ? t("submitCreate") : t("submitUpdate")}
        </Button>
      </div>
    </form>
  );
}
