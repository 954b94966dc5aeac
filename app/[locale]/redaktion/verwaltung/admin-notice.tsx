"use client";

import { useTranslations } from "next-intl";
import type { Result } from "@/lib/actions/define-action";
import type { AdminSuccess } from "@/lib/admin/action-state";
import { failureMessageOf } from "@/lib/forms/form-state";

/**
 * Outcome of an admin form: a status message on success, an alert on a refusal or error. Field
 * errors are not repeated here: the form's error summary lists them (unless none of
 * `shownFields` has one, e.g. a delete button whose hidden fields were tampered with).
 */
export function AdminNotice({
  state,
  shownFields,
  className = "",
}: {
  state: Result<AdminSuccess> | null | undefined;
  shownFields?: readonly string[];
  className?: string;
}) {
  const t = useTranslations("AdminNotices");
  const failure = failureMessageOf(state, shownFields);
  if (!state || (!state.ok && failure === null)) return null;
  const success = state.ok;
  return (
    <p
      role={success ? "status" : "alert"}
      className={`rounded-md border-l-4 p-4 ${success ? "border-info bg-info-bg" : "border-red-800 bg-red-50 font-semibold"} ${className}`}
    >
      {state.ok ? t(state.data.notice, state.data.values) : failure}
    </p>
  );
}
