import { z } from "zod";
import { emailSchema, newPasswordFields, passwordsMatch } from "@/lib/auth/schema";

/** Shared by the invitation form and the server action. */
export const invitationSchema = z
  .object({
    email: emailSchema,
    role: z.enum(["EDITOR", "REVIEWER", "ADMIN"], { error: "Bitte wählen Sie eine Rolle." }),
    municipalityIds: z.array(z.uuid()).default([]),
  })
  .superRefine((value, context) => {
    if (value.role === "EDITOR" && value.municipalityIds.length === 0) {
      context.addIssue({
        code: "custom",
        path: ["municipalityIds"],
        message: "Bitte wählen Sie mindestens eine Kommune, deren Steckbriefe die Person bearbeiten darf.",
      });
    }
  });

export type InvitationInput = z.input<typeof invitationSchema>;

/** Shared by the "accept invitation" form and its server action. */
export const acceptInvitationSchema = newPasswordFields
  .extend({ name: z.string().trim().max(150, "Der Name darf höchstens 150 Zeichen lang sein.").default("") })
  .refine(...passwordsMatch);
