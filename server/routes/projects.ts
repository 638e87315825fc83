// Project list, creation, settings, archive and delete.
import { Router, type Response } from "express";
import { flash } from "../http/locals";
import { formView, submitForm, type FormView } from "../http/form-view";
import { parseDeleteProjectForm, parseProjectForm } from "../forms/projects";
import { defaultWorkingWeek, parseWorkingWeek, weekdayOrder } from "../domain/calendar";
import type { Project } from "../../entities";
import type { RouteDeps } from "./index";


function projectFormModel(res: Response, form: FormView, extra: Record<string, unknown>) {
  const raw = form.values.workingDays;
  const selected = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map(String);
  return {
    form,
    weekdays: weekdayOrder(res.locals.locale).map((d) => ({ value: d, key: `weekday.${d}`, checked: selected.includes(String(d)) })),
    ...extra,
  };
}

function valuesOf(p: Project): Record<string, unknown> {
  return {
    name: p.name,
    clientOrganisation: p.clientOrganisation,
    description: p.description,
    kickoffDate: p.kickoffDate,
    workingDays: parseWorkingWeek(p.workingDays).map(String),
  };
}

export function projectRoutes(deps: RouteDeps): Router {
  const router = Router();
  const { projects } = deps.services;

  router.get("/", async (req, res) => {
    const archived = req.query.archived === "1";
    const user = res.locals.user;
    const rows = await projects.list({ archived, onlyIds: user.isAdmin ? undefined : await deps.services.users.projectIdsOf(user.id) });
    res.render("projects/index", { title: res.locals.t(archived ? "projects.archivedTitle" : "projects.title"), rows, archived });
  });

  router.get("/new", (_req, res) => {
    const form = formView(res.locals.locale, { kickoffDate: deps.today(), workingDays: defaultWorkingWeek(res.locals.locale).map(String) });
    res.render("projects/form", projectFormModel(res, form, { title: res.locals.t("projects.new"), action: "/projects", isNew: true }));
  });

  router.post("/", async (req, res) => {
    await submitForm(req, res, {
      parse: parseProjectForm,
      labelPrefix: "projects",
      save: async (input) => {
        const project = await projects.create(input, { ownerUserId: res.locals.user.id });
        flash(res, "projects.created");
        return `/projects/${project.id}`;
      },
      render: (form) =>
        res.render("projects/form", projectFormModel(res, form, { title: res.locals.t("projects.new"), action: "/projects", isNew: true })),
    });
  });

  return router;
}

/** Mounted under /projects/:projectId after the project context is loaded. */
export function projectSettingsRoutes(deps: RouteDeps): Router {
  const router = Router({ mergeParams: true });
  const { projects } = deps.services;

  const renderSettings = (res: Response, form: FormView) =>
    res.render(
      "projects/form",
      projectFormModel(res, form, {
        title: res.locals.t("projects.settings"),
        action: `${res.locals.projectBase}/settings`,
        isNew: false,
      }),
    );

  router.get("/settings", (_req, res) => {
    renderSettings(res, formView(res.locals.locale, valuesOf(res.locals.project)));
  });

  router.post("/settings", async (req, res) => {
    const project: Project = res.locals.project;
    await submitForm(req, res, {
      parse: parseProjectForm,
      labelPrefix: "projects",
      save: async (input) => {
        await projects.update(project.id, input);
        flash(res, "common.saved");
        return `/projects/${project.id}/settings`;
      },
      render: (form) => renderSettings(res, form),
    });
  });

  router.post("/archive", async (_req, res) => {
    const project: Project = res.locals.project;
    await projects.setArchived(project.id, true, deps.now());
    flash(res, "projects.archived");
    res.redirect(303, `/projects/${project.id}`);
  });

  router.post("/unarchive", async (_req, res) => {
    const project: Project = res.locals.project;
    await projects.setArchived(project.id, false, deps.now());
    flash(res, "projects.unarchived");
    res.redirect(303, `/projects/${project.id}`);
  });

  const renderDelete = (res: Response, form: FormView) =>
    res.render("projects/delete", { title: res.locals.t("projects.deleteTitle"), form });

  router.get("/delete", (_req, res) => renderDelete(res, formView(res.locals.locale)));

  router.post("/delete", async (req, res) => {
    const project: Project = res.locals.project;
    const parsed = parseDeleteProjectForm(req.body);
    if (!parsed.ok || parsed.value.confirmName !== project.name) {
      res.status(422);
      const errors = parsed.ok || parsed.errors.confirmName?.key !== "errors.required" ? { confirmName: { key: "projects.deleteMismatch" } } : parsed.errors;
      renderDelete(res, formView(res.locals.locale, parsed.values, errors));
      return;
    }
    await projects.delete(project.id);
    flash(res, "projects.deleted", project.name);
    res.redirect(303, "/projects");
  });

  return router;
}
