import { z } from "zod";
import { parseBerlinDateTimeLocal } from "@/lib/time/berlin";

/**
 * The reviewer's decision form, shared by the form and the server action. Requesting changes
 * needs a comment; a publication date, if given, lies in the future ("2026-12-01T09:00", German time).
 */
export const decisionSchema = z
  .object({
    versionId: z.uuid(),
    /** comments per section of the registry (form fields "comment-<section>") */
    comments: z.record(z.string(), z.string().trim().max(4000, "Validation.tooLong")).default({}),
    decision: z.enum(["approve", "schedule", "request-changes"], "Review.validation.decisionRequired"),
    comment: z.string().trim().max(4000, "Validation.tooLong").default(""),
    publishAtLocal: z.string().trim().default(""),
  })
  .transform((value, context) => {
    let publishAt: Date | null = null;
    if (value.decision === "schedule") {
      publishAt = value.publishAtLocal ? parseBerlinDateTimeLocal(value.publishAtLocal) : null;
      if (!publishAt) {
        context.addIssue({ code: "custom", path: ["publishAtLocal"], message: "Review.validation.publishAtRequired" });
      } else if (publishAt.getTime() <= Date.now()) {
        context.addIssue({ code: "custom", path: ["publishAtLocal"], message: "Errors.schedule-in-past" });
      }
    }
    if (value.decision === "request-changes" && !value.comment) {
      context.addIssue({ code: "custom", path: ["comment"], message: "Errors.comment-required" });
    }
    return { versionId: value.versionId, decision: value.decision, comment: value.comment, publishAt, comments: value.comments };
  });
