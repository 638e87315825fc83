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
  const visit = (t: T, wbs: string, depth: number): void => {
    if (seen.has(t.id)) return; // defensive: a corrupt parent loop must not recurse forever
    seen.add(t.id);
    const kids = children.get(t.id) ?? [];
    rows.push({ task: t, wbs, depth, isSummary: kids.length > 0 });
    kids.forEach((k, i) => visit(k, `${wbs}.${i + 1}`, depth + 1));
  };
  const roots = children.get(null) ?? [];
  phaseOrder.forEach((phaseId, p) => {
    roots.filter((t) => t.phaseId === phaseId).forEach((t, i) => visit(t, `${p + 1}.${i + 1}`, 0));
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
