// Baseline variance: how many working days a task's dates slipped against a saved baseline.
import { WorkCalendar } from "./work-calendar";
import type { CalendarSpec } from "./schedule-types";

export interface Variance {
  /** Working days the start moved (positive = later than the baseline). */
  startSlip: number;
  /** Working days the finish moved (positive = later than the baseline). */
  finishSlip: number;
}

/** Builds a variance function over the project's calendar (working days, exceptions included). */
export function varianceCalculator(calendar: CalendarSpec, projectStart: string) {
  const cal = new WorkCalendar(calendar, projectStart);
  return (current: { start: string; finish: string }, baseline: { start: string; finish: string }): Variance => ({
    startSlip: cal.indexOf(current.start) - cal.indexOf(baseline.start),
    finishSlip: cal.indexOf(current.finish) - cal.indexOf(baseline.finish),
  });
}
