// The Gantt chart's data: the WBS task table, links, calendar and compared baseline in a bounded number
// of queries, filtered (phase, assignee, critical only) and handed to the pure layout.
import type { DataSource } from "typeorm";
import type { Member, Phase, Project } from "../../entities";
import type { BaselineDates } from "./baseline-service";
import { parseWorkingWeek } from "../domain/calendar";
import { layoutGantt, type AxisCalendar, type GanttLayout, type GanttRowInput, type GanttZoom } from "../domain/gantt-layout";
import type { LinkType } from "../domain/types";
import { TaskService, type TaskRow } from "./task-service";

export interface GanttFilters {
  /** A phase kind, or null for every phase. */
  phase: string | null;
  /** A member id, or null for anyone. */
  assigneeId: number | null;
  criticalOnly: boolean;
}

export interface GanttOptions {
  zoom: GanttZoom;
  showCritical: boolean;
  collapsed: ReadonlySet<number>;
  rtl: boolean;
  /** The axis's calendar and first weekday (axisCalendar: the page's calendar, Saturday weeks in Persian). */
  axis: AxisCalendar;
  today: string;
  /** A phase's display name from its kind (the route translates). */
  phaseLabel: (kind: string) => string;
}

/** One chart row: the layout's input plus what the task grid shows. */
export interface GanttRow extends GanttRowInput {
  durationDays: number;
  totalSlack: number | null;
}

export interface GanttChart {
  layout: GanttLayout<GanttRow>;
  phases: Phase[];
  members: Member[];
  /** Tasks in the project, whatever the filters. */
  taskCount: number;
  /** The compared baseline's name, or null when the project compares with none. */
  baselineName: string | null;
  /** Summaries at the top of the WBS (what "collapse all" folds). */
  topSummaryIds: number[];
}

const FINISH_CONSTRAINTS = new Set(["FNLT", "MFO"]);

/**
 * Keeps the rows that match, plus every ancestor of a match so the WBS still reads as a tree.
 * Rows in WBS order; linear (each ancestor is marked once).
 */
export function keepWithAncestors<T extends { depth: number }>(rows: readonly T[], matches: (row: T) => boolean): T[] {
  const keep = new Uint8Array(rows.length);
  const path: number[] = [];
  rows.forEach((row, i) => {
    path.length = row.depth;
    if (matches(row)) {
      keep[i] = 1;
      for (let k = path.length - 1; k >= 0 && !keep[path[k]]; k--) keep[path[k]] = 1;
    }
    path[row.depth] = i;
  });
  return rows.filter((_row, i) => keep[i] === 1);
}

export class GanttService {
  private readonly tasks: TaskService;

  constructor(private readonly ds: DataSource) {
    this.tasks = new TaskService(ds);
  }

  /** The project's chart, in a constant number of queries (the task table's, plus members, calendar and baseline dates). */
  async chart(project: Project, filters: GanttFilters, options: GanttOptions): Promise<GanttChart> {
    // The task table already loads the members, the calendar and the compared baseline's dates.
    const table = await this.tasks.table(project.id);
    const { members, baselineDates: planned } = table;
    const exceptions = table.exceptions.map((e) => ({ date: e.date, working: e.working }));

    const phase = filters.phase === null ? null : (table.phases.find((p) => p.kind === filters.phase) ?? null);
    let rows = phase ? table.rows.filter((r) => r.task.phaseId === phase.id) : table.rows;
    if (filters.assigneeId !== null || filters.criticalOnly) {
      const { assigneeId, criticalOnly } = filters;
      rows = keepWithAncestors(rows, (r) => (assigneeId === null || r.task.assigneeId === assigneeId) && (!criticalOnly || r.task.critical));
    }

    const layout = layoutGantt<GanttRow>({
      rows: rows.map((r) => toGanttRow(r, planned.get(r.task.id))),
      links: table.links.map((l) => ({ predecessorId: l.predecessorId, successorId: l.successorId, type: l.type as LinkType })),
      phases: table.phases.map((p) => ({ id: p.id, label: options.phaseLabel(p.kind) })),
      calendar: { workingWeek: parseWorkingWeek(project.workingDays), exceptions },
      today: options.today,
      zoom: options.zoom,
      showCritical: options.showCritical,
      collapsed: options.collapsed,
      rtl: options.rtl,
      axis: options.axis,
    });
    return {
      layout,
      phases: table.phases,
      members,
      taskCount: table.rows.length,
      baselineName: table.baselineName,
      topSummaryIds: table.rows.filter((r) => r.isSummary && r.depth === 0).map((r) => r.task.id),
    };
  }
}

function toGanttRow(r: TaskRow, planned: BaselineDates | undefined): GanttRow {
  const t = r.task;
  return {
    id: t.id,
    wbs: r.wbs,
    name: t.name,
    depth: r.depth,
    isSummary: r.isSummary,
    milestone: t.milestone,
    start: r.shown.startDate,
    finish: r.shown.finishDate,
    progress: r.shown.progress,
    critical: t.critical,
    constraintViolated: t.constraintViolated,
    deadline: FINISH_CONSTRAINTS.has(t.constraintType) ? t.constraintDate : null,
    phaseId: t.phaseId,
    baselineStart: planned?.start ?? null,
    baselineFinish: planned?.finish ?? null,
    assignee: r.assignee?.name ?? null,
    durationDays: t.durationDays,
    totalSlack: t.totalSlack,
  };
}
