// WBS tree: orders tasks depth-first within each phase and numbers them (phase.n.m…).
import type { TaskData } from "./types";

export interface WbsRow<T extends TaskData = TaskData> {
  task: T;
  wbs: string;
  depth: number;
  isSummary: boolean;
}

/**
 * Orders the tasks of a project depth-first by phase order then sibling position and gives each its
 * WBS number, starting with the phase's number. Linear in the number of tasks.
 */
export function buildWbs<T extends TaskData>(tasks: readonly T[], phaseOrder: readonly number[]): WbsRow<T>[] {
  const children = new Map<number | null, T[]>();
  const ids = new Set(tasks.map((t) => t.id));
  for (const t of tasks) {
    const parent = t.parentId !== null && ids.has(t.parentId) ? t.parentId : null;
    const key = parent;
    const list = children.get(key);
    if (list) list.push(t);
    else children.set(key, [t]);
  }
  for (const list of children.values()) list.sort((a, b) => a.position - b.position || a.id - b.id);

  const rows: WbsRow<T>[] = [];
  const seen = new Set<number>();
  // Iterative depth-first walk (an explicit stack), so very deep WBS trees cannot overflow the call stack.
  const walk = (root: T, wbs: string): void => {
    const stack: { task: T; wbs: string; depth: number }[] = [{ task: root, wbs, depth: 0 }];
    while (stack.length) {
      const { task, wbs: number, depth } = stack.pop()!;
      if (seen.has(task.id)) continue; // defensive: a corrupt parent loop must not loop forever
      seen.add(task.id);
      const kids = children.get(task.id) ?? [];
      rows.push({ task, wbs: number, depth, isSummary: kids.length > 0 });
      for (let i = kids.length - 1; i >= 0; i--) stack.push({ task: kids[i], wbs: `${number}.${i + 1}`, depth: depth + 1 });
    }
  };
  const roots = children.get(null) ?? [];
  phaseOrder.forEach((phaseId, p) => {
    roots.filter((t) => t.phaseId === phaseId).forEach((t, i) => walk(t, `${p + 1}.${i + 1}`));
  });
  return rows;
}

/** The ids of a task and every task below it in the WBS. */
export function descendantsOf(taskId: number, tasks: readonly Pick<TaskData, "id" | "parentId">[]): Set<number> {
  const children = new Map<number, number[]>();
  for (const t of tasks) {
    if (t.parentId === null) continue;
    const list = children.get(t.parentId);
    if (list) list.push(t.id);
    else children.set(t.parentId, [t.id]);
  }
  const out = new Set<number>([taskId]);
  const stack = [taskId];
  while (stack.length) {
    const id = stack.pop()!;
    for (const c of children.get(id) ?? []) {
      if (!out.has(c)) {
        out.add(c);
        stack.push(c);
      }
    }
  }
  return out;
}

/** The ids of every ancestor of a task (parent, grandparent…). */
export function ancestorsOf(taskId: number, tasks: readonly Pick<TaskData, "id" | "parentId">[]): Set<number> {
  const parentOf = new Map(tasks.map((t) => [t.id, t.parentId]));
  const out = new Set<number>();
  let p = parentOf.get(taskId) ?? null;
  while (p !== null && !out.has(p)) {
    out.add(p);
    p = parentOf.get(p) ?? null;
  }
  return out;
}

export interface RolledUp {
  startDate: string;
  finishDate: string;
  progress: number;
  durationDays: number;
}

/**
 * For each summary row, the span of its leaf descendants' dates and their duration-weighted
 * progress (as MS Project shows summaries); leaves keep their own values. Keyed by task id.
 * Expects rows in buildWbs order; linear in the number of rows.
 */
export function rollUpSummaries(rows: readonly WbsRow[]): Map<number, RolledUp> {
  const acc = new Map<number, { start: string; finish: string; weight: number; done: number; sum: number; n: number }>();
  const out = new Map<number, RolledUp>();
  const parentOf = new Map<number, number | null>();
  for (const r of rows) parentOf.set(r.task.id, r.task.parentId);
  // Children come after their parent in buildWbs order, so walking backwards sees every child first.
  for (let i = rows.length - 1; i >= 0; i--) {
    const { task, isSummary } = rows[i];
    let value: RolledUp;
    if (isSummary && acc.has(task.id)) {
      const a = acc.get(task.id)!;
      const progress = a.weight > 0 ? Math.round(a.done / a.weight) : Math.round(a.sum / Math.max(1, a.n));
      value = { startDate: a.start, finishDate: a.finish, progress, durationDays: 0 };
    } else {
      value = { startDate: task.startDate, finishDate: task.finishDate, progress: task.progress, durationDays: task.durationDays };
    }
    out.set(task.id, value);
    const parent = parentOf.get(task.id);
    if (parent === null || parent === undefined || !parentOf.has(parent)) continue;
    const a = acc.get(parent);
    // Leaves contribute their work; summaries pass their accumulated totals up.
    const own = isSummary ? acc.get(task.id) : undefined;
    const add = own ?? { start: value.startDate, finish: value.finishDate, weight: task.durationDays, done: task.durationDays * task.progress, sum: task.progress, n: 1 };
    if (!a) acc.set(parent, { ...add });
    else {
      if (add.start < a.start) a.start = add.start;
      if (add.finish > a.finish) a.finish = add.finish;
      a.weight += add.weight;
      a.done += add.done;
      a.sum += add.sum;
      a.n += add.n;
    }
  }
  return out;
}
