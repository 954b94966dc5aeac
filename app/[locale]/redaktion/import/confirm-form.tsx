"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/forms/field";
import { failureMessageOf } from "@/lib/forms/form-state";
import { confirmImportAction } from "./actions";

/** "Import the valid rows": a plain form post with the upload's id (the file stays on the server). */
export function ConfirmImportForm({ uploadId, count }: { uploadId: string; count: number }) {
  const t = useTranslations("Import");
  const [state, formAction, pending] = useActionState(confirmImportAction, null);
  const failure = failureMessageOf(state);
  return (
    <form action={formAction} className="mt-8 flex flex-col gap-4">
      {failure && (
        <p role="alert" className="rounded-md border-l-4 border-red-800 bg-red-50 p-4 font-semibold">
          {failure}
        </p>
      )}
      <input type="hidden" name="uploadId" value={uploadId} />
      <p>{t("confirmHint", { count })}</p>
      <div>
        <Button type="submit" disabled={pending}>
          {t("confirmSubmit")}
        </Button>
      </div>
    </form>
  );
}
