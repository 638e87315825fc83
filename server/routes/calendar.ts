// The project calendar: working week (in settings) and dated exceptions — holidays and extra working days.
import { Router, type Response } from "express";
import { flash } from "../http/locals";
import { formView, submitForm, type FormView } from "../http/form-view";
import { parseCalendarExceptionForm } from "../forms/calendar";
import { parseWorkingWeek } from "../domain/calendar";
import { idParam, registerCrumbs } from "./register-pages";
import type { Project } from "../../entities";
import type { RouteDeps } from "./index";

export function calendarRoutes(deps: RouteDeps): Router {
  const router = Router({ mergeParams: true });
  const { calendar } = deps.services;
  const listHref = (res: Response) => `${res.locals.projectBase}/calendar`;

  async function renderPage(res: Response, form: FormView): Promise<void> {
    const project: Project = res.locals.project;
    const exceptions = await calendar.list(project.id);
    res.render("calendar/index", {
      title: res.locals.t("calendar.title"),
      crumbs: registerCrumbs(res, { key: "calendar.title", href: listHref(res) }),
      workingDays: parseWorkingWeek(project.workingDays).map((d) => `weekday.${d}`),
      exceptions,
      form,
      base: listHref(res),
    });
  }

  router.get("/", async (_req, res) => renderPage(res, formView(res.locals.locale)));

  router.post("/", async (req, res) => {
    const project: Project = res.locals.project;
    await submitForm(req, res, {
      parse: parseCalendarExceptionForm,
      labelPrefix: "calendar",
      save: async (input) => {
        const count = await calendar.add(project.id, input);
        flash(res, "calendar.added", String(count));
        return listHref(res);
      },
      render: (form) => renderPage(res, form),
    });
  });

  router.post("/:exceptionId/delete", async (req, res) => {
    const ex = await calendar.delete(res.locals.project.id, idParam(req, "exceptionId"));
    flash(res, "calendar.deleted", ex.date);
    res.redirect(303, listHref(res));
  });

  return router;
}
