"use server";

import { runAction } from "@/lib/actions/run-action";
import { acceptInvitation, InvitationNotUsableError, renewExpiredInvitation } from "@/lib/accounts/invitations";
import { acceptInvitationSchema } from "@/lib/accounts/invitation-schema";
import { fieldErrors, type FieldErrors } from "@/lib/forms/field-errors";

export type AcceptInvitationResult =
  { status: "accepted"; email: string } | { status: "invalid"; errors: FieldErrors } | { status: "expired" | "used" | "unknown" | "error" };

/** Public by design: possession of the single-use link is the authorization. */
export async function acceptInvitationAction(token: string, input: unknown): Promise<AcceptInvitationResult> {
  const parsed = acceptInvitationSchema.safeParse(input);
  if (!parsed.success) return { status: "invalid", errors: fieldErrors(parsed.error) };
  const result = await runAction(async () => {
    try {
      const accepted = await acceptInvitation({ token, password: parsed.data.password, name: parsed.data.name });
      return { status: "accepted" as const, email: accepted.email };
    } catch (error) {
      if (error instanceof InvitationNotUsableError) return { status: error.state };
      throw error;
    }
  });
  // Anything runAction reports (unexpected failure) is shown as a generic error.
  return result.status === "accepted" || result.status === "expired" || result.status === "used" || result.status === "unknown"
    ? result
    : { status: "error" };
}

/** Sends a fresh link to the invitation's own address; answers the same whatever happened. */
export async function renewInvitationAction(token: string): Promise<{ status: "requested" }> {
  await runAction(() => renewExpiredInvitation(token));
  return { status: "requested" };
}
