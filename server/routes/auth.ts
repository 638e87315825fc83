// Sign in, sign out, first-run setup of the first administrator, and changing one's password.
import { Router, type Request, type Response } from "express";
import { formView, submitForm, type FormView } from "../http/form-view";
import { flash } from "../http/locals";
import { NotFoundError } from "../http/errors";
import { parseChangePasswordForm, parseLoginForm, parseSetupForm } from "../forms/auth";
import type { RouteDeps } from "./index";

/** Only same-site paths are followed after sign-in (no open redirect). */
function safeNext(raw: unknown): string {
  return typeof raw === "string" && /^\/(?!\/)[^\\]*$/.test(raw) && !raw.startsWith("/login") ? raw : "/projects";
}

/** A new session id on every sign-in, so a fixed session cannot be taken over. */
function signIn(req: Request, userId: number): Promise<void> {
  return new Promise((resolve, reject) => {
    req.session.regenerate((err) => {
      if (err) return reject(err);
      req.session.userId = userId;
      req.session.save((e) => (e ? reject(e) : resolve()));
    });
  });
}

export function authRoutes(deps: RouteDeps): Router {
  const router = Router();
  const { users } = deps.services;

  const renderLogin = (res: Response, form: FormView) => res.render("auth/login", { title: res.locals.t("auth.signIn"), form, bare: true });

  router.get("/login", (req, res) => {
    if (res.locals.user) return res.redirect(302, safeNext(req.query.next));
    renderLogin(res, formView(res.locals.locale, { next: safeNext(req.query.next) }));
  });

  router.post("/login", async (req, res) => {
    await submitForm(req, res, {
      parse: parseLoginForm,
      labelPrefix: "auth",
      save: async (input) => {
        const user = await users.authenticate(input.email, input.password, req.ip ?? "unknown", new Date(deps.now()));
        await signIn(req, user.id);
        return safeNext(input.next);
      },
      render: (form) => renderLogin(res, { ...form, values: { ...form.values, password: "" } }),
    });
  });

  router.post("/logout", (req, res, next) => {
    req.session.destroy((err) => {
      if (err) return next(err);
      res.clearCookie("crm.sid");
      res.redirect(303, "/login");
    });
  });

  const renderSetup = (res: Response, form: FormView) => res.render("auth/setup", { title: res.locals.t("auth.setup.title"), form, bare: true });

  router.get("/setup", async (req, res) => {
    const token = typeof req.query.token === "string" ? req.query.token : "";
    if ((await users.count()) > 0) return res.redirect(302, "/login");
    if (!(await users.setupTokenValid(token))) {
      return res.status(token ? 404 : 200).render("auth/setup-instructions", { title: res.locals.t("auth.setup.title"), bare: true });
    }
    renderSetup(res, formView(res.locals.locale, { token }));
  });

  router.post("/setup", async (req, res) => {
    if ((await users.count()) > 0) throw new NotFoundError();
    await submitForm(req, res, {
      parse: parseSetupForm,
      labelPrefix: "auth",
      save: async (input) => {
        const user = await users.completeSetup(input.token, { email: input.email, name: input.name, password: input.password });
        await signIn(req, user.id);
        flash(res, "auth.setup.done");
        return "/projects";
      },
      render: (form) => renderSetup(res, { ...form, values: { ...form.values, password: "" } }),
    });
  });

  const renderPassword = (res: Response, form: FormView) => res.render("auth/password", { title: res.locals.t("auth.changePassword"), form });

  router.get("/account/password", (_req, res) => renderPassword(res, formView(res.locals.locale)));

  router.post("/account/password", async (req, res) => {
    await submitForm(req, res, {
      parse: parseChangePasswordForm,
      labelPrefix: "auth",
      save: async (input) => {
        await users.changePassword(res.locals.user.id, input.current, input.password);
        flash(res, "auth.passwordChanged");
        return "/projects";
      },
      render: (form) => renderPassword(res, form),
    });
  });

  return router;
}
