// Goals and KPIs of a project: list with owners, create, edit, delete; owners must be project members.
import type { DataSource, EntityManager } from "typeorm";
import { Goal } from "../../entities";
import { NotFound } from "../domain/errors";
import type { GoalInput } from "../forms/goals";
import { assertMember } from "./guards";

export class GoalService {
  constructor(private readonly ds: DataSource) {}

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
      return repo.save(repo.create({ projectId, ...input }));
    });
  }

  async update(projectId: number, id: number, input: GoalInput): Promise<Goal> {
    return this.ds.transaction(async (m) => {
      const goal = await this.find(m, projectId, id);
      await assertMember(m, projectId, input.ownerId, "ownerId");
      Object.assign(goal, input);
      return m.getRepository(Goal).save(goal);
    });
  }

  async delete(projectId: number, id: number): Promise<Goal> {
    return this.ds.transaction(async (m) => {
      const goal = await this.find(m, projectId, id);
      await m.getRepository(Goal).delete({ id, projectId });
      return goal;
    });
  }

  private async find(m: EntityManager, projectId: number, id: number): Promise<Goal> {
    const goal = await m.getRepository(Goal).findOne({ where: { id, projectId } });
    if (!goal) throw new NotFound("goal");
    return goal;
  }
}
