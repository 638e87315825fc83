// Project access (/projects/:projectId/access): the user accounts of the project with their roles and
// person records, giving an account access by e-mail, changing a role or person record, and removing
// access. project-context.ts has already checked project.manageMembers; the service keeps the rules
// (an owner remains, only owners and administrators touch the owner role).
import { Router, type Response } from "express";
import type { Project, User } from "../../entities";
import { PROJECT_ROLES, type Actor } from "../domain/permissions";
import { DomainError } from "../domain/errors";
import { flash } from "../http/locals";
import { formView, submitForm, type FormView } from "../http/form-view";
import { parseChangeAccessForm, parseGrantAccessForm } from "../forms/access";
import type { AccessActor } from "../services/user-service";
import { idParam, registerCrumbs } from "./register-pages";
import type { RouteDeps } from "./index";

/** A failed change of one row: shown at the top of the page and beside the row. */
interface RowError {
  id: number;
  message: string;
  /** The submitted values, to show again (none for a refused removal). */
  values?: Record<string, unknown>;
}

export function accessRoutes(deps: RouteDeps): Router {
  const router = Router({ mergeParams: true });
  const { users, members } = deps.services;
  const listHref = (res: Response) => `${res.locals.projectBase}/access`;
  const projectId = (res: Response) => (res.locals.project as Project).id;
  const accessActor = (res: Response): AccessActor => {
    const actor: Actor = res.locals.actor;
    return { mayManageOwners: actor.isAdmin || actor.role === "owner" };
  };

  async function renderPage(res: Response, addForm: FormView, rowError?: RowError): Promise<void> {
    const t = res.locals.t as (key: string, params?: Record<string, unknown>) => string;
    const base = listHref(res);
    const me: User = res.locals.user;
    const { mayManageOwners } = accessActor(res);
    const [rows, people] = await Promise.all([users.accessList(projectId(res)), members.list(projectId(res))]);
    const owners = rows.filter((r) => r.membership.role === "owner").length;
    const roleOptions = PROJECT_ROLES.filter((r) => mayManageOwners || r !== "owner").map((r) => ({ value: r, label: t(`role.${r}`) }));
    const personOptions = people.map((p) => ({ value: String(p.id), label: p.name }));
    res.render("access/index", {
      title: t("access.title"),
      crumbs: registerCrumbs(res, { key: "access.title", href: base }),
      base,
      addForm,
      roleOptions,
      personOptions,
      roleHelp: PROJECT_ROLES.map((r) => ({ role: r, label: t(`role.${r}`), help: t(`access.roleHelp.${r}`) })),
      rowError,
      rows: rows.map((r) => {
        const failed = rowError?.id === r.membership.id ? rowError : undefined;
        return {
          id: r.membership.id,
          user: r.user,
          role: r.membership.role,
          memberName: r.memberName,
          isSelf: r.user.id === me.id,
          lastOwner: r.membership.role === "owner" && owners <= 1,
          // A manager sees an owner's row but cannot change it.
          editable: mayManageOwners || r.membership.role !== "owner",
          values: failed?.values ?? { role: r.membership.role, memberId: r.membership.memberId === null ? "" : String(r.membership.memberId) },
          error: failed?.message,
          action: `${base}/${r.membership.id}`,
          removeAction: `${base}/${r.membership.id}/delete`,
        };
      }),
    });
  }

  router.get("/", async (_req, res) => {
    await renderPage(res, formView(res.locals.locale, { role: "member" }));
  });

  router.post("/", async (req, res) => {
    await submitForm(req, res, {
      parse: parseGrantAccessForm,
      labelPrefix: "access",
      save: async (input) => {
        const row = await users.grantAccess(projectId(res), input.email, { role: input.role, memberId: input.memberId }, accessActor(res), deps.now());
        flash(res, "access.granted", row.user.name);
        return listHref(res);
      },
      render: (form) => renderPage(res, form),
    });
  });

  /** Re-renders the page with 422 and the row's message when the service refuses a change. */
  async function refuse(res: Response, id: number, err: DomainError, values?: Record<string, unknown>): Promise<void> {
    res.status(422);
    await renderPage(res, formView(res.locals.locale, { role: "member" }), { id, message: res.locals.t(err.key, err.params), values });
  }

  router.post("/:membershipId", async (req, res) => {
    const id = idParam(req, "membershipId");
    const parsed = parseChangeAccessForm(req.body);
    if (!parsed.ok) {
      const [first] = Object.values(parsed.errors);
      res.status(422);
      await renderPage(res, formView(res.locals.locale, { role: "member" }), { id, message: res.locals.t(first.key, first.params), values: parsed.values });
      return;
    }
    try {
      const row = await users.changeAccess(projectId(res), id, parsed.value, accessActor(res), deps.now());
      flash(res, "access.changed", row.user.name);
    } catch (err) {
      if (err instanceof DomainError) return refuse(res, id, err, parsed.values);
      throw err;
    }
    res.redirect(303, listHref(res));
  });

  router.post("/:membershipId/delete", async (req, res) => {
    const id = idParam(req, "membershipId");
    const me: User = res.locals.user;
    try {
      const row = await users.removeAccess(projectId(res), id, accessActor(res), deps.now());
      flash(res, "access.removed", row.user.name);
      // Someone who removed their own access can no longer open the project.
      res.redirect(303, row.user.id === me.id && !me.isAdmin ? "/projects" : listHref(res));
    } catch (err) {
      if (err instanceof DomainError) return refuse(res, id, err);
      throw err;
    }
  });

  return router;
}
