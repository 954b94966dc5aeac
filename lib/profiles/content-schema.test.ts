import { describe, expect, it } from "vitest";
import { sampleFormValues } from "@/tests/support/sample-content";
import { parseDraftContent, profileContentSchema } from "./content-schema";
import type { ProfileFormValues } from "./fields";
import { emptyFormValues } from "./form-values";
import { ownShareOf, withDerivedFormValues } from "./own-share";

/** The calendar days of a Steckbrief: only days the calendar has, refused at the field (issue 14, finding 10). */
describe("event dates", () => {
  const parse = (days: string[]) => profileContentSchema.safeParse({ ...emptyFormValues("Titel des Dialogs"), eventDates: days });

  it("refuses impossible days instead of shifting them", () => {
    for (const day of ["2017-02-30", "2017-02-29", "2016-04-31", "2017-13-01", "2017-00-10"]) {
      const result = parse([day]);
      expect(result.success, day).toBe(false);
      expect(result.error?.issues[0]?.path, day).toEqual(["eventDates", 0]);
      expect(result.error?.issues[0]?.message, day).toBe("Validation.dateInvalid");
    }
  });

  it("takes real days, leap days included", () => {
    expect(parse(["2016-02-29", "2017-06-30"]).success).toBe(true);
  });
});

const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string; params?: unknown }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

/** Numbers as people type them (issue 12): one parser, and a message that says what is wrong. */
describe("number fields (strict)", () => {
  const parse = (values: Partial<ProfileFormValues>) =>
    profileContentSchema.safeParse({ ...emptyFormValues("Titel des Dialogs"), ...values });

  it.each(["4600", "4.600", "4.600,00", "4600 €", "4.600,- Euro", "4 600"])("reads the total %j as 4600", (typed) => {
    const result = parse({ costTotal: typed });
    expect(result.success).toBe(true);
    expect(result.data?.costTotal).toBe(4600);
  });

  it("says which letter a number contains, with the kind of example", () => {
    const result = profileContentSchema.safeParse({ ...emptyFormValues("Titel des Dialogs"), costTotal: "4.6OO", participantCount: "l20" });
    expect(result.success).toBe(false);
    const byPath = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue]));
    expect(byPath.costTotal).toMatchObject({ message: "Validation.number.letter", params: { letter: "O", example: "euro" } });
    expect(byPath.participantCount).toMatchObject({ message: "Validation.number.letter", params: { letter: "l", example: "count" } });
  });

  it("keeps the range rules: whole counts, non-negative amounts, at most two decimals", () => {
    expect(issuesOf(parse({ participantCount: "12,5", costFunding: "-5", costTotal: "1,234" }))).toEqual({
      participantCount: "Validation.wholeNumber",
      costFunding: "Validation.euroNegative",
      costTotal: "Validation.euroCents",
    });
  });
});

describe("the own share", () => {
  const parse = (values: Partial<ProfileFormValues>) =>
    profileContentSchema.safeParse({ ...emptyFormValues("Titel des Dialogs"), ...values });

  it("is computed as total − funding; what the form sends for it is ignored", () => {
    expect(parse({ costTotal: "4.600", costFunding: "3.000", costOwnShare: "99" }).data?.costOwnShare).toBe(1600);
    expect(parse({ costTotal: "4.600,50", costFunding: "2.999,99" }).data?.costOwnShare).toBe(1600.51);
    expect(parse({ costTotal: "2.000", costFunding: "2.000" }).data?.costOwnShare).toBe(0);
    expect(parse({ costTotal: "2.000", costFunding: "" }).data?.costOwnShare).toBeNull();
    expect(parse({ costTotal: "", costFunding: "2.000" }).data?.costOwnShare).toBeNull();
  });

  it("funding above the total is refused at the funding field, with both amounts", () => {
    const result = parse({ costTotal: "2.600", costFunding: "2.800,50" });
    expect(result.success).toBe(false);
    expect(result.error!.issues).toEqual([
      expect.objectContaining({
        path: ["costFunding"],
        message: "SteckbriefRules.fundingAboveTotal",
        params: { funding: "2.800,50", total: "2.600" },
      }),
    ]);
  });

  it("funding above the programme's limit is said first", () => {
    expect(issuesOf(parse({ costTotal: "4.600", costFunding: "5.000" }))).toEqual({ costFunding: "SteckbriefRules.fundingLimit" });
  });

  it("is kept in the form values as the amounts change", () => {
    const values = { ...emptyFormValues("T"), costTotal: "4.600", costFunding: "3000 €" };
    expect(withDerivedFormValues(values).costOwnShare).toBe("1.600,00");
    expect(withDerivedFormValues({ ...values, costFunding: "3.OOO" }).costOwnShare).toBe("");
    expect(ownShareOf(4600, 5000)).toBeNull();
  });
});

/** A draft is saved as it is (issue 12); the server is still protected by types, lengths and sizes. */
describe("the draft schema", () => {
  const values = (overrides: Partial<ProfileFormValues>) => ({ ...emptyFormValues("Titel des Dialogs"), ...overrides });

  it("keeps valid text next to an unreadable number, and the number as typed", () => {
    const result = parseDraftContent(values({ occasion: "Der Anlass war die neue Unterkunft.", costTotal: "4.6OO", costFunding: "2.000" }));
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.content.occasion).toBe("Der Anlass war die neue Unterkunft.");
    expect(result.content.costTotal).toBeNull();
    expect(result.content.costFunding).toBe(2000);
    expect(result.content.costOwnShare).toBeNull();
    expect(result.invalidInputs).toEqual({ costTotal: "4.6OO" });
  });

  it("keeps what the strict schema refuses: a short title, too-high funding, a bad date, a link without https, an unreachable contact", () => {
    const typed = values({
      title: "A",
      costTotal: "1.000",
      costFunding: "2.000",
      eventDates: ["2016-10-20", "2017-02-30"],
      sourceUrls: "https://example.org/a\nhttp://example.org/b",
      contacts: [
        { function: "Integrationsbeauftragte", office: "", email: "integration@example.org", phone: "", personName: "", nameConsentAt: "" },
        { function: "Sozialamt", office: "", email: "kein-at-zeichen", phone: "", personName: "", nameConsentAt: "" },
      ],
      quoteText: "Ein Zitat ohne Urheber",
    });
    const result = parseDraftContent(typed);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.content.title).toBe("A");
    expect(result.content.costFunding).toBe(2000); // a readable amount is stored; the rule is checked at submission
    expect(result.content.costOwnShare).toBeNull();
    expect(result.content.eventDates).toEqual(["2016-10-20"]);
    expect(result.content.sourceUrls).toEqual(["https://example.org/a"]);
    expect(result.content.contacts.map((contact) => contact.function)).toEqual(["Integrationsbeauftragte"]);
    expect(result.invalidInputs).toEqual({ eventDates: typed.eventDates, sourceUrls: typed.sourceUrls, contacts: typed.contacts });
    expect(profileContentSchema.safeParse(typed).success).toBe(false);
  });

  it("refuses what breaks types, lengths and sizes", () => {
    const refused = (overrides: Record<string, unknown>) => {
      const result = parseDraftContent({ ...emptyFormValues("T"), ...overrides });
      return result.success ? null : Object.keys(result.fieldErrors);
    };
    expect(refused({ occasion: "x".repeat(12_001) })).toEqual(["occasion"]);
    expect(refused({ costTotal: "1".repeat(41) })).toEqual(["costTotal"]);
    expect(refused({ costTotal: { amount: 4600 } })).toEqual(["costTotal"]);
    expect(refused({ moderationType: "IRGENDWAS" })).toEqual(["moderationType"]);
    expect(refused({ topicIds: ["keine-uuid"] })).toEqual(["topicIds.0"]);
    expect(refused({ eventDates: Array.from({ length: 61 }, () => "2016-10-20") })).toEqual(["eventDates"]);
    // a little over the strict limit is kept (and flagged), not refused
    expect(refused({ occasion: "x".repeat(6_100) })).toBeNull();
  });

  it("an unchanged valid Steckbrief needs nothing kept as typed", () => {
    const result = parseDraftContent(sampleFormValues());
    expect(result).toMatchObject({ success: true, invalidInputs: {} });
  });
});

describe("a refused amount", () => {
  it("has its own message only: it is not also compared with the other amount", () => {
    const result = profileContentSchema.safeParse({ ...emptyFormValues("Titel des Dialogs"), costTotal: "-250", costFunding: "1.950" });
    expect(issuesOf(result)).toEqual({ costTotal: "Validation.euroNegative" });
  });
});
