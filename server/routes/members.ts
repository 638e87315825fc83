// People of a project: list with workload counts, add, edit, and remove behind a confirmation page.
import { Router, type Response } from "express";
import { flash } from "../http/locals";
import { formView, submitForm, type FormView } from "../http/form-view";
import { parseMemberForm } from "../forms/members";
import type { Member, Project } from "../../entities";
import { idParam, registerCrumbs, renderConfirmDelete } from "./register-pages";
import type { RouteDeps } from "./index";

const valuesOf = (m: Member): Record<string, unknown> => ({
  name: m.name,
  email: m.email,
  organisation: m.organisation,
  roleTitle: m.roleTitle,
});

export function memberRoutes(deps: RouteDeps): Router {
  const router = Router({ mergeParams: true });
  const { members } = deps.services;
  const listHref = (res: Response) => `${res.locals.projectBase}/people`;
  const projectId = (res: Response) => (res.locals.project as Project).id;

  const renderForm = (res: Response, form: FormView, member?: Member) => {
    const title: string = res.locals.t(member ? "people.edit" : "people.new");
    const base = listHref(res);
    res.render("people/form", {
      title,
      crumbs: registerCrumbs(res, { key: "people.title", href: base }, title),
      form,
      action: member ? `${base}/${member.id}/edit` : base,
      cancelHref: base,
      isNew: !member,
    });
  };

  router.get("/", async (_req, res) => {
    const rows = await members.listWithCounts(projectId(res));
    const base = listHref(res);
    res.render("people/index", {
      title: res.locals.t("people.title"),
      crumbs: registerCrumbs(res, { key: "people.title", href: base }),
      newHref: `${base}/new`,
      rows: rows.map((r) => ({ ...r, editHref: `${base}/${r.member.id}/edit`, deleteHref: `${base}/${r.member.id}/delete` })),
    });
  });

  router.get("/new", (_req, res) => renderForm(res, formView(res.locals.locale)));

  router.post("/", async (req, res) => {
    await submitForm(req, res, {
      parse: parseMemberForm,
      labelPrefix: "people",
      save: async (input) => {
        await members.create(projectId(res), input);
        flash(res, "people.created");
        return listHref(res);
      },
      render: (form) => renderForm(res, form),
    });
  });

  router.get("/:memberId/edit", async (req, res) => {
    const member = await members.get(projectId(res), idParam(req, "memberId"));
    renderForm(res, formView(res.locals.locale, valuesOf(member)), member);
  });

  router.post("/:memberId/edit", async (req, res) => {
    const member = await members.get(projectId(res), idParam(req, "memberId"));
    await submitForm(req, res, {
      parse: parseMemberForm,
      labelPrefix: "people",
      save: async (input) => {
        await members.update(projectId(res), member.id, input);
        flash(res, "common.saved");
        return listHref(res);
      },
      render: (form) => renderForm(res, form, member),
    });
  });

  router.get("/:memberId/delete", async (req, res) => {
    const member = await members.get(projectId(res), idParam(req, "memberId"));
    const base = listHref(res);
    const heading: string = res.locals.t("common.deleteConfirmTitle", { name: member.name });
    renderConfirmDelete(res, {
      heading,
      warning: res.locals.t("people.deleteWarning", { name: member.name }),
      action: `${base}/${member.id}/delete`,
      cancel: base,
      crumbs: registerCrumbs(res, { key: "people.title", href: base }, heading),
    });
  });

  router.post("/:memberId/delete", async (req, res) => {
    const member = await members.delete(projectId(res), idParam(req, "memberId"));
    flash(res, "people.deleted", member.name);
    res.redirect(303, listHref(res));
  });

  return router;
}
