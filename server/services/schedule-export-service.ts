// The computed schedule as rows for download (JSON and CSV): per task its key, UID, dates, slack, critical flag.
import type { DataSource } from "typeorm";
import { Phase, Task } from "../../entities";
import { buildWbs } from "../domain/wbs";

export interface ScheduleRow {
  wbs: string;
  key: string | null;
  importUid: number | null;
  name: string;
  summary: boolean;
  milestone: boolean;
  durationDays: number;
  earlyStart: string | null;
  earlyFinish: string | null;
  lateStart: string | null;
  lateFinish: string | null;
  totalSlack: number | null;
  freeSlack: number | null;
  critical: boolean;
  constraintViolated: boolean;
}

export class ScheduleExportService {
  constructor(private readonly ds: DataSource) {}

  async rows(projectId: number): Promise<ScheduleRow[]> {
    const [phases, tasks] = await Promise.all([
      this.ds.getRepository(Phase).find({ where: { projectId }, order: { position: "ASC" } }),
      this.ds.getRepository(Task).find({ where: { projectId } }),
    ]);
    return buildWbs(tasks, phases.map((p) => p.id)).map(({ task: t, wbs, isSummary }) => ({
      wbs,
      key: t.key,
      importUid: t.importUid,
      name: t.name,
      summary: isSummary,
      milestone: t.milestone,
      durationDays: t.durationDays,
      earlyStart: t.earlyStart,
      earlyFinish: t.earlyFinish,
      lateStart: t.lateStart,
      lateFinish: t.lateFinish,
      totalSlack: t.totalSlack,
      freeSlack: t.freeSlack,
      critical: t.critical,
      constraintViolated: t.constraintViolated,
    }));
  }
}
