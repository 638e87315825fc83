// The end-user expectations register: list (filterable by MoSCoW priority), create, edit, delete,
// and the project's tasks in WBS order for linking; linked tasks must belong to the project.
import type { DataSource, EntityManager } from "typeorm";
import { In } from "typeorm";
import { Expectation, Phase, Task } from "../../entities";
import { DomainError, NotFound } from "../domain/errors";
import { MOSCOW, type Moscow } from "../domain/types";
import { buildWbs } from "../domain/wbs";
import type { ExpectationInput } from "../forms/expectations";
import { compactValue, diffFields, nameList, type Snapshot } from "../domain/diff";
import { record, recordUpdate, systemClock, type Clock } from "./activity";

/** An expectation's logged fields, linked tasks as a list of names. */
const fieldsOf = (e: Expectation): Snapshot => ({
  userGroup: e.userGroup,
  statement: e.statement,
  priority: e.priority,
  source: e.source,
  status: e.status,
  tasks: nameList(e.tasks.map((t) => t.name)),
});

export interface TaskOption {
  id: number;
  wbs: string;
  name: string;
}

const RANK = new Map<string, number>(MOSCOW.map((p, i) => [p, i]));

export class ExpectationService {
  constructor(
    private readonly ds: DataSource,
    private readonly now: Clock = systemClock,
  ) {}

  /** Expectations (optionally of one priority) with linked tasks by name, ordered must → won't, then oldest first. */
  async list(projectId: number, opts: { priority?: Moscow } = {}): Promise<Expectation[]> {
    const rows = await this.ds.getRepository(Expectation).find({
      where: { projectId, ...(opts.priority ? { priority: opts.priority } : {}) },
      relations: { tasks: true },
      order: { id: "ASC" },
    });
    for (const e of rows) e.tasks.sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);
    return rows.sort((a, b) => (RANK.get(a.priority) ?? 9) - (RANK.get(b.priority) ?? 9) || a.id - b.id);
  }

  /** The expectation with its linked tasks if it belongs to the project, else NotFound. */
  async get(projectId: number, id: number): Promise<Expectation> {
    return this.find(this.ds.manager, projectId, id);
  }

  /** The project's tasks in WBS order with their WBS numbers, for the linked-tasks select (two queries). */
  async taskOptions(projectId: number): Promise<TaskOption[]> {
    const phases = await this.ds.getRepository(Phase).find({ where: { projectId }, order: { position: "ASC" }, select: { id: true } });
    const tasks = await this.ds.getRepository(Task).find({
      where: { projectId },
      select: { id: true, phaseId: true, parentId: true, position: true, name: true, startDate: true, durationDays: true, finishDate: true, milestone: true, progress: true },
    });
    return buildWbs(tasks, phases.map((p) => p.id)).map((r) => ({ id: r.task.id, wbs: r.wbs, name: r.task.name }));
  }

  async create(projectId: number, input: ExpectationInput): Promise<Expectation> {
    return this.ds.transaction(async (m) => {
      const tasks = await this.tasksOf(m, projectId, input.taskIds);
      const repo = m.getRepository(Expectation);
      const { taskIds: _ids, ...fields } = input;
      const expectation = await repo.save(repo.create({ projectId, ...fields, tasks }));
      await record(m, { projectId, at: this.now(), subjectType: "expectation", subjectId: expectation.id, subjectLabel: labelOf(expectation), action: "created" });
      return expectation;
    });
  }

  async update(projectId: number, id: number, input: ExpectationInput): Promise<Expectation> {
    return this.ds.transaction(async (m) => {
      const expectation = await this.find(m, projectId, id);
      const tasks = await this.tasksOf(m, projectId, input.taskIds);
      const { taskIds: _ids, ...fields } = input;
      const before = fieldsOf(expectation);
      Object.assign(expectation, fields, { tasks });
      await m.getRepository(Expectation).save(expectation);
      const entry = { projectId, at: this.now(), subjectType: "expectation", subjectId: id, subjectLabel: labelOf(expectation) } as const;
      await recordUpdate(m, entry, diffFields(before, fieldsOf(expectation)));
      return expectation;
    });
  }

  async delete(projectId: number, id: number): Promise<Expectation> {
    return this.ds.transaction(async (m) => {
      const expectation = await this.find(m, projectId, id);
      await m.getRepository(Expectation).delete({ id, projectId });
      await record(m, { projectId, at: this.now(), subjectType: "expectation", subjectId: id, subjectLabel: labelOf(expectation), action: "deleted" });
      return expectation;
    });
  }

  /** The tasks named by ids; any id that is not a task of this project is a field error. */
  private async tasksOf(m: EntityManager, projectId: number, ids: readonly number[]): Promise<Task[]> {
    if (ids.length === 0) return [];
    const tasks = await m.getRepository(Task).find({ where: { id: In([...ids]), projectId }, select: { id: true, name: true } });
    if (tasks.length !== new Set(ids).size) throw new DomainError("expectations.errors.task", {}, "taskIds");
    return tasks;
  }

  private async find(m: EntityManager, projectId: number, id: number): Promise<Expectation> {
    const expectation = await m.getRepository(Expectation).findOne({ where: { id, projectId }, relations: { tasks: true } });
    if (!expectation) throw new NotFound("expectation");
    return expectation;
  }
}

/** "Field sales: See my open opportunities…" — the log's name for an expectation. */
function labelOf(e: Expectation): string {
  return `${e.userGroup}: ${compactValue(e.statement) ?? ""}`;
}
