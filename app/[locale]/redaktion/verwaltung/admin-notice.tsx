"use client";

import { useTranslations } from "next-intl";
import type { AdminNotice as Notice } from "@/lib/admin/action-state";

/** Outcome of an admin form: a status message on success, an alert on a refusal or error. */
export function AdminNotice({ notice, className = "" }: { notice?: Notice; className?: string }) {
  const t = useTranslations("AdminNotices");
  if (!notice) return null;
  const success = notice.tone === "success";
  return (
    <p
      role={success ? "status" : "alert"}
      className={`rounded-md border-l-4 p-4 ${success ? "border-info bg-info-bg" : "border-red-800 bg-red-50 font-semibold"} ${className}`}
    >
      {t(notice.key, notice.params)}
    </p>
  );
}
