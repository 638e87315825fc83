// Sign in, sign out, first-run setup of the first administrator, and changing one's password.
import { Router, type Request, type Response } from "express";
import { formView, submitForm, type FormView } from "../http/form-view";
import { DATE_CALENDARS, applyLocale, flash } from "../http/locals";
import { LOCALES } from "../i18n";
import { MONEY_DISPLAYS } from "../domain/money";
import { NotFoundError } from "../http/errors";
import { parseChangePasswordForm, parseLoginForm, parseProfileForm, parseSetupForm } from "../forms/auth";
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

  // Profile: the language of the pages and the calendar of dates.
  const renderProfile = (res: Response, form: FormView) => {
    const t = res.locals.t;
    res.render("auth/account", {
      title: t("account.title"),
      form,
      locales: LOCALES.map((l) => ({ value: l, label: t(`account.locale.${l}`) })),
      calendars: ["auto", ...DATE_CALENDARS].map((c) => ({ value: c, label: t(`account.calendar.${c}`) })),
      moneyDisplays: MONEY_DISPLAYS.map((m) => ({ value: m, label: t(`account.money.${m}`) })),
    });
  };

  router.get("/account", (_req, res) => {
    const user = res.locals.user;
    renderProfile(res, formView(res.locals.locale, { locale: user.locale, dateCalendar: user.dateCalendar, moneyDisplay: user.moneyDisplay }));
  });

  router.post("/account", async (req, res) => {
    await submitForm(req, res, {
      parse: parseProfileForm,
      labelPrefix: "account",
      save: async (input) => {
        await users.setPreferences(res.locals.user.id, input);
        // The chosen language applies now, also over an earlier ?lang= choice.
        res.cookie("lang", input.locale, { httpOnly: true, sameSite: "lax", maxAge: 365 * 86_400_000 });
        applyLocale(res, input.locale, input.dateCalendar === "auto" ? undefined : input.dateCalendar);
        flash(res, "account.saved");
        return "/account";
      },
      render: (form) => renderProfile(res, form),
    });
  });

  return router;
}
