// Critical Path Method over a working-day calendar, following MS Project's day-level conventions
// (docs/SCHEDULING.md): boundaries in whole working days, four link types with lags, milestones,
// summaries (links to a summary bind its tasks; links from it use its span), manual tasks and the
// constraints SNET, FNLT and MFO (the date wins; a missed date shows as negative slack).
import { DomainError } from "./errors";
import { WorkCalendar } from "./work-calendar";
import type { ScheduledTask, ScheduleInput, ScheduleResult } from "./schedule-types";
import type { LinkType } from "./types";

/** A dependency loop among the tasks; `loop` holds task ids, first repeated at the end. */
export class ScheduleCycleError extends DomainError {
  constructor(public readonly loop: number[]) {
    super("links.errors.cycle", { loop: loop.join(" → ") }, "predecessors");
  }
}

interface Edge {
  from: number; // node index (a leaf, or a summary used as a predecessor)
  to: number; // node index of a leaf
  type: LinkType;
  lag: number;
}

/**
 * Schedules every task. Linear in tasks + links (plus the expansion of links to summaries into their
 * leaf tasks). Throws ScheduleCycleError when the links, summaries included, form a loop.
 */
export function schedule(input: ScheduleInput): ScheduleResult {
  const cal = new WorkCalendar(input.calendar, input.projectStart);
  const n = input.tasks.length;
  const indexOfId = new Map<number, number>();
  input.tasks.forEach((t, i) => indexOfId.set(t.id, i));

  // WBS: children lists, leaves, and each summary's leaf descendants (computed on demand).
  const parent = new Int32Array(n).fill(-1);
  const children: number[][] = Array.from({ length: n }, () => []);
  input.tasks.forEach((t, i) => {
    const p = t.parentId === null ? undefined : indexOfId.get(t.parentId);
    if (p !== undefined && p !== i) {
      parent[i] = p;
      children[p].push(i);
    }
  });
  const isSummary = (i: number) => children[i].length > 0;
  const leafCache = new Map<number, number[]>();
  const leavesOf = (i: number): number[] => {
    const cached = leafCache.get(i);
    if (cached) return cached;
    const out: number[] = [];
    const stack = [i];
    const seen = new Set<number>();
    while (stack.length) {
      const x = stack.pop()!;
      if (seen.has(x)) continue;
      seen.add(x);
      if (children[x].length === 0) out.push(x);
      else stack.push(...children[x]);
    }
    leafCache.set(i, out);
    return out;
  };

  // Links expand: a link to a summary binds each of its leaves; a link from a summary leaves from its node.
  const incoming: Edge[][] = Array.from({ length: n }, () => []);
  const outgoing: Edge[][] = Array.from({ length: n }, () => []);
  for (const l of input.links) {
    const from = indexOfId.get(l.predecessorId);
    const to = indexOfId.get(l.successorId);
    if (from === undefined || to === undefined) continue;
    for (const leaf of isSummary(to) ? leavesOf(to) : [to]) {
      const e: Edge = { from, to: leaf, type: l.type, lag: l.lagDays };
      incoming[leaf].push(e);
      outgoing[from].push(e);
    }
  }

  const order = topologicalOrder(n, parent, children, incoming, outgoing, input.tasks.map((t) => t.id));

  const dur = (i: number) => (isSummary(i) ? 0 : Math.max(0, Math.round(input.tasks[i].durationDays)));
  const es = new Float64Array(n);
  const ef = new Float64Array(n);
  const efLinks = new Float64Array(n); // the finish the links alone would give (for negative slack)
  const summaryStart = new Float64Array(n).fill(Infinity);
  const summaryFinish = new Float64Array(n).fill(-Infinity);
  // Instants as 2·boundary + 1 for a morning, + 0 for the evening before: what dates are shown from.
  const startInstant = new Float64Array(n);
  const finishInstant = new Float64Array(n);
  const firstInstant = new Float64Array(n).fill(Infinity);
  const lastInstant = new Float64Array(n).fill(-Infinity);

  // Forward pass.
  for (const i of order) {
    if (isSummary(i)) {
      es[i] = summaryStart[i];
      ef[i] = summaryFinish[i];
      startInstant[i] = firstInstant[i];
      finishInstant[i] = lastInstant[i];
    } else {
      const t = input.tasks[i];
      const d = dur(i);
      // Candidate instants as 2·boundary + (1 for a morning instant): the later instant wins, and at the
      // same boundary a morning start (after a finish the evening before) is the later one.
      let best = 1; // project start, morning of day 0
      for (const e of incoming[i]) {
        const p = e.from;
        let b: number;
        let finishInstant: boolean;
        switch (e.type) {
          case "FS": b = ef[p] + e.lag; finishInstant = true; break;
          case "SS": b = es[p] + e.lag; finishInstant = e.lag > 0; break;
          case "FF": b = ef[p] + e.lag - d; finishInstant = true; break;
          case "SF": b = es[p] + e.lag - d; finishInstant = e.lag > 0; break;
        }
        const instant = 2 * b + (finishInstant ? 0 : 1);
        if (instant > best) best = instant;
      }
      if (t.constraint === "SNET" && t.constraintDate) {
        const c = 2 * cal.indexOf(t.constraintDate) + 1;
        if (c > best) best = c;
      }
      let start = Math.floor(best / 2);
      let finishSide = best % 2 === 0;
      efLinks[i] = start + d;
      if (t.manual) {
        start = cal.indexOf(t.start);
        finishSide = false;
      } else if (t.constraint === "MFO" && t.constraintDate) {
        start = cal.indexAfter(t.constraintDate) - d;
        finishSide = true;
      } else if (t.constraint === "FNLT" && t.constraintDate) {
        const latest = cal.indexAfter(t.constraintDate) - d;
        if (start > latest) {
          start = latest;
          finishSide = true;
        }
      }
      es[i] = start;
      ef[i] = start + d;
      startInstant[i] = d === 0 ? 2 * start + (finishSide ? 0 : 1) : 2 * start + 1;
      finishInstant[i] = d === 0 ? startInstant[i] : 2 * (start + d);
    }
    const p = parent[i];
    if (p >= 0) {
      if (es[i] < summaryStart[p]) summaryStart[p] = es[i];
      if (ef[i] > summaryFinish[p]) summaryFinish[p] = ef[i];
      if (startInstant[i] < firstInstant[p]) firstInstant[p] = startInstant[i];
      if (finishInstant[i] > lastInstant[p]) lastInstant[p] = finishInstant[i];
    }
  }

  let projectFinish = 0;
  for (let i = 0; i < n; i++) if (!isSummary(i) && ef[i] > projectFinish) projectFinish = ef[i];

  // Backward pass in reverse order: a summary (after its tasks in `order`) passes its bounds down.
  const lf = new Float64Array(n);
  const ls = new Float64Array(n);
  const finishBound = new Float64Array(n).fill(Infinity); // bound on the finish of every task below
  // SS/SF links from a summary bind its start, which only its earliest tasks set: the bound passes
  // down to the tasks (and sub-summaries) that start with it, not to later ones.
  const startBound = new Float64Array(n).fill(Infinity);
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k];
    const p = parent[i];
    let fb = p >= 0 ? finishBound[p] : Infinity;
    let sb = p >= 0 && es[i] === es[p] ? startBound[p] : Infinity;
    for (const e of outgoing[i]) {
      const s = e.to;
      switch (e.type) {
        case "FS": fb = Math.min(fb, ls[s] - e.lag); break;
        case "SS": sb = Math.min(sb, ls[s] - e.lag); break;
        case "FF": fb = Math.min(fb, lf[s] - e.lag); break;
        case "SF": sb = Math.min(sb, lf[s] - e.lag); break;
      }
    }
    if (isSummary(i)) {
      finishBound[i] = fb;
      startBound[i] = sb;
      continue;
    }
    const t = input.tasks[i];
    const d = dur(i);
    // No late finish passes the project finish (MS Project), whatever the link types bind.
    let late = Math.min(fb, sb + d, projectFinish);
    if ((t.constraint === "FNLT" || t.constraint === "MFO") && t.constraintDate && !t.manual) {
      late = Math.min(late, cal.indexAfter(t.constraintDate));
    }
    lf[i] = late;
    ls[i] = late - d;
  }

  // Summaries: span of their tasks, late dates likewise.
  const lateStartSum = new Float64Array(n).fill(Infinity);
  const lateFinishSum = new Float64Array(n).fill(-Infinity);
  for (const i of order) {
    if (isSummary(i)) {
      ls[i] = lateStartSum[i];
      lf[i] = lateFinishSum[i];
    }
    const p = parent[i];
    if (p >= 0) {
      if (ls[i] < lateStartSum[p]) lateStartSum[p] = ls[i];
      if (lf[i] > lateFinishSum[p]) lateFinishSum[p] = lf[i];
    }
  }

  const tasks = new Map<number, ScheduledTask>();
  for (let i = 0; i < n; i++) {
    const t = input.tasks[i];
    const summary = isSummary(i);
    const d = dur(i);
    const totalSlack = summary ? lf[i] - ef[i] : lf[i] - Math.max(ef[i], efLinks[i]);
    const violated = !summary && !t.manual && (t.constraint === "FNLT" || t.constraint === "MFO") && efLinks[i] > ef[i];
    let freeSlack = totalSlack;
    if (!summary) {
      let fs = outgoing[i].length === 0 && parent[i] < 0 ? projectFinish - ef[i] : Infinity;
      for (const e of outgoing[i]) {
        const s = e.to;
        const gap =
          e.type === "FS" ? es[s] - (ef[i] + e.lag) :
          e.type === "SS" ? es[s] - (es[i] + e.lag) :
          e.type === "FF" ? ef[s] - (ef[i] + e.lag) :
          ef[s] - (es[i] + e.lag);
        fs = Math.min(fs, gap);
      }
      if (fs !== Infinity) freeSlack = Math.min(fs, totalSlack);
    }
    const start = dateOfInstant(cal, startInstant[i]);
    const finish = dateOfInstant(cal, finishInstant[i]);
    // MS Project shows a milestone's late date on the morning of its late boundary.
    const lateStart = cal.dateOf(ls[i]);
    const lateFinish = d === 0 && !summary ? cal.dateOf(lf[i]) : cal.dateOf(lf[i] - 1);
    tasks.set(t.id, {
      id: t.id,
      start,
      finish,
      earlyStart: start,
      earlyFinish: finish,
      lateStart,
      lateFinish,
      totalSlack,
      freeSlack,
      critical: totalSlack <= 0,
      constraintViolated: violated,
      isSummary: summary,
      durationDays: Math.max(0, ef[i] - es[i]),
    });
  }
  return { tasks, projectFinish: cal.dateOf(Math.max(0, projectFinish - 1)) };
}

/** A morning instant (odd) shows its own day; an evening one (even) the working day it ends. */
function dateOfInstant(cal: WorkCalendar, instant: number): string {
  // Instants before the kickoff are negative; (x % 2 + 2) % 2 keeps the parity test right for them.
  return ((instant % 2) + 2) % 2 === 1 ? cal.dateOf((instant - 1) / 2) : cal.dateOf(instant / 2 - 1);
}

/**
 * Kahn's algorithm over link edges plus child → parent edges (a summary's dates need its tasks).
 * On a loop, finds one cycle among the remaining nodes and throws ScheduleCycleError.
 */
function topologicalOrder(n: number, parent: Int32Array, children: number[][], incoming: Edge[][], outgoing: Edge[][], ids: number[]): number[] {
  const indeg = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    for (const e of outgoing[i]) indeg[e.to]++;
    if (parent[i] >= 0) indeg[parent[i]]++;
  }
  const queue: number[] = [];
  for (let i = 0; i < n; i++) if (indeg[i] === 0) queue.push(i);
  const order: number[] = [];
  for (let h = 0; h < queue.length; h++) {
    const i = queue[h];
    order.push(i);
    for (const e of outgoing[i]) if (--indeg[e.to] === 0) queue.push(e.to);
    const p = parent[i];
    if (p >= 0 && --indeg[p] === 0) queue.push(p);
  }
  if (order.length < n) throw new ScheduleCycleError(findLoop(n, children, incoming, indeg).map((i) => ids[i]));
  return order;
}

/**
 * Every node Kahn left blocked has a blocked predecessor (a link source or a child), so walking
 * backwards from one never dead-ends and must repeat a node: the repeated stretch is a loop.
 */
function findLoop(n: number, children: number[][], incoming: Edge[][], indeg: Int32Array): number[] {
  const previous = (i: number): number => {
    for (const e of incoming[i]) if (indeg[e.from] > 0) return e.from;
    for (const c of children[i]) if (indeg[c] > 0) return c;
    return -1;
  };
  let i = 0;
  while (i < n && indeg[i] === 0) i++;
  const seenAt = new Map<number, number>();
  const path: number[] = [];
  while (i >= 0 && !seenAt.has(i)) {
    seenAt.set(i, path.length);
    path.push(i);
    i = previous(i);
  }
  const loop = i < 0 ? path : path.slice(seenAt.get(i)!);
  // Walked backwards: reverse into link order and close the loop.
  loop.reverse();
  return [...loop, loop[0]];
}
