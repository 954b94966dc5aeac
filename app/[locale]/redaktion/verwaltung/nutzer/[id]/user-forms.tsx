"use client";

import { useActionState, useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { errorSummaryItems, type FieldErrors } from "@/lib/forms/field-errors";
import { fieldErrorsOf } from "@/lib/forms/form-state";
import { Button, ErrorSummary, RadioGroup } from "@/components/forms/field";
import { MunicipalityPicker } from "@/components/forms/municipality-picker";
import { ROLE_VALUES } from "@/lib/admin/user-schema";
import { AdminNotice } from "../../admin-notice";
import { changeUserAssignmentsAction, changeUserRoleAction, disableUserAction, enableUserAction } from "./actions";

/** Moves focus to the error summary after a submission with field errors (WCAG 3.3.1). */
function useFocusOnErrors(errors: FieldErrors) {
  useEffect(() => {
    if (Object.keys(errors).length > 0) document.getElementById("fehlerzusammenfassung")?.focus();
  }, [errors]);
}

export function RoleForm({ userId, role }: { userId: string; role: string }) {
  const t = useTranslations("AdminUser");
  const tLabels = useTranslations("AdminLabels");
  const [state, formAction, pending] = useActionState(changeUserRoleAction, null);
  const errors = fieldErrorsOf(state);
  const selected = state?.values?.role ?? role;
  useFocusOnErrors(errors);
  return (
    <form action={formAction} noValidate className="mt-4 flex flex-col gap-4">
      <ErrorSummary title={t("errorSummary")} errors={errorSummaryItems(errors, (field) => `rolle-${field}`)} />
      <AdminNotice state={state} />
      <input type="hidden" name="userId" value={userId} />
      <RadioGroup
        id="rolle-role"
        name="role"
        legend={t("roleLegend")}
        error={errors.role}
        options={ROLE_VALUES.map((value) => ({ value, label: tLabels(`roleDescriptions.${value}`) }))}
        defaultValue={selected}
      />
      <div>
        <Button type="submit" disabled={pending}>
          {t("roleSubmit")}
        </Button>
      </div>
    </form>
  );
}

export function AssignmentsForm({
  userId,
  municipalities,
  assigned,
}: {
  userId: string;
  municipalities: { id: string; name: string }[];
  assigned: string[];
}) {
  const t = useTranslations("AdminUser");
  const [state, formAction, pending] = useActionState(changeUserAssignmentsAction, null);
  const [selected, setSelected] = useState<string[]>(state?.values?.municipalityIds ?? assigned);
  const errors = fieldErrorsOf(state);
  useFocusOnErrors(errors);
  return (
    <form action={formAction} noValidate className="mt-4 flex flex-col gap-4">
      <ErrorSummary title={t("errorSummary")} errors={errorSummaryItems(errors, (field) => `kommunen-${field}`)} />
      <AdminNotice state={state} />
      <input type="hidden" name="userId" value={userId} />
      <MunicipalityPicker
        id="kommunen-municipalityIds"
        legend={t("municipalitiesLegend")}
        hint={t("municipalitiesHint")}
        error={errors.municipalityIds}
        municipalities={municipalities}
        selected={selected}
        onChange={setSelected}
      />
      <div>
        <Button type="submit" disabled={pending}>
          {t("municipalitiesSubmit")}
        </Button>
      </div>
    </form>
  );
}

/**
 * Disable or enable the account. One component for both, so that the outcome stays visible when
 * the page switches from the one button to the other after the change.
 */
export function AccessForm({ userId, disabledSince }: { userId: string; disabledSince: string | null }) {
  const t = useTranslations("AdminUser");
  const [disableState, disableAction, disabling] = useActionState(disableUserAction, null);
  const [enableState, enableAction, enabling] = useActionState(enableUserAction, null);
  // Which of the two was submitted last (with JavaScript); without it the page holds only one state.
  const [last, setLast] = useState<"disable" | "enable" | null>(null);
  const state = last === "disable" ? disableState : last === "enable" ? enableState : (disableState ?? enableState);
  return (
    <div className="mt-2 flex flex-col gap-4">
      <AdminNotice state={state} shownFields={[]} />
      {disabledSince ? (
        <form action={enableAction} onSubmit={() => setLast("enable")} className="flex flex-col gap-4">
          <input type="hidden" name="userId" value={userId} />
          <p>{t("enableIntro", { date: disabledSince })}</p>
          <div>
            <Button type="submit" disabled={enabling}>
              {t("enableSubmit")}
            </Button>
          </div>
        </form>
      ) : (
        <form action={disableAction} onSubmit={() => setLast("disable")} className="flex flex-col gap-4">
          <input type="hidden" name="userId" value={userId} />
          <p>{t("disableIntro")}</p>
          <div>
            <Button type="submit" variant="secondary" disabled={disabling}>
              {t("disableSubmit")}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
