"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { fieldErrors, type FieldErrors } from "@/lib/forms/field-errors";
import { PROFILE_SECTION_IDS } from "@/lib/review/sections";
import { approveVersion, requestChanges } from "@/lib/review/workflow";
import { decisionSchema } from "@/lib/review/decision-schema";

export interface DecisionState {
  status?: "published" | "scheduled" | "changes-requested" | "refused" | "failed";
  message?: string;
  errors?: FieldErrors;
  values?: Record<string, string>;
}

/** The reviewer's decision on a submitted version: approve (now or at a date) or request changes. */
export async function decideAction(versionId: string, _previous: DecisionState, formData: FormData): Promise<DecisionState> {
  const values = Object.fromEntries([...formData.entries()].filter(([, value]) => typeof value === "string")) as Record<string, string>;
  const parsed = decisionSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  const { decision, comment, publishAt } = parsed.data;
  const comments = PROFILE_SECTION_IDS.map((section) => ({ section, body: values[`comment-${section}`] ?? "" }));
  const result = await runAction(async (actor) => {
    if (decision === "request-changes") {
      await requestChanges({ actor, versionId, comment, comments });
      return { status: "changes-requested" as const };
    }
    await approveVersion({ actor, versionId, publishAt, comments });
    return { status: publishAt ? ("scheduled" as const) : ("published" as const) };
  });
  if (result.status === "refused") return { status: "refused", message: result.message, values };
  if (result.status === "published" || result.status === "scheduled" || result.status === "changes-requested") {
    revalidatePath("/", "layout");
    return { status: result.status };
  }
  return { status: "failed", values };
}
