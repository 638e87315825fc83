// Progress roll-up, phase spans, gate states and goal progress: pure functions over plain data.
import type { GateState, TaskData } from "./types";

/** Duration-weighted percent complete (0–100, rounded) of leaf tasks; plain average if all weigh 0. */
export function rollUpProgress(tasks: readonly Pick<TaskData, "durationDays" | "progress">[]): number {
  if (tasks.length === 0) return 0;
  let weight = 0;
  let done = 0;
  for (const t of tasks) {
    weight += t.durationDays;
    done += t.durationDays * t.progress;
  }
  if (weight === 0) return Math.round(tasks.reduce((s, t) => s + t.progress, 0) / tasks.length);
  return Math.round(done / weight);
}

/** Earliest start and latest finish of the tasks, or nulls when there are none. */
export function spanOf(tasks: readonly Pick<TaskData, "startDate" | "finishDate">[]): { start: string | null; finish: string | null } {
  let start: string | null = null;
  let finish: string | null = null;
  for (const t of tasks) {
    if (start === null || t.startDate < start) start = t.startDate;
    if (finish === null || t.finishDate > finish) finish = t.finishDate;
  }
  return { start, finish };
}

/** The tasks that have no children (the ones that carry work). */
export function leafTasks<T extends Pick<TaskData, "id" | "parentId">>(tasks: readonly T[]): T[] {
  const parents = new Set<number>();
  for (const t of tasks) if (t.parentId !== null) parents.add(t.parentId);
  return tasks.filter((t) => !parents.has(t.id));
}

/**
 * A phase gate's state: signed off once signed; awaiting sign-off when it has work and all of it is
 * done (every leaf task 100 %, every checklist item ticked); in progress once anything has started.
 */
export function gateState(input: {
  signedOffAt: string | null;
  taskProgress: readonly number[];
  checklistDone: readonly boolean[];
}): GateState {
  if (input.signedOffAt) return "signed_off";
  const { taskProgress, checklistDone } = input;
  const any = taskProgress.length + checklistDone.length > 0;
  if (any && taskProgress.every((p) => p >= 100) && checklistDone.every(Boolean)) return "awaiting_signoff";
  if (taskProgress.some((p) => p > 0) || checklistDone.some(Boolean)) return "in_progress";
  return "not_started";
}

/**
 * Share of the way from baseline to target the actual has travelled, 0–1 (clamped), or null with no
 * actual. Works for falling targets (target below baseline) too; a missing baseline counts as 0.
 */
export function goalProgress(g: { baseline: number | null; target: number; actual: number | null }): number | null {
  if (g.actual === null) return null;
  const base = g.baseline ?? 0;
  if (g.target === base) return g.actual === g.target ? 1 : 0;
  const ratio = (g.actual - base) / (g.target - base);
  return Math.max(0, Math.min(1, ratio));
}

/**
 * Late: unfinished and past its baseline finish or its finish-no-later-than/must-finish-on date, a
 * violated constraint, or its finish already behind today. One rule for the task table and the Gantt.
 */
export function isLate(
  r: { progress: number; constraintViolated: boolean; finish: string; baselineFinish: string | null; deadline: string | null },
  today: string,
): boolean {
  if (r.progress >= 100) return false;
  return r.constraintViolated || r.finish < today || (r.baselineFinish !== null && r.finish > r.baselineFinish) || (r.deadline !== null && r.finish > r.deadline);
}
