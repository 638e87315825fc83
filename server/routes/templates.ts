// The template library: list (search, language, kind), preview with a small Gantt, JSON export and
// import, clone, edit in a draft project and publish, delete, and save a project as a template.
// Everyone signed in browses and uses templates; consultants and administrators manage them.
import { Router, type Request, type RequestHandler, type Response } from "express";
import multer from "multer";
import { flash } from "../http/locals";
import { formView, submitForm, type FormView } from "../http/form-view";
import { ForbiddenError } from "../http/auth";
import { NotFoundError, parseId } from "../http/errors";
import { can, mayManageTemplates } from "../domain/permissions";
import { TEMPLATE_KINDS, TEMPLATE_LANGUAGES, type TemplateProblem } from "../domain/template-format";
import { freeKey, templatePreview } from "../domain/template-library";
import { isOneOf } from "../domain/types";
import { parseSaveAsTemplateForm, slugOf } from "../forms/templates";
import { translate, translatePlain } from "../i18n";
import { templateChoice } from "./from-template";
import type { LoadedTemplate, TemplateRow } from "../services/template-service";
import type { RouteDeps } from "./index";

export const MAX_TEMPLATE_MB = 5;

const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_TEMPLATE_MB * 1024 * 1024, files: 1, fields: 5, fieldSize: 1000, parts: 10 },
}).single("file");

const requireManager: RequestHandler = (_req, res, next) => {
  if (mayManageTemplates(res.locals.user)) return next();
  throw new ForbiddenError();
};

/** Bars of the small Gantt as percentages of the plan (mirrored by CSS logical properties in RTL). */
function chart(t: LoadedTemplate) {
  const preview = templatePreview(t.template);
  const pct = (n: number) => Math.round((n / preview.totalDays) * 10000) / 100;
  const rowHeight = 8;
  return {
    totalDays: preview.totalDays,
    height: preview.bars.length * rowHeight + 4,
    bars: preview.bars.map((b, i) => ({
      ...b,
      y: i * rowHeight + 2,
      x: pct(b.from),
      width: Math.max(pct(b.days), 0.4),
      cx: pct(b.from),
    })),
    phases: preview.phases,
  };
}

export function templateRoutes(deps: RouteDeps): Router {
  const router = Router();
  const { templates, users } = deps.services;

  const load = async (req: Request): Promise<LoadedTemplate> => templates.get(parseId((req.params as Record<string, string>).templateId));

  const rowView = (res: Response, r: TemplateRow) => {
    const t = res.locals.t;
    return {
      ...r,
      href: `/templates/${r.id}`,
      kindLabel: t(`templates.kind.${r.kind}`),
      languageLabel: t(`templates.language.${r.language}`),
      taskCountLabel: t("library.taskCount", { count: r.taskCount }),
      durationLabel: t("library.duration", { count: r.durationDays }),
    };
  };

  router.get("/", async (req, res) => {
    const t = res.locals.t;
    const q = typeof req.query.q === "string" ? req.query.q.slice(0, 200) : "";
    const language = typeof req.query.language === "string" && isOneOf(TEMPLATE_LANGUAGES, req.query.language) ? req.query.language : "";
    const kind = typeof req.query.kind === "string" && isOneOf(TEMPLATE_KINDS, req.query.kind) ? req.query.kind : "";
    const rows = await templates.list({ q, language, kind });
    res.render("templates/index", {
      title: t("library.title"),
      q,
      filtered: q !== "" || language !== "" || kind !== "",
      languages: [{ value: "", label: t("library.anyLanguage"), selected: language === "" }, ...TEMPLATE_LANGUAGES.map((l) => ({ value: l, label: t(`templates.language.${l}`), selected: l === language }))],
      kinds: [{ value: "", label: t("library.anyKind"), selected: kind === "" }, ...TEMPLATE_KINDS.map((k) => ({ value: k, label: t(`templates.kind.${k}`), selected: k === kind }))],
      rows: rows.map((r) => rowView(res, r)),
      mayManage: mayManageTemplates(res.locals.user),
    });
  });

  // Import ---------------------------------------------------------------------------------------
  const renderImport = (res: Response, problems: TemplateProblem[] = [], error?: string) => {
    const t = res.locals.t;
    const locale = res.locals.locale;
    res.render("templates/import", {
      title: t("library.import.title"),
      maxMb: MAX_TEMPLATE_MB,
      error,
      problems: problems.map((p) => ({ path: p.path, message: translate(locale, p.key, p.params) })),
      problemCount: t("library.import.problemCount", { count: problems.length }),
    });
  };

  router.get("/import", requireManager, (_req, res) => renderImport(res));

  router.post("/import", requireManager, async (req, res) => {
    const t = res.locals.t;
    const failed = await new Promise<unknown>((resolve) => upload(req, res, (err?: unknown) => resolve(err ?? null)));
    if (failed) {
      const tooLarge = failed instanceof multer.MulterError && failed.code === "LIMIT_FILE_SIZE";
      res.status(tooLarge ? 413 : 422);
      return renderImport(res, [], tooLarge ? t("library.import.tooLarge", { max: MAX_TEMPLATE_MB }) : t("library.import.badUpload"));
    }
    const file = req.file;
    if (!file || file.size === 0) {
      res.status(422);
      return renderImport(res, [], t("library.import.noFile"));
    }
    const text = new TextDecoder("utf-8", { fatal: false }).decode(file.buffer);
    const outcome = await templates.importFile(text, res.locals.user.id);
    if (!outcome.ok) {
      res.status(422);
      return renderImport(res, outcome.problems);
    }
    const done = { created: "library.import.created", updated: "library.import.updated", unchanged: "library.import.unchanged" } as const;
    flash(res, done[outcome.status], `${outcome.template.name} · ${t("library.version", { version: outcome.template.version })}`);
    res.redirect(303, `/templates/${outcome.template.id}`);
  });

  // Save a project as a template -------------------------------------------------------------------
  /** The project, when the user may read its internals (404 when it is not theirs, like project pages). */
  const sourceProject = async (req: Request, res: Response) => {
    const projectId = parseId((req.params as Record<string, string>).projectId);
    const project = await deps.services.projects.get(projectId);
    const user = res.locals.user;
    const membership = user.isAdmin ? null : await users.roleIn(projectId, user.id);
    if (!user.isAdmin && !membership) throw new NotFoundError();
    if (!can({ isAdmin: user.isAdmin, role: membership?.role ?? null }, "project.viewInternal")) throw new ForbiddenError();
    return project;
  };

  const renderSave = (res: Response, project: { id: number; name: string }, form: FormView) => {
    const t = res.locals.t;
    res.render("templates/from-project", {
      title: t("library.save.title"),
      project,
      form,
      languages: TEMPLATE_LANGUAGES.map((l) => ({ value: l, label: t(`templates.language.${l}`) })),
      kinds: TEMPLATE_KINDS.map((k) => ({ value: k, label: t(`templates.kind.${k}`) })),
    });
  };

  router.get("/from-project/:projectId", requireManager, async (req, res) => {
    const project = await sourceProject(req, res);
    const taken = new Set((await templates.list()).map((r) => r.key));
    const key = freeKey(slugOf(project.name) || `project-${project.id}`, taken);
    renderSave(
      res,
      project,
      formView(res.locals.locale, {
        name: project.name,
        key,
        language: res.locals.locale,
        kind: "custom",
        description: project.description,
        includeChecklists: "on",
        includeGoals: "on",
        includeResources: "on",
      }),
    );
  });

  router.post("/from-project/:projectId", requireManager, async (req, res) => {
    const project = await sourceProject(req, res);
    await submitForm(req, res, {
      parse: parseSaveAsTemplateForm,
      labelPrefix: "library.save",
      save: async (input) => {
        const row = await templates.saveFromProject(
          project.id,
          {
            key: input.key,
            name: input.name,
            language: input.language,
            kind: input.kind,
            description: input.description,
            include: { checklists: input.includeChecklists, goals: input.includeGoals, resources: input.includeResources },
          },
          res.locals.user.id,
        );
        flash(res, "library.save.done", row.name);
        return `/templates/${row.id}`;
      },
      render: (form) => renderSave(res, project, form),
    });
  });

  // One template ----------------------------------------------------------------------------------
  router.get("/:templateId", async (req, res) => {
    const t = res.locals.t;
    const tpl = await load(req);
    const roleTitle = new Map(tpl.template.roles.map((r) => [r.key, r.title]));
    res.render("templates/show", {
      title: tpl.name,
      tpl: rowView(res, tpl),
      template: tpl.template,
      chart: chart(tpl),
      phases: templatePreview(tpl.template).phases.map((p) => ({
        ...p,
        label: t(`phase.${p.kind}`),
        taskCountLabel: t("library.taskCount", { count: p.taskCount }),
        checklistLabel: t("library.checklistCount", { count: p.checklistCount }),
        durationLabel: t("library.duration", { count: p.days }),
        items: tpl.template.phases.find((x) => x.kind === p.kind)?.checklist.map((i) => ({ ...i, owner: i.ownerRole ? roleTitle.get(i.ownerRole) : undefined })) ?? [],
      })),
      goLive: tpl.template.goLiveTaskKey ? tpl.template.tasks.find((x) => x.key === tpl.template.goLiveTaskKey)?.name : undefined,
      useHref: `/projects/from-template?template=${encodeURIComponent(templateChoice(tpl))}`,
      mayManage: mayManageTemplates(res.locals.user),
      fileName: exportName(tpl),
    });
  });

  router.get("/:templateId/export", async (req, res) => {
    const tpl = await load(req);
    res.type("application/json");
    res.attachment(exportName(tpl));
    res.send(tpl.document);
  });

  router.post("/:templateId/clone", requireManager, async (req, res) => {
    const tpl = await load(req);
    // Stored as the copy's name: no bidi isolation marks.
    const copy = await templates.clone(tpl.id, translatePlain(tpl.language, "library.copyName", { name: tpl.name }), res.locals.user.id);
    flash(res, "library.cloned", copy.name);
    res.redirect(303, `/templates/${copy.id}`);
  });

  router.post("/:templateId/draft", requireManager, async (req, res) => {
    const tpl = await load(req);
    if (tpl.builtIn) throw new ForbiddenError();
    const projectId = await templates.openDraft(tpl.id, deps.today(), res.locals.user.id);
    res.redirect(303, `/projects/${projectId}`);
  });

  router.post("/:templateId/publish", requireManager, async (req, res) => {
    const tpl = await load(req);
    if (tpl.draftProjectId === null) throw new NotFoundError();
    const row = await templates.publishDraft(tpl.id, res.locals.user.id);
    flash(res, "library.published", `${row.name} · ${res.locals.t("library.version", { version: row.version })}`);
    res.redirect(303, `/templates/${row.id}`);
  });

  router.post("/:templateId/discard", requireManager, async (req, res) => {
    const tpl = await load(req);
    await templates.discardDraft(tpl.id);
    flash(res, "library.discarded", tpl.name);
    res.redirect(303, `/templates/${tpl.id}`);
  });

  router.get("/:templateId/delete", requireManager, async (req, res) => {
    const tpl = await load(req);
    if (tpl.builtIn) throw new ForbiddenError();
    res.render("templates/delete", { title: res.locals.t("library.delete.title"), tpl: rowView(res, tpl) });
  });

  router.post("/:templateId/delete", requireManager, async (req, res) => {
    const tpl = await load(req);
    if (tpl.builtIn) throw new ForbiddenError();
    await templates.delete(tpl.id);
    flash(res, "library.deleted", tpl.name);
    res.redirect(303, "/templates");
  });

  return router;
}

/** "smb-sales-crm.en.v3.json". */
function exportName(t: TemplateRow): string {
  return `${t.key}.${t.language}.v${t.version}.json`;
}

