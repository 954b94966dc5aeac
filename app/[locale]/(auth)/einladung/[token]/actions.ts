"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { acceptInvitation, renewExpiredInvitation } from "@/lib/accounts/invitations";
import { acceptInvitationSchema } from "@/lib/accounts/invitation-schema";
import { log } from "@/lib/operations/log";

/** Public by design: possession of the single-use link is the authorization. */
export const acceptInvitationAction = defineAction({
  name: "acceptInvitation",
  access: "public",
  input: acceptInvitationSchema,
  run: ({ input }) => acceptInvitation({ token: input.token, password: input.password, name: input.name }),
});

/**
 * Sends a fresh link to the invitation's own address; answers the same whatever happened, so it
 * tells nobody whether the link was expired, used or unknown. Public like the link itself.
 */
export const renewInvitationAction = defineAction({
  name: "renewInvitation",
  access: "public",
  input: z.object({ token: z.string() }),
  run: async ({ input }) => {
    await renewExpiredInvitation(input.token).catch((error: unknown) => log.error("invitation renewal failed", { error }));
    return { requested: true as const };
  },
});
