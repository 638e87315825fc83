// The Gantt axis's calendar arithmetic in epoch days (days since 1970-01-01 UTC): months, quarters and
// years of the Gregorian or the Jalali (Solar Hijri) calendar, and weeks from a chosen first weekday.
// Jalali quarters are its seasons (months 1, 4, 7, 10); Jalali is display only, dates stay ISO.
import { fromJalali, jalaliMonthLength, toJalali } from "./jalali";

export type DateCalendar = "gregorian" | "jalali";

/** How the axis counts time: the calendar of its months and years, and the ISO weekday (1 = Monday … 7 = Sunday) weeks start on. */
export interface AxisCalendar {
  system: DateCalendar;
  weekStart: number;
}

export const GREGORIAN_AXIS: AxisCalendar = { system: "gregorian", weekStart: 1 };

/** Weeks start on Saturday in Persian (as the Iranian week does), on Monday (ISO) in English. */
export function axisCalendar(system: DateCalendar, locale: string): AxisCalendar {
  return { system, weekStart: locale === "fa" ? 6 : 1 };
}

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for an ISO date (no validation: callers pass stored ISO dates). */
export function toDay(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY;
}

export function fromDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of an epoch day; day 0 was a Thursday. */
export function weekdayOf(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** A calendar month: its year and number (1–12) in the calendar, and its days [start, end) as epoch days. */
export interface MonthSpan {
  year: number;
  month: number;
  start: number;
  end: number;
}

/** The month of `system` that contains `day`. */
export function monthOf(system: DateCalendar, day: number): MonthSpan {
  if (system === "jalali") {
    const j = toJalali(fromDay(day))!;
    const start = day - (j.jd - 1);
    return { year: j.jy, month: j.jm, start, end: start + jalaliMonthLength(j.jy, j.jm) };
  }
  const d = new Date(day * MS_PER_DAY);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + 1;
  return { year, month, start: Date.UTC(year, month - 1, 1) / MS_PER_DAY, end: Date.UTC(year, month, 1) / MS_PER_DAY };
}

/** The first day of `month` of `year` in `system`; a month past 12 or below 1 runs into the next or previous years. */
export function monthStart(system: DateCalendar, year: number, month: number): number {
  if (system === "gregorian") return Date.UTC(year, month - 1, 1) / MS_PER_DAY;
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return toDay(fromJalali(y, m, 1)!);
}

/** The days the Jalali arithmetic covers (jalaali-js: 1 to 3177 SH, about AD 622 to 3798), a year in from each end. */
const JALALI_FIRST_DAY = toDay(fromJalali(2, 1, 1)!);
const JALALI_END_DAY = toDay(fromJalali(3176, 1, 1)!);
/** Room for the range's padding and its snapping outward to whole years. */
const MARGIN_DAYS = 400;

/** The axis for dates from minDay to maxDay: the one asked for, or Gregorian where Jalali cannot count (a stray year 9999). */
export function axisFor(axis: AxisCalendar, minDay: number, maxDay: number): AxisCalendar {
  const outside = minDay - MARGIN_DAYS < JALALI_FIRST_DAY || maxDay + MARGIN_DAYS > JALALI_END_DAY;
  return axis.system === "jalali" && outside ? { ...axis, system: "gregorian" } : axis;
}
