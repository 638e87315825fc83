// Scheduler benchmark: seeded random projects (1,000 / 10,000 / 20,000 tasks, ~1.5 links a task) through
// the pure schedule(), then a full reschedule() through SQLite (1,000 / 10,000 tasks). Prints Markdown
// for docs/PERFORMANCE.md ("Scheduler"). Run: npm run build && npm run bench:scheduler [-- --no-db] [-- --runs=N]
import "reflect-metadata";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { DataSource } from "typeorm";
import { CalendarException, Phase, Project, Task, TaskLink } from "../entities";
import { createDataSource } from "../server/db/data-source";
import { schedule } from "../server/domain/scheduler";
import type { ConstraintType, ScheduleInput, ScheduleLinkInput, ScheduleTaskInput } from "../server/domain/schedule-types";
import type { LinkType } from "../server/domain/types";
import { reschedule } from "../server/services/schedule-service";

const PROJECT_START = "2026-03-02"; // a Monday
const SEED = 20_260_302;

/** mulberry32: a small seeded PRNG, uniform in [0, 1). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function addDays(iso: string, n: number): string {
  return new Date(Date.parse(iso) + n * 86_400_000).toISOString().slice(0, 10);
}

interface GenTask {
  /** Index of the WBS parent, or −1. */
  parent: number;
  durationDays: number;
  milestone: boolean;
  manual: boolean;
  start: string;
  constraint: ConstraintType;
  constraintDate: string | null;
}

interface GenLink {
  from: number;
  to: number;
  type: LinkType;
  lag: number;
}

interface GenProject {
  tasks: GenTask[];
  links: GenLink[];
  holidays: string[];
  summaries: number;
  milestones: number;
}

/**
 * A random project in WBS order: ~6 % summaries (nested up to 4 deep, 3–15 children each), ~5 % milestones,
 * durations 1–15 days, a few SNET/FNLT/MFO constraints and manual tasks. Links go from a lower to a higher
 * index and never into a node's own subtree (a link from i needs every task under i before the successor),
 * so the graph is acyclic; mixed types (FS 70 %, SS 15 %, FF 10 %, SF 5 %), a third with lags (some negative).
 */
function generate(n: number, seed: number): GenProject {
  const rnd = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const tasks: GenTask[] = [];
  const open: { index: number; left: number }[] = [];
  let summaries = 0;
  let milestones = 0;
  for (let i = 0; i < n; i++) {
    while (open.length && open[open.length - 1].left <= 0) open.pop();
    const top = open[open.length - 1];
    if (top) top.left--;
    const parent = top ? top.index : -1;
    const day = Math.floor((i / n) * Math.min(n, 4000)); // a rough calendar-day position for dates
    const t: GenTask = { parent, durationDays: int(1, 15), milestone: false, manual: false, start: PROJECT_START, constraint: "ASAP", constraintDate: null };
    const r = rnd();
    if (r < 0.06 && open.length < 4 && i < n - 3) {
      open.push({ index: i, left: int(3, 15) });
      summaries++;
    } else if (r < 0.11) {
      t.milestone = true;
      t.durationDays = 0;
      milestones++;
    } else if (r < 0.13) {
      t.constraint = "SNET";
      t.constraintDate = addDays(PROJECT_START, day + int(0, 60));
    } else if (r < 0.135) {
      t.constraint = "FNLT";
      t.constraintDate = addDays(PROJECT_START, day + int(0, 90));
    } else if (r < 0.138) {
      t.constraint = "MFO";
      t.constraintDate = addDays(PROJECT_START, day + int(0, 90));
    } else if (r < 0.143) {
      t.manual = true;
      t.start = addDays(PROJECT_START, day);
    }
    tasks.push(t);
  }
  // end[i]: the last index in i's subtree (i itself for a task without children).
  const end = tasks.map((_, i) => i);
  for (let i = n - 1; i >= 0; i--) {
    const p = tasks[i].parent;
    if (p >= 0 && end[i] > end[p]) end[p] = end[i];
  }
  const links: GenLink[] = [];
  const types: LinkType[] = ["FS", "FS", "FS", "FS", "FS", "FS", "FS", "FS", "FS", "FS", "FS", "FS", "FS", "FS", "SS", "SS", "SS", "FF", "FF", "SF"];
  for (let j = 1; j < n; j++) {
    const r = rnd();
    const count = r < 0.12 ? 0 : r < 0.5 ? 1 : r < 0.86 ? 2 : 3; // mean 1.62 before rejections ≈ 1.5 after
    const seen = new Set<number>();
    for (let k = 0; k < count; k++) {
      // Mostly recent predecessors, sometimes far back (square of a uniform skews towards near).
      const back = 1 + Math.floor(rnd() ** 2 * Math.min(j, 400));
      const i = j - back;
      if (end[i] >= j || seen.has(i)) continue;
      seen.add(i);
      const lr = rnd();
      const lag = lr < 0.67 ? 0 : lr < 0.92 ? int(1, 5) : -int(1, 3);
      links.push({ from: i, to: j, type: types[int(0, types.length - 1)], lag });
    }
  }
  // A few holidays: ten fixed dates a year over 30 years.
  const holidays: string[] = [];
  for (let y = 2026; y < 2056; y++) {
    for (const md of ["01-01", "01-02", "03-20", "03-21", "05-01", "07-14", "10-03", "12-24", "12-25", "12-26"]) holidays.push(`${y}-${md}`);
  }
  return { tasks, links, holidays, summaries, milestones };
}

/** The pure scheduler's input for a generated project; ids are index + 1. */
function inputOf(p: GenProject): ScheduleInput {
  const tasks: ScheduleTaskInput[] = p.tasks.map((t, i) => ({
    id: i + 1,
    parentId: t.parent >= 0 ? t.parent + 1 : null,
    durationDays: t.durationDays,
    manual: t.manual,
    start: t.start,
    constraint: t.constraint,
    constraintDate: t.constraintDate,
  }));
  const links: ScheduleLinkInput[] = p.links.map((l) => ({ predecessorId: l.from + 1, successorId: l.to + 1, type: l.type, lagDays: l.lag }));
  return { projectStart: PROJECT_START, calendar: { workingWeek: [1, 2, 3, 4, 5], exceptions: p.holidays.map((date) => ({ date, working: false })) }, tasks, links };
}

interface Stats {
  runs: number;
  median: number;
  p95: number;
  min: number;
}

function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return { runs: s.length, median: at(0.5), p95: at(0.95), min: s[0] };
}

const ms = (x: number) => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));

function machine(): string[] {
  let cpu = os.cpus()[0]?.model ?? "unknown";
  try {
    const line = fs.readFileSync("/proc/cpuinfo", "utf8").split("\n").find((l) => l.startsWith("model name"));
    if (line) cpu = line.split(":")[1].trim();
  } catch {
    // not Linux: os.cpus() it is
  }
  return [
    `- Date: ${new Date().toISOString().slice(0, 10)}`,
    `- CPU: ${cpu}; nproc ${os.availableParallelism()}`,
    `- Memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- Node ${process.version} (${process.platform}-${process.arch})`,
    `- Load average when the run started (1/5/15 min): ${os.loadavg().map((x) => x.toFixed(2)).join(" / ")}`,
  ];
}

async function benchPure(sizes: number[], runsFor: (n: number) => number): Promise<string[]> {
  const out: string[] = [];
  out.push("| tasks | links | summaries | milestones | project span | runs | median ms | p95 ms | min ms | median CPU ms | median ratio to previous size |");
  out.push("|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|");
  let previous: { n: number; median: number } | null = null;
  for (const n of sizes) {
    const p = generate(n, SEED + n);
    const input = inputOf(p);
    const first = schedule(input);
    let start = "9999-12-31";
    for (const t of first.tasks.values()) if (t.start < start) start = t.start;
    for (let i = 0; i < 5; i++) schedule(input); // warm-up: let V8 optimise
    const samples: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < runsFor(n); i++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      schedule(input);
      samples.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
    const s = stats(samples);
    const c = stats(cpu);
    const ratio = previous ? `${(s.median / previous.median).toFixed(2)} (×${n / previous.n} tasks)` : "—";
    out.push(`| ${n.toLocaleString("en")} | ${p.links.length.toLocaleString("en")} | ${p.summaries} | ${p.milestones} | ${PROJECT_START} → ${first.projectFinish} | ${s.runs} | ${ms(s.median)} | ${ms(s.p95)} | ${ms(s.min)} | ${ms(c.median)} | ${ratio} |`);
    console.error(`schedule() ${n}: median ${ms(s.median)} ms, p95 ${ms(s.p95)} ms`);
    previous = { n, median: s.median };
  }
  return out;
}

/** Stores a generated project: project, phase, tasks (parents set after insert), links, holidays. */
async function store(ds: DataSource, p: GenProject, name: string): Promise<{ projectId: number; taskIds: number[] }> {
  return ds.transaction(async (m) => {
    const project = await m.getRepository(Project).save(m.getRepository(Project).create({ name, kickoffDate: PROJECT_START, workingDays: "1,2,3,4,5" }));
    const phase = await m.getRepository(Phase).save(m.getRepository(Phase).create({ projectId: project.id, kind: "planning", position: 1 }));
    const repo = m.getRepository(Task);
    const rows = p.tasks.map((t, i) =>
      repo.create({
        projectId: project.id,
        phaseId: phase.id,
        parentId: null,
        position: i + 1,
        name: `Task ${i + 1}`,
        startDate: t.start,
        durationDays: t.durationDays,
        finishDate: t.start,
        milestone: t.milestone,
        manual: t.manual,
        constraintType: t.constraint,
        constraintDate: t.constraintDate,
      }),
    );
    const saved = await repo.save(rows, { chunk: 500 });
    const taskIds = saved.map((t) => t.id);
    const childrenOf = new Map<number, number[]>();
    p.tasks.forEach((t, i) => {
      if (t.parent < 0) return;
      const list = childrenOf.get(t.parent) ?? [];
      list.push(taskIds[i]);
      childrenOf.set(t.parent, list);
    });
    for (const [parent, ids] of childrenOf) {
      await m.createQueryBuilder().update(Task).set({ parentId: taskIds[parent] }).whereInIds(ids).execute();
    }
    const links = p.links.map((l) => ({ projectId: project.id, predecessorId: taskIds[l.from], successorId: taskIds[l.to], type: l.type, lagDays: l.lag }));
    for (let i = 0; i < links.length; i += 200) await m.getRepository(TaskLink).insert(links.slice(i, i + 200));
    const holidays = p.holidays.map((date) => ({ projectId: project.id, date, working: false, name: "Holiday" }));
    for (let i = 0; i < holidays.length; i += 200) await m.getRepository(CalendarException).insert(holidays.slice(i, i + 200));
    return { projectId: project.id, taskIds };
  });
}

const COMPUTED = ["startDate", "finishDate", "durationDays", "earlyStart", "earlyFinish", "lateStart", "lateFinish", "totalSlack", "freeSlack", "critical", "constraintViolated"] as const;

async function snapshot(ds: DataSource, projectId: number): Promise<Map<number, string>> {
  const rows = await ds.getRepository(Task).find({ where: { projectId } });
  return new Map(rows.map((t) => [t.id, COMPUTED.map((k) => String(t[k])).join("|")]));
}

function changedRows(a: Map<number, string>, b: Map<number, string>): number {
  let n = 0;
  for (const [id, v] of a) if (b.get(id) !== v) n++;
  return n;
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** Median of `repeats` timed runs of `fn`, each after `prepare` (untimed); rows written per run via snapshots. */
async function scenario(ds: DataSource, projectId: number, repeats: number, prepare: (run: number) => Promise<void>, fn: () => Promise<unknown>): Promise<{ s: Stats; rows: number[] }> {
  const samples: number[] = [];
  const rows: number[] = [];
  for (let r = 0; r < repeats; r++) {
    await prepare(r);
    const before = await snapshot(ds, projectId);
    samples.push(await timed(fn));
    rows.push(changedRows(before, await snapshot(ds, projectId)));
  }
  return { s: stats(samples), rows };
}

/**
 * Leaves past the first quarter whose +3-day change moves the most / the fewest other tasks (schedule()
 * in memory on the first 60 candidates): indices into p.tasks, −1 if none.
 */
function changeCandidates(p: GenProject, n: number): { rippling: number; local: number } {
  const input = inputOf(p);
  const base = schedule(input).tasks;
  const hasChildren = new Set(p.tasks.map((t) => t.parent));
  const hasSuccessors = new Set(p.links.map((l) => l.from));
  const candidates: number[] = [];
  for (let i = Math.ceil(n / 4); i < n && candidates.length < 60; i++) {
    const t = p.tasks[i];
    if (!t.milestone && !t.manual && t.constraint === "ASAP" && !hasChildren.has(i) && hasSuccessors.has(i)) candidates.push(i);
  }
  let rippling = -1;
  let local = -1;
  let most = -1;
  let fewest = Infinity;
  for (const i of candidates) {
    const tasks = input.tasks.map((t, k) => (k === i ? { ...t, durationDays: t.durationDays + 3 } : t));
    const after = schedule({ ...input, tasks }).tasks;
    let moved = 0;
    for (const [id, a] of after) {
      const b = base.get(id)!;
      if (a.start !== b.start || a.finish !== b.finish || a.lateStart !== b.lateStart || a.totalSlack !== b.totalSlack || a.freeSlack !== b.freeSlack) moved++;
    }
    if (moved > most) [most, rippling] = [moved, i];
    if (moved < fewest) [fewest, local] = [moved, i];
  }
  return { rippling, local };
}

async function benchDb(sizes: number[], repeats: number): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "scheduler-bench-"));
  const file = path.join(dir, "bench.sqlite");
  const ds = createDataSource({ databasePath: file, synchronize: true });
  await ds.initialize();
  const out: string[] = [];
  out.push("| tasks | links | what is timed | median ms | runs | rows written per run |");
  out.push("|---:|---:|---|---:|---:|---|");
  try {
    // Warm-up: a small project through the same paths, so the first timed size does not pay for the JIT.
    const warm = await store(ds, generate(300, SEED), "Warm-up");
    for (let r = 0; r < 3; r++) await ds.transaction((m) => reschedule(m, warm.projectId));
    for (const n of sizes) {
      const p = generate(n, SEED + n);
      const t0 = performance.now();
      const { projectId, taskIds } = await store(ds, p, `Bench ${n}`);
      console.error(`stored ${n} tasks, ${p.links.length} links in ${ms(performance.now() - t0)} ms`);
      const taskRepo = ds.getRepository(Task);
      const run = () => ds.transaction((m) => reschedule(m, projectId));
      const nothing = async () => {};
      const row = (what: string, r: { s: Stats; rows: number[] }) =>
        out.push(`| ${n.toLocaleString("en")} | ${p.links.length.toLocaleString("en")} | ${what} | ${ms(r.s.median)} | ${r.s.runs} | ${r.rows.join(", ")} |`);

      // What reschedule() reads (project, tasks, links, exceptions), to separate reading from the rest.
      const load = () =>
        Promise.all([
          ds.getRepository(Project).findOne({ where: { id: projectId } }),
          taskRepo.find({ where: { projectId } }),
          ds.getRepository(TaskLink).find({ where: { projectId } }),
          ds.getRepository(CalendarException).find({ where: { projectId } }),
        ]);
      row("load only: the four reads reschedule() does", await scenario(ds, projectId, repeats, nothing, load));
      // First run: nothing computed yet, so every row is written. Repeated after clearing the computed columns.
      const clear = async () => {
        await taskRepo.update({ projectId }, { earlyStart: null, earlyFinish: null, lateStart: null, lateFinish: null, totalSlack: null, freeSlack: null });
      };
      row("first reschedule: every row written", await scenario(ds, projectId, repeats, clear, run));
      // One duration change (+3 days, then back, alternately) on a leaf past the first quarter: one that
      // moves many rows (tried in memory among the first candidates) and one that moves only itself.
      const { rippling, local } = changeCandidates(p, n);
      for (const [label, i] of [["a change that ripples downstream", rippling], ["a change absorbed by slack", local]] as const) {
        if (i < 0) continue;
        const id = taskIds[i];
        const change = async (r: number) => {
          const current = await taskRepo.findOneByOrFail({ id });
          await taskRepo.update({ id }, { durationDays: current.durationDays + (r % 2 === 0 ? 3 : -3) });
        };
        row(`one task's duration ±3 days: ${label}`, await scenario(ds, projectId, repeats * 2, change, run));
      }
      row("nothing changed (reads, schedules, writes nothing)", await scenario(ds, projectId, repeats, nothing, run));
      console.error(`reschedule ${n} done`);
    }
  } finally {
    await ds.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const runsArg = args.find((a) => a.startsWith("--runs="));
  const runs = runsArg ? Number(runsArg.slice("--runs=".length)) : 0;
  const runsFor = (n: number) => runs || (n <= 1000 ? 60 : n <= 10_000 ? 25 : 15);
  const lines: string[] = ["Machine:", "", ...machine(), "", "Pure `schedule()` (input built once; 5 warm-up runs, then timed runs):", ""];
  lines.push(...(await benchPure([1000, 10_000, 20_000], runsFor)));
  if (!args.includes("--no-db")) {
    lines.push("", "`reschedule(m, projectId)` through TypeORM + SQLite (temp file under /tmp), each run in its own transaction:", "");
    lines.push(...(await benchDb([1000, 10_000], 3)));
  }
  console.log(lines.join("\n"));
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
