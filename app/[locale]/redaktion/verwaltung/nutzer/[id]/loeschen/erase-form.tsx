"use client";

import { useActionState, useEffect } from "react";
import { useTranslations } from "next-intl";
import { errorSummaryItems } from "@/lib/forms/field-errors";
import { fieldErrorsOf } from "@/lib/forms/form-state";
import { Button, ErrorSummary } from "@/components/forms/field";
import { AdminNotice } from "../../../admin-notice";
import { eraseUserAction } from "./actions";

/**
 * The confirmation of an erasure: a box to tick and the button. A plain form, so it works without
 * JavaScript too; the server refuses an unticked box with a message at the box.
 */
export function EraseForm({ userId }: { userId: string }) {
  const t = useTranslations("AdminErase");
  const [state, formAction, pending] = useActionState(eraseUserAction, null);
  const errors = fieldErrorsOf(state);
  useEffect(() => {
    if (Object.keys(errors).length > 0) document.getElementById("fehlerzusammenfassung")?.focus();
  }, [errors]);
  const errorId = errors.confirm ? "loeschen-confirm-fehler" : undefined;
  return (
    <form action={formAction} noValidate className="mt-6 flex flex-col gap-4">
      <ErrorSummary title={t("errorSummary")} errors={errorSummaryItems(errors, (field) => `loeschen-${field}`)} />
      <AdminNotice state={state} shownFields={["confirm"]} />
      <input type="hidden" name="userId" value={userId} />
      <div className="flex flex-col gap-2">
        {errors.confirm && (
          <p id={errorId} className="font-semibold text-red-800">
            ⚠ {errors.confirm}
          </p>
        )}
        <div className="flex items-start gap-3">
          <input
            id="loeschen-confirm"
            type="checkbox"
            name="confirm"
            value="ja"
            aria-describedby={errorId}
            aria-invalid={errors.confirm ? true : undefined}
            className="mt-1 size-5 shrink-0 accent-brand-700"
          />
          <label htmlFor="loeschen-confirm">{t("confirmLabel")}</label>
        </div>
      </div>
      <div>
        <Button type="submit" disabled={pending}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
