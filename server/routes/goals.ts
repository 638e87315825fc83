// Goals and KPIs of a project: list with progress to target, create, edit, delete behind a confirmation page.
import { Router, type Response } from "express";
import type { FormView } from "../http/form-view";
import { parseGoalForm } from "../forms/goals";
import { goalProgress } from "../domain/progress";
import type { Goal, Project } from "../../entities";
import { mountRecordRoutes, registerCrumbs } from "./register-pages";
import type { RouteDeps } from "./index";

const text = (n: number | null) => (n === null ? "" : String(n));

const valuesOf = (g: Goal): Record<string, unknown> => ({
  name: g.name,
  unit: g.unit,
  baseline: text(g.baseline),
  target: String(g.target),
  actual: text(g.actual),
  dueDate: g.dueDate ?? "",
  ownerId: g.ownerId === null ? "" : String(g.ownerId),
  notes: g.notes,
});

/** A list row: the goal plus what the view prints (percent rounded, null when not measured). */
function rowOf(goal: Goal, base: string) {
  const progress = goalProgress(goal);
  return {
    goal,
    hasBaseline: goal.baseline !== null,
    hasActual: goal.actual !== null,
    percent: progress === null ? null : Math.round(progress * 100),
    editHref: `${base}/${goal.id}/edit`,
    deleteHref: `${base}/${goal.id}/delete`,
  };
}

export function goalRoutes(deps: RouteDeps): Router {
  const router = Router({ mergeParams: true });
  const { goals, members } = deps.services;
  const listHref = (res: Response) => `${res.locals.projectBase}/goals`;
  const projectId = (res: Response) => (res.locals.project as Project).id;

  const renderForm = async (res: Response, form: FormView, goal?: Goal) => {
    const title: string = res.locals.t(goal ? "goals.edit" : "goals.new");
    const base = listHref(res);
    const people = await members.list(projectId(res));
    res.render("goals/form", {
      title,
      crumbs: registerCrumbs(res, { key: "goals.title", href: base }, title),
      form,
      owners: people.map((m) => ({ value: String(m.id), label: m.name })),
      action: goal ? `${base}/${goal.id}/edit` : base,
      cancelHref: base,
      isNew: !goal,
    });
  };

  router.get("/", async (_req, res) => {
    const base = listHref(res);
    const rows = await goals.list(projectId(res));
    res.render("goals/index", {
      title: res.locals.t("goals.title"),
      crumbs: registerCrumbs(res, { key: "goals.title", href: base }),
      newHref: `${base}/new`,
      rows: rows.map((g) => rowOf(g, base)),
    });
  });

  mountRecordRoutes<Goal, Parameters<typeof goals.create>[1]>(router, {
    slug: "goals",
    param: "goalId",
    labelPrefix: "goals",
    parse: parseGoalForm,
    service: goals,
    valuesOf,
    renderForm,
    deletePage: (t, g) => {
      const heading = t("common.deleteConfirmTitle", { name: g.name });
      return { heading, warning: t("goals.deleteWarning", { name: g.name }) };
    },
    deletedName: (g) => g.name,
  });

  return router;
}
