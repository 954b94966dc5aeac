import { z } from "zod";
import { parseBerlinDateTimeLocal } from "@/lib/time/berlin";

/** Decisions that make a version public (now or at a date): asked to be confirmed before they are saved. */
export const PUBLISHING_DECISIONS = ["approve", "schedule"] as const;

/**
 * The reviewer's decision form, shared by the form and the server action. Nothing is pre-selected:
 * a decision must be chosen. Requesting changes needs a reason — the overall comment or a comment on
 * at least one section; a publication date, if given, lies in the future ("2026-12-01T09:00", German
 * time). A publishing decision without `confirmed` is not saved: the form asks to confirm it first.
 */
export const decisionSchema = z
  .object({
    versionId: z.uuid(),
    /** comments per section of the registry (form fields "comment-<section>") */
    comments: z.record(z.string(), z.string().trim().max(4000, "Validation.tooLong")).default({}),
    decision: z.enum(["approve", "schedule", "request-changes"], "Review.validation.decisionRequired"),
    comment: z.string().trim().max(4000, "Validation.tooLong").default(""),
    publishAtLocal: z.string().trim().default(""),
    /** "1" once the reviewer confirmed a publishing decision */
    confirmed: z.string().default(""),
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
    const anySectionComment = Object.values(value.comments).some((body) => body.length > 0);
    if (value.decision === "request-changes" && !value.comment && !anySectionComment) {
      context.addIssue({ code: "custom", path: ["comment"], message: "Errors.comment-required" });
    }
    return {
      versionId: value.versionId,
      decision: value.decision,
      comment: value.comment,
      publishAt,
      publishAtLocal: value.publishAtLocal,
      comments: value.comments,
      confirmed: value.confirmed === "1",
    };
  });

export type DecisionInput = z.output<typeof decisionSchema>;
