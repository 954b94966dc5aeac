"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineFormAction } from "@/lib/actions/define-action";
import { markFeedbackDone } from "@/lib/feedback/list-feedback";

/** The programme staff mark a feedback message as dealt with ("erledigt"). */
export const markFeedbackDoneAction = defineFormAction({
  name: "markFeedbackDone",
  access: "signed-in",
  permission: { action: "feedback.read" },
  input: z.object({ id: z.uuid() }),
  values: (formData) => ({ id: String(formData.get("id") ?? "") }),
  run: async ({ actor, input }) => {
    await markFeedbackDone({ id: input.id, actorId: actor!.id });
    revalidatePath("/[locale]/redaktion/rueckmeldungen", "page");
    return { id: input.id };
  },
});
