// Tasks: the WBS task table, create/edit with predecessor links (validated), delete with subtasks.
import type { DataSource, EntityManager } from "typeorm";
import { In } from "typeorm";
import { CalendarException, ChecklistItem, Member, Phase, Project, Task, TaskLink } from "../../entities";
import { DomainError, NotFound } from "../domain/errors";
import { parseWorkingWeek } from "../domain/calendar";
import { validatePredecessors } from "../domain/dependency-graph";
import { resolveTaskDates } from "../domain/task-dates";
import { WorkCalendar } from "../domain/work-calendar";
import { buildWbs, descendantsOf, rollUpSummaries, type RolledUp, type WbsRow } from "../domain/wbs";
import type { LinkType } from "../domain/types";
import { linkLabel } from "../domain/link-label";
import type { TaskInput } from "../forms/tasks";
import { assertMember } from "./guards";
import { reschedule } from "./schedule-service";
import { BaselineService, type BaselineDates } from "./baseline-service";
import { varianceCalculator, type Variance } from "../domain/variance";
import { isLate } from "../domain/progress";
import { diffFields, diffLinks, type FieldChange, type Snapshot } from "../domain/diff";
import { memberNames, record, recordUpdate, systemClock, type Clock } from "./activity";
import { deleteComments } from "./comment-service";

export interface TaskRow {
  task: Task;
  wbs: string;
  depth: number;
  /** Indentation level for display, capped so very deep trees stay readable. */
  indent: number;
  isSummary: boolean;
  shown: RolledUp;
  assignee: Member | null;
  predecessors: { wbs: string; type: LinkType; lagDays: number; name: string; label: string }[];
  /** Against the compared baseline (null when none is compared or the task is newer than it). */
  variance: Variance | null;
  /** Finish later than the baseline's, or a constraint date missed. */
  late: boolean;
}

export interface TaskTable {
  rows: TaskRow[];
  phases: Phase[];
  links: TaskLink[];
  baselineName: string | null;
  /** Loaded for the table anyway; the Gantt reuses them instead of querying again. */
  members: Member[];
  exceptions: CalendarException[];
  baselineDates: Map<number, BaselineDates>;
}

export class TaskService {
  constructor(
    private readonly ds: DataSource,
    private readonly now: Clock = systemClock,
  ) {}

  /** Every task of the project in WBS order, with summaries rolled up and predecessors labelled. */
  /** `today` (ISO) marks unfinished tasks past their finish as late; without it only slips and missed constraints do. */
  async table(projectId: number, today = "0000-00-00"): Promise<TaskTable> {
    const [project, phases, tasks, links, members, exceptions, compared] = await Promise.all([
      this.ds.getRepository(Project).findOneOrFail({ where: { id: projectId } }),
      this.ds.getRepository(Phase).find({ where: { projectId }, order: { position: "ASC" } }),
      this.ds.getRepository(Task).find({ where: { projectId } }),
      this.ds.getRepository(TaskLink).find({ where: { projectId } }),
      this.ds.getRepository(Member).find({ where: { projectId }, order: { name: "ASC", id: "ASC" } }),
      this.ds.getRepository(CalendarException).find({ where: { projectId } }),
      new BaselineService(this.ds).comparedDates(projectId),
    ]);
    const variance = varianceCalculator(
      { workingWeek: parseWorkingWeek(project.workingDays), exceptions: exceptions.map((e) => ({ date: e.date, working: e.working })) },
      project.kickoffDate,
    );
    const wbsRows: WbsRow<Task>[] = buildWbs(tasks, phases.map((p) => p.id));
    const rolled = rollUpSummaries(wbsRows);
    const memberById = new Map(members.map((mm) => [mm.id, mm]));
    const rowById = new Map(wbsRows.map((r) => [r.task.id, r]));
    const predsOf = new Map<number, TaskRow["predecessors"]>();
    for (const l of links) {
      const pred = rowById.get(l.predecessorId);
      if (!pred) continue;
      const list = predsOf.get(l.successorId) ?? [];
      list.push({ wbs: pred.wbs, type: l.type as LinkType, lagDays: l.lagDays, name: pred.task.name, label: linkLabel(pred.wbs, l.type as LinkType, l.lagDays) });
      predsOf.set(l.successorId, list);
    }
    const rows = wbsRows.map((r) => {
      const shown = rolled.get(r.task.id)!;
      const base = compared.dates.get(r.task.id);
      const v = base ? variance({ start: shown.startDate, finish: shown.finishDate }, base) : null;
      return {
        ...r,
        indent: Math.min(r.depth, 10),
        shown,
        assignee: r.task.assigneeId !== null ? (memberById.get(r.task.assigneeId) ?? null) : null,
        predecessors: predsOf.get(r.task.id) ?? [],
        variance: v,
        late: isLate(
          {
            progress: shown.progress,
            constraintViolated: r.task.constraintViolated,
            finish: shown.finishDate,
            baselineFinish: base?.finish ?? null,
            deadline: r.task.constraintType === "FNLT" || r.task.constraintType === "MFO" ? r.task.constraintDate : null,
          },
          today,
        ),
      };
    });
    return { rows, phases, links, baselineName: compared.baseline?.name ?? null, members, exceptions, baselineDates: compared.dates };
  }

  /** Whether the task (or checklist item) of the project is assigned to (owned by) the member. */
  async isAssigned(projectId: number, kind: "task" | "checklistItem", id: number, memberId: number): Promise<boolean> {
    if (kind === "task") return this.ds.getRepository(Task).exist({ where: { id, projectId, assigneeId: memberId } });
    return this.ds.getRepository(ChecklistItem).exist({ where: { id, projectId, ownerId: memberId } });
  }

  async get(projectId: number, taskId: number): Promise<Task> {
    const task = await this.ds.getRepository(Task).findOne({ where: { id: taskId, projectId } });
    if (!task) throw new NotFound("task");
    return task;
  }

  async predecessorsOf(projectId: number, taskId: number): Promise<TaskLink[]> {
    return this.ds.getRepository(TaskLink).find({ where: { projectId, successorId: taskId }, order: { id: "ASC" } });
  }

  async create(projectId: number, input: TaskInput): Promise<Task> {
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(Task);
      const placed = await this.placement(m, projectId, input, null);
      const dates = await this.dates(m, projectId, input, null);
      await assertMember(m, projectId, input.assigneeId, "assigneeId");
      const task = await repo.save(
        repo.create({
          projectId,
          ...placed,
          position: await this.nextPosition(m, projectId, placed),
          key: input.key || null,
          name: input.name,
          ...dates,
          progress: input.progress,
          assigneeId: input.assigneeId,
          notes: input.notes,
        }),
      );
      const linkChanges = await this.replacePredecessors(m, projectId, task.id, input);
      await reschedule(m, projectId);
      await record(m, { projectId, at: this.now(), subjectType: "task", subjectId: task.id, subjectLabel: task.name, action: "created", changes: linkChanges });
      return task;
    });
  }

  async update(projectId: number, taskId: number, input: TaskInput): Promise<Task> {
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(Task);
      const task = await repo.findOne({ where: { id: taskId, projectId } });
      if (!task) throw new NotFound("task");
      const placed = await this.placement(m, projectId, input, taskId);
      const dates = await this.dates(m, projectId, input, task);
      await assertMember(m, projectId, input.assigneeId, "assigneeId");
      const snapshot = await this.snapshotter(m, projectId);
      const before = snapshot(task);
      const moved = placed.parentId !== task.parentId || placed.phaseId !== task.phaseId;
      if (moved) task.position = await this.nextPosition(m, projectId, placed);
      Object.assign(task, placed, dates, {
        key: input.key || null,
        name: input.name,
        progress: input.progress,
        assigneeId: input.assigneeId,
        notes: input.notes,
      });
      await repo.save(task);
      if (moved) {
        // Subtasks follow their parent into its phase.
        const all = await repo.find({ where: { projectId }, select: { id: true, parentId: true } });
        const below = [...descendantsOf(taskId, all)].filter((id) => id !== taskId);
        if (below.length) await repo.update({ id: In(below) }, { phaseId: placed.phaseId });
      }
      const linkChanges = await this.replacePredecessors(m, projectId, taskId, input);
      await reschedule(m, projectId);
      const after = snapshot(await repo.findOneByOrFail({ id: taskId }));
      const entry = { projectId, at: this.now(), subjectType: "task", subjectId: taskId, subjectLabel: task.name } as const;
      await recordUpdate(m, entry, [...diffFields(before, after), ...linkChanges]);
      return task;
    });
  }

  /** Deletes the task, its subtasks, and every link touching them; returns the deleted task. */
  async delete(projectId: number, taskId: number): Promise<Task> {
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(Task);
      const task = await repo.findOne({ where: { id: taskId, projectId } });
      if (!task) throw new NotFound("task");
      const all = await repo.find({ where: { projectId }, select: { id: true, parentId: true } });
      const ids = [...descendantsOf(taskId, all)];
      await m.getRepository(TaskLink).delete({ predecessorId: In(ids) });
      await m.getRepository(TaskLink).delete({ successorId: In(ids) });
      await repo.delete({ id: In(ids) });
      await deleteComments(m, projectId, "task", ids);
      await reschedule(m, projectId);
      await record(m, { projectId, at: this.now(), subjectType: "task", subjectId: taskId, subjectLabel: task.name, action: "deleted" });
      return task;
    });
  }

  async subtaskCount(projectId: number, taskId: number): Promise<number> {
    const all = await this.ds.getRepository(Task).find({ where: { projectId }, select: { id: true, parentId: true } });
    return descendantsOf(taskId, all).size - 1;
  }

  /** Phase and parent for the task: a parent decides the phase; a parent must not be the task or below it. */
  private async placement(m: EntityManager, projectId: number, input: TaskInput, taskId: number | null) {
    if (input.parentId !== null) {
      const parent = await m.getRepository(Task).findOne({ where: { id: input.parentId, projectId } });
      if (!parent) throw new DomainError("tasks.errors.parentOtherProject", {}, "parentId");
      if (taskId !== null) {
        const all = await m.getRepository(Task).find({ where: { projectId }, select: { id: true, parentId: true } });
        if (descendantsOf(taskId, all).has(parent.id)) throw new DomainError("tasks.errors.parentLoop", {}, "parentId");
      }
      return { phaseId: parent.phaseId, parentId: parent.id };
    }
    const phase = input.phaseId === null ? null : await m.getRepository(Phase).findOne({ where: { id: input.phaseId, projectId } });
    if (!phase) throw new DomainError("tasks.errors.phase", {}, "phaseId");
    return { phaseId: phase.id, parentId: null as number | null };
  }

  /**
   * Dates and scheduling fields from the form. An automatic task without a start takes the kickoff
   * until the scheduler places it; typing a start on an automatic ASAP task sets "start no earlier
   * than" that date, as in MS Project (`current` is the stored task on edit).
   */
  private async dates(m: EntityManager, projectId: number, input: TaskInput, current: Task | null) {
    const project = await m.getRepository(Project).findOneOrFail({ where: { id: projectId } });
    const startDate = input.startDate ?? current?.startDate ?? project.kickoffDate;
    const exceptions = await m.getRepository(CalendarException).find({ where: { projectId } });
    const calendar = new WorkCalendar(
      { workingWeek: parseWorkingWeek(project.workingDays), exceptions: exceptions.map((e) => ({ date: e.date, working: e.working })) },
      project.kickoffDate,
    );
    const dates = resolveTaskDates({ startDate, durationDays: input.durationDays, finishDate: input.finishDate, milestone: input.milestone }, calendar);
    let constraintType: string = input.constraintType;
    let constraintDate = constraintType === "ASAP" ? null : input.constraintDate;
    const typedStart = input.startDate !== null && input.startDate !== current?.startDate;
    if (!input.manual && constraintType === "ASAP" && typedStart) {
      constraintType = "SNET";
      constraintDate = input.startDate;
    }
    return { ...dates, manual: input.manual, constraintType, constraintDate };
  }

  /** The position after the last sibling: under the parent, or at the top level of the phase. */
  private async nextPosition(m: EntityManager, projectId: number, at: { phaseId: number; parentId: number | null }): Promise<number> {
    const qb = m.getRepository(Task).createQueryBuilder("t").select("MAX(t.position)", "max").where("t.projectId = :projectId", { projectId });
    if (at.parentId === null) qb.andWhere("t.phaseId = :phaseId AND t.parentId IS NULL", { phaseId: at.phaseId });
    else qb.andWhere("t.parentId = :parentId", { parentId: at.parentId });
    const row = await qb.getRawOne<{ max: number | null }>();
    return Number(row?.max ?? 0) + 1;
  }

  /** Replaces the task's predecessor links after validating them against the project's graph; returns what changed. */
  private async replacePredecessors(m: EntityManager, projectId: number, taskId: number, input: TaskInput): Promise<FieldChange[]> {
    const tasks = await m.getRepository(Task).find({ where: { projectId }, select: { id: true, name: true, parentId: true } });
    const links = await m.getRepository(TaskLink).find({ where: { projectId } });
    validatePredecessors(
      taskId,
      input.predecessors,
      tasks,
      links.map((l) => ({ predecessorId: l.predecessorId, successorId: l.successorId, type: l.type as LinkType, lagDays: l.lagDays })),
    );
    const repo = m.getRepository(TaskLink);
    await repo.delete({ projectId, successorId: taskId });
    if (input.predecessors.length) {
      await repo.save(input.predecessors.map((p) => repo.create({ projectId, successorId: taskId, ...p })));
    }
    const nameOf = new Map(tasks.map((t) => [t.id, t.name]));
    return diffLinks(
      links.filter((l) => l.successorId === taskId),
      input.predecessors,
      (id) => nameOf.get(id) ?? `#${id}`,
    );
  }

  /** A task's logged fields, with phase, parent and assignee by name (the lookups are read once). */
  private async snapshotter(m: EntityManager, projectId: number): Promise<(t: Task) => Snapshot> {
    const [phases, tasks, memberName] = await Promise.all([
      m.getRepository(Phase).find({ where: { projectId }, select: { id: true, kind: true } }),
      m.getRepository(Task).find({ where: { projectId }, select: { id: true, name: true } }),
      memberNames(m, projectId),
    ]);
    const kindOf = new Map(phases.map((p) => [p.id, p.kind]));
    const nameOf = new Map(tasks.map((t) => [t.id, t.name]));
    return (t) => ({
      name: t.name,
      key: t.key,
      phase: kindOf.get(t.phaseId) ?? null,
      parent: t.parentId === null ? null : (nameOf.get(t.parentId) ?? null),
      startDate: t.startDate,
      durationDays: t.durationDays,
      finishDate: t.finishDate,
      milestone: t.milestone,
      progress: t.progress,
      assignee: memberName(t.assigneeId),
      manual: t.manual,
      constraintType: t.constraintType,
      constraintDate: t.constraintDate,
      notes: t.notes,
    });
  }
}
