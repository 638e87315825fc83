// New project from a built-in template: the form (template, name, client, kickoff or go-live date,
// holidays) and its POST, which lays the plan out and writes it in one transaction.
import { Router, type Response } from "express";
import { flash } from "../http/locals";
import { formView, submitForm, type FormView } from "../http/form-view";
import { parseFromTemplateForm } from "../forms/from-template";
import { TEMPLATE_LANGUAGES, type ProjectTemplate } from "../domain/template-format";
import { formatDate } from "../view-helpers/format";
import { BUILT_IN_TEMPLATES } from "../../seeds/templates";
import type { RouteDeps } from "./index";

/** The value a template has in the form's select: its key and language ("smb-sales-crm:fa"). */
export const templateChoice = (t: ProjectTemplate): string => `${t.key}:${t.language}`;

export function findTemplate(choice: string): ProjectTemplate | undefined {
  return BUILT_IN_TEMPLATES.find((t) => templateChoice(t) === choice);
}

export function fromTemplateRoutes(deps: RouteDeps): Router {
  const router = Router();
  const { templateProjects } = deps.services;

  const render = (res: Response, form: FormView) => {
    const t = res.locals.t;
    const selected = String(form.values.template ?? "");
    const describe = (tpl: ProjectTemplate) => ({
      value: templateChoice(tpl),
      name: tpl.name,
      label: t("templates.option", { name: tpl.name, kind: t(`templates.kind.${tpl.kind}`), count: tpl.tasks.length }),
      kind: t(`templates.kind.${tpl.kind}`),
      taskCount: t("projects.count", { count: tpl.tasks.length }),
      description: tpl.description,
      language: tpl.language,
      selected: templateChoice(tpl) === selected,
    });
    res.render("projects/from-template", {
      title: t("templates.title"),
      form,
      groups: TEMPLATE_LANGUAGES.map((lang) => ({
        label: t(`templates.language.${lang}`),
        templates: BUILT_IN_TEMPLATES.filter((tpl) => tpl.language === lang).map(describe),
      })).filter((g) => g.templates.length > 0),
      templates: BUILT_IN_TEMPLATES.map(describe),
      anchors: (["kickoff", "golive"] as const).map((a) => ({ value: a, label: t(`templates.anchor.${a}`), checked: (form.values.anchor ?? "kickoff") === a })),
    });
  };

  router.get("/", (_req, res) => {
    const first = BUILT_IN_TEMPLATES[0];
    render(res, formView(res.locals.locale, { template: first ? templateChoice(first) : "", anchor: "kickoff", date: deps.today(), name: "", clientOrganisation: "", holidays: "" }));
  });

  router.post("/", async (req, res) => {
    await submitForm(req, res, {
      parse: (body) => parseFromTemplateForm(body, (choice) => findTemplate(choice) !== undefined),
      labelPrefix: "templates",
      save: async (input) => {
        const template = findTemplate(input.template)!;
        const { projectId, plan } = await templateProjects.create(
          { template, name: input.name, clientOrganisation: input.clientOrganisation, anchor: input.anchor, date: input.date, holidays: input.holidays },
          res.locals.user.id,
        );
        const t = res.locals.t;
        const locale = res.locals.locale;
        const detail =
          input.anchor === "golive"
            ? t("templates.createdGoLive", { template: template.name, date: formatDate(plan.goLive, locale) })
            : t("templates.createdKickoff", { template: template.name, date: formatDate(plan.kickoff, locale) });
        flash(res, "templates.created", detail);
        return `/projects/${projectId}`;
      },
      render: (form) => render(res, form),
    });
  });

  return router;
}
