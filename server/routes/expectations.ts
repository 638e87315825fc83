// The end-user expectations register: list filtered by MoSCoW priority (?priority=must), create, edit
// with linked tasks chosen by WBS number, delete behind a confirmation page.
import { Router, type Request, type Response } from "express";
import type { FormView } from "../http/form-view";
import { parseExpectationForm } from "../forms/expectations";
import { EXPECTATION_SOURCES, EXPECTATION_STATUSES, MOSCOW, isOneOf } from "../domain/types";
import type { Expectation, Project } from "../../entities";
import { mountRecordRoutes, registerCrumbs } from "./register-pages";
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

  mountRecordRoutes<Expectation, Parameters<typeof expectations.create>[1]>(router, {
    slug: "expectations",
    param: "expectationId",
    labelPrefix: "expectations",
    parse: parseExpectationForm,
    service: expectations,
    valuesOf,
    newValues: { priority: "should", source: "workshop", status: "new" },
    renderForm,
    deletePage: (t, e) => ({ heading: t("expectations.deleteTitle"), warning: t("expectations.deleteWarning", { group: e.userGroup, statement: e.statement }) }),
    deletedName: () => "",
  });

  return router;
}
