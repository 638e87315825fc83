import { expect } from "chai";
import type { DataSource } from "typeorm";
import { ChecklistCategory, ChecklistItem, Expectation, Goal, Member, Phase, Project, Resource, Task, TaskLink } from "../../entities";
import { isWorkingDay, parseWorkingWeek } from "../../server/domain/calendar";
import { isoWeekday } from "../../server/domain/dates";
import { runSeeds } from "../../seeds/run";
import { freshDataSource } from "../support/db";

const TODAY = "2026-03-02";
const keys = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${String(i + 1).padStart(2, "0")}`);
const LIBRARY_KEYS = [...keys("PL", 14), ...keys("FD", 15), ...keys("RO", 14)];

/** Row count of every table, junction tables included. */
async function rowCounts(ds: DataSource): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const meta of ds.entityMetadatas) {
    const [{ n }] = await ds.query(`SELECT COUNT(*) AS n FROM "${meta.tableName}"`);
    out[meta.tableName] = Number(n);
  }
  return out;
}

/** Runs fn with console.log captured; returns the logged lines. */
async function captureLog(fn: () => Promise<void>): Promise<string[]> {
  const lines: string[] = [];
  const original = console.log;
  console.log = (...args: unknown[]) => void lines.push(args.map(String).join(" "));
  try {
    await fn();
  } finally {
    console.log = original;
  }
  return lines;
}

describe("seeds/run: the demo project", () => {
  let ds: DataSource;
  let project: Project;
  let tasks: Task[];
  let byKey: Map<string, Task>;
  let links: TaskLink[];
  let firstLog: string[];

  before(async () => {
    ds = await freshDataSource();
    firstLog = await captureLog(() => runSeeds(ds, TODAY));
    project = await ds.getRepository(Project).findOneByOrFail({ seedKey: "demo" });
    tasks = await ds.getRepository(Task).find({ where: { projectId: project.id } });
    byKey = new Map(tasks.map((t) => [t.key!, t]));
    links = await ds.getRepository(TaskLink).find({ where: { projectId: project.id } });
  });

  after(() => ds.destroy());

  const predecessorKeys = (key: string): string[] => {
    const id = byKey.get(key)!.id;
    const keyOf = new Map(tasks.map((t) => [t.id, t.key]));
    return links.filter((l) => l.successorId === id).map((l) => keyOf.get(l.predecessorId)!).sort();
  };

  it("logs one line when it creates the demo, and nothing on a second run, which changes no row", async () => {
    expect(firstLog).to.have.length(1);
    expect(firstLog[0]).to.match(/^Seeded demo project "Contoso Retail/);
    const before = await rowCounts(ds);
    expect(before.projects).to.equal(1);
    expect(before.expectation_tasks).to.be.greaterThan(0);
    const secondLog = await captureLog(() => runSeeds(ds, "2026-06-15"));
    expect(secondLog).to.deep.equal([]);
    expect(await rowCounts(ds)).to.deep.equal(before);
    expect(await ds.getRepository(Project).countBy({ seedKey: "demo" })).to.equal(1);
  });

  it("starts on a Monday twelve weeks before today's week, Monday to Friday", () => {
    expect(project.kickoffDate).to.equal("2025-12-08");
    expect(project.workingDays).to.equal("1,2,3,4,5");
    expect(project.name).to.equal("Contoso Retail — Sales & Service CRM rollout");
  });

  it("has the three phases with the planning gate signed off by the sponsor", async () => {
    const phases = await ds.getRepository(Phase).find({ where: { projectId: project.id }, order: { position: "ASC" } });
    expect(phases.map((p) => p.kind)).to.deep.equal(["planning", "foundation", "rollout"]);
    const sponsor = await ds.getRepository(Member).findOneByOrFail({ projectId: project.id, name: "Daniel Whitaker" });
    expect(phases[0]).to.include({ gateSignedOffById: sponsor.id, gateSignedOffAt: `${byKey.get("PL-14")!.finishDate}T16:00:00.000Z` });
    expect(phases[0].gateNote).to.equal("Charter signed; proceed to foundation.");
    expect(phases[1].gateSignedOffAt).to.equal(null);
    expect(phases[2].gateSignedOffAt).to.equal(null);
  });

  it("has the 43 library tasks as leaves plus the two summaries, each in its phase", async () => {
    const parents = new Set(tasks.map((t) => t.parentId).filter((id) => id !== null));
    const leaves = tasks.filter((t) => !parents.has(t.id));
    expect(leaves.map((t) => t.key).sort()).to.deep.equal([...LIBRARY_KEYS].sort());
    const summaries = tasks.filter((t) => parents.has(t.id));
    expect(summaries.map((t) => t.key).sort()).to.deep.equal(["FD-B", "RO-G"]);
    const phaseKind = new Map((await ds.getRepository(Phase).findBy({ projectId: project.id })).map((p) => [p.id, p.kind]));
    const prefix: Record<string, string> = { planning: "PL-", foundation: "FD-", rollout: "RO-" };
    for (const t of tasks) expect(t.key!.startsWith(prefix[phaseKind.get(t.phaseId)!]), t.key!).to.equal(true);
  });

  it("puts FD-07..FD-09 under Build & integrate and RO-06..RO-08 under Go-live, spanning their children", () => {
    for (const [summary, kids] of [["FD-B", ["FD-07", "FD-08", "FD-09"]], ["RO-G", ["RO-06", "RO-07", "RO-08"]]] as const) {
      const s = byKey.get(summary)!;
      const children = tasks.filter((t) => t.parentId === s.id).sort((a, b) => a.position - b.position);
      expect(children.map((t) => t.key)).to.deep.equal(kids);
      expect(s.startDate).to.equal(children.map((t) => t.startDate).sort()[0]);
      expect(s.finishDate).to.equal(children.map((t) => t.finishDate).sort().at(-1));
      expect(links.some((l) => l.predecessorId === s.id || l.successorId === s.id), summary).to.equal(false);
    }
  });

  it("links tasks as the task library's Depends on column says", () => {
    expect(predecessorKeys("PL-01")).to.deep.equal([]);
    expect(predecessorKeys("PL-13")).to.deep.equal(["PL-06", "PL-12"]);
    expect(predecessorKeys("PL-14")).to.deep.equal(["PL-08", "PL-10", "PL-13"]);
    expect(predecessorKeys("FD-01")).to.deep.equal(["PL-14"]);
    expect(predecessorKeys("FD-15")).to.deep.equal(["FD-09", "FD-12", "FD-13"]);
    expect(predecessorKeys("RO-03")).to.deep.equal(["FD-13", "RO-01"]);
    expect(predecessorKeys("RO-06")).to.deep.equal(["RO-01", "RO-02", "RO-03", "RO-04", "RO-05"]);
    expect(links.every((l) => l.type === "FS" && l.lagDays === 0)).to.equal(true);
  });

  it("starts no task before its finish-to-start predecessor finishes", () => {
    const byId = new Map(tasks.map((t) => [t.id, t]));
    for (const l of links) {
      const pred = byId.get(l.predecessorId)!;
      const succ = byId.get(l.successorId)!;
      const label = `${pred.key} → ${succ.key}`;
      if (succ.milestone) expect(succ.startDate >= pred.finishDate, label).to.equal(true);
      else expect(succ.startDate > pred.finishDate, label).to.equal(true);
    }
  });

  it("makes the gates and decisions milestones of 0 days that start and finish on the same day", () => {
    const milestones = tasks.filter((t) => t.milestone).map((t) => t.key).sort();
    expect(milestones).to.deep.equal(["FD-15", "PL-14", "RO-06", "RO-08"]);
    for (const t of tasks) {
      if (t.milestone) expect(t, t.key!).to.include({ durationDays: 0, startDate: t.finishDate });
      else expect(t.durationDays, t.key!).to.be.greaterThan(0);
    }
  });

  it("dates every task on working days, finishing no earlier than it starts", () => {
    const week = parseWorkingWeek(project.workingDays);
    for (const t of tasks) {
      expect(isWorkingDay(t.startDate, week), `${t.key} start ${t.startDate}`).to.equal(true);
      expect(isWorkingDay(t.finishDate, week), `${t.key} finish ${t.finishDate}`).to.equal(true);
      expect(t.finishDate >= t.startDate, t.key!).to.equal(true);
    }
    expect(isoWeekday(byKey.get("PL-01")!.startDate)).to.equal(1);
    expect(byKey.get("PL-01")!.startDate).to.equal(project.kickoffDate);
  });

  it("shows progress as of today: planning done, foundation under way, rollout not started", () => {
    for (const t of tasks) {
      if (t.finishDate < TODAY) expect(t.progress, t.key!).to.equal(100);
      else if (t.startDate >= TODAY) expect(t.progress, t.key!).to.equal(0);
      expect(t.progress % 10, t.key!).to.equal(0);
    }
    expect(tasks.filter((t) => t.key!.startsWith("PL-")).every((t) => t.progress === 100)).to.equal(true);
    const running = tasks.filter((t) => t.startDate < TODAY && t.finishDate >= TODAY && !t.milestone);
    expect(running.map((t) => t.key)).to.include("FD-02");
    for (const t of running) expect(t.progress, t.key!).to.be.within(10, 90);
  });

  it("assigns every leaf task to a member of the project", async () => {
    const memberIds = new Set((await ds.getRepository(Member).findBy({ projectId: project.id })).map((m) => m.id));
    expect(memberIds.size).to.be.within(10, 12);
    for (const t of tasks) {
      if (t.key === "FD-B" || t.key === "RO-G") expect(t.assigneeId).to.equal(null);
      else expect(memberIds.has(t.assigneeId!), t.key!).to.equal(true);
    }
  });

  it("has checklist items owned by project members, mostly done when due, with two overdue ones open", async () => {
    const memberIds = new Set((await ds.getRepository(Member).findBy({ projectId: project.id })).map((m) => m.id));
    const items = await ds.getRepository(ChecklistItem).findBy({ projectId: project.id });
    expect(items.length).to.be.greaterThan(30);
    for (const item of items) {
      expect(memberIds.has(item.ownerId!), item.text).to.equal(true);
      expect(item.dueDate, item.text).to.match(/^\d{4}-\d{2}-\d{2}$/);
      if (item.done) expect(item, item.text).to.include({ doneById: item.ownerId, doneAt: `${item.dueDate}T09:00:00.000Z` });
      else expect(item, item.text).to.include({ doneById: null, doneAt: null });
    }
    const overdueOpen = items.filter((i) => !i.done && i.dueDate! < TODAY);
    expect(overdueOpen).to.have.length(2);
    expect(items.filter((i) => i.done).length).to.be.greaterThan(10);
    expect(items.filter((i) => i.dueDate! >= TODAY).every((i) => !i.done)).to.equal(true);
  });

  it("adds two custom checklist categories after the five built-ins, all in use", async () => {
    const categories = await ds.getRepository(ChecklistCategory).find({ where: { projectId: project.id }, order: { position: "ASC" } });
    expect(categories.map((c) => c.builtinKey ?? c.name)).to.deep.equal(["scope", "roles", "goals", "resources", "expectations", "Data migration", "Go-live readiness"]);
    const items = await ds.getRepository(ChecklistItem).findBy({ projectId: project.id });
    for (const c of categories) expect(items.some((i) => i.categoryId === c.id), c.builtinKey ?? c.name).to.equal(true);
  });

  it("has goals with owners and due dates, at least one already measured", async () => {
    const goals = await ds.getRepository(Goal).findBy({ projectId: project.id });
    expect(goals.length).to.be.within(5, 8);
    expect(goals.some((g) => g.actual !== null)).to.equal(true);
    for (const g of goals) {
      expect(g.ownerId, g.name).to.not.equal(null);
      expect(g.dueDate, g.name).to.match(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("has resources of every kind, people's time tied to members", async () => {
    const resources = await ds.getRepository(Resource).findBy({ projectId: project.id });
    expect(new Set(resources.map((r) => r.kind))).to.deep.equal(new Set(["people", "budget", "tool", "environment"]));
    for (const r of resources) {
      if (r.kind === "people") expect(r, r.name).to.include({ unit: "days" }).and.to.have.property("memberId").that.is.a("number");
      if (r.kind === "budget") expect(r.unit, r.name).to.equal("EUR");
    }
  });

  it("has end-user expectations linked to foundation and rollout tasks", async () => {
    const expectations = await ds.getRepository(Expectation).find({ where: { projectId: project.id }, relations: { tasks: true } });
    expect(expectations.length).to.be.within(6, 10);
    for (const e of expectations) {
      expect(e.tasks.length, e.statement).to.be.greaterThan(0);
      for (const t of e.tasks) expect(t.projectId).to.equal(project.id);
    }
    const backlog = expectations.find((e) => e.statement.startsWith("A weekly pipeline dashboard"))!;
    expect(backlog.tasks.map((t) => t.key).sort()).to.deep.equal(["FD-02", "FD-07"]);
  });
});
