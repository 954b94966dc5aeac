import { z } from "zod";

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
      publishAt = value.publishAtLocal ? berlinLocalToDate(value.publishAtLocal) : null;
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
