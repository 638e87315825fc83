// Resolves a task's start, duration and finish from what the user entered, over the working week.
import { DomainError } from "./errors";
import { finishFor, workingDaysBetween, type WorkingWeek } from "./calendar";
import type { WorkCalendar } from "./work-calendar";

export interface TaskDatesInput {
  startDate: string;
  /** Working days; undefined when left empty. */
  durationDays: number | undefined;
  /** Inclusive finish; null when left empty. */
  finishDate: string | null;
  milestone: boolean;
}

export interface TaskDates {
  startDate: string;
  durationDays: number;
  finishDate: string;
  milestone: boolean;
}

/**
 * A milestone is 0 days and finishes on its start; a 0-day task is a milestone. Otherwise a missing
 * finish is derived from start + duration, a missing duration from start..finish (working days,
 * inclusive) — over the working week, or the full calendar with its exceptions; when both are given they are stored as entered. Throws a field DomainError when the
 * finish precedes the start or neither duration nor finish is given.
 */
export function resolveTaskDates(input: TaskDatesInput, week: WorkingWeek | WorkCalendar): TaskDates {
  const finishOf = (start: string, d: number) =>
    Array.isArray(week) ? finishFor(start, d, week) : (week as WorkCalendar).dateOf((week as WorkCalendar).indexOf(start) + Math.max(1, d) - 1);
  const daysBetween = (start: string, finish: string) =>
    Array.isArray(week) ? workingDaysBetween(start, finish, week) : (week as WorkCalendar).indexAfter(finish) - (week as WorkCalendar).indexOf(start);
  const { startDate } = input;
  if (input.milestone || input.durationDays === 0) {
    return { startDate, durationDays: 0, finishDate: startDate, milestone: true };
  }
  if (input.finishDate !== null && input.finishDate < startDate) {
    throw new DomainError("errors.finishBeforeStart", {}, "finishDate");
  }
  if (input.durationDays !== undefined) {
    const finishDate = input.finishDate ?? finishOf(startDate, input.durationDays);
    return { startDate, durationDays: input.durationDays, finishDate, milestone: false };
  }
  if (input.finishDate !== null) {
    const days = Math.max(1, daysBetween(startDate, input.finishDate));
    return { startDate, durationDays: days, finishDate: input.finishDate, milestone: false };
  }
  throw new DomainError("tasks.errors.durationOrFinish", {}, "durationDays");
}
