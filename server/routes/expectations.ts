// The end-user expectations register: list filtered by MoSCoW priority (?priority=must), create, edit
// with linked tasks chosen by WBS number, delete behind a confirmation page.
import { Router, type Request, type Response } from "express";
import { flash } from "../http/locals";
import { formView, submitForm, type FormView } from "../http/form-view";
import { parseExpectationForm } from "../forms/expectations";
import { EXPECTATION_SOURCES, EXPECTATION_STATUSES, MOSCOW, isOneOf } from "../domain/types";
import type { Expectation, Project } from "../../entities";
import { idParam, registerCrumbs, renderConfirmDelete } from "./register-pages";
import type { RouteDeps } from "./index";

const valuesOf = (e: Expectation): Record<string, unknown> => ({
  userGroup: e.userGroup,
  statement: e.statement,
  priority: e.priority,
  source: e.source,
  status: e.status,
  taskIds: e.tasks.map((t) => String(t.id)),
});

/** The priority filter from the query string; anything unknown (or repeated) shows every priority. */
const priorityFilter = (req: Request) => (isOneOf(MOSCOW, req.query.priority) ? req.query.priority : undefined);

export function expectationRoutes(deps: RouteDeps): Router {
  const router = Router({ mergeParams: true });
  const { expectations } = deps.services;
  const listHref = (res: Response) => `${res.locals.projectBase}/expectations`;
  const projectId = (res: Response) => (res.locals.project as Project).id;

  const renderForm = async (res: Response, form: FormView, expectation?: Expectation) => {
    const title: string = res.locals.t(expectation ? "expectations.edit" : "expectations.new");
    const base = listHref(res);
    const t = res.locals.t as (key: string, params?: Record<string, unknown>) => string;
    const tasks = await expectations.taskOptions(projectId(res));
    res.render("expectations/form", {
      title,
      crumbs: registerCrumbs(res, { key: "expectations.title", href: base }, title),
      form,
      priorities: MOSCOW.map((p) => ({ value: p, label: t(`priority.${p}`) })),
      sources: EXPECTATION_SOURCES.map((s) => ({ value: s, label: t(`source.${s}`) })),
      statuses: EXPECTATION_STATUSES.map((s) => ({ value: s, label: t(`expStatus.${s}`) })),
      tasks: tasks.map((o) => ({ value: String(o.id), label: t("expectations.taskOption", { wbs: o.wbs, name: o.name }) })),
      action: expectation ? `${base}/${expectation.id}/edit` : base,
      cancelHref: base,
      isNew: !expectation,
    });
  };

  router.get("/", async (req, res) => {
    const base = listHref(res);
    const priority = priorityFilter(req);
    const rows = await expectations.list(projectId(res), { priority });
    res.render("expectations/index", {
      title: res.locals.t("expectations.title"),
      crumbs: registerCrumbs(res, { key: "expectations.title", href: base }),
      newHref: `${base}/new`,
      filtered: priority !== undefined,
      filters: [
        { href: base, key: "expectations.filter.all", current: priority === undefined },
        ...MOSCOW.map((p) => ({ href: `${base}?priority=${p}`, key: `priority.${p}`, current: priority === p })),
      ],
      rows: rows.map((e) => ({ expectation: e, editHref: `${base}/${e.id}/edit`, deleteHref: `${base}/${e.id}/delete` })),
    });
  });

  router.get("/new", async (_req, res) =>
    renderForm(res, formView(res.locals.locale, { priority: "should", source: "workshop", status: "new" })),
  );

  router.post("/", async (req, res) => {
    await submitForm(req, res, {
      parse: parseExpectationForm,
      labelPrefix: "expectations",
      save: async (input) => {
        await expectations.create(projectId(res), input);
        flash(res, "expectations.created");
        return listHref(res);
      },
      render: (form) => renderForm(res, form),
    });
  });

  router.get("/:expectationId/edit", async (req, res) => {
    const expectation = await expectations.get(projectId(res), idParam(req, "expectationId"));
    await renderForm(res, formView(res.locals.locale, valuesOf(expectation)), expectation);
  });

  router.post("/:expectationId/edit", async (req, res) => {
    const expectation = await expectations.get(projectId(res), idParam(req, "expectationId"));
    await submitForm(req, res, {
      parse: parseExpectationForm,
      labelPrefix: "expectations",
      save: async (input) => {
        await expectations.update(projectId(res), expectation.id, input);
        flash(res, "common.saved");
        return listHref(res);
      },
      render: (form) => renderForm(res, form, expectation),
    });
  });

  router.get("/:expectationId/delete", async (req, res) => {
    const expectation = await expectations.get(projectId(res), idParam(req, "expectationId"));
    const base = listHref(res);
    const heading: string = res.locals.t("expectations.deleteTitle");
    renderConfirmDelete(res, {
      heading,
      warning: res.locals.t("expectations.deleteWarning", { group: expectation.userGroup, statement: expectation.statement }),
      action: `${base}/${expectation.id}/delete`,
      cancel: base,
      crumbs: registerCrumbs(res, { key: "expectations.title", href: base }, heading),
    });
  });

  router.post("/:expectationId/delete", async (req, res) => {
    await expectations.delete(projectId(res), idParam(req, "expectationId"));
    flash(res, "expectations.deleted");
    res.redirect(303, listHref(res));
  });

  return router;
}
