// The S-curve: planned cumulative percent complete over time (duration-weighted, linear over each task's
// working days) from a baseline's or the current schedule's dates, the actual curve from daily progress
// snapshots, and the chart geometry (px) the view draws as SVG. Pure: today and the calendar are arguments.
import { addCalendarDays, diffCalendarDays } from "./dates";
import type { CalendarSpec } from "./schedule-types";
import { WorkCalendar } from "./work-calendar";

/** A leaf task's planned dates (ISO, finish inclusive) and its weight in working days (0: milestone). */
export interface PlannedTask {
  start: string;
  finish: string;
  durationDays: number;
}

export interface CurvePoint {
  date: string;
  /** Cumulative percent complete, 0–100, one decimal. */
  percent: number;
}

export interface ProgressSnapshotData {
  date: string;
  percent: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The planned share of work done before each date (start of day), in percent. Each task weighs its
 * duration and earns its weight evenly over the working days from its start to its finish; when every
 * task weighs 0 (milestones only), each counts 1 and is earned on the day after its finish.
 */
export function plannedPercentAt(tasks: readonly PlannedTask[], dates: readonly string[], cal: WorkCalendar): CurvePoint[] {
  const anyWeight = tasks.some((t) => t.durationDays > 0);
  const spans = tasks.map((t) => {
    const from = cal.indexOf(t.start);
    const days = Math.max(1, cal.indexAfter(t.finish) - from);
    return { from, days, weight: anyWeight ? Math.max(0, t.durationDays) : 1, milestone: !anyWeight, after: cal.indexAfter(t.finish) };
  });
  const total = spans.reduce((s, t) => s + t.weight, 0);
  return dates.map((date) => {
    if (total === 0) return { date, percent: 0 };
    const k = cal.indexOf(date);
    let earned = 0;
    for (const s of spans) {
      if (s.weight === 0) continue;
      const share = s.milestone ? (k >= s.after ? 1 : 0) : Math.min(1, Math.max(0, (k - s.from) / s.days));
      earned += s.weight * share;
    }
    return { date, percent: round1((earned / total) * 100) };
  });
}

/**
 * The dates a curve is sampled on: every `step` calendar days from `first`, ending with the first sample
 * on or after `last`. The step is a whole number of weeks, chosen so there are at most about 60 samples.
 */
export function sampleDates(first: string, last: string): string[] {
  const span = Math.max(0, diffCalendarDays(first, last));
  const step = 7 * Math.max(1, Math.ceil(span / 7 / 60));
  const out: string[] = [];
  let d = first;
  for (;;) {
    out.push(d);
    if (d >= last) break;
    d = addCalendarDays(d, step);
  }
  return out;
}

/** The earliest start and the day after the latest finish of the tasks (where a planned curve reaches 100 %). */
export function curveSpan(tasks: readonly PlannedTask[]): { first: string; last: string } | null {
  if (tasks.length === 0) return null;
  let first = tasks[0].start;
  let last = tasks[0].finish;
  for (const t of tasks) {
    if (t.start < first) first = t.start;
    if (t.finish > last) last = t.finish;
  }
  return { first, last: addCalendarDays(last, 1) };
}

/**
 * The actual curve: the stored daily snapshots in date order up to yesterday, then today's value (which
 * replaces a snapshot of today, as progress may have changed since it was taken). Later snapshots are ignored.
 */
export function actualCurve(snapshots: readonly ProgressSnapshotData[], today: string, todayPercent: number): CurvePoint[] {
  const past = snapshots.filter((s) => s.date < today).sort((a, b) => a.date.localeCompare(b.date));
  return [...past.map((s) => ({ date: s.date, percent: round1(s.percent) })), { date: today, percent: round1(todayPercent) }];
}

export interface SCurveInput {
  today: string;
  calendar: CalendarSpec;
  projectStart: string;
  /** The compared baseline's leaf-task dates, or null when no baseline is compared. */
  baseline: readonly PlannedTask[] | null;
  /** The current schedule's leaf tasks. */
  current: readonly PlannedTask[];
  snapshots: readonly ProgressSnapshotData[];
  /** The project's percent complete now (duration-weighted progress of its leaf tasks). */
  todayPercent: number;
}

export interface SCurve {
  /** The baseline's planned curve (null without a baseline). */
  baseline: CurvePoint[] | null;
  /** The current schedule's planned curve. */
  current: CurvePoint[];
  actual: CurvePoint[];
  /** What the baseline (or, without one, the current schedule) planned for today, in percent. */
  plannedToday: number;
}

/** The planned curves sampled over the union of both schedules' spans (and today), and the actual curve. */
export function sCurve(input: SCurveInput): SCurve | null {
  const spans = [curveSpan(input.current), input.baseline ? curveSpan(input.baseline) : null].filter((s) => s !== null);
  if (spans.length === 0) return null;
  const first = spans.reduce((m, s) => (s.first < m ? s.first : m), spans[0].first);
  const last = spans.reduce((m, s) => (s.last > m ? s.last : m), spans[0].last);
  const cal = new WorkCalendar(input.calendar, input.projectStart);
  const dates = sampleDates(first, last);
  const reference = input.baseline ?? input.current;
  return {
    baseline: input.baseline ? plannedPercentAt(input.baseline, dates, cal) : null,
    current: plannedPercentAt(input.current, dates, cal),
    actual: actualCurve(input.snapshots, input.today, input.todayPercent).filter((p) => p.date >= first),
    plannedToday: plannedPercentAt(reference, [input.today], cal)[0].percent,
  };
}
