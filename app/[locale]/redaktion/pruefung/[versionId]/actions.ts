"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/define-action";
import { SECTION_KEYS } from "@/lib/profiles/fields";
import { decisionSchema } from "@/lib/review/decision-schema";
import { approveVersion, requestChanges } from "@/lib/review/workflow";

/** The reviewer's decision on a submitted version: approve (now or at a date) or request changes, with comments per section. */
export const decideAction = defineFormAction({
  name: "decide",
  access: "signed-in",
  permission: { action: "review.decide" },
  input: decisionSchema,
  values: (formData): Record<string, unknown> => {
    const values = Object.fromEntries([...formData.entries()].filter(([, value]) => typeof value === "string")) as Record<string, string>;
    return { ...values, comments: Object.fromEntries(SECTION_KEYS.map((key) => [key, values[`comment-${key}`] ?? ""])) };
  },
  run: async ({ actor, input: { versionId, decision, comment, publishAt, comments } }) => {
    const sectionComments = SECTION_KEYS.map((section) => ({ section, body: comments[section] ?? "" }));
    let outcome: "changes-requested" | "scheduled" | "published";
    if (decision === "request-changes") {
      await requestChanges({ actor, versionId, comment, comments: sectionComments });
      outcome = "changes-requested";
    } else {
      await approveVersion({ actor, versionId, publishAt, comments: sectionComments });
      outcome = publishAt ? "scheduled" : "published";
    }
    revalidatePath("/[locale]/redaktion", "layout");
    return outcome;
  },
});
