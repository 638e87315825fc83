// A phase page: its card, gate sign-off, checklists grouped by category, and its task table.
import { Router, type Response } from "express";
import { flash } from "../http/locals";
import { formView, submitForm, type FormView } from "../http/form-view";
import { parseCategoryForm, parseChecklistItemForm, parseGateForm } from "../forms/checklists";
import type { Project } from "../../entities";
import type { RouteDeps } from "./index";
import { categoryOptions, checklistGroups } from "./checklist-view";
import { can } from "../domain/permissions";

interface PhaseForms {
  addForm?: FormView;
  gateForm?: FormView;
  categoryForm?: FormView;
}

export function phaseRoutes(deps: RouteDeps): Router {
  const router = Router({ mergeParams: true });
  const { phases, checklists, tasks, members } = deps.services;

  async function renderPhase(res: Response, kind: string, forms: PhaseForms = {}): Promise<void> {
    const project: Project = res.locals.project;
    const locale = res.locals.locale;
    const phase = await phases.byKind(project.id, kind);
    const [summaries, categories, items, table, people] = await Promise.all([
      phases.summaries(project.id),
      checklists.categories(project.id),
      checklists.items(project.id, phase.id),
      tasks.table(project.id, deps.today()),
      members.list(project.id),
    ]);
    const summary = summaries.find((s) => s.phase.id === phase.id)!;
    const today = deps.today();
    const base = `${res.locals.projectBase}/phases/${kind}`;
    const t = res.locals.t;
    res.render("phases/show", {
      title: t(`phase.${kind}`),
      kind,
      base,
      summary,
      phase,
      groups: checklistGroups(categories, items, today, t),
      categoryOptions: categoryOptions(categories, t),
      customCategories: categories.filter((c) => c.builtinKey === null),
      memberOptions: people.map((p) => ({ value: p.id, label: p.name })),
      rows: table.rows.filter((r) => r.task.phaseId === phase.id),
      baselineName: table.baselineName,
      addForm: forms.addForm ?? formView(locale),
      gateForm: forms.gateForm ?? formView(locale),
      categoryForm: forms.categoryForm ?? formView(locale),
      addOpen: Boolean(forms.addForm?.hasErrors),
      // Checklist notes are internal: stakeholders see the items without them.
      showInternal: can(res.locals.actor, "project.viewInternal"),
    });
  }

  router.get("/:kind", async (req, res) => {
    await renderPhase(res, req.params.kind);
  });

  router.post("/:kind/checklist", async (req, res) => {
    const project: Project = res.locals.project;
    const phase = await phases.byKind(project.id, req.params.kind);
    await submitForm(req, res, {
      parse: parseChecklistItemForm,
      labelPrefix: "checklist",
      save: async (input) => {
        await checklists.add(project.id, phase.id, input);
        flash(res, "checklist.itemAdded");
        return `${res.locals.projectBase}/phases/${phase.kind}#checklists`;
      },
      render: (form) => renderPhase(res, phase.kind, { addForm: form }),
    });
  });

  router.post("/:kind/categories", async (req, res) => {
    const project: Project = res.locals.project;
    const phase = await phases.byKind(project.id, req.params.kind);
    await submitForm(req, res, {
      parse: parseCategoryForm,
      save: async (input) => {
        await checklists.addCategory(project.id, input.name);
        flash(res, "checklist.categoryAdded");
        return `${res.locals.projectBase}/phases/${phase.kind}#categories`;
      },
      render: (form) => renderPhase(res, phase.kind, { categoryForm: form }),
    });
  });

  router.post("/:kind/gate", async (req, res) => {
    const project: Project = res.locals.project;
    const phase = await phases.byKind(project.id, req.params.kind);
    await submitForm(req, res, {
      parse: parseGateForm,
      labelPrefix: "gate",
      save: async (input) => {
        await phases.signOff(project.id, phase.kind, input, deps.now());
        flash(res, "gate.signedOff");
        return `${res.locals.projectBase}/phases/${phase.kind}`;
      },
      render: (form) => renderPhase(res, phase.kind, { gateForm: form }),
    });
  });

  router.post("/:kind/gate/reopen", async (req, res) => {
    const project: Project = res.locals.project;
    const phase = await phases.byKind(project.id, req.params.kind);
    await phases.reopen(project.id, phase.kind);
    flash(res, "gate.reopened");
    res.redirect(303, `${res.locals.projectBase}/phases/${phase.kind}`);
  });

  return router;
}
