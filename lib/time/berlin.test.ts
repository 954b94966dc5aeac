import { describe, expect, it } from "vitest";
import { fromBerlinWallClock, parseBerlinDateTimeLocal, parseIsoDate, startOfBerlinDay } from "./berlin";

// 2026: summer time begins Sunday 29 March at 02:00 (→ 03:00) and ends Sunday 25 October at
// 03:00 (→ 02:00). The expectations are UTC instants, so they hold in any server zone.
const iso = (date: Date | null) => date?.toISOString() ?? null;

describe("fromBerlinWallClock", () => {
  it("reads winter time as UTC+1 and summer time as UTC+2", () => {
    expect(iso(fromBerlinWallClock({ year: 2026, month: 1, day: 15, hour: 9 }))).toBe("2026-01-15T08:00:00.000Z");
    expect(iso(fromBerlinWallClock({ year: 2026, month: 7, day: 15, hour: 9 }))).toBe("2026-07-15T07:00:00.000Z");
  });

  it("around the change to summer time (last Sunday of March)", () => {
    expect(iso(fromBerlinWallClock({ year: 2026, month: 3, day: 29, hour: 1, minute: 59 }))).toBe("2026-03-29T00:59:00.000Z");
    expect(iso(fromBerlinWallClock({ year: 2026, month: 3, day: 29, hour: 3 }))).toBe("2026-03-29T01:00:00.000Z");
    // 02:30 does not exist that night: it is read as 03:30 summer time, like the clocks jump.
    expect(iso(fromBerlinWallClock({ year: 2026, month: 3, day: 29, hour: 2, minute: 30 }))).toBe("2026-03-29T01:30:00.000Z");
  });

  it("around the change to winter time (last Sunday of October)", () => {
    expect(iso(fromBerlinWallClock({ year: 2026, month: 10, day: 25, hour: 1, minute: 30 }))).toBe("2026-10-24T23:30:00.000Z");
    expect(iso(fromBerlinWallClock({ year: 2026, month: 10, day: 25, hour: 3, minute: 30 }))).toBe("2026-10-25T02:30:00.000Z");
    // 02:30 happens twice that night: the second time (winter time) is taken.
    expect(iso(fromBerlinWallClock({ year: 2026, month: 10, day: 25, hour: 2, minute: 30 }))).toBe("2026-10-25T01:30:00.000Z");
  });
});

describe("parseBerlinDateTimeLocal", () => {
  it("reads the value of a datetime-local input as Berlin time", () => {
    expect(iso(parseBerlinDateTimeLocal("2026-12-01T09:00"))).toBe("2026-12-01T08:00:00.000Z");
    expect(iso(parseBerlinDateTimeLocal("2026-06-01T09:00"))).toBe("2026-06-01T07:00:00.000Z");
    expect(iso(parseBerlinDateTimeLocal("2027-03-28T03:15"))).toBe("2027-03-28T01:15:00.000Z");
    expect(iso(parseBerlinDateTimeLocal("2027-10-31T01:15"))).toBe("2027-10-30T23:15:00.000Z");
  });

  it("refuses what is not a real date and time", () => {
    for (const value of ["", "2026-12-01", "2026-12-01 09:00", "2026-02-30T09:00", "2026-12-01T24:00", "2026-12-01T09:60", "x"]) {
      expect(parseBerlinDateTimeLocal(value)).toBeNull();
    }
  });
});

describe("startOfBerlinDay", () => {
  it("starts days at Berlin midnight, summer and winter", () => {
    expect(iso(startOfBerlinDay("2026-01-10"))).toBe("2026-01-09T23:00:00.000Z");
    expect(iso(startOfBerlinDay("2026-07-10"))).toBe("2026-07-09T22:00:00.000Z");
  });

  it("gives the change days their 23 and 25 hours", () => {
    const hours = (day: string) => (startOfBerlinDay(day, 1).getTime() - startOfBerlinDay(day).getTime()) / 3_600_000;
    expect(iso(startOfBerlinDay("2026-03-29"))).toBe("2026-03-28T23:00:00.000Z");
    expect(iso(startOfBerlinDay("2026-03-29", 1))).toBe("2026-03-29T22:00:00.000Z");
    expect(hours("2026-03-29")).toBe(23);
    expect(iso(startOfBerlinDay("2026-10-25"))).toBe("2026-10-24T22:00:00.000Z");
    expect(iso(startOfBerlinDay("2026-10-25", 1))).toBe("2026-10-25T23:00:00.000Z");
    expect(hours("2026-10-25")).toBe(25);
    expect(hours("2026-10-26")).toBe(24);
  });

  it("rolls over months and years", () => {
    expect(iso(startOfBerlinDay("2026-12-31", 1))).toBe("2026-12-31T23:00:00.000Z");
  });

  it("refuses what is not a date", () => {
    expect(() => startOfBerlinDay("2026-02-30")).toThrow(RangeError);
  });
});

describe("parseIsoDate", () => {
  it("accepts real dates only", () => {
    expect(parseIsoDate("2028-02-29")).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseIsoDate("2026-02-29")).toBeNull();
    expect(parseIsoDate("26-02-01")).toBeNull();
  });
});
