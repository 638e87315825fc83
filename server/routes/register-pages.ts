// Shared pieces of the register pages (people, goals, resources, expectations): breadcrumbs,
// the id route parameter and the generic confirm-delete page (views/shared/confirm-delete.hbs).
import type { Request, Response, Router } from "express";
import { parseId } from "../http/errors";
import { flash } from "../http/locals";
import { formView, submitForm, type FormView } from "../http/form-view";
import type { FormResult } from "../forms/form";

export interface Crumb {
  label: string;
  href?: string;
}

/** Project › register (linked) › current page; without current the register is the last, unlinked crumb. */
export function registerCrumbs(res: Response, register: { key: string; href: string }, current?: string): Crumb[] {
  const crumbs: Crumb[] = [{ label: res.locals.project.name, href: res.locals.projectBase }];
  const label: string = res.locals.t(register.key);
  if (current === undefined) return [...crumbs, { label }];
  return [...crumbs, { label, href: register.href }, { label: current }];
}

/** The named route parameter as a positive integer id; anything else is a 404. */
export function idParam(req: Request, name: string): number {
  return parseId((req.params as Record<string, string>)[name]);
}

/**
 * Renders the confirmation page shown before a delete: heading, warning text (say what goes with the
 * record and that it cannot be undone), the URL the confirming POST goes to and the URL Cancel returns to.
 */
export function renderConfirmDelete(
  res: Response,
  page: { heading: string; warning: string; action: string; cancel: string; crumbs?: Crumb[] },
): void {
  res.render("shared/confirm-delete", { title: page.heading, ...page });
}

/** What a register's service offers: records scoped to a project, NotFound for foreign ids. */
export interface RecordService<R, I> {
  get(projectId: number, id: number): Promise<R>;
  create(projectId: number, input: I): Promise<unknown>;
  update(projectId: number, id: number, input: I): Promise<unknown>;
  delete(projectId: number, id: number): Promise<R>;
}

export interface RecordRoutes<R extends { id: number }, I> {
  /** URL segment under the project, also the i18n prefix: "goals" → goals.title, goals.created… */
  slug: string;
  /** Route parameter name, e.g. "goalId". */
  param: string;
  /** Catalogue prefix of the field labels (see formView). */
  labelPrefix: string;
  parse: (body: unknown) => FormResult<I>;
  service: RecordService<R, I>;
  valuesOf: (record: R) => Record<string, unknown>;
  newValues?: Record<string, unknown>;
  renderForm: (res: Response, form: FormView, record?: R) => Promise<void> | void;
  /** The confirmation page's heading and warning for a record. */
  deletePage: (t: (key: string, params?: Record<string, unknown>) => string, record: R) => { heading: string; warning: string };
  /** The name shown in the "deleted" flash ("" for none). */
  deletedName: (record: R) => string;
}

/**
 * Mounts the register's new/create, edit/update and confirm/delete routes (GET pages, POST changes,
 * 422 re-render on bad input, 303 back to the list with a flash message).
 */
export function mountRecordRoutes<R extends { id: number }, I>(router: Router, spec: RecordRoutes<R, I>): void {
  const listHref = (res: Response) => `${res.locals.projectBase}/${spec.slug}`;
  const projectId = (res: Response): number => res.locals.project.id;
  const load = (req: Request, res: Response) => spec.service.get(projectId(res), idParam(req, spec.param));
  const submit = (req: Request, res: Response, save: (input: I) => Promise<unknown>, flashKey: string, record?: R) =>
    submitForm(req, res, {
      parse: spec.parse,
      labelPrefix: spec.labelPrefix,
      save: async (input) => {
        await save(input);
        flash(res, flashKey);
        return listHref(res);
      },
      render: (form) => spec.renderForm(res, form, record),
    });

  router.get("/new", (_req, res) => spec.renderForm(res, formView(res.locals.locale, spec.newValues ?? {})));
  router.post("/", (req, res) => submit(req, res, (input) => spec.service.create(projectId(res), input), `${spec.slug}.created`));

  router.get(`/:${spec.param}/edit`, async (req, res) => {
    const record = await load(req, res);
    await spec.renderForm(res, formView(res.locals.locale, spec.valuesOf(record)), record);
  });
  router.post(`/:${spec.param}/edit`, async (req, res) => {
    const record = await load(req, res);
    await submit(req, res, (input) => spec.service.update(projectId(res), record.id, input), "common.saved", record);
  });

  router.get(`/:${spec.param}/delete`, async (req, res) => {
    const record = await load(req, res);
    const base = listHref(res);
    const { heading, warning } = spec.deletePage(res.locals.t, record);
    renderConfirmDelete(res, {
      heading,
      warning,
      action: `${base}/${record.id}/delete`,
      cancel: base,
      crumbs: registerCrumbs(res, { key: `${spec.slug}.title`, href: base }, heading),
    });
  });
  router.post(`/:${spec.param}/delete`, async (req, res) => {
    const record = await spec.service.delete(projectId(res), idParam(req, spec.param));
    flash(res, `${spec.slug}.deleted`, spec.deletedName(record));
    res.redirect(303, listHref(res));
  });
}
