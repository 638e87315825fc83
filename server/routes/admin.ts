// User administration (/admin/users), administrators only: the list of accounts, a new account, editing
// one (name, e-mail, administrator, disabled), setting a new password, and disabling / enabling.
import { Router, type Request, type Response } from "express";
import type { User } from "../../entities";
import { requireAdmin } from "../http/auth";
import { NotFoundError } from "../http/errors";
import { flash } from "../http/locals";
import { formView, submitForm, type FormView } from "../http/form-view";
import { parseEditUserForm, parseNewUserForm, parseSetPasswordForm } from "../forms/admin";
import { idParam, type Crumb } from "./register-pages";
import type { RouteDeps } from "./index";

const BASE = "/admin/users";

const valuesOf = (u: User): Record<string, unknown> => ({
  name: u.name,
  email: u.email,
  isAdmin: u.isAdmin ? "on" : "",
  isConsultant: u.isConsultant ? "on" : "",
  disabled: u.disabledAt ? "on" : "",
});

export function adminRoutes(deps: RouteDeps): Router {
  const router = Router();
  router.use(requireAdmin);
  const { users } = deps.services;

  /** Users › the current page. */
  const crumbs = (res: Response, current: string): Crumb[] => [{ label: res.locals.t("admin.users.title"), href: BASE }, { label: current }];
  const me = (res: Response): User => res.locals.user;
  const load = async (req: Request): Promise<User> => {
    const user = await users.get(idParam(req, "userId"));
    if (!user) throw new NotFoundError();
    return user;
  };

  router.get("/", async (_req, res) => {
    const rows = (await users.list()).map((u) => ({
      user: u,
      isSelf: u.id === me(res).id,
      editHref: `${BASE}/${u.id}/edit`,
      passwordHref: `${BASE}/${u.id}/password`,
      toggleAction: `${BASE}/${u.id}/${u.disabledAt ? "enable" : "disable"}`,
    }));
    res.render("admin/users", { title: res.locals.t("admin.users.title"), rows, newHref: `${BASE}/new` });
  });

  const renderNew = (res: Response, form: FormView) => {
    const title: string = res.locals.t("admin.users.new");
    res.render("admin/user-form", { title, crumbs: crumbs(res, title), form, action: BASE, isNew: true, cancelHref: BASE });
  };

  router.get("/new", (_req, res) => renderNew(res, formView(res.locals.locale)));

  router.post("/", async (req, res) => {
    await submitForm(req, res, {
      parse: parseNewUserForm,
      labelPrefix: "admin",
      save: async (input) => {
        const user = await users.create(input);
        flash(res, "admin.users.created", user.name);
        return BASE;
      },
      render: (form) => renderNew(res, { ...form, values: { ...form.values, password: "" } }),
    });
  });

  const renderEdit = (res: Response, form: FormView, user: User) => {
    const title: string = res.locals.t("admin.users.edit", { name: user.name });
    res.render("admin/user-form", {
      title,
      crumbs: crumbs(res, title),
      form,
      account: user,
      isSelf: user.id === me(res).id,
      action: `${BASE}/${user.id}/edit`,
      passwordHref: `${BASE}/${user.id}/password`,
      cancelHref: BASE,
    });
  };

  router.get("/:userId/edit", async (req, res) => {
    const user = await load(req);
    renderEdit(res, formView(res.locals.locale, valuesOf(user)), user);
  });

  router.post("/:userId/edit", async (req, res) => {
    const user = await load(req);
    await submitForm(req, res, {
      parse: parseEditUserForm,
      labelPrefix: "admin",
      save: async (input) => {
        await users.update(user.id, input, me(res).id, deps.now());
        flash(res, "common.saved");
        return BASE;
      },
      render: (form) => renderEdit(res, form, user),
    });
  });

  const renderPassword = (res: Response, form: FormView, user: User) => {
    const title: string = res.locals.t("admin.users.passwordTitle", { name: user.name });
    res.render("admin/password", { title, crumbs: crumbs(res, title), form, account: user, action: `${BASE}/${user.id}/password`, cancelHref: BASE });
  };

  router.get("/:userId/password", async (req, res) => {
    const user = await load(req);
    renderPassword(res, formView(res.locals.locale), user);
  });

  router.post("/:userId/password", async (req, res) => {
    const user = await load(req);
    await submitForm(req, res, {
      parse: parseSetPasswordForm,
      labelPrefix: "admin",
      save: async (input) => {
        // Resetting one's own password here keeps the session in use.
        await users.setPassword(user.id, input.password, req.sessionID);
        flash(res, "admin.users.passwordSet", user.name);
        return BASE;
      },
      render: (form) => renderPassword(res, { ...form, values: {} }, user),
    });
  });

  for (const [action, disabled] of [["disable", true], ["enable", false]] as const) {
    router.post(`/:userId/${action}`, async (req, res) => {
      const user = await load(req);
      await users.setDisabled(user.id, disabled, me(res).id, deps.now());
      flash(res, disabled ? "admin.users.disabledDone" : "admin.users.enabledDone", user.name);
      res.redirect(303, BASE);
    });
  }

  return router;
}
