// Conformance of our scheduler with MS Project: schedules an MSPDI project read by readMspdi and compares
// every leaf task's early/late dates, total slack and critical flag with the values MS Project stored.
import { schedule } from "./scheduler";
import type { ScheduleInput, ScheduleResult, ScheduledTask } from "./schedule-types";
import type { MspdiProject, MspdiTask } from "./mspdi";

export const COMPARED_FIELDS = ["earlyStart", "earlyFinish", "lateStart", "lateFinish", "totalSlack", "critical"] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export interface FieldMismatch {
  field: ComparedField;
  expected: string | number | boolean;
  actual: string | number | boolean | null;
}

export interface TaskMismatch {
  uid: number;
  name: string;
  fields: FieldMismatch[];
}

export interface ConformanceReport {
  leafTasks: number;
  matchingTasks: number;
  /** matchingTasks / leafTasks (1 when there are no leaf tasks). */
  matchRate: number;
  mismatches: TaskMismatch[];
}

/** The scheduler's input for an imported project: task ids are 1…n in outline order, links map UIDs to ids. */
export function toScheduleInput(project: MspdiProject): { input: ScheduleInput; idOf: Map<number, number> } {
  const idOf = new Map(project.tasks.map((t, i) => [t.uid, i + 1]));
  const input: ScheduleInput = {
    projectStart: project.startDate,
    calendar: project.calendar,
    tasks: project.tasks.map((t) => ({
      id: idOf.get(t.uid)!,
      parentId: t.parentUid === null ? null : idOf.get(t.parentUid)!,
      durationDays: t.durationDays,
      manual: t.manual,
      start: t.start,
      constraint: t.constraint,
      constraintDate: t.constraintDate,
    })),
    links: project.links.map((l) => ({
      predecessorId: idOf.get(l.predecessorUid)!,
      successorId: idOf.get(l.successorUid)!,
      type: l.type,
      lagDays: l.lagDays,
    })),
  };
  return { input, idOf };
}

/** Compares one task's computed schedule with MS Project's; fields the file lacks are not compared. */
export function compareTask(task: MspdiTask, actual: ScheduledTask | undefined): FieldMismatch[] {
  const e = task.expected;
  const expected: Record<ComparedField, string | number | boolean | null> = {
    earlyStart: e.earlyStart,
    earlyFinish: e.earlyFinish,
    lateStart: e.lateStart,
    lateFinish: e.lateFinish,
    totalSlack: e.totalSlackDays,
    critical: e.critical,
  };
  const out: FieldMismatch[] = [];
  for (const field of COMPARED_FIELDS) {
    const want = expected[field];
    if (want === null) continue;
    const got = actual ? actual[field] : null;
    if (got !== want) out.push({ field, expected: want, actual: got });
  }
  return out;
}

/** Compares a schedule result with the file's expected values for every leaf (non-summary) task. */
export function compareSchedule(project: MspdiProject, result: ScheduleResult, idOf: Map<number, number>): ConformanceReport {
  const leaves = project.tasks.filter((t) => !t.summary);
  const mismatches: TaskMismatch[] = [];
  for (const t of leaves) {
    const fields = compareTask(t, result.tasks.get(idOf.get(t.uid)!));
    if (fields.length) mismatches.push({ uid: t.uid, name: t.name, fields });
  }
  const matchingTasks = leaves.length - mismatches.length;
  return { leafTasks: leaves.length, matchingTasks, matchRate: leaves.length ? matchingTasks / leaves.length : 1, mismatches };
}

/** Schedules the imported project with our scheduler and compares it with MS Project's own dates. */
export function checkConformance(project: MspdiProject): ConformanceReport {
  const { input, idOf } = toScheduleInput(project);
  return compareSchedule(project, schedule(input), idOf);
}
