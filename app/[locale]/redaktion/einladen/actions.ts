"use server";

import { runAction } from "@/lib/actions/run-action";
import { inviteUser } from "@/lib/accounts/invitations";
import { invitationSchema } from "@/lib/accounts/invitation-schema";
import { fieldErrors, type FieldErrors } from "@/lib/forms/field-errors";
import { isMailError } from "@/lib/mail/send-mail";

export interface InviteState {
  errors?: FieldErrors;
  message?: "sent" | "sentOutbox" | "mailFailed" | "forbidden" | "error";
  email?: string;
  values?: { email: string; role: string; municipalityIds: string[] };
}

export async function inviteUserAction(_previous: InviteState, formData: FormData): Promise<InviteState> {
  const values = {
    email: String(formData.get("email") ?? ""),
    role: String(formData.get("role") ?? ""),
    municipalityIds: formData.getAll("municipalityIds").map(String),
  };
  const parsed = invitationSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  const result = await runAction(async (actor) => {
    try {
      await inviteUser({ actor, input: parsed.data });
      return { sent: true as const };
    } catch (error) {
      if (isMailError(error)) return { sent: false as const };
      throw error;
    }
  });
  if ("sent" in result) {
    const message = !result.sent ? "mailFailed" : process.env.SMTP_URL ? "sent" : "sentOutbox";
    return { message, email: parsed.data.email };
  }
  return { message: result.status === "forbidden" || result.status === "unauthenticated" ? "forbidden" : "error", values };
}
