// Tasks: the project task table (WBS), new/edit with predecessors, delete with subtasks.
import { Router, type Request, type Response } from "express";
import { flash } from "../http/locals";
import { formView, submitForm, type FormView } from "../http/form-view";
import { parseId } from "../http/errors";
import { parseTaskForm, rawPredecessorRows } from "../forms/tasks";
import { LINK_TYPES } from "../domain/types";
import { CONSTRAINT_TYPES } from "../domain/schedule-types";
import type { Project, Task, TaskLink } from "../../entities";
import { can } from "../domain/permissions";
import type { TaskRow } from "../services/task-service";
import type { RouteDeps } from "./index";
import { recordPanels } from "./activity-view";

const EMPTY_PRED_ROWS = 3;

/** Adds a phase heading to the first row of each phase, for the whole-project table. */
function withPhaseHeadings(rows: TaskRow[], phaseLabel: (phaseId: number) => string) {
  let last = -1;
  return rows.map((r) => {
    const heading = r.task.phaseId !== last ? phaseLabel(r.task.phaseId) : undefined;
    last = r.task.phaseId;
    return { ...r, phaseHeading: heading };
  });
}

/** The form's values for a stored task and its predecessor links. */
function taskValues(task: Task, preds: TaskLink[]): Record<string, unknown> {
  return {
    name: task.name,
    key: task.key ?? "",
    phaseId: String(task.phaseId),
    parentId: task.parentId === null ? "" : String(task.parentId),
    startDate: task.startDate,
    durationDays: String(task.durationDays),
    finishDate: task.finishDate,
    milestone: task.milestone ? "on" : "",
    progress: String(task.progress),
    assigneeId: task.assigneeId === null ? "" : String(task.assigneeId),
    notes: task.notes,
    manual: task.manual ? "manual" : "auto",
    constraintType: task.constraintType,
    constraintDate: task.constraintDate ?? "",
    pred: preds.map((p) => ({ taskId: String(p.predecessorId), type: p.type, lag: String(p.lagDays) })),
  };
}

export function taskRoutes(deps: RouteDeps): Router {
  const router = Router({ mergeParams: true });
  const { tasks, members } = deps.services;

  router.get("/", async (_req, res) => {
    const project: Project = res.locals.project;
    const table = await tasks.table(project.id, deps.today());
    const kindOf = new Map(table.phases.map((p) => [p.id, p.kind]));
    res.render("tasks/index", {
      title: res.locals.t("tasks.title"),
      rows: withPhaseHeadings(table.rows, (id) => res.locals.t(`phase.${kindOf.get(id)}`)),
      baselineName: table.baselineName,
    });
  });

  /** Renders the task form; `task` is null for a new task. */
  async function renderForm(res: Response, task: Task | null, form: FormView): Promise<void> {
    const project: Project = res.locals.project;
    const t = res.locals.t;
    const [table, people] = await Promise.all([tasks.table(project.id), members.list(project.id)]);
    const excluded = new Set<number>();
    if (task) {
      // A task cannot sit under itself or its own subtasks.
      const row = table.rows.find((r) => r.task.id === task.id)!;
      for (const r of table.rows) if (r.task.id === task.id || r.wbs.startsWith(`${row.wbs}.`)) excluded.add(r.task.id);
    }
    const taskOptions = table.rows.map((r) => ({ value: r.task.id, label: `${r.wbs} ${r.task.name}` }));
    const blank = { taskId: "", type: "FS", lag: "" };
    const posted = rawPredecessorRows(form.values).filter((r) => r.taskId !== "");
    const predRows = [...posted, ...Array.from({ length: EMPTY_PRED_ROWS }, () => blank)].map((r, index) => ({ ...r, index }));
    // An existing task shows its history and comments under the form.
    const panels = task ? await recordPanels(deps.services, res, "task", task.id) : {};
    res.render("tasks/form", {
      title: t(task ? "tasks.edit" : "tasks.new"),
      task,
      form,
      action: task ? `${res.locals.projectBase}/tasks/${task.id}` : `${res.locals.projectBase}/tasks`,
      phaseOptions: table.phases.map((p) => ({ value: p.id, label: t(`phase.${p.kind}`) })),
      parentOptions: taskOptions.filter((o) => !excluded.has(o.value)),
      predOptions: taskOptions.filter((o) => o.value !== task?.id),
      linkTypes: LINK_TYPES.map((lt) => ({ value: lt, label: t(`link.${lt}`) })),
      modeOptions: [
        { value: "auto", label: t("tasks.mode.auto") },
        { value: "manual", label: t("tasks.mode.manual") },
      ],
      constraintOptions: CONSTRAINT_TYPES.map((c) => ({ value: c, label: t(`constraint.${c}`) })),
      memberOptions: people.map((p) => ({ value: p.id, label: p.name })),
      predRows,
      cancel: task ? `${res.locals.projectBase}/phases/${table.phases.find((p) => p.id === task.phaseId)?.kind}` : `${res.locals.projectBase}/tasks`,
      ...panels,
    });
  }

  function newTaskDefaults(req: Request): Record<string, unknown> {
    const q = (k: string) => (typeof req.query[k] === "string" ? (req.query[k] as string) : "");
    return { phaseId: q("phase"), parentId: q("parent"), startDate: "", durationDays: "5", progress: "0", manual: "auto", constraintType: "ASAP" };
  }

  router.get("/new", async (req, res) => {
    await renderForm(res, null, formView(res.locals.locale, newTaskDefaults(req)));
  });

  router.post("/", async (req, res) => {
    const project: Project = res.locals.project;
    await submitForm(req, res, {
      parse: parseTaskForm,
      labelPrefix: "tasks",
      save: async (input) => {
        const task = await tasks.create(project.id, input);
        flash(res, "tasks.created");
        return `${res.locals.projectBase}/tasks#task-${task.id}`;
      },
      render: (form) => renderForm(res, null, form),
    });
  });

  router.get("/:taskId/edit", async (req, res) => {
    const project: Project = res.locals.project;
    const task = await tasks.get(project.id, parseId(req.params.taskId));
    const preds = await tasks.predecessorsOf(project.id, task.id);
    const values = taskValues(task, preds);
    await renderForm(res, task, formView(res.locals.locale, values));
  });

  router.post("/:taskId", async (req, res) => {
    const project: Project = res.locals.project;
    const task = await tasks.get(project.id, parseId(req.params.taskId));
    if (!can(res.locals.actor, "plan.edit")) {
      // A member updates only the progress and notes of their own task; every other field keeps its value.
      const body = (req.body ?? {}) as Record<string, unknown>;
      req.body = { ...taskValues(task, await tasks.predecessorsOf(project.id, task.id)), progress: body.progress, notes: body.notes };
    }
    await submitForm(req, res, {
      parse: parseTaskForm,
      labelPrefix: "tasks",
      save: async (input) => {
        await tasks.update(project.id, task.id, input);
        flash(res, "common.saved");
        return `${res.locals.projectBase}/tasks#task-${task.id}`;
      },
      render: (form) => renderForm(res, task, form),
    });
  });

  router.get("/:taskId/delete", async (req, res) => {
    const project: Project = res.locals.project;
    const task = await tasks.get(project.id, parseId(req.params.taskId));
    const count = await tasks.subtaskCount(project.id, task.id);
    const t = res.locals.t;
    res.render("shared/confirm-delete", {
      title: t("common.deleteConfirmTitle", { name: task.name }),
      heading: t("common.deleteConfirmTitle", { name: task.name }),
      warning: count > 0 ? t("tasks.deleteWarning", { name: task.name, count }) : t("tasks.deleteWarningLeaf", { name: task.name }),
      action: `${res.locals.projectBase}/tasks/${task.id}/delete`,
      cancel: `${res.locals.projectBase}/tasks/${task.id}/edit`,
    });
  });

  router.post("/:taskId/delete", async (req, res) => {
    const project: Project = res.locals.project;
    const task = await tasks.delete(project.id, parseId(req.params.taskId));
    flash(res, "tasks.deleted", task.name);
    res.redirect(303, `${res.locals.projectBase}/tasks`);
  });

  return router;
}
