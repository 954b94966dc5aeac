import { z } from "zod";
import messages from "@/lib/i18n/messages/de/admin.json";

/**
 * Inputs of the user administration, shared by the forms and the services. The German messages
 * come from the message catalogue (lib/i18n/messages/de/admin.json), like every UI string.
 */
const m = messages.AdminUser.errors;

export const ROLE_VALUES = ["EDITOR", "REVIEWER", "ADMIN"] as const;

const userId = z.uuid({ error: m.userUnknown });

export const userIdSchema = z.object({ userId });

export const changeRoleSchema = z.object({
  userId,
  role: z.enum(ROLE_VALUES, { error: m.roleRequired }),
});

export const changeAssignmentsSchema = z.object({
  userId,
  municipalityIds: z
    .array(z.uuid({ error: m.municipalityUnknown }))
    .min(1, m.municipalitiesRequired)
    .transform((ids) => [...new Set(ids)]),
});

/** What the forms send; the services validate it with the schemas above. */
export type ChangeRoleInput = { userId: string; role: string };
export type ChangeAssignmentsInput = { userId: string; municipalityIds: string[] };
export type UserIdInput = { userId: string };
