// The Gantt's time scale: zoom levels, the visible date range, the two-tier axis and non-working bands,
// in whole "epoch days" (days since 1970-01-01 UTC) so the per-row arithmetic stays integer and cheap.
// The axis counts in the Gregorian or the Jalali calendar (gantt-calendar.ts); bars do not depend on it.
import { axisFor, GREGORIAN_AXIS, monthOf, monthStart, toDay, weekdayOf, type AxisCalendar, type DateCalendar, type MonthSpan } from "./gantt-calendar";

export { fromDay, toDay, weekdayOf, GREGORIAN_AXIS, axisCalendar, type AxisCalendar, type DateCalendar } from "./gantt-calendar";

export const GANTT_ZOOMS = ["day", "week", "month", "quarter"] as const;
export type GanttZoom = (typeof GANTT_ZOOMS)[number];

/** Pixels per calendar day at each zoom: a day column, a 56 px week, a ~91 px month, a ~91 px quarter. */
export const PX_PER_DAY: Record<GanttZoom, number> = { day: 24, week: 8, month: 3, quarter: 1 };

/** Wider than this, a zoom gives way to the next coarser one (a stray far-off date must not build a huge SVG). */
export const MAX_CHART_WIDTH = 100_000;

/** How a tick's label is written; the words come at render time (server/view-helpers/gantt.ts), in the tick's calendar. */
export type TickFormat = "monthYear" | "month" | "monthShort" | "year" | "day" | "quarter" | "none";
export type TickUnit = "day" | "week" | "month" | "quarter" | "year";

/** One cell of an axis tier: x and width in px (already mirrored in RTL), the date parts for its label. */
export interface GanttTick {
  unit: TickUnit;
  /** The calendar the date parts below are in. */
  calendar: DateCalendar;
  x: number;
  width: number;
  /** Where the label starts (the cell's start side, inset), and whether/how it fits. */
  labelX: number;
  format: TickFormat;
  /** The cell's first day in `calendar`: year, month (1–12), day of month; quarter 1–4 (a Jalali quarter is a season). */
  year: number;
  month: number;
  day: number;
  quarter: number;
}

/** The first day of the unit containing `day`: weeks from axis.weekStart, months and up in axis.system. */
export function unitStart(unit: TickUnit, day: number, axis: AxisCalendar = GREGORIAN_AXIS): number {
  if (unit === "day") return day;
  if (unit === "week") return day - ((weekdayOf(day) - axis.weekStart + 7) % 7);
  const m = monthOf(axis.system, day);
  if (unit === "month") return m.start;
  if (unit === "quarter") return monthStart(axis.system, m.year, m.month - ((m.month - 1) % 3));
  return monthStart(axis.system, m.year, 1);
}

/** The first day of the unit after the one starting at `start`. */
export function nextUnit(unit: TickUnit, start: number, axis: AxisCalendar = GREGORIAN_AXIS): number {
  if (unit === "day") return start + 1;
  if (unit === "week") return start + 7;
  const m = monthOf(axis.system, start);
  if (unit === "month") return m.end;
  return monthStart(axis.system, m.year, m.month + (unit === "quarter" ? 3 : 12));
}

/** The axis tiers and the unit the vertical grid lines follow, per zoom. */
export const TIERS: Record<GanttZoom, { top: TickUnit; bottom: TickUnit; grid: TickUnit; snap: TickUnit }> = {
  day: { top: "month", bottom: "day", grid: "week", snap: "week" },
  week: { top: "month", bottom: "week", grid: "week", snap: "week" },
  month: { top: "year", bottom: "month", grid: "month", snap: "month" },
  quarter: { top: "year", bottom: "quarter", grid: "quarter", snap: "quarter" },
};

/** Room after the last bar for its label, in px; a little before the first bar. */
const PAD_AFTER_PX = 140;
const PAD_BEFORE_PX = 16;

export interface TimeRange {
  zoom: GanttZoom;
  /** The calendar the axis counts in (Gregorian when Jalali cannot cover the dates). */
  axis: AxisCalendar;
  pxPerDay: number;
  /** First visible epoch day and the day after the last one. */
  first: number;
  end: number;
  width: number;
}

/**
 * The visible range: the dates' span plus padding, snapped outward to whole units of the zoom in the
 * axis's calendar. A zoom that would exceed MAX_CHART_WIDTH falls back to the next coarser one (reported in `zoom`).
 */
export function timeRange(minDay: number, maxDay: number, zoom: GanttZoom, asked: AxisCalendar = GREGORIAN_AXIS): TimeRange {
  const axis = axisFor(asked, minDay, maxDay);
  let z = zoom;
  for (;;) {
    const ppd = PX_PER_DAY[z];
    const snap = TIERS[z].snap;
    const first = unitStart(snap, minDay - Math.ceil(PAD_BEFORE_PX / ppd), axis);
    const end = nextUnit(snap, unitStart(snap, maxDay + Math.ceil(PAD_AFTER_PX / ppd), axis), axis);
    const width = (end - first) * ppd;
    const coarser = GANTT_ZOOMS[GANTT_ZOOMS.indexOf(z) + 1];
    if (width <= MAX_CHART_WIDTH || !coarser) return { zoom: z, axis, pxPerDay: ppd, first, end, width };
    z = coarser;
  }
}

/** Minimum cell widths (px) for each way of writing a label, widest first. */
const FORMATS: Record<TickUnit, { top: [TickFormat, number][]; bottom: [TickFormat, number][] }> = {
  day: { top: [], bottom: [["day", 14]] },
  week: { top: [], bottom: [["day", 14]] },
  month: { top: [["monthYear", 96], ["monthShort", 32]], bottom: [["month", 72], ["monthShort", 28]] },
  quarter: { top: [], bottom: [["quarter", 22]] },
  year: { top: [["year", 36]], bottom: [["year", 36]] },
};

/**
 * The cells of one axis tier, clipped to the range; x is mirrored when rtl. Linear in the cells: the
 * calendar is asked once per month it crosses, so a day tier of thousands of days stays cheap.
 */
export function axisTicks(unit: TickUnit, tier: "top" | "bottom", range: TimeRange, rtl: boolean): GanttTick[] {
  const out: GanttTick[] = [];
  const { axis, pxPerDay: ppd } = range;
  let month: MonthSpan | null = null;
  for (let start = unitStart(unit, range.first, axis); start < range.end; ) {
    const next = nextUnit(unit, start, axis);
    const from = Math.max(start, range.first);
    const to = Math.min(next, range.end);
    const ltrX = (from - range.first) * ppd;
    const width = (to - from) * ppd;
    const format = FORMATS[unit][tier].find(([, min]) => width >= min)?.[0] ?? "none";
    if (!month || start < month.start || start >= month.end) month = monthOf(axis.system, start);
    out.push({
      unit,
      calendar: axis.system,
      x: rtl ? range.width - ltrX - width : ltrX,
      width,
      labelX: rtl ? range.width - ltrX - 4 : ltrX + 4,
      format,
      year: month.year,
      month: month.month,
      day: start - month.start + 1,
      quarter: Math.floor((month.month - 1) / 3) + 1,
    });
    start = next;
  }
  return out;
}

export interface Band {
  x: number;
  width: number;
}

export interface CalendarInput {
  /** ISO weekdays that work (1 = Monday … 7 = Sunday). */
  workingWeek: readonly number[];
  /** Dated exceptions: holidays (working = false) and extra working days (working = true). */
  exceptions: readonly { date: string; working: boolean }[];
}

/**
 * Shaded non-working days, consecutive days merged into one band. At day and week zoom every
 * non-working day counts; at month and quarter zoom only holidays do, so the chart stays light.
 * Linear in the days of the range (fine zooms) or in the exceptions (coarse zooms).
 */
export function nonWorkingBands(range: TimeRange, calendar: CalendarInput, rtl: boolean): Band[] {
  const exception = new Map<number, boolean>();
  for (const e of calendar.exceptions) exception.set(toDay(e.date), e.working);
  const off: number[] = [];
  if (range.zoom === "day" || range.zoom === "week") {
    const working = new Set(calendar.workingWeek);
    for (let d = range.first; d < range.end; d++) {
      const ex = exception.get(d);
      if (ex === undefined ? !working.has(weekdayOf(d)) : !ex) off.push(d);
    }
  } else {
    for (const [d, working] of exception) if (!working && d >= range.first && d < range.end) off.push(d);
    off.sort((a, b) => a - b);
  }
  const bands: Band[] = [];
  let i = 0;
  while (i < off.length) {
    let j = i;
    while (j + 1 < off.length && off[j + 1] === off[j] + 1) j++;
    const ltrX = (off[i] - range.first) * range.pxPerDay;
    const width = (off[j] - off[i] + 1) * range.pxPerDay;
    bands.push({ x: rtl ? range.width - ltrX - width : ltrX, width });
    i = j + 1;
  }
  return bands;
}
