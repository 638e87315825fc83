// The Gantt's time scale: zoom levels, the visible date range, the two-tier axis and non-working bands,
// in whole "epoch days" (days since 1970-01-01 UTC) so the per-row arithmetic stays integer and cheap.

export const GANTT_ZOOMS = ["day", "week", "month", "quarter"] as const;
export type GanttZoom = (typeof GANTT_ZOOMS)[number];

/** Pixels per calendar day at each zoom: a day column, a 56 px week, a ~91 px month, a ~91 px quarter. */
export const PX_PER_DAY: Record<GanttZoom, number> = { day: 24, week: 8, month: 3, quarter: 1 };

/** Wider than this, a zoom gives way to the next coarser one (a stray far-off date must not build a huge SVG). */
export const MAX_CHART_WIDTH = 100_000;

/** How a tick's label is written; the words come from the i18n catalogue at render time. */
export type TickFormat = "monthYear" | "month" | "monthShort" | "year" | "day" | "quarter" | "none";
export type TickUnit = "day" | "week" | "month" | "quarter" | "year";

/** One cell of an axis tier: x and width in px (already mirrored in RTL), the date parts for its label. */
export interface GanttTick {
  unit: TickUnit;
  x: number;
  width: number;
  /** Where the label starts (the cell's start side, inset), and whether/how it fits. */
  labelX: number;
  format: TickFormat;
  year: number;
  month: number;
  day: number;
  quarter: number;
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

function parts(day: number): { year: number; month: number; date: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate() };
}

const monthStart = (year: number, month: number) => Date.UTC(year, month - 1, 1) / MS_PER_DAY;

/** The first day of the unit containing `day`. */
export function unitStart(unit: TickUnit, day: number): number {
  if (unit === "day") return day;
  if (unit === "week") return day - (weekdayOf(day) - 1);
  const { year, month } = parts(day);
  if (unit === "month") return monthStart(year, month);
  if (unit === "quarter") return monthStart(year, month - ((month - 1) % 3));
  return monthStart(year, 1);
}

/** The first day of the unit after the one starting at `start`. */
export function nextUnit(unit: TickUnit, start: number): number {
  if (unit === "day") return start + 1;
  if (unit === "week") return start + 7;
  const { year, month } = parts(start);
  const step = unit === "month" ? 1 : unit === "quarter" ? 3 : 12;
  return monthStart(year, month + step);
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
  pxPerDay: number;
  /** First visible epoch day and the day after the last one. */
  first: number;
  end: number;
  width: number;
}

/**
 * The visible range: the dates' span plus padding, snapped outward to whole units of the zoom. A zoom
 * that would exceed MAX_CHART_WIDTH falls back to the next coarser one (reported in `zoom`).
 */
export function timeRange(minDay: number, maxDay: number, zoom: GanttZoom): TimeRange {
  let z = zoom;
  for (;;) {
    const ppd = PX_PER_DAY[z];
    const snap = TIERS[z].snap;
    const first = unitStart(snap, minDay - Math.ceil(PAD_BEFORE_PX / ppd));
    const end = nextUnit(snap, unitStart(snap, maxDay + Math.ceil(PAD_AFTER_PX / ppd)));
    const width = (end - first) * ppd;
    const coarser = GANTT_ZOOMS[GANTT_ZOOMS.indexOf(z) + 1];
    if (width <= MAX_CHART_WIDTH || !coarser) return { zoom: z, pxPerDay: ppd, first, end, width };
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

/** The cells of one axis tier, clipped to the range; x is mirrored when rtl. */
export function axisTicks(unit: TickUnit, tier: "top" | "bottom", range: TimeRange, rtl: boolean): GanttTick[] {
  const out: GanttTick[] = [];
  const ppd = range.pxPerDay;
  for (let start = unitStart(unit, range.first); start < range.end; start = nextUnit(unit, start)) {
    const from = Math.max(start, range.first);
    const to = Math.min(nextUnit(unit, start), range.end);
    const ltrX = (from - range.first) * ppd;
    const width = (to - from) * ppd;
    const format = FORMATS[unit][tier].find(([, min]) => width >= min)?.[0] ?? "none";
    const p = parts(start);
    out.push({
      unit,
      x: rtl ? range.width - ltrX - width : ltrX,
      width,
      labelX: rtl ? range.width - ltrX - 4 : ltrX + 4,
      format,
      year: p.year,
      month: p.month,
      day: p.date,
      quarter: Math.floor((p.month - 1) / 3) + 1,
    });
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
