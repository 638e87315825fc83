// Gantt bar geometry: one row's bar (task, summary bracket, milestone diamond), progress, baseline and
// label, in px, mirrored for RTL by the caller's mx; plus where dependency arrows may join it.
import type { LinkEnd } from "./gantt-links";
import type { BarKind, GanttBar, GanttRowInput, Rect } from "./gantt-layout";
import { isLate } from "./progress";

/** Rounds to 0.1 px: enough for the screen, and keeps the SVG short. */
export const r1 = (n: number) => Math.round(n * 10) / 10;

/** Row height and the three header strips (phase bands, top tier, bottom tier), in px. */
export const ROW_HEIGHT = 28;
export const STRIP_HEIGHT = 22;
export const HEADER_HEIGHT = 3 * STRIP_HEIGHT;
const BAR_TOP = 7;
const BAR_HEIGHT = 14;
const SUMMARY_TOP = 8;
const SUMMARY_HEIGHT = 6;
const SUMMARY_TIP = 5;
const DIAMOND = 7;
const BASELINE_TOP = 23;
const BASELINE_HEIGHT = 3;
const MIN_BAR = 2;


/** How the layout places things: day → x (LTR), px per day, the RTL mirror, and the chart's options. */
export interface BarContext {
  dayX: (iso: string) => number;
  ppd: number;
  /** Mirrors a box's x (width w) or a point's x in RTL; identity (rounded) in LTR. */
  mx: (x: number, w?: number) => number;
  today: string;
  showCritical: boolean;
  collapsed: ReadonlySet<number>;
}

/** The bar of one row whose top edge is at rowY, and where links may join it (in LTR coordinates). */
export function barFor<R extends GanttRowInput>(row: R, rowY: number, ctx: BarContext): { bar: GanttBar<R>; end: LinkEnd } {
  const { dayX, ppd, mx } = ctx;
  const kind: BarKind = row.isSummary ? "summary" : row.milestone ? "milestone" : "task";
  const critical = ctx.showCritical && row.critical;
  let x = dayX(row.start);
  let w = Math.max(MIN_BAR, dayX(row.finish) + ppd - x);
  let y = rowY + BAR_TOP;
  let h = BAR_HEIGHT;
  let d = "";
  if (kind === "milestone") {
    // A milestone marks the end of its day (it sits on its predecessor's finish), as MS Project draws it.
    const cx = x + ppd;
    const cy = rowY + BAR_TOP + BAR_HEIGHT / 2;
    x = cx - DIAMOND;
    w = 2 * DIAMOND;
    d = `M${mx(cx)} ${cy - DIAMOND}L${mx(cx + DIAMOND)} ${cy}L${mx(cx)} ${cy + DIAMOND}L${mx(cx - DIAMOND)} ${cy}Z`;
  } else if (kind === "summary") {
    y = rowY + SUMMARY_TOP;
    h = SUMMARY_HEIGHT;
    const bottom = y + h;
    const tip = bottom + SUMMARY_TIP;
    const cap = Math.min(SUMMARY_TIP, w / 2);
    d = `M${mx(x)} ${y}L${mx(x + w)} ${y}L${mx(x + w)} ${tip}L${mx(x + w - cap)} ${bottom}L${mx(x + cap)} ${bottom}L${mx(x)} ${tip}Z`;
  }
  const progressWidth = kind === "milestone" ? 0 : r1((w * Math.max(0, Math.min(100, row.progress))) / 100);
  let baseline: Rect | null = null;
  if (row.baselineStart && row.baselineFinish) {
    const bx = dayX(row.baselineStart);
    const bw = Math.max(4, dayX(row.baselineFinish) + ppd - bx);
    baseline = { x: mx(bx, bw), y: rowY + BASELINE_TOP, width: r1(bw), height: BASELINE_HEIGHT };
  }
  const bar: GanttBar<R> = {
    row,
    kind,
    rowY,
    x: mx(x, w),
    y,
    width: r1(w),
    height: h,
    progressX: mx(x, progressWidth),
    progressWidth,
    d,
    critical,
    late: isLate(row, ctx.today),
    collapsed: row.isSummary && ctx.collapsed.has(row.id),
    baseline,
    labelX: mx(x + w + 6),
    labelY: rowY + BAR_TOP + BAR_HEIGHT / 2 + 4,
    label: kind === "summary" ? "" : kind === "milestone" ? row.name : (row.assignee ?? ""),
  };
  const end: LinkEnd = {
    startX: x,
    endX: x + w,
    dropX: kind === "milestone" ? x + DIAMOND : x + Math.min(6, w / 2),
    midY: kind === "summary" ? y + h / 2 : rowY + BAR_TOP + BAR_HEIGHT / 2,
    barTop: kind === "milestone" ? rowY + BAR_TOP : y,
    barBottom: kind === "milestone" ? rowY + BAR_TOP + BAR_HEIGHT : y + h,
    rowTop: rowY,
    rowBottom: rowY + ROW_HEIGHT,
  };
  return { bar, end };
}
