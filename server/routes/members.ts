// People of a project: list with workload counts, add, edit, and remove behind a confirmation page.
import { Router, type Response } from "express";
import type { FormView } from "../http/form-view";
import { parseMemberForm } from "../forms/members";
import type { Member, Project } from "../../entities";
import { mountRecordRoutes, registerCrumbs } from "./register-pages";
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

  mountRecordRoutes<Member, Parameters<typeof members.create>[1]>(router, {
    slug: "people",
    param: "memberId",
    labelPrefix: "people",
    parse: parseMemberForm,
    service: members,
    valuesOf,
    renderForm,
    deletePage: (t, m) => {
      const heading = t("common.deleteConfirmTitle", { name: m.name });
      return { heading, warning: t("people.deleteWarning", { name: m.name }) };
    },
    deletedName: (m) => m.name,
  });

  return router;
}
