"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button, ErrorSummary, FieldFrame, inputClass } from "@/components/forms/field";
import { errorSummaryItems } from "@/lib/forms/field-errors";
import { failureMessageOf, fieldErrorsOf } from "@/lib/forms/form-state";
import { uploadImportAction } from "./actions";

/** The upload: one file field; a problem with the file is told at the field (and in the summary). */
export function ImportUploadForm() {
  const t = useTranslations("Import");
  const [state, formAction, pending] = useActionState(uploadImportAction, null);
  const errors = fieldErrorsOf(state);
  const summary = errorSummaryItems(errors, () => "import-datei");
  const failure = failureMessageOf(state, ["file"]);
  return (
    <form action={formAction} noValidate className="mt-8 flex max-w-3xl flex-col gap-6">
      <ErrorSummary title={t("errorSummary")} errors={summary} />
      {failure && (
        <p role="alert" className="rounded-md border-l-4 border-red-800 bg-red-50 p-4 font-semibold">
          {failure}
        </p>
      )}
      <FieldFrame id="import-datei" label={t("fileLabel")} hint={t("fileHint")} error={errors.file} required>
        {(describedBy) => (
          <input
            id="import-datei"
            name="file"
            type="file"
            accept=".csv,.json,text/csv,application/json"
            required
            aria-describedby={describedBy}
            aria-invalid={errors.file ? true : undefined}
            className={inputClass}
          />
        )}
      </FieldFrame>
      <div>
        <Button type="submit" disabled={pending}>
          {t("uploadSubmit")}
        </Button>
      </div>
    </form>
  );
}
