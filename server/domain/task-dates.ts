// Resolves a task's start, duration and finish from what the user entered, over the project calendar.
import { DomainError } from "./errors";
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
 * inclusive) — over the project calendar, holidays included; when both are given they are stored as entered. Throws a field DomainError when the
 * finish precedes the start or neither duration nor finish is given.
 */
export function resolveTaskDates(input: TaskDatesInput, cal: WorkCalendar): TaskDates {
  const finishOf = (start: string, d: number) => cal.dateOf(cal.indexOf(start) + Math.max(1, d) - 1);
  const daysBetween = (start: string, finish: string) => cal.indexAfter(finish) - cal.indexOf(start);
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
