// The project's activity log: newest first, 50 a page, filterable by record type, action and date range.
import { Router } from "express";
import { ACTIVITY_ACTIONS, ACTIVITY_SUBJECT_TYPES } from "../domain/types";
import { parseActivityQuery, type ActivityQuery } from "../forms/activity";
import type { Project } from "../../entities";
import { registerCrumbs } from "./register-pages";
import { ACTIVITY_STYLES, entryView } from "./activity-view";
import type { RouteDeps } from "./index";

/** The page's URL with the accepted filters and a page number (page 1 is left out). */
function pageHref(base: string, values: ActivityQuery["values"], page: number): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v) params.set(k, v);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}

export function activityRoutes(deps: RouteDeps): Router {
  const router = Router({ mergeParams: true });
  const { activity } = deps.services;

  router.get("/", async (req, res) => {
    const project: Project = res.locals.project;
    const t = res.locals.t;
    const query = parseActivityQuery(req.query as Record<string, unknown>);
    const result = await activity.page(project.id, query.filter, query.page);
    const base = `${res.locals.projectBase}/activity`;
    const filtered = Object.values(query.values).some(Boolean);
    res.render("activity/index", {
      title: t("activity.title"),
      crumbs: registerCrumbs(res, { key: "activity.title", href: base }),
      pageStyles: ACTIVITY_STYLES,
      base,
      values: query.values,
      typeOptions: ACTIVITY_SUBJECT_TYPES.filter((s) => s !== "link").map((s) => ({ value: s, label: t(`activity.type.${s}`) })),
      actionOptions: ACTIVITY_ACTIONS.map((a) => ({ value: a, label: t(`activity.action.${a}`) })),
      entries: result.rows.map((row) => entryView(row, t, res.locals.locale, res.locals.calendar)),
      total: result.total,
      filtered,
      pager: {
        page: result.page,
        pages: result.pages,
        newerHref: result.page > 1 ? pageHref(base, query.values, result.page - 1) : null,
        olderHref: result.page < result.pages ? pageHref(base, query.values, result.page + 1) : null,
      },
    });
  });

  return router;
}
