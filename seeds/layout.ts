// Dates the demo seed's tasks: a plain forward pass over finish-to-start links on a working week, plus
// progress as seen on a given day. Seed-only on purpose; the real scheduler belongs in server/domain.
import { addCalendarDays, startOfIsoWeek } from "../server/domain/dates";
import { finishFor, nextWorkingDay, workingDaysBetween, type WorkingWeek } from "../server/domain/calendar";
import { rollUpProgress } from "../server/domain/progress";

export interface LayoutTask {
  key: string;
  /** Working days; 0 makes a milestone. Ignored for summaries. */
  durationDays: number;
  /** Keys of finish-to-start predecessors (leaf tasks only). */
  predecessors: readonly string[];
  /** Key of the summary task this one sits under. */
  parent?: string;
  summary?: boolean;
}

export interface LaidOutTask {
  startDate: string;
  /** Inclusive. */
  finishDate: string;
  /** Working days; for a summary, the working days its span covers. */
  durationDays: number;
  milestone: boolean;
  /** Percent complete on `today`, a multiple of 10. */
  progress: number;
}

/** The Monday `weeks` weeks before the Monday of the week containing `today`. */
export function kickoffFor(today: string, weeks: number): string {
  return addCalendarDays(startOfIsoWeek(today), -7 * weeks);
}

/**
 * Percent complete of a leaf task on `today`: 100 when it finished before today, 0 when it starts
 * today or later, else the share of its working days before today, rounded to 10 and kept within 0–90
 * so a running task never looks done. A milestone is 100 once its day has passed, else 0.
 */
export function progressOn(t: Pick<LaidOutTask, "startDate" | "finishDate" | "durationDays">, today: string, week: WorkingWeek): number {
  if (t.finishDate < today) return 100;
  if (t.startDate >= today || t.durationDays <= 0) return 0;
  const elapsed = workingDaysBetween(t.startDate, addCalendarDays(today, -1), week);
  return Math.min(90, Math.round((elapsed / t.durationDays) * 10) * 10);
}

/**
 * Forward pass in topological order: a task starts on the first working day after its latest
 * predecessor's finish (or on the kickoff, moved to a working day); finish = finishFor(start, duration).
 * A 0-day milestone sits on its latest predecessor's finish (or the kickoff). Summaries span their
 * children and roll their progress up by duration. Throws on unknown keys, cycles, and links to or
 * from summaries. Linear in tasks + links.
 */
export function layoutTasks(
  tasks: readonly LayoutTask[],
  opts: { kickoff: string; week: WorkingWeek; today: string },
): Map<string, LaidOutTask> {
  const { week, today } = opts;
  const start0 = nextWorkingDay(opts.kickoff, week);
  const byKey = new Map<string, LayoutTask>();
  for (const t of tasks) {
    if (byKey.has(t.key)) throw new Error(`Duplicate task key ${t.key}`);
    byKey.set(t.key, t);
  }
  const children = new Map<string, string[]>();
  for (const t of tasks) {
    if (t.parent === undefined) continue;
    const parent = byKey.get(t.parent);
    if (!parent?.summary) throw new Error(`${t.key}: parent ${t.parent} is not a summary task`);
    const list = children.get(t.parent);
    if (list) list.push(t.key);
    else children.set(t.parent, [t.key]);
  }

  const out = new Map<string, LaidOutTask>();
  for (const key of topologicalOrder(tasks, byKey)) {
    const t = byKey.get(key)!;
    if (t.summary) continue;
    let latest: string | null = null;
    for (const p of t.predecessors) {
      const f = out.get(p)!.finishDate;
      if (latest === null || f > latest) latest = f;
    }
    const laid: LaidOutTask =
      t.durationDays <= 0
        ? { startDate: latest ?? start0, finishDate: latest ?? start0, durationDays: 0, milestone: true, progress: 0 }
        : (() => {
            const startDate = latest === null ? start0 : nextWorkingDay(addCalendarDays(latest, 1), week);
            return { startDate, finishDate: finishFor(startDate, t.durationDays, week), durationDays: t.durationDays, milestone: false, progress: 0 };
          })();
    laid.progress = progressOn(laid, today, week);
    out.set(key, laid);
  }

  const span = (key: string, seen: Set<string>): LaidOutTask => {
    const done = out.get(key);
    if (done) return done;
    if (seen.has(key)) throw new Error(`Summary loop at ${key}`);
    seen.add(key);
    const kids = (children.get(key) ?? []).map((k) => span(k, seen));
    if (kids.length === 0) throw new Error(`Summary ${key} has no children`);
    const startDate = kids.reduce((m, k) => (k.startDate < m ? k.startDate : m), kids[0].startDate);
    const finishDate = kids.reduce((m, k) => (k.finishDate > m ? k.finishDate : m), kids[0].finishDate);
    const laid = { startDate, finishDate, durationDays: workingDaysBetween(startDate, finishDate, week), milestone: false, progress: rollUpProgress(kids) };
    out.set(key, laid);
    return laid;
  };
  for (const t of tasks) if (t.summary) span(t.key, new Set());
  return out;
}

/** Kahn's algorithm over the predecessor lists; validates keys and that links join leaf tasks. */
function topologicalOrder(tasks: readonly LayoutTask[], byKey: ReadonlyMap<string, LayoutTask>): string[] {
  const indegree = new Map<string, number>();
  const successors = new Map<string, string[]>();
  for (const t of tasks) {
    if (t.summary && t.predecessors.length > 0) throw new Error(`Summary ${t.key} cannot have predecessors`);
    indegree.set(t.key, t.predecessors.length);
    for (const p of t.predecessors) {
      const pred = byKey.get(p);
      if (!pred) throw new Error(`${t.key}: unknown predecessor ${p}`);
      if (pred.summary) throw new Error(`${t.key}: predecessor ${p} is a summary task`);
      const list = successors.get(p);
      if (list) list.push(t.key);
      else successors.set(p, [t.key]);
    }
  }
  const queue = tasks.filter((t) => t.predecessors.length === 0).map((t) => t.key);
  const order: string[] = [];
  for (let i = 0; i < queue.length; i++) {
    const key = queue[i];
    order.push(key);
    for (const s of successors.get(key) ?? []) {
      const n = indegree.get(s)! - 1;
      indegree.set(s, n);
      if (n === 0) queue.push(s);
    }
  }
  if (order.length !== tasks.length) {
    const stuck = tasks.filter((t) => indegree.get(t.key)! > 0).map((t) => t.key);
    throw new Error(`Dependency cycle among ${stuck.join(", ")}`);
  }
  return order;
}
