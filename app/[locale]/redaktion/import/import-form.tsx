"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Button, ErrorSummary, FieldFrame, inputClass } from "@/components/forms/field";
import { errorSummaryItems } from "@/lib/forms/field-errors";
import { failureMessageOf, fieldErrorsOf } from "@/lib/forms/form-state";
import { IMPORT_MAX_BYTES } from "@/lib/import/limits";
import { uploadImportAction } from "./actions";

/** The upload: one file field; a problem with the file is told at the field (and in the summary). */
export function ImportUploadForm() {
  const t = useTranslations("Import");
  const [state, formAction, pending] = useActionState(uploadImportAction, null);
  // With JavaScript, a file over the limit is refused before it is sent (the server refuses it too).
  const [tooLarge, setTooLarge] = useState(false);
  const errors = tooLarge ? { file: t("file.tooLarge", { max: IMPORT_MAX_BYTES / 1024 / 1024 }) } : fieldErrorsOf(state);
  const summary = errorSummaryItems(errors, () => "import-datei");
  const failure = tooLarge ? null : failureMessageOf(state, ["file"]);
  return (
    <form
      action={formAction}
      noValidate
      className="mt-8 flex max-w-3xl flex-col gap-6"
      onSubmit={(event) => {
        const file = new FormData(event.currentTarget).get("file");
        const over = file instanceof File && file.size > IMPORT_MAX_BYTES;
        setTooLarge(over);
        if (over) event.preventDefault();
      }}
    >
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
