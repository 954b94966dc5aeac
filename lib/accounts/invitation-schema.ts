import { z } from "zod";
import { worksForAssignedMunicipalities } from "@/lib/authz/policy";
import { Role } from "@/generated/prisma/enums";
import { emailSchema, newPasswordFields, passwordsMatch } from "@/lib/auth/schema";

/**
 * Shared by the invitation form and the server action (and the operator's command line).
 * Messages are catalogue keys, translated where shown.
 */
export const invitationSchema = z
  .object({
    email: emailSchema,
    role: z.enum(Role, { error: "InviteForm.errors.roleRequired" }),
    municipalityIds: z.array(z.uuid({ error: "InviteForm.errors.municipalityUnknown" })).default([]),
  })
  .superRefine((value, context) => {
    if (worksForAssignedMunicipalities(value.role) && value.municipalityIds.length === 0) {
      context.addIssue({ code: "custom", path: ["municipalityIds"], message: "InviteForm.errors.municipalitiesRequired" });
    }
  });

export type InvitationInput = z.output<typeof invitationSchema>;

/**
 * Shared by the "accept invitation" form and its server action. The token from the link travels
 * with the form: holding it is the authorization.
 */
export const acceptInvitationSchema = newPasswordFields
  .extend({
    token: z.string(),
    name: z.string().trim().max(150, "Invitation.errors.nameTooLong").default(""),
  })
  .refine(...passwordsMatch);

export type AcceptInvitationInput = z.output<typeof acceptInvitationSchema>;
