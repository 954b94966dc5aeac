"use client";

import { useActionState, useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { errorSummaryItems } from "@/lib/forms/field-errors";
import { Button, ErrorSummary, RadioGroup } from "@/components/forms/field";
import { MunicipalityPicker } from "@/components/forms/municipality-picker";
import { ROLE_VALUES } from "@/lib/admin/user-schema";
import { AdminNotice } from "../../admin-notice";
import {
  changeUserAssignmentsAction,
  changeUserRoleAction,
  disableUserAction,
  enableUserAction,
  type AccessFormState,
  type AssignmentsFormState,
  type RoleFormState,
} from "./actions";

/** Moves focus to the error summary after a submission with field errors (WCAG 3.3.1). */
function useFocusOnErrors(errors: object | undefined) {
  useEffect(() => {
    if (errors && Object.keys(errors).length > 0) document.getElementById("fehlerzusammenfassung")?.focus();
  }, [errors]);
}

export function RoleForm({ userId, role }: { userId: string; role: string }) {
  const t = useTranslations("AdminUser");
  const tLabels = useTranslations("AdminLabels");
  const [state, formAction, pending] = useActionState<RoleFormState, FormData>(changeUserRoleAction, {});
  const errors = state.errors ?? {};
  const selected = state.values?.role ?? role;
  useFocusOnErrors(state.errors);
  return (
    <form action={formAction} noValidate className="mt-4 flex flex-col gap-4">
      <ErrorSummary title={t("errorSummary")} errors={errorSummaryItems(errors, (field) => `rolle-${field}`)} />
      <AdminNotice notice={state.notice} />
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
  const [state, formAction, pending] = useActionState<AssignmentsFormState, FormData>(changeUserAssignmentsAction, {});
  const [selected, setSelected] = useState<string[]>(state.values?.municipalityIds ?? assigned);
  const errors = state.errors ?? {};
  useFocusOnErrors(state.errors);
  return (
    <form action={formAction} noValidate className="mt-4 flex flex-col gap-4">
      <ErrorSummary title={t("errorSummary")} errors={errorSummaryItems(errors, (field) => `kommunen-${field}`)} />
      <AdminNotice notice={state.notice} />
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
  const [disableState, disableAction, disabling] = useActionState<AccessFormState, FormData>(disableUserAction, {});
  const [enableState, enableAction, enabling] = useActionState<AccessFormState, FormData>(enableUserAction, {});
  // Which of the two was submitted last (with JavaScript); without it the page holds only one state.
  const [last, setLast] = useState<"disable" | "enable" | null>(null);
  const notice =
    last === "disable" ? disableState.notice : last === "enable" ? enableState.notice : (disableState.notice ?? enableState.notice);
  return (
    <div className="mt-2 flex flex-col gap-4">
      <AdminNotice notice={notice} />
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
