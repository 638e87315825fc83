// The project overview's derived lists: upcoming milestones and open checklist items by owner.
import type { TaskData } from "./types";

export interface MilestoneView<T> {
  task: T;
  overdue: boolean;
}

/** Unfinished milestones ordered by date (overdue ones first, as they sort earliest), at most `limit`. */
export function nextMilestones<T extends Pick<TaskData, "milestone" | "progress" | "finishDate" | "name">>(
  tasks: readonly T[],
  today: string,
  limit = 5,
): MilestoneView<T>[] {
  return tasks
    .filter((t) => t.milestone && t.progress < 100)
    .sort((a, b) => a.finishDate.localeCompare(b.finishDate) || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((task) => ({ task, overdue: task.finishDate < today }));
}

export interface OpenItem {
  ownerId: number | null;
  dueDate: string | null;
  done: boolean;
}

export interface OwnerGroup<I> {
  ownerId: number | null;
  items: I[];
  overdue: number;
}

/**
 * Groups open (not done) checklist items by owner; each group's items sorted by due date (undated
 * last). Groups are ordered by size, largest first, with the unassigned group last.
 */
export function openItemsByOwner<I extends OpenItem>(items: readonly I[], today: string): OwnerGroup<I>[] {
  const groups = new Map<number | null, OwnerGroup<I>>();
  for (const item of items) {
    if (item.done) continue;
    let g = groups.get(item.ownerId);
    if (!g) {
      g = { ownerId: item.ownerId, items: [], overdue: 0 };
      groups.set(item.ownerId, g);
    }
    g.items.push(item);
    if (item.dueDate !== null && item.dueDate < today) g.overdue++;
  }
  const byDue = (a: I, b: I) => (a.dueDate ?? "9999-99-99").localeCompare(b.dueDate ?? "9999-99-99");
  const list = [...groups.values()];
  for (const g of list) g.items.sort(byDue);
  return list.sort((a, b) => {
    if (a.ownerId === null) return 1;
    if (b.ownerId === null) return -1;
    return b.items.length - a.items.length;
  });
}

/**
 * Unfinished leaf tasks that are running or start on or before `until` (ISO), ordered by start then
 * finish; late ones (finish before today) are flagged. At most `limit`.
 */
export function currentTasks<T extends Pick<TaskData, "milestone" | "progress" | "startDate" | "finishDate" | "name">>(
  leaves: readonly T[],
  today: string,
  until: string,
  limit = 8,
): { task: T; late: boolean; running: boolean }[] {
  return leaves
    .filter((t) => !t.milestone && t.progress < 100 && t.startDate <= until)
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.finishDate.localeCompare(b.finishDate) || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((task) => ({ task, late: task.finishDate < today, running: task.startDate <= today }));
}
