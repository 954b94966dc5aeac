import { z } from "zod";
import { parseBerlinDateTimeLocal } from "@/lib/time/berlin";

/**
 * The reviewer's decision form, shared by the form and the server action. Requesting changes
 * needs a comment; a publication date, if given, lies in the future ("2026-12-01T09:00", German time).
 */
export const decisionSchema = z
  .object({
    decision: z.enum(["approve", "schedule", "request-changes"], { error: "Bitte wählen Sie eine Entscheidung." }),
    comment: z.string().trim().max(4000, "Höchstens 4.000 Zeichen.").default(""),
    publishAtLocal: z.string().trim().default(""),
  })
  .transform((value, context) => {
    let publishAt: Date | null = null;
    if (value.decision === "schedule") {
      publishAt = value.publishAtLocal ? parseBerlinDateTimeLocal(value.publishAtLocal) : null;
      if (!publishAt) {
        context.addIssue({
          code: "custom",
          path: ["publishAtLocal"],
          message: "Bitte geben Sie Datum und Uhrzeit der Veröffentlichung an.",
        });
      } else if (publishAt.getTime() <= Date.now()) {
        context.addIssue({ code: "custom", path: ["publishAtLocal"], message: "Der Veröffentlichungstermin muss in der Zukunft liegen." });
      }
    }
    if (value.decision === "request-changes" && !value.comment) {
      context.addIssue({ code: "custom", path: ["comment"], message: "Bitte begründen Sie, welche Änderungen Sie erbitten." });
    }
    return { decision: value.decision, comment: value.comment, publishAt };
  });
