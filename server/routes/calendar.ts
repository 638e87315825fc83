// The project calendar: working week (in settings) and dated exceptions — holidays and extra working days.
import { Router, type Response } from "express";
import { flash } from "../http/locals";
import { formView, submitForm, type FormView } from "../http/form-view";
import { parseCalendarExceptionForm } from "../forms/calendar";
import { parseWorkingWeek } from "../domain/calendar";
import { idParam, registerCrumbs } from "./register-pages";
import type { Project } from "../../entities";
import type { RouteDeps } from "./index";
import { toJalali, toPersianDigits } from "../domain/jalali";
import { iranHolidays } from "../services/holiday-files";

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

  // Iran's public holidays from the file the project ships (seeds/holidays/iran.json).
  const renderHolidays = (res: Response, error?: string) => {
    const t = res.locals.t;
    const fa = res.locals.locale === "fa";
    const digits = (n: number) => (fa ? toPersianDigits(String(n)) : String(n));
    const file = iranHolidays();
    const years = new Map<number, { year: string; rows: unknown[] }>();
    for (const [i, h] of file.holidays.entries()) {
      const year = toJalali(h.date)!.jy;
      if (!years.has(year)) years.set(year, { year: fa ? toPersianDigits(String(year)) : String(year), rows: [] });
      years.get(year)!.rows.push({ id: `${i}`, date: h.date, name: fa ? h.nameFa : h.nameEn, otherName: fa ? h.nameEn : h.nameFa, estimated: h.estimated, checked: !h.estimated });
    }
    res.render("calendar/holidays", {
      title: t("holidays.title"),
      crumbs: registerCrumbs(res, { key: "calendar.title", href: listHref(res) }, t("holidays.title")),
      years: [...years.values()],
      range: { first: digits(file.years.jalali[0]), last: digits(file.years.jalali[1]) },
      base: listHref(res),
      error,
    });
  };

  router.get("/holidays", (_req, res) => renderHolidays(res));

  router.post("/holidays", async (req, res) => {
    const file = iranHolidays();
    const raw = (req.body ?? {}).holiday;
    const picked = (Array.isArray(raw) ? raw : typeof raw === "string" ? [raw] : []).filter((x): x is string => typeof x === "string" && /^\d{1,4}$/.test(x));
    const days = [...new Set(picked)].map(Number).filter((i) => i < file.holidays.length).map((i) => file.holidays[i]);
    if (days.length === 0) {
      res.status(422);
      return renderHolidays(res, res.locals.t("holidays.errors.none"));
    }
    const fa = res.locals.locale === "fa";
    const count = await calendar.addHolidays(res.locals.project.id, days.map((h) => ({ date: h.date, name: fa ? h.nameFa : h.nameEn })), res.locals.t("holidays.title"));
    flash(res, "holidays.added", String(count));
    res.redirect(303, listHref(res));
  });

  router.post("/:exceptionId/delete", async (req, res) => {
    const ex = await calendar.delete(res.locals.project.id, idParam(req, "exceptionId"));
    flash(res, "calendar.deleted", ex.date);
    res.redirect(303, listHref(res));
  });

  return router;
}
