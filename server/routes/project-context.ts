// Loads the project named by :projectId (404 when unknown or not shared with the user), decides from
// the permission table whether the user may make this request (403 if not), and builds the side navigation.
import { Router, type Request } from "express";
import { NotFoundError, parseId } from "../http/errors";
import { ForbiddenError } from "../http/auth";
import { can, mayManageTemplates, type Actor } from "../domain/permissions";
import { ruleFor } from "../domain/route-permissions";
import type { User } from "../../entities";
import type { RouteDeps } from "./index";

/** The path below /projects/:projectId ("" for the overview). */
function relativePath(req: Request): string {
  return req.path === "/" ? "" : req.path.replace(/\/+$/, "");
}

export function projectContext(deps: RouteDeps): Router {
  const router = Router({ mergeParams: true });
  router.use(async (req, res, next) => {
    const projectId = parseId((req.params as Record<string, string>).projectId);
    const project = await deps.services.projects.get(projectId);
    const user: User = res.locals.user;
    let membership = user.isAdmin ? null : await deps.services.users.roleIn(project.id, user.id);
    // The draft a template is edited in belongs to the template managers (consultants), as managers.
    if (project.draftOfTemplateId !== null && !user.isAdmin) {
      membership = mayManageTemplates(user) ? { role: "manager", memberId: membership?.memberId ?? null } : null;
    }
    // A project not shared with the user does not exist for them.
    if (!user.isAdmin && !membership) throw new NotFoundError();
    const actor: Actor = { isAdmin: user.isAdmin, role: membership?.role ?? null };
    res.locals.actor = actor;
    const method = req.method === "HEAD" ? "GET" : req.method;
    const rule = ruleFor(method, relativePath(req));
    if (!rule) throw new ForbiddenError();
    let assigned = false;
    if (rule.assigned && membership?.memberId) {
      const id = Number(relativePath(req).split("/")[2]);
      assigned = Number.isInteger(id) && (await deps.services.tasks.isAssigned(project.id, rule.assigned, id, membership.memberId));
    }
    if (!can(actor, rule.permission, { assigned })) throw new ForbiddenError();
    const phases = await deps.services.projects.phases(projectId);
    res.locals.project = project;
    res.locals.phases = phases;
    if (project.draftOfTemplateId !== null) res.locals.templateDraft = await deps.services.templates.draftOwner(project.id);
    const base = `/projects/${project.id}`;
    res.locals.projectBase = base;
    const here = req.originalUrl.split("?")[0];
    const item = (href: string, key: string, exact = false) => ({
      href,
      key,
      current: exact ? here === href : here === href || here.startsWith(`${href}/`),
    });
    const allowed = (href: string) => {
      const r = ruleFor("GET", href.slice(base.length));
      return r !== null && can(actor, r.permission, {});
    };
    res.locals.projectNav = ([
      item(base, "nav.overview", true),
      item(`${base}/dashboard`, "nav.dashboard"),
      ...phases.map((p) => item(`${base}/phases/${p.kind}`, `phase.${p.kind}`)),
      item(`${base}/tasks`, "nav.tasks"),
      item(`${base}/gantt`, "nav.gantt"),
      item(`${base}/baselines`, "nav.baselines"),
      item(`${base}/people`, "nav.people"),
      item(`${base}/goals`, "nav.goals"),
      item(`${base}/resources`, "nav.resources"),
      item(`${base}/expectations`, "nav.expectations"),
      item(`${base}/crm`, "nav.crm"),
      item(`${base}/calendar`, "nav.calendar"),
      item(`${base}/share`, "nav.share"),
      item(`${base}/activity`, "nav.activity"),
      item(`${base}/settings`, "nav.settings"),
      item(`${base}/access`, "nav.access"),
    ]).filter((i) => allowed(i.href));
    next();
  });
  return router;
}
