// The project overview: phase summaries, next milestones, open checklist items by owner, goal progress.
import type { DataSource } from "typeorm";
import { ChecklistItem, Goal, Member, Task } from "../../entities";
import { currentTasks, nextMilestones, openItemsByOwner } from "../domain/overview";
import { addCalendarDays } from "../domain/dates";
import { goalProgress, leafTasks } from "../domain/progress";
import { PhaseService } from "./phase-service";

const ITEMS_PER_OWNER = 5;

export class OverviewService {
  private readonly phases: PhaseService;

  constructor(private readonly ds: DataSource) {
    this.phases = new PhaseService(ds);
  }

  async build(projectId: number, today: string) {
    const [summaries, tasks, items, members, goals] = await Promise.all([
      this.phases.summaries(projectId),
      this.ds.getRepository(Task).find({ where: { projectId }, relations: { assignee: true } }),
      this.ds.getRepository(ChecklistItem).find({ where: { projectId, done: false }, relations: { phase: true } }),
      this.ds.getRepository(Member).find({ where: { projectId } }),
      this.ds.getRepository(Goal).find({ where: { projectId }, relations: { owner: true }, order: { dueDate: "ASC", id: "ASC" } }),
    ]);
    const memberById = new Map(members.map((m) => [m.id, m]));
    return {
      summaries,
      milestones: nextMilestones(tasks, today, 6),
      current: currentTasks(leafTasks(tasks), today, addCalendarDays(today, 14), 8),
      owners: openItemsByOwner(items, today).map((g) => ({
        ...g,
        owner: g.ownerId === null ? null : (memberById.get(g.ownerId) ?? null),
        // Overdue first is already implied by the due-date order; show the first few per person.
        items: g.items.slice(0, ITEMS_PER_OWNER).map((item) => ({ item, overdue: item.dueDate !== null && item.dueDate < today })),
        total: g.items.length,
        more: Math.max(0, g.items.length - ITEMS_PER_OWNER),
      })),
      goals: goals.map((goal) => {
        const p = goalProgress(goal);
        return { goal, percent: p === null ? null : Math.round(p * 100) };
      }),
    };
  }
}
