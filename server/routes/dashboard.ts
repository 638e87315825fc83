// The project dashboard (/dashboard) and the printable status report (/status-report), and the view-model
// both share with the public share view (routes/public-share.ts): reasons translated, dates formatted, the
// S-curve laid out for the page's direction.
import { Router, type Response } from "express";
import type { Project } from "../../entities";
import { diffCalendarDays } from "../domain/dates";
import { layoutSCurve } from "../domain/s-curve-chart";
import type { CurvePoint } from "../domain/s-curve";
import type { Dashboard, DashboardTask } from "../services/dashboard-service";
import { formatDate, localNumbers, type DateCalendar } from "../view-helpers/format";
import type { Locale } from "../i18n";
import type { RouteDeps } from "./index";
import { signalView } from "./crm-signals";

type T = (key: string, params?: Record<string, unknown>) => string;

/** The page's language and date calendar (res.locals), for the view-models below. */
interface Page {
  t: T;
  locale: Locale;
  calendar: DateCalendar;
}

const pageOf = (res: Response): Page => ({ t: res.locals.t, locale: res.locals.locale, calendar: res.locals.calendar });

/** A reason's or signal's text: dates in the page's calendar, numbers in its digits, phase kinds named. */
function reasonText({ t, locale, calendar }: Page, key: string, params: Record<string, string | number>): string {
  const shown: Record<string, unknown> = localNumbers({ ...params }, locale);
  if (typeof params.date === "string") shown.date = formatDate(params.date, locale, calendar);
  if (typeof params.phase === "string") shown.phase = t(`phase.${params.phase}`);
  return t(key, shown);
}

/** "in 3 days", "today", "2 days late" for a date, against today. */
function dueHint({ t, locale }: Page, today: string, iso: string): string {
  const d = diffCalendarDays(today, iso);
  if (d === 0) return t("overview.today");
  return d > 0 ? t("overview.inDays", localNumbers({ count: d }, locale)) : t("overview.daysLate", localNumbers({ count: -d }, locale));
}

/** The S-curve's chart, legend and table rows (one per date of any series). */
function curveView(data: Dashboard, { t, locale, calendar }: Page, rtl: boolean) {
  const curve = data.curve;
  if (!curve) return null;
  const chart = layoutSCurve(curve, { today: data.today, rtl, calendar });
  const rows = new Map<string, { date: string; baseline: number | null; current: number | null; actual: number | null }>();
  const add = (points: readonly CurvePoint[] | null, series: "baseline" | "current" | "actual") => {
    for (const p of points ?? []) {
      const row = rows.get(p.date) ?? { date: p.date, baseline: null, current: null, actual: null };
      row[series] = p.percent;
      rows.set(p.date, row);
    }
  };
  add(curve.baseline, "baseline");
  add(curve.current, "current");
  add(curve.actual, "actual");
  return {
    chart,
    hasBaseline: curve.baseline !== null,
    label: t("dashboard.scurve.summary", {
      ...localNumbers({ planned: curve.plannedToday, actual: data.percent }, locale),
      date: formatDate(data.today, locale, calendar),
    }),
    rows: [...rows.values()].sort((a, b) => a.date.localeCompare(b.date)),
  };
}

/** The view-model of the dashboard's shared parts (partials views/partials/dashboard-*.hbs). */
export function dashboardView(data: Dashboard, res: Response) {
  const page = pageOf(res);
  const text = (key: string, params: Record<string, string | number>) => reasonText(page, key, params);
  const withHint = (m: DashboardTask) => ({ ...m, hint: dueHint(page, data.today, m.finish) });
  return {
    today: data.today,
    percent: data.percent,
    hasTasks: data.taskCount > 0,
    rag: {
      status: data.rag.status,
      reasons: data.rag.reasons.map((r) => ({ level: r.level, phaseKind: r.phase, text: text(r.key, r.params) })),
    },
    phaseRows: data.phases.map(({ summary, rag }) => ({
      summary,
      rag,
      reasons: rag.reasons.map((r) => ({ level: r.level, text: text(r.key, r.params) })),
      late: rag.slipDays !== null && rag.slipDays > 0,
    })),
    milestonesDue: data.milestonesDue.map(withHint),
    milestonesMissed: data.milestonesMissed.map(withHint),
    overdueTasks: data.overdueTasks,
    overdueItems: data.overdueItems,
    goals: data.goals,
    scurve: curveView(data, page, res.locals.dir === "rtl"),
    baselineName: data.baselineName,
  };
}

/** The status report's own parts: the next two weeks and the risk signals with their mitigations. */
function reportView(data: Dashboard, res: Response) {
  const page = pageOf(res);
  const { t } = page;
  return {
    next: data.next,
    risks: data.risks.map((r) => ({ ...r, text: reasonText(page, r.key, r.params), title: t(r.titleKey), mitigation: t(r.mitigationKey) })),
  };
}

export function dashboardRoutes(deps: RouteDeps): Router {
  const router = Router({ mergeParams: true });

  router.get("/dashboard", async (_req, res) => {
    const project: Project = res.locals.project;
    const data = await deps.services.dashboard.build(project, deps.today());
    const signals = await deps.services.crmWorkspace.signals(project.id, deps.today());
    res.render("dashboard/show", {
      title: res.locals.t("dashboard.title"),
      pageStyles: ["/public/css/dashboard.css"],
      ...dashboardView(data, res),
      crmSignals: signals.map((s) => signalView(res, s, true)),
    });
  });

  router.get("/status-report", async (req, res) => {
    const project: Project = res.locals.project;
    const data = await deps.services.dashboard.build(project, deps.today());
    const signals = await deps.services.crmWorkspace.signals(project.id, deps.today());
    const printing = req.query.print === "1";
    res.render("status-report/show", {
      title: res.locals.t("report.title"),
      pageStyles: ["/public/css/dashboard.css"],
      // ?print=1: the report alone, without the app's navigation (what the Print button opens without JavaScript).
      ...(printing ? { layout: "../share/layout", bare: true } : {}),
      printing,
      ...dashboardView(data, res),
      ...reportView(data, res),
      crmSignals: signals.map((s) => signalView(res, s, !printing)),
    });
  });

  return router;
}
