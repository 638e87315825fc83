// Working-week calendar at day level: which weekdays work, and counting/adding working days.
import { addCalendarDays, isoWeekday } from "./dates";

/** A working week: the ISO weekdays (1 = Monday … 7 = Sunday) that are working days. */
export type WorkingWeek = readonly number[];

export const DEFAULT_WORKING_WEEK: WorkingWeek = [1, 2, 3, 4, 5];

/** Parses "1,2,3,4,5" into a sorted, de-duplicated working week; invalid parts are dropped. */
export function parseWorkingWeek(s: string): WorkingWeek {
  const days = new Set<number>();
  for (const part of s.split(",")) {
    const n = Number(part.trim());
    if (Number.isInteger(n) && n >= 1 && n <= 7) days.add(n);
  }
  return [...days].sort((a, b) => a - b);
}

export function formatWorkingWeek(week: WorkingWeek): string {
  return [...week].sort((a, b) => a - b).join(",");
}

export function isWorkingDay(iso: string, week: WorkingWeek): boolean {
  return week.includes(isoWeekday(iso));
}

/** The date itself if it is a working day, else the next working day. */
export function nextWorkingDay(iso: string, week: WorkingWeek): string {
  if (week.length === 0) return iso;
  let d = iso;
  while (!isWorkingDay(d, week)) d = addCalendarDays(d, 1);
  return d;
}

/**
 * Finish date (inclusive) of a task of `durationDays` working days starting on `start`.
 * A start on a non-working day moves to the next working day; a 0-day milestone finishes on its start.
 */
export function finishFor(start: string, durationDays: number, week: WorkingWeek): string {
  if (week.length === 0) return start;
  let d = nextWorkingDay(start, week);
  if (durationDays <= 1) return d;
  const perWeek = week.length;
  let remaining = durationDays - 1;
  // Jump whole weeks first so long durations stay cheap.
  const weeks = Math.floor(remaining / perWeek);
  d = addCalendarDays(d, weeks * 7);
  remaining -= weeks * perWeek;
  while (remaining > 0) {
    d = addCalendarDays(d, 1);
    if (isWorkingDay(d, week)) remaining--;
  }
  return d;
}

/** Working days from start to finish, both inclusive (0 when finish is before start). */
export function workingDaysBetween(start: string, finish: string, week: WorkingWeek): number {
  if (finish < start || week.length === 0) return 0;
  let count = 0;
  let d = start;
  // Count whole weeks arithmetically, then the remainder day by day.
  const total = Math.round((Date.parse(finish) - Date.parse(start)) / 86_400_000) + 1;
  const weeks = Math.floor(total / 7);
  count += weeks * week.length;
  d = addCalendarDays(start, weeks * 7);
  while (d <= finish) {
    if (isWorkingDay(d, week)) count++;
    d = addCalendarDays(d, 1);
  }
  return count;
}

/** ISO weekdays in the order a week is shown: from Saturday in Persian, from Monday otherwise. */
export function weekdayOrder(locale: string): number[] {
  return locale === "fa" ? [6, 7, 1, 2, 3, 4, 5] : [1, 2, 3, 4, 5, 6, 7];
}

/** The usual working week: Saturday–Wednesday in Iran (Thursday optional, Friday off), Monday–Friday otherwise. */
export function defaultWorkingWeek(locale: string): number[] {
  return locale === "fa" ? [1, 2, 3, 6, 7] : [1, 2, 3, 4, 5];
}
