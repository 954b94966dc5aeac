"use server";

import { defineFormAction } from "@/lib/actions/define-action";
import { inviteUser } from "@/lib/accounts/invitations";
import { invitationSchema } from "@/lib/accounts/invitation-schema";

/**
 * Reviewers invite editors and reviewers, admins anyone: whoever may invite at all passes the
 * first check; the service asks the policy again for the chosen role.
 */
export const inviteUserAction = defineFormAction({
  name: "inviteUser",
  access: "signed-in",
  permission: { action: "user.invite", role: "EDITOR", existingAccount: false },
  input: invitationSchema,
  values: (formData) => ({
    email: String(formData.get("email") ?? ""),
    role: String(formData.get("role") ?? ""),
    municipalityIds: formData.getAll("municipalityIds").map(String),
  }),
  run: async ({ actor, input }) => {
    const { delivery } = await inviteUser({ actor, input });
    return { email: input.email, delivery };
  },
});
