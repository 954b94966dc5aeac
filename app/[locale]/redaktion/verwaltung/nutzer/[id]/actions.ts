"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/define-action";
import { adminSuccess, type AdminNoticeKey } from "@/lib/admin/action-state";
import { changeUserAssignments, changeUserRole, disableUser, enableUser, type UserChangeResult } from "@/lib/admin/users";
import { changeAssignmentsSchema, changeRoleSchema, userIdSchema } from "@/lib/admin/user-schema";

/** Admins only (`user.manage`, checked before the input is read and again by each service). */
const ACCESS = { access: "signed-in", permission: { action: "user.manage" } } as const;

/** The notice of a change, and fresh admin pages when something changed. */
function outcome({ changed }: UserChangeResult, notices: { saved: AdminNoticeKey; unchanged: AdminNoticeKey }) {
  if (changed) revalidatePath("/[locale]/redaktion/verwaltung", "layout");
  return adminSuccess(changed ? notices.saved : notices.unchanged);
}

const userIdOf = (formData: FormData) => String(formData.get("userId") ?? "");

export const changeUserRoleAction = defineFormAction({
  name: "changeUserRole",
  ...ACCESS,
  input: changeRoleSchema,
  values: (formData) => ({ userId: userIdOf(formData), role: String(formData.get("role") ?? "") }),
  run: async ({ actor, input }) => outcome(await changeUserRole({ actor, input }), { saved: "roleSaved", unchanged: "roleUnchanged" }),
});

export const changeUserAssignmentsAction = defineFormAction({
  name: "changeUserAssignments",
  ...ACCESS,
  input: changeAssignmentsSchema,
  values: (formData) => ({ userId: userIdOf(formData), municipalityIds: formData.getAll("municipalityIds").map(String) }),
  run: async ({ actor, input }) =>
    outcome(await changeUserAssignments({ actor, input }), { saved: "assignmentsSaved", unchanged: "assignmentsUnchanged" }),
});

export const disableUserAction = defineFormAction({
  name: "disableUser",
  ...ACCESS,
  input: userIdSchema,
  values: (formData) => ({ userId: userIdOf(formData) }),
  run: async ({ actor, input }) => outcome(await disableUser({ actor, input }), { saved: "userDisabled", unchanged: "userUnchanged" }),
});

export const enableUserAction = defineFormAction({
  name: "enableUser",
  ...ACCESS,
  input: userIdSchema,
  values: (formData) => ({ userId: userIdOf(formData) }),
  run: async ({ actor, input }) => outcome(await enableUser({ actor, input }), { saved: "userEnabled", unchanged: "userUnchanged" }),
});
