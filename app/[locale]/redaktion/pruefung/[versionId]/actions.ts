"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/define-action";
import { SECTION_KEYS } from "@/lib/profiles/fields";
import { decisionSchema } from "@/lib/review/decision-schema";
import { approveVersion, requestChanges } from "@/lib/review/workflow";

export type DecisionOutcome =
  | { outcome: "changes-requested" | "scheduled" | "published" }
  /** a publishing decision not confirmed yet: nothing was saved; the form asks, with what was entered */
  | { outcome: "confirm"; values: Record<string, string> };

/**
 * The reviewer's decision on a submitted version: approve (now or at a date) — after a confirmation
 * step — or request changes, with comments per section.
 */
export const decideAction = defineFormAction({
  name: "decide",
  access: "signed-in",
  permission: { action: "review.decide" },
  input: decisionSchema,
  values: (formData): Record<string, unknown> => {
    const values = Object.fromEntries([...formData.entries()].filter(([, value]) => typeof value === "string")) as Record<string, string>;
    return { ...values, comments: Object.fromEntries(SECTION_KEYS.map((key) => [key, values[`comment-${key}`] ?? ""])) };
  },
  run: async ({ actor, input }): Promise<DecisionOutcome> => {
    const { versionId, decision, comment, publishAt, comments, confirmed } = input;
    const sectionComments = SECTION_KEYS.map((section) => ({ section, body: comments[section] ?? "" }));
    if (decision === "request-changes") {
      await requestChanges({ actor, versionId, comment, comments: sectionComments });
      revalidatePath("/[locale]/redaktion", "layout");
      return { outcome: "changes-requested" };
    }
    if (!confirmed) {
      // Publishing is asked to be confirmed; the server never publishes an unconfirmed decision.
      return {
        outcome: "confirm",
        values: {
          decision,
          comment,
          publishAtLocal: input.publishAtLocal,
          ...Object.fromEntries(SECTION_KEYS.map((key) => [`comment-${key}`, comments[key] ?? ""])),
        },
      };
    }
    await approveVersion({ actor, versionId, publishAt, comments: sectionComments });
    revalidatePath("/[locale]/redaktion", "layout");
    return { outcome: publishAt ? "scheduled" : "published" };
  },
});
