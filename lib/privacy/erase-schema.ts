import { z } from "zod";

/**
 * Input of the erasure of a person (lib/privacy/erase-person.ts), shared by the confirmation form
 * and its server action. The box must be ticked: erasure cannot be undone. Messages are catalogue
 * keys (namespace AdminErase.errors).
 */
export const eraseUserSchema = z.object({
  /** a malformed id is no user: answered "not found" by the service */
  userId: z.string(),
  confirm: z.literal("ja", { error: "AdminErase.errors.confirmRequired" }),
});

export type EraseUserInput = z.output<typeof eraseUserSchema>;
