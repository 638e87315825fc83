// The public, read-only view of a share link at /s/:token: the dashboard's status, phases, milestones, goals
// and S-curve, and the Gantt, in the link's language. No account; no notes, no edit controls, no links
// into /projects. A malformed, unknown, revoked or expired token gets the ordinary not-found page.
import { Router } from "express";
import type { Project } from "../../entities";
import { GANTT_ZOOMS } from "../domain/gantt-layout";
import { NotFoundError } from "../http/errors";
import { applyLocale } from "../http/locals";
import { LOCALES, type Locale } from "../i18n";
import { defaultCalendar, formatDate, localNumbers } from "../view-helpers/format";
import { dashboardView } from "./dashboard";
import { signalView } from "./crm-signals";
import { ganttHref, pageAxis, parseGanttQuery } from "./gantt";
import type { RouteDeps } from "./index";

export function publicShareRoutes(deps: RouteDeps): Router {
  const router = Router();

  router.use((_req, res, next) => {
    // Whatever the outcome: never cached, never indexed, and the token never leaks in a Referer header.
    res.set({ "Cache-Control": "no-store", "Referrer-Policy": "no-referrer", "X-Robots-Tag": "noindex, nofollow" });
    next();
  });

  router.get("/:token", async (req, res) => {
    const link = await deps.services.shareLinks.resolve(String(req.params.token), deps.today(), deps.now());
    if (!link) throw new NotFoundError();
    const project: Project = await deps.services.projects.get(link.projectId);

    // This request only: the link's language and that language's calendar (Jalali for Persian), whatever the
    // visitor's cookie or profile says.
    const locale: Locale = (LOCALES as readonly string[]).includes(link.locale) ? (link.locale as Locale) : "en";
    const calendar = defaultCalendar(locale);
    applyLocale(res, locale, calendar);
    const t = res.locals.t;

    const today = deps.today();
    const base = `/s/${req.params.token}`;
    const q = { ...parseGanttQuery(req.query), phase: null, assigneeId: null, criticalOnly: false, showCritical: false, collapsed: [] };
    const [data, chart, signals] = await Promise.all([
      deps.services.dashboard.build(project, today),
      deps.services.gantt.chart(
        project,
        { phase: null, assigneeId: null, criticalOnly: false },
        { zoom: q.zoom, showCritical: true, collapsed: new Set(), rtl: res.locals.dir === "rtl", axis: pageAxis(res), today, phaseLabel: (kind) => t(`phase.${kind}`) },
      ),
      deps.services.crmWorkspace.signals(project.id, today),
    ]);
    const { layout } = chart;
    res.render("share/public", {
      layout: "../share/layout",
      shared: true,
      noindex: true,
      title: t("share.public.title"),
      pageStyles: ["/public/css/gantt.css", "/public/css/dashboard.css"],
      project: { name: project.name, clientOrganisation: project.clientOrganisation },
      ...dashboardView(data, res),
      // The workspace's signals, without links: the project's pages need an account.
      crmSignals: signals.map((s) => signalView(res, s, false)),
      gantt: {
        layout,
        rows: layout.bars.map((bar) => ({ bar, indent: Math.min(bar.row.depth, 10) })),
        label: t("gantt.chartLabel", {
          ...localNumbers({ count: layout.bars.length }, locale),
          start: formatDate(layout.firstDay, locale, calendar),
          finish: formatDate(layout.lastDay, locale, calendar),
        }),
        zoomLinks: GANTT_ZOOMS.map((z) => ({ key: `gantt.zoom.${z}`, href: `${ganttHref(base, { ...q, zoom: z })}#gantt`, current: z === layout.zoom })),
        baselineName: chart.baselineName,
      },
    });
  });

  return router;
}
