// Resources of a project: list grouped by kind with committed shares and totals per unit,
// create, edit, delete behind a confirmation page.
import { Router, type Response } from "express";
import type { FormView } from "../http/form-view";
import { parseResourceForm } from "../forms/resources";
import { RESOURCE_KINDS, isOneOf } from "../domain/types";
import { MONEY_DISPLAYS } from "../domain/money";
import type { Project, Resource } from "../../entities";
import { mountRecordRoutes, registerCrumbs } from "./register-pages";
import type { RouteDeps } from "./index";

const valuesOf = (r: Resource): Record<string, unknown> => ({
  kind: r.kind,
  name: r.name,
  memberId: r.memberId === null ? "" : String(r.memberId),
  unit: r.unit,
  planned: String(r.planned),
  committed: String(r.committed),
  notes: r.notes,
});

export function resourceRoutes(deps: RouteDeps): Router {
  const router = Router({ mergeParams: true });
  const { resources, members } = deps.services;
  const listHref = (res: Response) => `${res.locals.projectBase}/resources`;
  const projectId = (res: Response) => (res.locals.project as Project).id;

  const renderForm = async (res: Response, form: FormView, resource?: Resource) => {
    const title: string = res.locals.t(resource ? "resources.edit" : "resources.new");
    const base = listHref(res);
    const people = await members.list(projectId(res));
    res.render("resources/form", {
      title,
      crumbs: registerCrumbs(res, { key: "resources.title", href: base }, title),
      form,
      kinds: RESOURCE_KINDS.map((k) => ({ value: k, label: res.locals.t(`resources.kind.${k}`) })),
      people: people.map((m) => ({ value: String(m.id), label: m.name })),
      action: resource ? `${base}/${resource.id}/edit` : base,
      cancelHref: base,
      isNew: !resource,
    });
  };

  router.get("/", async (_req, res) => {
    const base = listHref(res);
    const display = res.locals.user?.moneyDisplay;
    const summary = await resources.summary(projectId(res), {
      display: isOneOf(MONEY_DISPLAYS, display) ? display : "as-entered",
      labels: { rial: res.locals.t("money.rial"), toman: res.locals.t("money.toman") },
    });
    const link = (r: Resource) => ({ editHref: `${base}/${r.id}/edit`, deleteHref: `${base}/${r.id}/delete` });
    res.render("resources/index", {
      title: res.locals.t("resources.title"),
      crumbs: registerCrumbs(res, { key: "resources.title", href: base }),
      newHref: `${base}/new`,
      groups: summary.groups.map((g) => ({
        kind: g.kind,
        isPeople: g.kind === "people",
        rows: g.rows.map((row) => ({ ...row, ...link(row.resource), hasShare: row.share !== null })),
      })),
      totals: summary.totals.map((t) => ({ ...t, hasShare: t.share !== null })),
    });
  });

  mountRecordRoutes<Resource, Parameters<typeof resources.create>[1]>(router, {
    slug: "resources",
    param: "resourceId",
    labelPrefix: "resources",
    parse: parseResourceForm,
    service: resources,
    valuesOf,
    newValues: { kind: "people" },
    renderForm,
    deletePage: (t, r) => {
      const heading = t("common.deleteConfirmTitle", { name: r.name });
      return { heading, warning: t("resources.deleteWarning", { name: r.name }) };
    },
    deletedName: (r) => r.name,
  });

  return router;
}
