import type { MessageValues } from "@/lib/forms/field-errors";

/**
 * What an admin form's server action answers on success: a notice of the "AdminNotices"
 * namespace (translated in the browser) with its values. Failures are the action boundary's
 * (lib/actions/define-action.ts), with their message already in the user's language.
 */
export type AdminNoticeKey =
  | "roleSaved"
  | "roleUnchanged"
  | "assignmentsSaved"
  | "assignmentsUnchanged"
  | "userDisabled"
  | "userEnabled"
  | "userUnchanged"
  | "municipalityCreated"
  | "municipalitySaved"
  | "municipalityUnchanged"
  | "catalogCreated"
  | "catalogSaved"
  | "catalogUnchanged"
  | "catalogDeleted";

export interface AdminSuccess {
  notice: AdminNoticeKey;
  values?: MessageValues;
}

export function adminSuccess(notice: AdminNoticeKey, values?: MessageValues): AdminSuccess {
  return values ? { notice, values } : { notice };
}
