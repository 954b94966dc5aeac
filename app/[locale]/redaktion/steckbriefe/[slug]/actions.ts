"use server";

import { defineAction } from "@/lib/actions/define-action";
import { saveDraftInputSchema } from "@/lib/profiles/content-schema";
import { labelKeyOfPath } from "@/lib/profiles/fields";
import { saveWorkingVersion } from "@/lib/profiles/save-working-version";

/** Saves the edit form into the profile's working version (autosave and the save button). */
export const saveProfileDraftAction = defineAction({
  name: "saveProfileDraft",
  access: "signed-in",
  input: saveDraftInputSchema,
  labelKeyOf: labelKeyOfPath,
  run: ({ actor, input }) => saveWorkingVersion({ actor, input }),
});
