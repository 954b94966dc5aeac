import { describe, expect, it } from "vitest";
import { profileContentSchema } from "./content-schema";
import { emptyFormValues } from "./form-values";

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
