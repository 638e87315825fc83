// New project from a library template: the form (template, name, client, kickoff or go-live date,
// working week, holidays, who fills each template role) and its POST, which lays the plan out and
// writes it in one transaction.
import { Router, type Request, type Response } from "express";
import { flash } from "../http/locals";
import { formView, type FormView } from "../http/form-view";
import { parseFromTemplateForm } from "../forms/from-template";
import { DomainError } from "../domain/errors";
import { weekdayOrder } from "../domain/calendar";
import { TEMPLATE_LANGUAGES, type ProjectTemplate } from "../domain/template-format";
import { formatDate, localNumbers } from "../view-helpers/format";
import type { FieldErrors } from "../forms/form";
import type { LoadedTemplate, TemplateRow } from "../services/template-service";
import type { RouteDeps } from "./index";

/** The value a template has in the form's select: its key and language ("smb-sales-crm:fa"). */
export const templateChoice = (t: Pick<ProjectTemplate, "key" | "language">): string => `${t.key}:${t.language}`;

/** The role fields: `role:<template role key>` = a user id, or '' to leave the role open. */
const roleField = (key: string) => `role:${key}`;

export function fromTemplateRoutes(deps: RouteDeps): Router {
  const router = Router();
  const { templateProjects, templates, users } = deps.services;

  const find = async (choice: string): Promise<LoadedTemplate | null> => {
    const at = choice.lastIndexOf(":");
    if (at <= 0) return null;
    return templates.findByKey(choice.slice(0, at), choice.slice(at + 1));
  };

  const render = async (res: Response, form: FormView) => {
    const t = res.locals.t;
    const rows = await templates.list();
    const selected = String(form.values.template ?? "");
    const current = (await find(selected)) ?? null;
    const activeUsers = (await users.list()).filter((u) => u.disabledAt === null);
    const rawWeek = form.values.workingDays ?? current?.template.workingWeek.map(String) ?? ["1", "2", "3", "4", "5"];
    const week = (Array.isArray(rawWeek) ? rawWeek : [rawWeek]).map(String);
    const describe = (row: TemplateRow) => ({
      value: templateChoice(row),
      label: t("templates.option", { name: row.name, kind: t(`templates.kind.${row.kind}`), ...localNumbers({ count: row.taskCount }, res.locals.locale) }),
      language: row.language,
      selected: templateChoice(row) === selected,
    });
    res.render("projects/from-template", {
      title: t("templates.title"),
      form,
      current: current && { id: current.id, name: current.name, language: current.language, version: current.version, description: current.description },
      groups: TEMPLATE_LANGUAGES.map((lang) => ({
        label: t(`templates.language.${lang}`),
        templates: rows.filter((r) => r.language === lang).map(describe),
      })).filter((g) => g.templates.length > 0),
      anchors: (["kickoff", "golive"] as const).map((a) => ({ value: a, label: t(`templates.anchor.${a}`), checked: (form.values.anchor ?? "kickoff") === a })),
      weekdays: weekdayOrder(res.locals.locale).map((d) => ({ value: d, key: `weekday.${d}`, checked: week.includes(String(d)) })),
      roles: (current?.template.roles ?? []).map((r) => {
        const name = roleField(r.key);
        const chosen = String(form.values[name] ?? "");
        return {
          name,
          id: `field-role-${r.key.replace(/[^A-Za-z0-9_-]/g, "_")}`,
          title: r.title,
          error: form.errors[name],
          options: [
            { value: "", label: t("templates.role.open"), selected: chosen === "" },
            ...activeUsers.map((u) => ({ value: String(u.id), label: `${u.name} <${u.email}>`, selected: chosen === String(u.id) })),
          ],
        };
      }),
    });
  };

  router.get("/", async (req: Request, res) => {
    const rows = await templates.list();
    const byId = typeof req.query.template === "string" && /^\d{1,9}$/.test(req.query.template) ? rows.find((r) => r.id === Number(req.query.template)) : undefined;
    const byChoice = typeof req.query.template === "string" ? rows.find((r) => templateChoice(r) === req.query.template) : undefined;
    const first = byId ?? byChoice ?? rows[0];
    await render(res, formView(res.locals.locale, { template: first ? templateChoice(first) : "", anchor: "kickoff", date: deps.today(), name: "", clientOrganisation: "", holidays: "" }));
  });

  router.post("/", async (req, res) => {
    const locale = res.locals.locale;
    const body = (req.body ?? {}) as Record<string, unknown>;
    const template = typeof body.template === "string" ? await find(body.template) : null;
    const parsed = parseFromTemplateForm(body, () => template !== null);
    // Roles: each names an active user or is left open.
    const activeUsers = new Set((await users.list()).filter((u) => u.disabledAt === null).map((u) => u.id));
    const roleUsers = new Map<string, number>();
    const roleErrors: FieldErrors = {};
    for (const r of template?.template.roles ?? []) {
      const raw = body[roleField(r.key)];
      if (raw === undefined || raw === "") continue;
      const id = typeof raw === "string" && /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
      if (activeUsers.has(id)) roleUsers.set(r.key, id);
      else roleErrors[roleField(r.key)] = { key: "templates.errors.unknownUser" };
    }
    if (!parsed.ok || Object.keys(roleErrors).length > 0 || !template) {
      res.status(422);
      return render(res, formView(locale, body, { ...(parsed.ok ? {} : parsed.errors), ...roleErrors }, "templates"));
    }
    const input = parsed.value;
    try {
      const { projectId, plan } = await templateProjects.create(
        { template: template.template, name: input.name, clientOrganisation: input.clientOrganisation, anchor: input.anchor, date: input.date, holidays: input.holidays, workingWeek: input.workingDays, roleUsers },
        res.locals.user.id,
      );
      const t = res.locals.t;
      const detail =
        input.anchor === "golive"
          ? t("templates.createdGoLive", { template: template.name, date: formatDate(plan.goLive, locale, res.locals.calendar) })
          : t("templates.createdKickoff", { template: template.name, date: formatDate(plan.kickoff, locale, res.locals.calendar) });
      flash(res, "templates.created", detail);
      res.redirect(303, `/projects/${projectId}`);
    } catch (err) {
      if (!(err instanceof DomainError) || !err.field) throw err;
      res.status(422);
      await render(res, formView(locale, body, { [err.field]: { key: err.key, params: err.params } }, "templates"));
    }
  });

  return router;
}
