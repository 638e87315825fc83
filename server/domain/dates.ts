// ISO calendar-date helpers (YYYY-MM-DD strings); no clock is read here.
import dayjs from "dayjs";
import utc from "dayjs/plugin/utc";

dayjs.extend(utc);

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when s is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const d = dayjs.utc(s);
  return d.isValid() && d.format("YYYY-MM-DD") === s;
}

/** Adds calendar days to an ISO date. */
export function addCalendarDays(iso: string, days: number): string {
  return dayjs.utc(iso).add(days, "day").format("YYYY-MM-DD");
}

/** Whole calendar days from a to b (b − a). */
export function diffCalendarDays(a: string, b: string): number {
  return dayjs.utc(b).diff(dayjs.utc(a), "day");
}

/** ISO weekday 1 = Monday … 7 = Sunday. */
export function isoWeekday(iso: string): number {
  const d = dayjs.utc(iso).day();
  return d === 0 ? 7 : d;
}

/** Monday of the ISO week containing the date. */
export function startOfIsoWeek(iso: string): string {
  return addCalendarDays(iso, 1 - isoWeekday(iso));
}
