// The S-curve chart's geometry: every number the SVG needs (plot box, polylines, month and percent ticks,
// today's line), in px, mirrored for RTL (time runs from the right). Month ticks follow the page's date
// calendar (Gregorian or Jalali). Pure: today is an argument.
import { diffCalendarDays } from "./dates";
import { axisFor, fromDay, monthOf, toDay, type DateCalendar } from "./gantt-calendar";
import type { CurvePoint, SCurve } from "./s-curve";

export const SCURVE_SERIES = ["baseline", "current", "actual"] as const;
export type SCurveSeries = (typeof SCURVE_SERIES)[number];

export interface SCurveChart {
  width: number;
  height: number;
  /** The plot box; right and bottom are x + width and y + height. */
  plot: { x: number; y: number; width: number; height: number; right: number; bottom: number };
  lines: { series: SCurveSeries; points: string; last: { x: number; y: number } }[];
  /** Month ticks along the time axis: x, the month (1–12) and year in `calendar`, and whether the label shows the year. */
  xTicks: { x: number; calendar: DateCalendar; month: number; year: number; showYear: boolean }[];
  xLabelY: number;
  /** Where the short tick marks under the time axis end. */
  xTickY: number;
  /** Percent gridlines at 0, 25, 50, 75, 100: y, the value, where its label sits and how it is anchored. */
  yTicks: { y: number; value: number }[];
  yLabelX: number;
  yLabelAnchor: "start" | "end";
  /** The axis titles' positions (the y title is rotated about its point). */
  xTitle: { x: number; y: number };
  yTitle: { x: number; y: number; rotate: number };
  todayX: number | null;
}

const WIDTH = 720;
const HEIGHT = 300;
const PAD = { top: 12, bottom: 52, axis: 64, far: 20 };
const r1 = (n: number) => Math.round(n * 10) / 10;

/** Months between ticks so that about eight labels fit. */
function monthStep(months: number): number {
  if (months <= 9) return 1;
  if (months <= 18) return 2;
  if (months <= 36) return 3;
  return 6;
}

/**
 * The first day of every month of the calendar from first to last (ISO, inclusive), with its month and
 * year there (Gregorian ones where Jalali cannot count, as on the Gantt's axis).
 */
export function monthStarts(first: string, last: string, calendar: DateCalendar): { date: string; calendar: DateCalendar; month: number; year: number }[] {
  const [from, to] = [toDay(first), toDay(last)];
  const system = axisFor({ system: calendar, weekStart: 1 }, from, to).system;
  const out: { date: string; calendar: DateCalendar; month: number; year: number }[] = [];
  let m = monthOf(system, from);
  if (m.start < from) m = monthOf(system, m.end);
  while (m.start <= to) {
    out.push({ date: fromDay(m.start), calendar: system, month: m.month, year: m.year });
    m = monthOf(system, m.end);
  }
  return out;
}

/**
 * Lays out the curve's series over the time span of its samples (and today, when inside it); the month
 * ticks in `calendar` (Gregorian when left out).
 */
export function layoutSCurve(curve: SCurve, opts: { today: string; rtl: boolean; calendar?: DateCalendar }): SCurveChart {
  const all: CurvePoint[] = [...(curve.baseline ?? []), ...curve.current, ...curve.actual];
  const first = all.reduce((m, p) => (p.date < m ? p.date : m), all[0].date);
  const last = all.reduce((m, p) => (p.date > m ? p.date : m), all[0].date);
  const span = Math.max(1, diffCalendarDays(first, last));
  const box = { x: opts.rtl ? PAD.far : PAD.axis, y: PAD.top, width: WIDTH - PAD.axis - PAD.far, height: HEIGHT - PAD.top - PAD.bottom };
  const plot = { ...box, right: box.x + box.width, bottom: box.y + box.height };
  const ltrX = (date: string) => (diffCalendarDays(first, date) / span) * plot.width;
  const x = (date: string) => r1(opts.rtl ? plot.x + plot.width - ltrX(date) : plot.x + ltrX(date));
  const y = (percent: number) => r1(plot.y + plot.height - (Math.min(100, Math.max(0, percent)) / 100) * plot.height);

  const line = (series: SCurveSeries, points: readonly CurvePoint[]) => {
    const end = points[points.length - 1];
    return { series, points: points.map((p) => `${x(p.date)},${y(p.percent)}`).join(" "), last: { x: x(end.date), y: y(end.percent) } };
  };
  const lines: SCurveChart["lines"] = [];
  if (curve.baseline && curve.baseline.length) lines.push(line("baseline", curve.baseline));
  if (curve.current.length) lines.push(line("current", curve.current));
  if (curve.actual.length) lines.push(line("actual", curve.actual));

  // Month ticks: the first of each month inside the span, thinned to about eight; the year on the first
  // tick and on the first tick of each new year.
  const months = monthStarts(first, last, opts.calendar ?? "gregorian");
  const step = monthStep(months.length);
  const xTicks = months
    .filter((_m, i) => i % step === 0)
    .map((m, i, shown) => ({ x: x(m.date), calendar: m.calendar, month: m.month, year: m.year, showYear: i === 0 || m.year !== shown[i - 1].year }));

  return {
    width: WIDTH,
    height: HEIGHT,
    plot,
    lines,
    xTicks,
    xLabelY: plot.bottom + 18,
    xTickY: plot.bottom + 5,
    yTicks: [0, 25, 50, 75, 100].map((value) => ({ y: y(value), value })),
    yLabelX: opts.rtl ? plot.right + 6 : plot.x - 6,
    yLabelAnchor: opts.rtl ? "start" : "end",
    xTitle: { x: plot.x + plot.width / 2, y: HEIGHT - 8 },
    yTitle: opts.rtl ? { x: WIDTH - 12, y: plot.y + plot.height / 2, rotate: 90 } : { x: 14, y: plot.y + plot.height / 2, rotate: -90 },
    todayX: opts.today >= first && opts.today <= last ? x(opts.today) : null,
  };
}
