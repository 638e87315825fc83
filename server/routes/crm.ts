// The CRM workspace hub at /projects/:projectId/crm: a card per register with its count and signals.
// Each register's own pages live below /crm/<register> in their own router files.
import { Router } from "express";
import type { Project } from "../../entities";
import { signalView } from "./crm-signals";
import type { RouteDeps } from "./index";

export function crmRoutes(deps: RouteDeps): Router {
  const router = Router({ mergeParams: true });

  router.get("/", async (_req, res) => {
    const project: Project = res.locals.project;
    const t = res.locals.t;
    const overview = await deps.services.crmWorkspace.overview(project.id, deps.today());
    res.render("crm/index", {
      title: t("crm.title"),
      registers: overview.map(({ register, summary }) => ({
        href: `${res.locals.projectBase}${register.path}`,
        title: t(register.titleKey),
        description: t(register.descriptionKey),
        count: summary.count,
        signals: summary.signals.map((s) => signalView(res, s, true)),
      })),
    });
  });

  return router;
}
