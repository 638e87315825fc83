// Benchmark: the Gantt page of a large project, served by createApp over a temporary SQLite file on a real
// 127.0.0.1 socket, database load included. Not a test: it prints figures for docs/PERFORMANCE.md.
// Run: npm run build && npm run bench:gantt -- [sizes…] [--runs N]   (default: 2000 5000, 20 runs)
import "reflect-metadata";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { performance } from "node:perf_hooks";
import type { DataSource } from "typeorm";
import { createDataSource } from "../server/db/data-source";
import { createApp } from "../server/app";
import { createServices } from "../server/services";
import { ProjectService } from "../server/services/project-service";
import { reschedule } from "../server/services/schedule-service";
import { Member, Phase, Task, TaskLink, User } from "../entities";
import { GREGORIAN_AXIS } from "../server/domain/gantt-time";

const TODAY = "2026-06-15";
const GROUP = 10; // one summary and nine leaves
const STREAMS = 20;

/** A project of `size` tasks: a summary per ten tasks across the three phases, linked chains, milestones, 12 people. */
export async function buildProject(ds: DataSource, size: number): Promise<number> {
  const project = await new ProjectService(ds).create({
    name: `Bench ${size}`,
    clientOrganisation: "Bench Ltd",
    description: "",
    kickoffDate: "2026-01-05",
    workingDays: [1, 2, 3, 4, 5],
  });
  const phases = await ds.getRepository(Phase).find({ where: { projectId: project.id }, order: { position: "ASC" } });
  const members = await ds.getRepository(Member).save(
    Array.from({ length: 12 }, (_v, i) => ({ projectId: project.id, name: `Person ${i + 1}`, email: "", organisation: "", roleTitle: "" })),
  );
  const taskRepo = ds.getRepository(Task);
  const base = { projectId: project.id, key: null, notes: "", startDate: "2026-01-05", finishDate: "2026-01-05", progress: 0 };
  const groups = Math.ceil(size / GROUP);
  const summaries = await taskRepo.save(
    Array.from({ length: groups }, (_v, g) =>
      taskRepo.create({ ...base, phaseId: phases[Math.floor((g * phases.length) / groups)].id, parentId: null, position: g + 1, name: `Work package ${g + 1}`, durationDays: 1, milestone: false }),
    ),
    { chunk: 200 },
  );
  const leaves: Task[] = [];
  summaries.forEach((s, g) => {
    for (let i = 1; i < GROUP && summaries.length + leaves.length < size; i++) {
      const n = g * GROUP + i;
      const milestone = n % 25 === 0;
      leaves.push(
        taskRepo.create({
          ...base,
          phaseId: s.phaseId,
          parentId: s.id,
          position: i,
          name: `Task ${n} — configure, test & document “part ${i}”`,
          durationDays: milestone ? 0 : 1 + (n % 10),
          milestone,
          progress: n % 3 === 0 ? 100 : n % 3 === 1 ? 40 : 0,
          assigneeId: members[n % members.length].id,
        }),
      );
    }
  });
  await taskRepo.save(leaves, { chunk: 200 });
  // Finish-to-start chains inside each work package (every seventh link start-to-start), and each package
  // waiting for the one STREAMS packages before it: STREAMS parallel streams, as a large rollout runs.
  const links: Partial<TaskLink>[] = [];
  const byGroup = new Map<number, Task[]>();
  for (const leaf of leaves) byGroup.set(leaf.parentId!, [...(byGroup.get(leaf.parentId!) ?? []), leaf]);
  const chains = summaries.map((s) => byGroup.get(s.id) ?? []);
  chains.forEach((chain, g) => {
    for (let i = 1; i < chain.length; i++) {
      links.push({ projectId: project.id, predecessorId: chain[i - 1].id, successorId: chain[i].id, type: i % 7 === 0 ? "SS" : "FS", lagDays: 0 });
    }
    const before = chains[g - STREAMS];
    if (before?.length && chain.length) {
      links.push({ projectId: project.id, predecessorId: before[before.length - 1].id, successorId: chain[0].id, type: "FS", lagDays: 0 });
    }
  });
  await ds.getRepository(TaskLink).save(links, { chunk: 200 });
  await ds.transaction((m) => reschedule(m, project.id));
  return project.id;
}

function stats(samples: number[]): { median: number; p95: number; min: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return { median: at(0.5), p95: at(0.95), min: s[0] };
}

async function time(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 3; i++) await fn(); // warm-up: JIT, template compilation, SQLite page cache
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

async function benchSize(size: number, runs: number): Promise<void> {
  // As deployed: Express caches compiled views when NODE_ENV=production (it reads this at createApp).
  process.env.NODE_ENV ??= "production";
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gantt-bench-"));
  const ds = createDataSource({ databasePath: path.join(dir, "bench.sqlite"), synchronize: true });
  await ds.initialize();
  try {
    const t0 = performance.now();
    const projectId = await buildProject(ds, size);
    const built = performance.now() - t0;
    // Signed in as an administrator through the test seam: without it every request would measure the sign-in page.
    const users = ds.getRepository(User);
    const admin = await users.save(users.create({ email: "bench@example.com", name: "Bench Admin", passwordHash: "none", isAdmin: true, locale: "en", disabledAt: null }));
    const app = createApp({ dataSource: ds, today: () => TODAY, log: (e) => console.error(e), trustedTestUser: admin });
    const server: Server = await new Promise((resolve) => {
      const s = app.listen(0, "127.0.0.1", () => resolve(s));
    });
    const { port } = server.address() as AddressInfo;
    const services = createServices(ds);
    const project = await services.projects.get(projectId);
    console.log(`\n${size} tasks (built and scheduled in ${(built / 1000).toFixed(1)} s), ${runs} runs each after 3 warm-ups`);
    console.log("| view | median ms | p95 ms | min ms | HTML |");
    console.log("|---|---:|---:|---:|---:|");
    // The Persian pages draw a Jalali axis (weeks from Saturday, Persian digits) and Jalali dates in the grid and tooltips.
    for (const query of ["", "?zoom=day", "?zoom=month", "?critical=1", "?lang=fa", "?lang=fa&zoom=day", "?lang=fa&zoom=month"]) {
      let bytes = 0;
      const samples = await time(runs, async () => {
        const res = await fetch(`http://127.0.0.1:${port}/projects/${projectId}/gantt${query}`);
        const html = await res.text();
        if (res.status !== 200 || !html.includes("gantt-body")) throw new Error(`HTTP ${res.status}: not the chart`);
        bytes = Buffer.byteLength(html);
      });
      const s = stats(samples);
      console.log(`| page ${query || "(week)"} | ${s.median.toFixed(1)} | ${s.p95.toFixed(1)} | ${s.min.toFixed(1)} | ${(bytes / 1024).toFixed(0)} KiB |`);
    }
    const opts = { zoom: "week" as const, showCritical: false, collapsed: new Set<number>(), rtl: false, axis: GREGORIAN_AXIS, today: TODAY, phaseLabel: (k: string) => k };
    const load = stats(await time(runs, () => services.gantt.chart(project, { phase: null, assigneeId: null, criticalOnly: false }, opts)));
    console.log(`| service only: queries + layout | ${load.median.toFixed(1)} | ${load.p95.toFixed(1)} | ${load.min.toFixed(1)} | |`);
    await new Promise<void>((r) => server.close(() => r()));
  } finally {
    await ds.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf("--runs");
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 20;
  const sizes = args.filter((a, i) => /^\d+$/.test(a) && (runsAt < 0 || i !== runsAt + 1)).map(Number);
  const cpu = fs.readFileSync("/proc/cpuinfo", "utf8").match(/model name\s*:\s*(.*)/)?.[1] ?? os.cpus()[0]?.model ?? "unknown";
  console.log(`Gantt benchmark — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${os.availableParallelism()} CPUs (nproc), ${cpu}`);
  console.log(`NODE_ENV=${process.env.NODE_ENV ?? "production"} (view cache on in production); load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  for (const size of sizes.length ? sizes : [2000, 5000]) await benchSize(size, runs);
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
