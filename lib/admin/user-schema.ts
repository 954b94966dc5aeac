import { z } from "zod";
import { Role } from "@/generated/prisma/enums";

/**
 * Inputs of the user administration, shared by the forms and the server actions. Messages are
 * catalogue keys (namespace AdminUser.errors), translated where they are shown.
 */
export const ROLE_VALUES = Object.values(Role);

/** A malformed id is no user: answered "not found" by the service, not at a field the form does not have. */
const userId = z.string();

export const userIdSchema = z.object({ userId });

export const changeRoleSchema = z.object({
  userId,
  role: z.enum(Role, { error: "AdminUser.errors.roleRequired" }),
});

export const changeAssignmentsSchema = z.object({
  userId,
  municipalityIds: z
    .array(z.uuid({ error: "AdminUser.errors.municipalityUnknown" }))
    .min(1, "AdminUser.errors.municipalitiesRequired")
    .transform((ids) => [...new Set(ids)]),
});

export type UserIdInput = z.output<typeof userIdSchema>;
export type ChangeRoleInput = z.output<typeof changeRoleSchema>;
export type ChangeAssignmentsInput = z.output<typeof changeAssignmentsSchema>;
