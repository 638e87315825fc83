// Goals and KPIs of a project: list with owners, create, edit, delete; owners must be project members.
import type { DataSource, EntityManager } from "typeorm";
import { Goal } from "../../entities";
import { NotFound } from "../domain/errors";
import type { GoalInput } from "../forms/goals";
import { assertMember } from "./guards";
import { diffFields, type Snapshot } from "../domain/diff";
import { memberNames, record, recordUpdate, systemClock, type Clock } from "./activity";

export class GoalService {
  constructor(
    private readonly ds: DataSource,
    private readonly now: Clock = systemClock,
  ) {}

  /** The project's goals with their owners, ordered by due date (undated last), then name. */
  async list(projectId: number): Promise<Goal[]> {
    const goals = await this.ds.getRepository(Goal).find({ where: { projectId }, relations: { owner: true }, order: { name: "ASC", id: "ASC" } });
    return goals.sort((a, b) => (a.dueDate ?? "9999-99-99").localeCompare(b.dueDate ?? "9999-99-99"));
  }

  /** The goal if it belongs to the project, else NotFound. */
  async get(projectId: number, id: number): Promise<Goal> {
    const goal = await this.ds.getRepository(Goal).findOne({ where: { id, projectId } });
    if (!goal) throw new NotFound("goal");
    return goal;
  }

  async create(projectId: number, input: GoalInput): Promise<Goal> {
    return this.ds.transaction(async (m) => {
      await assertMember(m, projectId, input.ownerId, "ownerId");
      const repo = m.getRepository(Goal);
      const goal = await repo.save(repo.create({ projectId, ...input }));
      await record(m, { projectId, at: this.now(), subjectType: "goal", subjectId: goal.id, subjectLabel: goal.name, action: "created" });
      return goal;
    });
  }

  async update(projectId: number, id: number, input: GoalInput): Promise<Goal> {
    return this.ds.transaction(async (m) => {
      const goal = await this.find(m, projectId, id);
      await assertMember(m, projectId, input.ownerId, "ownerId");
      const fieldsOf = await goalFields(m, projectId);
      const before = fieldsOf(goal);
      Object.assign(goal, input);
      await m.getRepository(Goal).save(goal);
      await recordUpdate(m, { projectId, at: this.now(), subjectType: "goal", subjectId: id, subjectLabel: goal.name }, diffFields(before, fieldsOf(goal)));
      return goal;
    });
  }

  async delete(projectId: number, id: number): Promise<Goal> {
    return this.ds.transaction(async (m) => {
      const goal = await this.find(m, projectId, id);
      await m.getRepository(Goal).delete({ id, projectId });
      await record(m, { projectId, at: this.now(), subjectType: "goal", subjectId: id, subjectLabel: goal.name, action: "deleted" });
      return goal;
    });
  }

  private async find(m: EntityManager, projectId: number, id: number): Promise<Goal> {
    const goal = await m.getRepository(Goal).findOne({ where: { id, projectId } });
    if (!goal) throw new NotFound("goal");
    return goal;
  }
}

/** A goal's logged fields, the owner by name. */
async function goalFields(m: EntityManager, projectId: number): Promise<(g: Goal) => Snapshot> {
  const memberName = await memberNames(m, projectId);
  return (g) => ({ name: g.name, unit: g.unit, baseline: g.baseline, target: g.target, actual: g.actual, dueDate: g.dueDate, owner: memberName(g.ownerId), notes: g.notes });
}
