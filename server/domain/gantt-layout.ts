// Gantt geometry: from WBS rows, links, phases and a calendar to plain numbers (px) an SVG is drawn from.
// Linear in rows + links; the time axis and shading are linear in the visible days. No clock, no I/O.
import type { LinkType } from "./types";
import { routeLink, type LinkEnd, type Point } from "./gantt-links";
import { axisTicks, fromDay, nonWorkingBands, timeRange, toDay, TIERS, type AxisCalendar, type Band, type CalendarInput, type GanttTick, type GanttZoom, type TimeRange } from "./gantt-time";

import { barFor, r1, HEADER_HEIGHT, ROW_HEIGHT, STRIP_HEIGHT } from "./gantt-bars";

export { GANTT_ZOOMS, PX_PER_DAY, axisCalendar, type AxisCalendar, type DateCalendar, type GanttZoom, type GanttTick, type Band, type CalendarInput } from "./gantt-time";
export { HEADER_HEIGHT, ROW_HEIGHT, STRIP_HEIGHT } from "./gantt-bars";

export interface GanttRowInput {
  id: number;
  wbs: string;
  name: string;
  depth: number;
  isSummary: boolean;
  milestone: boolean;
  /** Scheduled start and inclusive finish, ISO. */
  start: string;
  finish: string;
  progress: number;
  critical: boolean;
  constraintViolated: boolean;
  /** The date of a finish constraint (FNLT / MFO), else null: finishing after it is late. */
  deadline: string | null;
  phaseId: number;
  /** The compared baseline's dates for this task, or null. */
  baselineStart: string | null;
  baselineFinish: string | null;
  assignee: string | null;
}

export interface GanttLinkInput {
  predecessorId: number;
  successorId: number;
  type: LinkType;
}

export interface GanttInput<R extends GanttRowInput = GanttRowInput> {
  /** In WBS order (buildWbs): a summary's descendants follow it with a greater depth. */
  rows: readonly R[];
  links: readonly GanttLinkInput[];
  /** In display order; a phase with no rows gets no band. */
  phases: readonly { id: number; label: string }[];
  calendar: CalendarInput;
  today: string;
  zoom: GanttZoom;
  showCritical: boolean;
  /** Ids of collapsed summaries: their descendants are not drawn. */
  collapsed: ReadonlySet<number>;
  /** Time runs right to left: every x is mirrored as width − x − w. */
  rtl: boolean;
  /** The axis's calendar and first weekday (axisCalendar); Gregorian weeks from Monday when left out. */
  axis?: AxisCalendar;
}

export type BarKind = "task" | "summary" | "milestone";

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface GanttBar<R extends GanttRowInput = GanttRowInput> extends Rect {
  row: R;
  kind: BarKind;
  /** The row's top edge; rows follow each other every ROW_HEIGHT from HEADER_HEIGHT. */
  rowY: number;
  progressX: number;
  progressWidth: number;
  /** Summary bracket or milestone diamond outline; "" for a task bar (drawn as a rect). */
  d: string;
  critical: boolean;
  late: boolean;
  collapsed: boolean;
  baseline: Rect | null;
  labelX: number;
  labelY: number;
  /** Text beside the bar: the assignee of a task, the name of a milestone, nothing for a summary. */
  label: string;
}

export interface GanttArrow {
  predecessorId: number;
  successorId: number;
  type: LinkType;
  critical: boolean;
  from: Point;
  to: Point;
  d: string;
  head: string;
}

export interface GanttPhaseBand {
  id: number;
  label: string;
  x: number;
  width: number;
  labelX: number;
  showLabel: boolean;
}

export interface GanttLayout<R extends GanttRowInput = GanttRowInput> {
  /** The zoom drawn (a coarser one than asked when the range would be too wide). */
  zoom: GanttZoom;
  rtl: boolean;
  /** The calendar the axis was drawn in (Gregorian when Jalali cannot cover the dates) and its first weekday. */
  axis: AxisCalendar;
  pxPerDay: number;
  rowHeight: number;
  headerHeight: number;
  stripHeight: number;
  width: number;
  /** Header plus rows. */
  height: number;
  bodyHeight: number;
  /** First and last visible day, ISO. */
  firstDay: string;
  lastDay: string;
  topTicks: GanttTick[];
  bottomTicks: GanttTick[];
  /** x of the quiet vertical grid lines. */
  gridLines: number[];
  nonWorking: Band[];
  todayX: number | null;
  phases: GanttPhaseBand[];
  bars: GanttBar<R>[];
  arrows: GanttArrow[];
}


/** Rows left once every collapsed summary's descendants are removed (one pass, by depth). */
function visibleRows<R extends GanttRowInput>(rows: readonly R[], collapsed: ReadonlySet<number>): R[] {
  const out: R[] = [];
  let hideBelow = Infinity;
  for (const row of rows) {
    if (row.depth > hideBelow) continue;
    hideBelow = row.isSummary && collapsed.has(row.id) ? row.depth : Infinity;
    out.push(row);
  }
  return out;
}

function span(rows: readonly GanttRowInput[], today: string): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const r of rows) {
    min = Math.min(min, toDay(r.start), r.baselineStart ? toDay(r.baselineStart) : Infinity);
    max = Math.max(max, toDay(r.finish), r.baselineFinish ? toDay(r.baselineFinish) : -Infinity);
  }
  if (min === Infinity) min = max = toDay(today);
  return { min, max };
}

/**
 * Lays the chart out: axis, shading, today, phase bands, one bar per visible row and one arrow per link
 * whose both ends are visible. Dates are inclusive; a day occupies [day, day + 1) × pxPerDay.
 */
export function layoutGantt<R extends GanttRowInput>(input: GanttInput<R>): GanttLayout<R> {
  const { min, max } = span(input.rows, input.today);
  const range = timeRange(min, max, input.zoom, input.axis);
  const { width, pxPerDay: ppd } = range;
  const rtl = input.rtl;
  /** Mirrors a box's x (x' = width − x − w) or, with w = 0, a point's x. */
  const mx = (x: number, w = 0) => r1(rtl ? width - x - w : x);
  const dayX = (iso: string) => (toDay(iso) - range.first) * ppd;

  const rows = visibleRows(input.rows, input.collapsed);
  const bars: GanttBar<R>[] = [];
  const ends = new Map<number, { end: LinkEnd; critical: boolean }>();
  rows.forEach((row, i) => {
    const rowY = HEADER_HEIGHT + i * ROW_HEIGHT;
    const { bar, end } = barFor(row, rowY, { dayX, ppd, mx, today: input.today, showCritical: input.showCritical, collapsed: input.collapsed });
    bars.push(bar);
    ends.set(row.id, { end, critical: bar.critical });
  });

  return {
    zoom: range.zoom,
    rtl,
    axis: range.axis,
    pxPerDay: ppd,
    rowHeight: ROW_HEIGHT,
    headerHeight: HEADER_HEIGHT,
    stripHeight: STRIP_HEIGHT,
    width,
    height: HEADER_HEIGHT + rows.length * ROW_HEIGHT,
    bodyHeight: rows.length * ROW_HEIGHT,
    firstDay: fromDay(range.first),
    lastDay: fromDay(range.end - 1),
    topTicks: axisTicks(TIERS[range.zoom].top, "top", range, rtl),
    bottomTicks: axisTicks(TIERS[range.zoom].bottom, "bottom", range, rtl),
    gridLines: gridLines(range, rtl),
    nonWorking: nonWorkingBands(range, input.calendar, rtl),
    todayX: todayX(range, input.today, mx),
    phases: phaseBands(input, dayX, ppd, mx),
    bars,
    arrows: arrows(input, ends, mx),
  };
}

function todayX(range: TimeRange, today: string, mx: (x: number) => number): number | null {
  const d = toDay(today);
  return d >= range.first && d < range.end ? mx((d - range.first + 0.5) * range.pxPerDay) : null;
}

function gridLines(range: TimeRange, rtl: boolean): number[] {
  return axisTicks(TIERS[range.zoom].grid, "bottom", range, rtl)
    .map((t) => (rtl ? t.x + t.width : t.x))
    .filter((x) => x > 0 && x < range.width);
}

function phaseBands(input: GanttInput, dayX: (iso: string) => number, ppd: number, mx: (x: number, w?: number) => number): GanttPhaseBand[] {
  const spans = new Map<number, { start: string; finish: string }>();
  for (const r of input.rows) {
    const s = spans.get(r.phaseId);
    if (!s) spans.set(r.phaseId, { start: r.start, finish: r.finish });
    else {
      if (r.start < s.start) s.start = r.start;
      if (r.finish > s.finish) s.finish = r.finish;
    }
  }
  const out: GanttPhaseBand[] = [];
  for (const p of input.phases) {
    const s = spans.get(p.id);
    if (!s) continue;
    const x = dayX(s.start);
    const w = dayX(s.finish) + ppd - x;
    out.push({ id: p.id, label: p.label, x: mx(x, w), width: r1(w), labelX: mx(x + 6), showLabel: w >= 48 });
  }
  return out;
}

const pathOf = (points: Point[], mx: (x: number) => number) =>
  points.map((p, i) => `${i === 0 ? "M" : "L"}${mx(p.x)} ${r1(p.y)}`).join("");

function arrows(input: GanttInput, ends: Map<number, { end: LinkEnd; critical: boolean }>, mx: (x: number) => number): GanttArrow[] {
  const out: GanttArrow[] = [];
  for (const link of input.links) {
    const pred = ends.get(link.predecessorId);
    const succ = ends.get(link.successorId);
    if (!pred || !succ) continue;
    const routed = routeLink(link.type, pred.end, succ.end);
    const tip = routed.head[0];
    out.push({
      predecessorId: link.predecessorId,
      successorId: link.successorId,
      type: link.type,
      critical: pred.critical && succ.critical,
      from: { x: mx(routed.points[0].x), y: r1(routed.points[0].y) },
      to: { x: mx(tip.x), y: r1(tip.y) },
      d: pathOf(routed.points, mx),
      head: routed.head.map((p) => `${mx(p.x)},${r1(p.y)}`).join(" "),
    });
  }
  return out;
}
