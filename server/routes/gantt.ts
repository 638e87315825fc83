// The Gantt chart page: zoom, filters and collapsed summaries live in the query string, so every view
// of the chart has its own URL and works without JavaScript.
import { Router, type Request, type Response } from "express";
import type { Project } from "../../entities";
import { axisCalendar, GANTT_ZOOMS, type AxisCalendar, type GanttZoom } from "../domain/gantt-layout";
import { isOneOf, PHASE_KINDS } from "../domain/types";
import { calendarOf, formatDate, localNumbers } from "../view-helpers/format";
import type { GanttBar } from "../domain/gantt-layout";
import type { GanttRow } from "../services/gantt-service";
import type { RouteDeps } from "./index";

/** The chart's state as read from the query; anything unreadable falls back to the default. */
export interface GanttQuery {
  zoom: GanttZoom;
  phase: string | null;
  assigneeId: number | null;
  criticalOnly: boolean;
  showCritical: boolean;
  collapsed: number[];
}

const MAX_COLLAPSED = 5000;
const ID = /^[1-9]\d{0,9}$/;

export function parseGanttQuery(query: Request["query"]): GanttQuery {
  const str = (k: string) => (typeof query[k] === "string" ? (query[k] as string) : "");
  const zoom = str("zoom");
  const phase = str("phase");
  const assignee = str("assignee");
  const collapsed = new Set<number>();
  for (const part of str("collapse").split(",", MAX_COLLAPSED)) if (ID.test(part.trim())) collapsed.add(Number(part.trim()));
  return {
    zoom: isOneOf(GANTT_ZOOMS, zoom) ? zoom : "week",
    phase: isOneOf(PHASE_KINDS, phase) ? phase : null,
    assigneeId: ID.test(assignee) ? Number(assignee) : null,
    criticalOnly: str("criticalOnly") === "1",
    showCritical: str("critical") === "1",
    collapsed: [...collapsed],
  };
}

/** The chart's URL for a state: defaults left out, parameters in a stable order. */
export function ganttHref(base: string, q: GanttQuery): string {
  const p = new URLSearchParams();
  if (q.zoom !== "week") p.set("zoom", q.zoom);
  if (q.phase) p.set("phase", q.phase);
  if (q.assigneeId !== null) p.set("assignee", String(q.assigneeId));
  if (q.criticalOnly) p.set("criticalOnly", "1");
  if (q.showCritical) p.set("critical", "1");
  if (q.collapsed.length) p.set("collapse", q.collapsed.join(","));
  const s = p.toString().replace(/%2C/g, ",");
  return s ? `${base}?${s}` : base;
}

/** The page's Gantt axis: its date calendar (res.locals.calendar), weeks from Saturday in Persian. */
export function pageAxis(res: Response): AxisCalendar {
  return axisCalendar(calendarOf(res.locals.locale, res.locals.calendar), res.locals.locale);
}

/** The chart's accessible name: how many tasks, from its first to its last visible day, in the page's calendar. */
export function chartLabel(res: Response, count: number, firstDay: string, lastDay: string): string {
  const { locale, calendar } = res.locals;
  return res.locals.t("gantt.chartLabel", { ...localNumbers({ count }, locale), start: formatDate(firstDay, locale, calendar), finish: formatDate(lastDay, locale, calendar) });
}

export function ganttRoutes(deps: RouteDeps): Router {
  const router = Router({ mergeParams: true });

  router.get("/", async (req, res) => {
    const project: Project = res.locals.project;
    const t = res.locals.t;
    const q = parseGanttQuery(req.query);
    const base = `${res.locals.projectBase}/gantt`;
    const chart = await deps.services.gantt.chart(
      project,
      { phase: q.phase, assigneeId: q.assigneeId, criticalOnly: q.criticalOnly },
      {
        zoom: q.zoom,
        showCritical: q.showCritical,
        collapsed: new Set(q.collapsed),
        rtl: res.locals.dir === "rtl",
        axis: pageAxis(res),
        today: deps.today(),
        phaseLabel: (kind) => t(`phase.${kind}`),
      },
    );
    const { layout } = chart;
    const collapsed = new Set(q.collapsed);
    const href = (over: Partial<GanttQuery>) => ganttHref(base, { ...q, ...over });
    const toggle = (bar: GanttBar<GanttRow>) => {
      if (!bar.row.isSummary) return null;
      const id = bar.row.id;
      const next = bar.collapsed ? q.collapsed.filter((c) => c !== id) : [...q.collapsed, id];
      return {
        href: `${href({ collapsed: next })}#gantt-row-${id}`,
        expanded: !bar.collapsed,
        label: t(bar.collapsed ? "gantt.expand" : "gantt.collapse", { name: bar.row.name }),
      };
    };
    const filtered = q.phase !== null || q.assigneeId !== null || q.criticalOnly;
    res.render("gantt/show", {
      title: t("gantt.title"),
      pageStyles: ["/public/css/gantt.css"],
      base,
      hasTasks: chart.taskCount > 0,
      chart: layout,
      gridRows: layout.bars.map((bar) => ({ bar, indent: Math.min(bar.row.depth, 10), toggle: toggle(bar) })),
      chartLabel: chartLabel(res, layout.bars.length, layout.firstDay, layout.lastDay),
      zoomLinks: GANTT_ZOOMS.map((z) => ({ key: `gantt.zoom.${z}`, href: href({ zoom: z }), current: z === layout.zoom })),
      criticalToggle: { href: href({ showCritical: !q.showCritical }), on: q.showCritical },
      expandAllHref: q.collapsed.length ? href({ collapsed: [] }) : null,
      collapseAllHref: chart.topSummaryIds.some((id) => !collapsed.has(id)) ? href({ collapsed: [...new Set([...q.collapsed, ...chart.topSummaryIds])] }) : null,
      filters: { ...q, filtered, clearHref: href({ phase: null, assigneeId: null, criticalOnly: false }) },
      phaseOptions: chart.phases.map((p) => ({ value: p.kind, label: t(`phase.${p.kind}`) })),
      memberOptions: chart.members.map((m) => ({ value: m.id, label: m.name })),
      collapseParam: q.collapsed.join(","),
      baselineName: chart.baselineName,
    });
  });

  return router;
}
