// Rescheduling: runs the pure scheduler over a project's tasks, links and calendar and stores the
// result on the tasks, inside the caller's transaction (so a change and its schedule commit together).
import type { EntityManager } from "typeorm";
import { CalendarException, Project, Task, TaskLink } from "../../entities";
import { DomainError, NotFound } from "../domain/errors";
import { parseWorkingWeek } from "../domain/calendar";
import { schedule, ScheduleCycleError } from "../domain/scheduler";
import { isOneOf, type LinkType } from "../domain/types";
import { CONSTRAINT_TYPES, type ScheduleInput, type ScheduleResult } from "../domain/schedule-types";

type ScheduledFields = Partial<Pick<Task, "startDate" | "finishDate" | "durationDays" | "earlyStart" | "earlyFinish" | "lateStart" | "lateFinish" | "totalSlack" | "freeSlack" | "critical" | "constraintViolated">>;

/** The scheduler's input for a project, from its rows. */
export function scheduleInputOf(project: Project, tasks: Task[], links: TaskLink[], exceptions: CalendarException[]): ScheduleInput {
  return {
    projectStart: project.kickoffDate,
    calendar: { workingWeek: parseWorkingWeek(project.workingDays), exceptions: exceptions.map((e) => ({ date: e.date, working: e.working })) },
    tasks: tasks.map((t) => ({
      id: t.id,
      parentId: t.parentId,
      durationDays: t.milestone ? 0 : t.durationDays,
      manual: t.manual,
      start: t.startDate,
      constraint: isOneOf(CONSTRAINT_TYPES, t.constraintType) ? t.constraintType : "ASAP",
      constraintDate: t.constraintDate,
    })),
    links: links.map((l) => ({ predecessorId: l.predecessorId, successorId: l.successorId, type: l.type as LinkType, lagDays: l.lagDays })),
  };
}

/** Runs the scheduler; a loop becomes a field error naming the tasks in it. */
export function scheduleOrExplain(input: ScheduleInput, nameOf: (id: number) => string): ScheduleResult {
  try {
    return schedule(input);
  } catch (err) {
    if (err instanceof ScheduleCycleError) {
      throw new DomainError("links.errors.cycle", { loop: err.loop.map(nameOf).join(" → ") }, "predecessors");
    }
    throw err;
  }
}

/**
 * Recomputes the schedule of every task of the project and writes what changed: scheduled dates of
 * automatic tasks, summary spans, early/late dates, slack, critical and violation flags.
 */
export async function reschedule(m: EntityManager, projectId: number): Promise<void> {
  const project = await m.getRepository(Project).findOne({ where: { id: projectId } });
  if (!project) throw new NotFound("project");
  const [tasks, links, exceptions] = await Promise.all([
    m.getRepository(Task).find({ where: { projectId } }),
    m.getRepository(TaskLink).find({ where: { projectId } }),
    m.getRepository(CalendarException).find({ where: { projectId } }),
  ]);
  if (tasks.length === 0) return;
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const result = scheduleOrExplain(scheduleInputOf(project, tasks, links, exceptions), (id) => byId.get(id)?.name ?? `#${id}`);
  const changed: { id: number; next: Required<ScheduledFields> }[] = [];
  for (const task of tasks) {
    const s = result.tasks.get(task.id);
    if (!s) continue;
    const next: Required<ScheduledFields> = {
      startDate: s.start,
      finishDate: s.finish,
      durationDays: s.isSummary ? s.durationDays : task.durationDays,
      earlyStart: s.earlyStart,
      earlyFinish: s.earlyFinish,
      lateStart: s.lateStart,
      lateFinish: s.lateFinish,
      totalSlack: s.totalSlack,
      freeSlack: s.freeSlack,
      critical: s.critical,
      constraintViolated: s.constraintViolated,
    };
    if ((Object.keys(next) as (keyof ScheduledFields)[]).some((k) => task[k] !== next[k])) changed.push({ id: task.id, next });
  }
  await writeScheduled(m, changed);
}

/** Column, SQL type and value of each stored schedule field, in one fixed order. */
const SCHEDULE_COLUMNS: [keyof ScheduledFields, string, string][] = [
  ["startDate", "start_date", "VARCHAR(10)"],
  ["finishDate", "finish_date", "VARCHAR(10)"],
  ["durationDays", "duration_days", "INTEGER"],
  ["earlyStart", "early_start", "VARCHAR(10)"],
  ["earlyFinish", "early_finish", "VARCHAR(10)"],
  ["lateStart", "late_start", "VARCHAR(10)"],
  ["lateFinish", "late_finish", "VARCHAR(10)"],
  ["totalSlack", "total_slack", "INTEGER"],
  ["freeSlack", "free_slack", "INTEGER"],
  ["critical", "critical", "BOOLEAN"],
  ["constraintViolated", "constraint_violated", "BOOLEAN"],
];
const ROWS_PER_STATEMENT = 150;

/**
 * Writes the changed rows with one UPDATE … FROM (VALUES …) per chunk instead of one statement per task
 * (SQLite ≥ 3.33 and PostgreSQL both accept it); typed casts keep PostgreSQL's inference happy.
 */
async function writeScheduled(m: EntityManager, rows: { id: number; next: Required<ScheduledFields> }[]): Promise<void> {
  const postgres = m.connection.options.type === "postgres";
  const set = SCHEDULE_COLUMNS.map(([, col], i) => `"${col}" = v.column${i + 2}`).join(", ");
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    const params: unknown[] = [];
    const placeholder = (type: string, value: unknown) => {
      params.push(value);
      return `CAST(${postgres ? `$${params.length}` : "?"} AS ${type})`;
    };
    const values = chunk
      .map((r) => `(${[placeholder("INTEGER", r.id), ...SCHEDULE_COLUMNS.map(([key, , type]) => placeholder(type, r.next[key]))].join(", ")})`)
      .join(", ");
    await m.query(`UPDATE "tasks" SET ${set} FROM (VALUES ${values}) AS v WHERE "tasks"."id" = v.column1`, params);
  }
}
