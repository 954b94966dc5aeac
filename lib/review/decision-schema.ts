import { z } from "zod";

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
      publishAt = value.publishAtLocal ? berlinLocalToDate(value.publishAtLocal) : null;
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

/** "2026-12-01T09:00" read as time in Baden-Württemberg (Europe/Berlin), whatever the server's zone. */
export function berlinLocalToDate(local: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  // The offset of Berlin at that moment (+1 h in winter, +2 h in summer).
  const berlin = new Date(new Date(asUtc).toLocaleString("en-US", { timeZone: "Europe/Berlin" }));
  const utc = new Date(new Date(asUtc).toLocaleString("en-US", { timeZone: "UTC" }));
  return new Date(asUtc - (berlin.getTime() - utc.getTime()));
}
