// Baselines: save a named snapshot of every task's dates, list and delete them, choose the one to compare.
import type { DataSource } from "typeorm";
import { Baseline, BaselineTask, Project, Task } from "../../entities";
import { NotFound } from "../domain/errors";
import { record, systemClock, type Clock } from "./activity";

export interface BaselineRow {
  baseline: Baseline;
  taskCount: number;
  compared: boolean;
}

export interface BaselineDates {
  start: string;
  finish: string;
  durationDays: number;
}

export class BaselineService {
  constructor(
    private readonly ds: DataSource,
    private readonly now: Clock = systemClock,
  ) {}

  async list(projectId: number): Promise<BaselineRow[]> {
    const [project, baselines] = await Promise.all([
      this.ds.getRepository(Project).findOneOrFail({ where: { id: projectId } }),
      this.ds.getRepository(Baseline).find({ where: { projectId }, order: { createdAt: "DESC", id: "DESC" } }),
    ]);
    if (baselines.length === 0) return [];
    const counts = await this.ds
      .getRepository(BaselineTask)
      .createQueryBuilder("b")
      .select("b.baselineId", "baselineId")
      .addSelect("COUNT(*)", "count")
      .where("b.baselineId IN (:...ids)", { ids: baselines.map((b) => b.id) })
      .groupBy("b.baselineId")
      .getRawMany<{ baselineId: number; count: number }>();
    const countOf = new Map(counts.map((c) => [Number(c.baselineId), Number(c.count)]));
    return baselines.map((baseline) => ({ baseline, taskCount: countOf.get(baseline.id) ?? 0, compared: project.comparedBaselineId === baseline.id }));
  }

  async get(projectId: number, baselineId: number): Promise<Baseline> {
    const baseline = await this.ds.getRepository(Baseline).findOne({ where: { id: baselineId, projectId } });
    if (!baseline) throw new NotFound("baseline");
    return baseline;
  }

  /** Snapshots every task's current start, finish and duration; the new baseline becomes the compared one. */
  async save(projectId: number, name: string): Promise<Baseline> {
    return this.ds.transaction(async (m) => {
      const baseline = await m.getRepository(Baseline).save(m.getRepository(Baseline).create({ projectId, name }));
      const tasks = await m.getRepository(Task).find({ where: { projectId }, select: { id: true, startDate: true, finishDate: true, durationDays: true } });
      const repo = m.getRepository(BaselineTask);
      await repo.save(
        tasks.map((t) => repo.create({ baselineId: baseline.id, taskId: t.id, startDate: t.startDate, finishDate: t.finishDate, durationDays: t.durationDays })),
        { chunk: 200 },
      );
      await m.getRepository(Project).update({ id: projectId }, { comparedBaselineId: baseline.id });
      await record(m, { projectId, at: this.now(), subjectType: "baseline", subjectId: baseline.id, subjectLabel: name, action: "created" });
      return baseline;
    });
  }

  /** Chooses the baseline the task table and the Gantt compare against (null: none). */
  async compare(projectId: number, baselineId: number | null): Promise<void> {
    await this.ds.transaction(async (m) => {
      const chosen = baselineId === null ? null : await m.getRepository(Baseline).findOne({ where: { id: baselineId, projectId } });
      if (baselineId !== null && !chosen) throw new NotFound("baseline");
      const project = await m.getRepository(Project).findOneOrFail({ where: { id: projectId } });
      if (project.comparedBaselineId === baselineId) return;
      const previous = project.comparedBaselineId === null ? null : await m.getRepository(Baseline).findOne({ where: { id: project.comparedBaselineId } });
      await m.getRepository(Project).update({ id: projectId }, { comparedBaselineId: baselineId });
      const changes = [{ field: "comparedBaseline", from: previous?.name ?? null, to: chosen?.name ?? null }];
      await record(m, { projectId, at: this.now(), subjectType: "baseline", subjectId: baselineId, subjectLabel: chosen?.name ?? "", action: "compared", changes });
    });
  }

  async delete(projectId: number, baselineId: number): Promise<Baseline> {
    return this.ds.transaction(async (m) => {
      const baseline = await m.getRepository(Baseline).findOne({ where: { id: baselineId, projectId } });
      if (!baseline) throw new NotFound("baseline");
      await m.getRepository(Project).update({ id: projectId, comparedBaselineId: baselineId }, { comparedBaselineId: null });
      await m.getRepository(Baseline).delete({ id: baselineId });
      await record(m, { projectId, at: this.now(), subjectType: "baseline", subjectId: baselineId, subjectLabel: baseline.name, action: "deleted" });
      return baseline;
    });
  }

  /** The compared baseline's dates by task id (empty when none is compared). */
  async comparedDates(projectId: number): Promise<{ baseline: Baseline | null; dates: Map<number, BaselineDates> }> {
    const project = await this.ds.getRepository(Project).findOneOrFail({ where: { id: projectId } });
    if (project.comparedBaselineId === null) return { baseline: null, dates: new Map() };
    const baseline = await this.ds.getRepository(Baseline).findOne({ where: { id: project.comparedBaselineId, projectId } });
    if (!baseline) return { baseline: null, dates: new Map() };
    const rows = await this.ds.getRepository(BaselineTask).find({ where: { baselineId: baseline.id } });
    return { baseline, dates: new Map(rows.map((r) => [r.taskId, { start: r.startDate, finish: r.finishDate, durationDays: r.durationDays }])) };
  }
}
