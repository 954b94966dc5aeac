"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { archiveProfile, restoreVersion, submitVersion, unarchiveProfile } from "@/lib/review/workflow";

export type WorkflowActionResult = { status: "done" } | { status: "refused"; message: string } | { status: "failed" };

function settle(result: { status: string; message?: string }): WorkflowActionResult {
  if (result.status === "done") {
    revalidatePath("/", "layout"); // public pages, lists and the editorial area show the new state
    return { status: "done" };
  }
  if (result.status === "refused" && result.message) return { status: "refused", message: result.message };
  return { status: "failed" };
}

/** Editor submits the working version for review. */
export async function submitProfileAction(profileId: string): Promise<WorkflowActionResult> {
  return settle(await runAction(async (actor) => (await submitVersion({ actor, profileId }), { status: "done" })));
}

/** Restores an older version as the new draft (never publishes). */
export async function restoreVersionAction(versionId: string): Promise<WorkflowActionResult> {
  return settle(await runAction(async (actor) => (await restoreVersion({ actor, versionId }), { status: "done" })));
}

/** Reviewer withdraws a profile from all public pages, or brings it back. */
export async function archiveProfileAction(profileId: string, archive: boolean): Promise<WorkflowActionResult> {
  return settle(
    await runAction(async (actor) => {
      await (archive ? archiveProfile : unarchiveProfile)({ actor, profileId });
      return { status: "done" };
    }),
  );
}
