// Baselines: the list, saving a new one, choosing the compared one, deleting behind a confirmation.
import { Router, type Response } from "express";
import { flash } from "../http/locals";
import { formView, submitForm, type FormView } from "../http/form-view";
import { parseBaselineForm } from "../forms/calendar";
import { idParam, registerCrumbs, renderConfirmDelete } from "./register-pages";
import type { Project } from "../../entities";
import type { RouteDeps } from "./index";

export function baselineRoutes(deps: RouteDeps): Router {
  const router = Router({ mergeParams: true });
  const { baselines } = deps.services;
  const listHref = (res: Response) => `${res.locals.projectBase}/baselines`;

  async function renderList(res: Response, form: FormView): Promise<void> {
    const project: Project = res.locals.project;
    const rows = await baselines.list(project.id);
    res.render("baselines/index", {
      title: res.locals.t("baselines.title"),
      crumbs: registerCrumbs(res, { key: "baselines.title", href: listHref(res) }),
      rows,
      form,
      base: listHref(res),
    });
  }

  router.get("/", async (_req, res) => {
    const count = (await baselines.list(res.locals.project.id)).length;
    await renderList(res, formView(res.locals.locale, { name: res.locals.t("baselines.defaultName", { n: count + 1 }) }));
  });

  router.post("/", async (req, res) => {
    const project: Project = res.locals.project;
    await submitForm(req, res, {
      parse: parseBaselineForm,
      labelPrefix: "baselines",
      save: async (input) => {
        await baselines.save(project.id, input.name);
        flash(res, "baselines.saved", input.name);
        return listHref(res);
      },
      render: (form) => renderList(res, form),
    });
  });

  router.post("/none/compare", async (_req, res) => {
    await baselines.compare(res.locals.project.id, null);
    flash(res, "baselines.comparingNone");
    res.redirect(303, listHref(res));
  });

  router.post("/:baselineId/compare", async (req, res) => {
    const baseline = await baselines.get(res.locals.project.id, idParam(req, "baselineId"));
    await baselines.compare(res.locals.project.id, baseline.id);
    flash(res, "baselines.comparing", baseline.name);
    res.redirect(303, listHref(res));
  });

  router.get("/:baselineId/delete", async (req, res) => {
    const baseline = await baselines.get(res.locals.project.id, idParam(req, "baselineId"));
    const heading: string = res.locals.t("common.deleteConfirmTitle", { name: baseline.name });
    renderConfirmDelete(res, {
      heading,
      warning: res.locals.t("baselines.deleteWarning", { name: baseline.name }),
      action: `${listHref(res)}/${baseline.id}/delete`,
      cancel: listHref(res),
      crumbs: registerCrumbs(res, { key: "baselines.title", href: listHref(res) }, heading),
    });
  });

  router.post("/:baselineId/delete", async (req, res) => {
    const baseline = await baselines.delete(res.locals.project.id, idParam(req, "baselineId"));
    flash(res, "baselines.deleted", baseline.name);
    res.redirect(303, listHref(res));
  });

  return router;
}
