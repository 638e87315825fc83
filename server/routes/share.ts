// Share links of a project (/projects/:projectId/share): the list, the create form, the new link's URL shown
// once, and revoke behind a confirmation page.
import { Router, type Request, type Response } from "express";
import type { Project } from "../../entities";
import { flash } from "../http/locals";
import { formView, type FormView } from "../http/form-view";
import { parseShareForm } from "../forms/share";
import { idParam, registerCrumbs } from "./register-pages";
import type { RouteDeps } from "./index";

/** Carries a new link's id and token from the create POST to the one GET that shows it. */
const CREATED_COOKIE = "share_created";

export function shareRoutes(deps: RouteDeps): Router {
  const router = Router({ mergeParams: true });
  const { shareLinks } = deps.services;
  const listHref = (res: Response) => `${res.locals.projectBase}/share`;

  async function renderList(res: Response, form: FormView, created?: { url: string; label: string }): Promise<void> {
    const project: Project = res.locals.project;
    const today = deps.today();
    res.render("share/index", {
      title: res.locals.t("share.title"),
      pageStyles: ["/public/css/dashboard.css"],
      crumbs: registerCrumbs(res, { key: "share.title", href: listHref(res) }),
      rows: await shareLinks.list(project.id, today),
      form,
      created,
      today,
      base: listHref(res),
      localeOptions: [
        { value: "en", label: res.locals.t("share.locale.en") },
        { value: "fa", label: res.locals.t("share.locale.fa") },
      ],
    });
  }

  // The new link's token reaches the list page once, in a short-lived cookie scoped to this page that the
  // page clears as it shows the URL (Post/Redirect/Get: reloading shows the list, and creates nothing).
  router.get("/", async (req, res) => {
    const project: Project = res.locals.project;
    const cookie = typeof req.cookies?.[CREATED_COOKIE] === "string" ? (req.cookies[CREATED_COOKIE] as string) : "";
    let created: { url: string; label: string } | undefined;
    if (cookie) {
      res.clearCookie(CREATED_COOKIE, { path: listHref(res) });
      const [id, token] = cookie.split(".", 2);
      const link = /^[1-9]\d{0,9}$/.test(id ?? "") ? await shareLinks.find(project.id, Number(id)) : null;
      if (link && token && shareLinks.matches(link, token)) created = { url: `${req.protocol}://${req.get("host")}/s/${token}`, label: link.label };
    }
    res.set("Cache-Control", "no-store");
    await renderList(res, formView(res.locals.locale, { locale: res.locals.locale }), created);
  });

  router.post("/", async (req: Request, res: Response) => {
    const project: Project = res.locals.project;
    const parsed = parseShareForm(req.body, deps.today());
    if (!parsed.ok) {
      res.status(422);
      await renderList(res, formView(res.locals.locale, parsed.values, parsed.errors, "share"));
      return;
    }
    const { link, token } = await shareLinks.create(project.id, parsed.value, deps.now());
    res.cookie(CREATED_COOKIE, `${link.id}.${token}`, { httpOnly: true, sameSite: "strict", path: listHref(res), maxAge: 60_000 });
    res.redirect(303, listHref(res));
  });

  router.get("/:linkId/revoke", async (req, res) => {
    const link = await shareLinks.get(res.locals.project.id, idParam(req, "linkId"));
    const heading: string = res.locals.t("share.revokeTitle", { label: link.label });
    res.render("share/revoke", {
      title: heading,
      heading,
      link,
      action: `${listHref(res)}/${link.id}/revoke`,
      cancel: listHref(res),
      crumbs: registerCrumbs(res, { key: "share.title", href: listHref(res) }, heading),
    });
  });

  router.post("/:linkId/revoke", async (req, res) => {
    const link = await shareLinks.revoke(res.locals.project.id, idParam(req, "linkId"), deps.now());
    flash(res, "share.revoked", link.label);
    res.redirect(303, listHref(res));
  });

  return router;
}
