import { TZDate } from "@date-fns/tz";

/**
 * The portal's one clock: the programme runs in Baden-Württemberg, so every date a person types
 * or reads (a publication time, a day in the audit log's filter, a link's expiry in an e-mail) is
 * a wall-clock time in Europe/Berlin, whatever the server's own zone is. The conversions are
 * @date-fns/tz's (time zone data from the platform's Intl), not arithmetic of our own.
 *
 * Across the daylight-saving changes (last Sunday of March and October) a wall-clock time can
 * be missing or happen twice; @date-fns/tz resolves both the way the clocks do: a time in the
 * spring gap (02:30) is read one hour later (03:30 summer time), a time in the autumn repeat
 * (02:30) is read as the second occurrence (standard time).
 */
export const BERLIN_TIME_ZONE = "Europe/Berlin";

export interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour?: number;
  minute?: number;
}

/** The instant of a wall-clock time in Berlin. */
export function fromBerlinWallClock({ year, month, day, hour = 0, minute = 0 }: WallClock): Date {
  return new Date(new TZDate(year, month - 1, day, hour, minute, BERLIN_TIME_ZONE).getTime());
}

/** A real calendar date (no 31 February) with the given numbers. */
function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** "2026-12-01" → its numbers, or null when it is not a real date in that form. */
export function parseIsoDate(value: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  return isCalendarDate(year, month, day) ? { year, month, day } : null;
}

/**
 * The value of an `<input type="datetime-local">` ("2026-12-01T09:00") read as Berlin time;
 * null when it is not such a value or not a real date and time.
 */
export function parseBerlinDateTimeLocal(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (!isCalendarDate(year, month, day) || hour > 23 || minute > 59) return null;
  return fromBerlinWallClock({ year, month, day, hour, minute });
}

/**
 * The instant a calendar day ("2026-10-25") begins in Berlin, `dayOffset` days later: the
 * boundaries of a day filter ("from" = start of the day, "to" = start of the next day). Days
 * have 23 or 25 hours at the changes, so this is not "+ 24 hours".
 */
export function startOfBerlinDay(isoDate: string, dayOffset = 0): Date {
  const date = parseIsoDate(isoDate);
  if (!date) throw new RangeError(`not a date: ${JSON.stringify(isoDate)}`);
  return fromBerlinWallClock({ ...date, day: date.day + dayOffset });
}
