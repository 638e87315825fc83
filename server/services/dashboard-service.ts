// The dashboard and status report's data: phase summaries with RAG status, milestones, overdue work, goals,
// the S-curve (recording today's progress snapshot), the next two weeks and risk signals, in a bounded
// number of queries. Internal notes (task, checklist, gate and goal notes) are never selected here.
import type { DataSource } from "typeorm";
import { ChecklistItem, CalendarException, Goal, ProgressSnapshot, Task, type Project } from "../../entities";
import { parseWorkingWeek } from "../domain/calendar";
import { addCalendarDays, diffCalendarDays } from "../domain/dates";
import { goalProgress, leafTasks, rollUpProgress } from "../domain/progress";
import { plannedPhaseEnd, projectRag, type PhaseRag, type PhaseRagInput, type ProjectRag, type RagTask } from "../domain/rag";
import { riskSignals, type RiskSignal } from "../domain/risk-signals";
import { sCurve, type SCurve } from "../domain/s-curve";
import type { CalendarSpec } from "../domain/schedule-types";
import { BaselineService } from "./baseline-service";
import { PhaseService, type PhaseSummary } from "./phase-service";

/** Days ahead the milestone list looks, and the status report's "next two weeks". */
export const MILESTONE_HORIZON_DAYS = 30;
export const NEXT_DAYS = 14;

export interface DashboardTask {
  id: number;
  key: string | null;
  name: string;
  phaseKind: string;
  start: string;
  finish: string;
  progress: number;
  milestone: boolean;
  critical: boolean;
  assignee: string | null;
  /** Calendar days past the finish (0 when not late). */
  daysLate: number;
}

export interface DashboardItem {
  id: number;
  text: string;
  phaseKind: string;
  dueDate: string;
  owner: string | null;
  daysLate: number;
}

export interface DashboardGoal {
  id: number;
  name: string;
  unit: string;
  baseline: number | null;
  target: number;
  actual: number | null;
  dueDate: string | null;
  /** Share of the way from baseline to target, 0–100, or null when not measured yet. */
  percent: number | null;
}

export interface Dashboard {
  today: string;
  percent: number;
  phases: { summary: PhaseSummary; rag: PhaseRag }[];
  rag: ProjectRag;
  milestonesDue: DashboardTask[];
  milestonesMissed: DashboardTask[];
  overdueTasks: DashboardTask[];
  overdueItems: DashboardItem[];
  goals: DashboardGoal[];
  curve: SCurve | null;
  baselineName: string | null;
  /** Unfinished leaf tasks under way, starting or finishing in the next two weeks, and checklist items due in them. */
  next: { tasks: DashboardTask[]; items: DashboardItem[]; until: string };
  risks: RiskSignal[];
  taskCount: number;
}

const byFinish = (a: DashboardTask, b: DashboardTask) => a.finish.localeCompare(b.finish) || a.name.localeCompare(b.name);

export class DashboardService {
  private readonly phases: PhaseService;
  private readonly baselines: BaselineService;

  constructor(private readonly ds: DataSource) {
    this.phases = new PhaseService(ds);
    this.baselines = new BaselineService(ds);
  }

  /** Everything the dashboard, the status report and the share view show, as of `today`; records today's snapshot. */
  async build(project: Project, today: string): Promise<Dashboard> {
    const projectId = project.id;
    const [summaries, tasks, openItems, goals, exceptions, compared, snapshots] = await Promise.all([
      this.phases.summaries(projectId),
      this.ds.getRepository(Task).find({
        where: { projectId },
        relations: { assignee: true },
        select: {
          id: true, phaseId: true, parentId: true, key: true, name: true, startDate: true, finishDate: true,
          durationDays: true, progress: true, milestone: true, critical: true, assigneeId: true, assignee: { id: true, name: true },
        },
      }),
      this.ds.getRepository(ChecklistItem).find({
        where: { projectId, done: false },
        relations: { owner: true },
        select: { id: true, phaseId: true, text: true, dueDate: true, ownerId: true, owner: { id: true, name: true } },
      }),
      this.ds.getRepository(Goal).find({
        where: { projectId },
        select: { id: true, name: true, unit: true, baseline: true, target: true, actual: true, dueDate: true },
        order: { id: "ASC" },
      }),
      this.ds.getRepository(CalendarException).find({ where: { projectId }, select: { date: true, working: true } }),
      this.baselines.comparedDates(projectId),
      this.ds.getRepository(ProgressSnapshot).find({ where: { projectId }, order: { date: "ASC" } }),
    ]);
    const calendar: CalendarSpec = { workingWeek: parseWorkingWeek(project.workingDays), exceptions };
    const kindOf = new Map(summaries.map((s) => [s.phase.id, s.phase.kind]));
    const leaves = leafTasks(tasks);
    const percent = rollUpProgress(leaves);
    await this.recordSnapshot(projectId, today, percent, snapshots);

    const view = (t: Task): DashboardTask => ({
      id: t.id,
      key: t.key,
      name: t.name,
      phaseKind: kindOf.get(t.phaseId) ?? "",
      start: t.startDate,
      finish: t.finishDate,
      progress: t.progress,
      milestone: t.milestone,
      critical: t.critical,
      assignee: t.assignee?.name ?? null,
      daysLate: t.progress < 100 && t.finishDate < today ? diffCalendarDays(t.finishDate, today) : 0,
    });
    const itemView = (i: ChecklistItem): DashboardItem => ({
      id: i.id,
      text: i.text,
      phaseKind: kindOf.get(i.phaseId) ?? "",
      dueDate: i.dueDate!,
      owner: i.owner?.name ?? null,
      daysLate: i.dueDate! < today ? diffCalendarDays(i.dueDate!, today) : 0,
    });

    // RAG inputs per phase: leaf tasks with their baseline finish, the gate, overdue checklist items.
    const ragTask = (t: Task): RagTask => ({
      start: t.startDate,
      finish: t.finishDate,
      durationDays: t.durationDays,
      progress: t.progress,
      critical: t.critical,
      baselineFinish: compared.dates.get(t.id)?.finish ?? null,
    });
    const dated = openItems.filter((i) => i.dueDate !== null);
    const overdueItems = dated.filter((i) => i.dueDate! < today);
    const phaseInputs: PhaseRagInput[] = summaries.map((s) => {
      const own = leaves.filter((t) => t.phaseId === s.phase.id).map(ragTask);
      return {
        phase: s.phase.kind,
        tasks: own,
        gate: { signedOff: s.phase.gateSignedOffAt !== null, plannedEnd: plannedPhaseEnd(own) },
        overdueChecklistItems: overdueItems.filter((i) => i.phaseId === s.phase.id).length,
      };
    });
    const rag = projectRag({ today, calendar, projectStart: project.kickoffDate, phases: phaseInputs });

    const open = leaves.filter((t) => t.progress < 100);
    const milestones = open.filter((t) => t.milestone).map(view).sort(byFinish);
    const horizon = addCalendarDays(today, MILESTONE_HORIZON_DAYS);
    const until = addCalendarDays(today, NEXT_DAYS);
    const inNext = (d: string) => d >= today && d <= until;

    const baselineTasks = compared.baseline
      ? leaves.flatMap((t) => {
          const b = compared.dates.get(t.id);
          return b ? [{ start: b.start, finish: b.finish, durationDays: b.durationDays }] : [];
        })
      : null;

    return {
      today,
      percent,
      phases: summaries.map((summary, i) => ({ summary, rag: rag.phases[i] })),
      rag,
      milestonesDue: milestones.filter((m) => m.finish >= today && m.finish <= horizon),
      milestonesMissed: milestones.filter((m) => m.finish < today),
      overdueTasks: open.filter((t) => !t.milestone && t.finishDate < today).map(view).sort(byFinish),
      overdueItems: overdueItems.map(itemView).sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.text.localeCompare(b.text)),
      goals: goals.map((g) => {
        const p = goalProgress(g);
        return { id: g.id, name: g.name, unit: g.unit, baseline: g.baseline, target: g.target, actual: g.actual, dueDate: g.dueDate, percent: p === null ? null : Math.round(p * 100) };
      }),
      curve: sCurve({
        today,
        calendar,
        projectStart: project.kickoffDate,
        baseline: baselineTasks,
        current: leaves.map((t) => ({ start: t.startDate, finish: t.finishDate, durationDays: t.durationDays })),
        snapshots,
        todayPercent: percent,
      }),
      baselineName: compared.baseline?.name ?? null,
      next: {
        tasks: open.filter((t) => t.startDate <= until && t.finishDate >= today).map(view).sort((a, b) => a.start.localeCompare(b.start) || byFinish(a, b)),
        items: dated.filter((i) => inNext(i.dueDate!)).map(itemView).sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.text.localeCompare(b.text)),
        until,
      },
      risks: riskSignals({
        today,
        calendar,
        projectStart: project.kickoffDate,
        goals,
        tasks: tasks.map((t) => ({ key: t.key, start: t.startDate, finish: t.finishDate, progress: t.progress })),
        phases: phaseInputs.map((p) => ({ phase: p.phase, signedOff: p.gate.signedOff, plannedEnd: p.gate.plannedEnd })),
      }),
      taskCount: tasks.length,
    };
  }

  /** Today's percent complete, kept once a day (updated when it changed since the day's first view). */
  private async recordSnapshot(projectId: number, today: string, percent: number, snapshots: readonly ProgressSnapshot[]): Promise<void> {
    const repo = this.ds.getRepository(ProgressSnapshot);
    const existing = snapshots.find((s) => s.date === today);
    if (!existing) {
      // Two first views at once: the unique (project, date) index keeps one row, the other insert is ignored.
      await repo.createQueryBuilder().insert().values({ projectId, date: today, percent }).orIgnore().execute();
    } else if (existing.percent !== percent) {
      await repo.update({ id: existing.id }, { percent });
    }
  }
}
