// The project overview page at /projects/:projectId.
import { Router } from "express";
import type { Project } from "../../entities";
import { diffCalendarDays } from "../domain/dates";
import { can, mayManageTemplates } from "../domain/permissions";
import type { RouteDeps } from "./index";

export function overviewRoutes(deps: RouteDeps): Router {
  const router = Router({ mergeParams: true });

  router.get("/", async (_req, res) => {
    const project: Project = res.locals.project;
    const today = deps.today();
    const data = await deps.services.overview.build(project.id, today);
    const t = res.locals.t;
    const hint = (iso: string) => {
      const d = diffCalendarDays(today, iso);
      if (d === 0) return t("overview.today");
      return d > 0 ? t("overview.inDays", { count: d }) : t("overview.daysLate", { count: -d });
    };
    const update = can(res.locals.actor, "plan.edit") ? await deps.services.templates.updateFor(project) : null;
    res.render("overview/show", {
      title: t("overview.title"),
      mayManageTemplates: mayManageTemplates(res.locals.user),
      templateUpdate: update && {
        name: update.template.name,
        language: update.template.language,
        version: update.template.version,
        projectVersion: update.projectVersion,
        tasks: update.additions.tasks.length,
        items: update.additions.checklist.length,
      },
      ...data,
      milestones: data.milestones.map((m) => ({ ...m, hint: hint(m.task.finishDate) })),
    });
  });

  return router;
}
