// What a newer version of the project's template adds (tasks, checklist items) and taking chosen items
// over: /projects/:projectId/template-update.
import { Router, type Response } from "express";
import type { Project } from "../../entities";
import { NotFoundError } from "../http/errors";
import { flash } from "../http/locals";
import { parseTemplateUpdateForm } from "../forms/templates";
import type { TemplateUpdate } from "../services/template-service";
import type { RouteDeps } from "./index";

export function templateUpdateRoutes(deps: RouteDeps): Router {
  const router = Router({ mergeParams: true });
  const { templates } = deps.services;

  const render = (res: Response, update: TemplateUpdate) => {
    const t = res.locals.t;
    const roleTitle = new Map(update.template.template.roles.map((r) => [r.key, r.title]));
    res.render("template-update/show", {
      title: t("library.update.title"),
      update: { name: update.template.name, id: update.template.id, version: update.template.version, projectVersion: update.projectVersion },
      language: update.template.language,
      tasks: update.additions.tasks.map(({ task }) => ({
        key: task.key,
        name: task.name,
        phase: t(`phase.${task.phase}`),
        duration: task.milestone ? t("library.milestone") : t("library.duration", { count: task.durationDays }),
        role: task.assigneeRole ? roleTitle.get(task.assigneeRole) : undefined,
        parent: task.parent,
      })),
      checklist: update.additions.checklist.map((a) => ({ id: a.id, text: a.item.text, phase: t(`phase.${a.phase}`), role: a.item.ownerRole ? roleTitle.get(a.item.ownerRole) : undefined })),
    });
  };

  router.get("/", async (_req, res) => {
    const update = await templates.updateFor(res.locals.project as Project);
    if (!update) throw new NotFoundError();
    render(res, update);
  });

  router.post("/", async (req, res) => {
    const project: Project = res.locals.project;
    const update = await templates.updateFor(project);
    if (!update) throw new NotFoundError();
    const parsed = parseTemplateUpdateForm(req.body);
    if (!parsed.ok) {
      res.status(422);
      return render(res, update);
    }
    const added = await templates.applyUpdate(project.id, parsed.value);
    const t = res.locals.t;
    flash(res, "library.update.done", t("library.update.counts", { tasks: t("library.taskCount", { count: added.tasks }), items: t("library.checklistCount", { count: added.checklist }) }));
    res.redirect(303, `/projects/${project.id}`);
  });

  return router;
}
