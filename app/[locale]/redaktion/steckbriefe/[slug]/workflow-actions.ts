"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { labelKeyOfPath } from "@/lib/profiles/fields";
import { localizedRedirect } from "@/lib/i18n/localized-redirect";
import { archiveProfile, discardDraft, restoreVersion, submitVersion, unarchiveProfile } from "@/lib/review/workflow";

/** The editorial area shows the new state (public pages are invalidated by the workflow itself). */
function refreshEverything() {
  revalidatePath("/[locale]/redaktion", "layout");
}

/** Editor submits the working version for review. */
export const submitProfileAction = defineAction({
  name: "submitProfile",
  access: "signed-in",
  input: z.object({ profileId: z.uuid() }),
  labelKeyOf: labelKeyOfPath,
  run: async ({ actor, input }) => {
    await submitVersion({ actor, profileId: input.profileId });
    refreshEverything();
  },
});

/**
 * Editor gives up the draft (after the confirmation step on the edit page, which works without JavaScript):
 * back to the edit form, which now shows the published text and removes this browser's copy.
 */
export const discardDraftAction = defineAction({
  name: "discardDraft",
  access: "signed-in",
  input: z.object({ profileId: z.uuid() }),
  run: async ({ actor, input }) => {
    const { slug } = await discardDraft({ actor, profileId: input.profileId });
    refreshEverything();
    return localizedRedirect(`/redaktion/steckbriefe/${slug}?verworfen=1`);
  },
});

/** Restores an older version as the new draft (never publishes). */
export const restoreVersionAction = defineAction({
  name: "restoreVersion",
  access: "signed-in",
  input: z.object({ versionId: z.uuid() }),
  run: async ({ actor, input }) => {
    await restoreVersion({ actor, versionId: input.versionId });
    refreshEverything();
  },
});

/** Reviewer withdraws a profile from all public pages, or brings it back. */
export const archiveProfileAction = defineAction({
  name: "archiveProfile",
  access: "signed-in",
  permission: { action: "profile.archive" },
  input: z.object({ profileId: z.uuid(), archive: z.boolean() }),
  run: async ({ actor, input }) => {
    await (input.archive ? archiveProfile : unarchiveProfile)({ actor, profileId: input.profileId });
    refreshEverything();
  },
});
