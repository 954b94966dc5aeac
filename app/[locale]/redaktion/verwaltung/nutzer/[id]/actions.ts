"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionFailure } from "@/lib/actions/run-action";
import { problemNotice, success, type AdminFormState } from "@/lib/admin/action-state";
import { changeUserAssignments, changeUserRole, disableUser, enableUser, type UserChangeResult } from "@/lib/admin/users";

export type RoleFormState = AdminFormState<{ role: string }>;
export type AssignmentsFormState = AdminFormState<{ municipalityIds: string[] }>;
export type AccessFormState = AdminFormState<Record<string, never>>;

function refreshAdminPages() {
  revalidatePath("/[locale]/redaktion/verwaltung", "layout");
}

function stateOf<V>(result: UserChangeResult | ActionFailure, keys: { saved: string; unchanged: string }, values: V): AdminFormState<V> {
  if (result.status === "saved") {
    refreshAdminPages();
    return { notice: success(keys.saved) };
  }
  if (result.status === "unchanged") return { notice: success(keys.unchanged), values };
  if (result.status === "invalid") return { errors: result.errors, values };
  return { notice: problemNotice(result), values };
}

export async function changeUserRoleAction(_previous: RoleFormState, formData: FormData): Promise<RoleFormState> {
  const values = { role: String(formData.get("role") ?? "") };
  const userId = String(formData.get("userId") ?? "");
  const result = await runAction((actor) => changeUserRole({ actor, input: { userId, role: values.role } }));
  return stateOf(result, { saved: "roleSaved", unchanged: "roleUnchanged" }, values);
}

export async function changeUserAssignmentsAction(_previous: AssignmentsFormState, formData: FormData): Promise<AssignmentsFormState> {
  const values = { municipalityIds: formData.getAll("municipalityIds").map(String) };
  const userId = String(formData.get("userId") ?? "");
  const result = await runAction((actor) => changeUserAssignments({ actor, input: { userId, ...values } }));
  return stateOf(result, { saved: "assignmentsSaved", unchanged: "assignmentsUnchanged" }, values);
}

export async function disableUserAction(_previous: AccessFormState, formData: FormData): Promise<AccessFormState> {
  const userId = String(formData.get("userId") ?? "");
  const result = await runAction((actor) => disableUser({ actor, input: { userId } }));
  return stateOf(result, { saved: "userDisabled", unchanged: "userUnchanged" }, {});
}

export async function enableUserAction(_previous: AccessFormState, formData: FormData): Promise<AccessFormState> {
  const userId = String(formData.get("userId") ?? "");
  const result = await runAction((actor) => enableUser({ actor, input: { userId } }));
  return stateOf(result, { saved: "userEnabled", unchanged: "userUnchanged" }, {});
}
