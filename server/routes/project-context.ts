// Loads the project named by :projectId (404 when unknown) and the side navigation's view-model.
import { Router } from "express";
import { parseId } from "../http/errors";
import type { RouteDeps } from "./index";

export function projectContext(deps: RouteDeps): Router {
  const router = Router({ mergeParams: true });
  router.use(async (req, res, next) => {
    const projectId = parseId((req.params as Record<string, string>).projectId);
    const project = await deps.services.projects.get(projectId);
    const phases = await deps.services.projects.phases(projectId);
    res.locals.project = project;
    res.locals.phases = phases;
    const base = `/projects/${project.id}`;
    res.locals.projectBase = base;
    const here = req.originalUrl.split("?")[0];
    const item = (href: string, key: string, exact = false) => ({
      href,
      key,
      current: exact ? here === href : here === href || here.startsWith(`${href}/`),
    });
    res.locals.projectNav = [
      item(base, "nav.overview", true),
      item(`${base}/dashboard`, "nav.dashboard"),
      ...phases.map((p) => item(`${base}/phases/${p.kind}`, `phase.${p.kind}`)),
      item(`${base}/tasks`, "nav.tasks"),
      item(`${base}/gantt`, "nav.gantt"),
      item(`${base}/baselines`, "nav.baselines"),
      item(`${base}/people`, "nav.people"),
      item(`${base}/goals`, "nav.goals"),
      item(`${base}/resources`, "nav.resources"),
      item(`${base}/expectations`, "nav.expectations"),
      item(`${base}/calendar`, "nav.calendar"),
      item(`${base}/share`, "nav.share"),
      item(`${base}/activity`, "nav.activity"),
      item(`${base}/settings`, "nav.settings"),
    ];
    next();
  });
  return router;
}
