// Validation of task links: no self-link, no duplicate, same project, no WBS ancestor links, no cycles.
import { DomainError } from "./errors";
import { ancestorsOf } from "./wbs";
import type { LinkData, LinkType } from "./types";

export interface LinkTask {
  id: number;
  name: string;
  parentId: number | null;
}

export interface PredecessorInput {
  predecessorId: number;
  type: LinkType;
  lagDays: number;
}

/**
 * Checks the complete predecessor list proposed for one successor against the rest of the
 * project's links. Throws a DomainError (key + params, field "predecessors") on the first problem.
 * `tasks` are the project's tasks; a predecessor id not among them belongs to another project.
 */
export function validatePredecessors(
  successorId: number,
  rows: readonly PredecessorInput[],
  tasks: readonly LinkTask[],
  otherLinks: readonly LinkData[],
): void {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const seen = new Set<number>();
  const ancestors = ancestorsOf(successorId, tasks);
  for (const row of rows) {
    const pred = byId.get(row.predecessorId);
    if (!pred) throw new DomainError("links.errors.otherProject", {}, "predecessors");
    if (row.predecessorId === successorId) throw new DomainError("links.errors.self", {}, "predecessors");
    if (seen.has(row.predecessorId)) throw new DomainError("links.errors.duplicate", { task: pred.name }, "predecessors");
    seen.add(row.predecessorId);
    if (ancestors.has(row.predecessorId) || ancestorsOf(row.predecessorId, tasks).has(successorId)) {
      throw new DomainError("links.errors.summary", { task: pred.name }, "predecessors");
    }
  }
  const links: LinkData[] = otherLinks.filter((l) => l.successorId !== successorId);
  for (const row of rows) links.push({ predecessorId: row.predecessorId, successorId, type: row.type, lagDays: row.lagDays });
  const loop = findCycle(links);
  if (loop) {
    const names = loop.map((id) => byId.get(id)?.name ?? `#${id}`);
    throw new DomainError("links.errors.cycle", { loop: names.join(" → ") }, "predecessors");
  }
}

/**
 * Finds one dependency cycle among the links, returned as task ids with the first repeated at the end
 * (A → B → A), or null. Iterative DFS, linear in tasks + links.
 */
export function findCycle(links: readonly Pick<LinkData, "predecessorId" | "successorId">[]): number[] | null {
  const out = new Map<number, number[]>();
  for (const l of links) {
    const list = out.get(l.predecessorId);
    if (list) list.push(l.successorId);
    else out.set(l.predecessorId, [l.successorId]);
  }
  const state = new Map<number, 1 | 2>(); // 1 = on stack, 2 = done
  for (const start of out.keys()) {
    if (state.has(start)) continue;
    const stack: { id: number; next: number }[] = [{ id: start, next: 0 }];
    const path: number[] = [start];
    state.set(start, 1);
    while (stack.length) {
      const top = stack[stack.length - 1];
      const succ = out.get(top.id) ?? [];
      if (top.next < succ.length) {
        const s = succ[top.next++];
        const st = state.get(s);
        if (st === 1) return [...path.slice(path.indexOf(s)), s];
        if (st === undefined) {
          state.set(s, 1);
          stack.push({ id: s, next: 0 });
          path.push(s);
        }
      } else {
        state.set(top.id, 2);
        stack.pop();
        path.pop();
      }
    }
  }
  return null;
}
