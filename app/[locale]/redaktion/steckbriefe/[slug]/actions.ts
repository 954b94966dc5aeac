"use server";

import { runAction } from "@/lib/actions/run-action";
import { saveWorkingVersion } from "@/lib/profiles/save-working-version";
import type { SaveDraftInput } from "@/lib/profiles/schema";

/** Saves the edit form into the profile's working version (used by autosave and the save button). */
export async function saveProfileDraftAction(input: SaveDraftInput) {
  return runAction((actor) => saveWorkingVersion({ actor, input }));
}
