// Integration: TaskService on a fresh SQLite — one transaction per command, sibling positions, WBS table roll-up.
import { expect } from "chai";
import type { DataSource } from "typeorm";
import { Task, TaskLink, type Phase, type Project } from "../../entities";
import { DomainError, NotFound } from "../../server/domain/errors";
import { TaskService } from "../../server/services/task-service";
import { freshDataSource } from "../support/db";
import { makeLink, makeProject, makeTask, phaseOf } from "../support/factories";
import { rejectionOf, taskInput } from "../support/more-factories";

describe("TaskService", () => {
  let ds: DataSource;
  let tasks: TaskService;
  let project: Project;
  let other: Project;
  let planning: Phase;
  let foundation: Phase;

  beforeEach(async () => {
    ds = await freshDataSource();
    tasks = new TaskService(ds);
    project = await makeProject(ds);
    other = await makeProject(ds, { name: "Other rollout" });
    planning = await phaseOf(ds, project.id, "planning");
    foundation = await phaseOf(ds, project.id, "foundation");
  });
  afterEach(() => ds.destroy());

  const reload = (id: number) => ds.getRepository(Task).findOneByOrFail({ id });
  const allLinks = () => ds.getRepository(TaskLink).find({ order: { id: "ASC" } });

  describe("transactions", () => {
    it("leaves every field of the task unchanged when the new predecessors would close a loop", async () => {
      const a = await makeTask(ds, project.id, { name: "Alpha", position: 1, key: "A-1", notes: "Original", progress: 10 });
      const b = await makeTask(ds, project.id, { name: "Beta", position: 2 });
      const c = await makeTask(ds, project.id, { name: "Gamma", position: 3 });
      await makeLink(ds, project.id, a.id, b.id);
      await makeLink(ds, project.id, b.id, c.id);
      const before = await reload(a.id);
      const linksBefore = await allLinks();

      const err = await rejectionOf(
        tasks.update(
          project.id,
          a.id,
          taskInput(foundation.id, {
            name: "Alpha renamed",
            key: "A-2",
            startDate: "2026-04-01",
            durationDays: 9,
            progress: 90,
            notes: "Half-written?",
            predecessors: [{ predecessorId: c.id, type: "FS", lagDays: 0 }],
          }),
        ),
      );
      expect(err).to.be.instanceOf(DomainError);
      expect(err).to.include({ key: "links.errors.cycle", field: "predecessors" });
      expect((err as DomainError).params.loop).to.match(/ → Beta → Gamma → /);
      expect(await reload(a.id)).to.deep.equal(before);
      expect(await allLinks()).to.deep.equal(linksBefore);
    });

    it("leaves a moved task and its subtasks in their old phase when the predecessors are refused", async () => {
      const a = await makeTask(ds, project.id, { name: "Requirements" });
      const a1 = await makeTask(ds, project.id, { name: "Sales requirements", parentId: a.id });
      const d = await makeTask(ds, project.id, { name: "Design", phaseId: foundation.id });
      const err = await rejectionOf(
        tasks.update(project.id, a.id, taskInput(planning.id, { name: "Requirements", parentId: d.id, predecessors: [{ predecessorId: a.id, type: "FS", lagDays: 0 }] })),
      );
      expect(err).to.include({ key: "links.errors.self" });
      expect(await reload(a.id)).to.include({ phaseId: planning.id, parentId: null, position: 1 });
      expect(await reload(a1.id)).to.include({ phaseId: planning.id, parentId: a.id });
    });

    it("keeps the old predecessor links when the new list is refused", async () => {
      const a = await makeTask(ds, project.id, { name: "Alpha" });
      const b = await makeTask(ds, project.id, { name: "Beta", position: 2 });
      const link = await makeLink(ds, project.id, a.id, b.id, { type: "SS", lagDays: 2 });
      const err = await rejectionOf(
        tasks.update(project.id, b.id, taskInput(planning.id, {
          name: "Beta",
          predecessors: [
            { predecessorId: a.id, type: "FS", lagDays: 0 },
            { predecessorId: a.id, type: "FF", lagDays: 0 },
          ],
        })),
      );
      expect(err).to.include({ key: "links.errors.duplicate" });
      expect(await allLinks()).to.deep.equal([link]);
    });

    it("saves no task when a new task's predecessors are refused", async () => {
      const foreign = await makeTask(ds, other.id, { name: "Theirs" });
      const err = await rejectionOf(tasks.create(project.id, taskInput(planning.id, { predecessors: [{ predecessorId: foreign.id, type: "FS", lagDays: 0 }] })));
      expect(err).to.include({ key: "links.errors.otherProject", field: "predecessors" });
      expect(await ds.getRepository(Task).countBy({ projectId: project.id })).to.equal(0);
      expect(await ds.getRepository(TaskLink).count()).to.equal(0);
    });

    it("reports a task of another project as not found for update and delete, changing nothing", async () => {
      const foreign = await makeTask(ds, other.id, { name: "Theirs" });
      expect(await rejectionOf(tasks.update(project.id, foreign.id, taskInput(planning.id)))).to.be.instanceOf(NotFound);
      expect(await rejectionOf(tasks.delete(project.id, foreign.id))).to.be.instanceOf(NotFound);
      expect(await rejectionOf(tasks.get(project.id, foreign.id))).to.be.instanceOf(NotFound);
      expect(await reload(foreign.id)).to.include({ name: "Theirs", projectId: other.id });
    });
  });

  describe("positions", () => {
    it("appends new tasks at the end of their siblings: per phase at the top level, per parent below", async () => {
      const first = await tasks.create(project.id, taskInput(planning.id, { name: "First" }));
      const second = await tasks.create(project.id, taskInput(planning.id, { name: "Second" }));
      const sub1 = await tasks.create(project.id, taskInput(null, { name: "Sub 1", parentId: first.id }));
      const sub2 = await tasks.create(project.id, taskInput(foundation.id, { name: "Sub 2", parentId: first.id }));
      const found = await tasks.create(project.id, taskInput(foundation.id, { name: "Foundation first" }));
      await makeTask(ds, other.id, { name: "Other project's", position: 40 });
      const third = await tasks.create(project.id, taskInput(planning.id, { name: "Third" }));
      expect([first, second, sub1, sub2, found, third].map((x) => x.position)).to.deep.equal([1, 2, 1, 2, 1, 3]);
      // A subtask takes its parent's phase, whatever phase was posted.
      expect(sub2.phaseId).to.equal(planning.id);
    });

    it("appends after the highest existing position, even with gaps", async () => {
      await makeTask(ds, project.id, { name: "Old", position: 7 });
      const next = await tasks.create(project.id, taskInput(planning.id));
      expect(next.position).to.equal(8);
    });

    it("appends a moved task at the end of its new siblings and keeps the position of one that stays", async () => {
      const p = await makeTask(ds, project.id, { name: "Parent", position: 1 });
      await makeTask(ds, project.id, { name: "Child 1", parentId: p.id, position: 1 });
      await makeTask(ds, project.id, { name: "Child 2", parentId: p.id, position: 2 });
      const loose = await makeTask(ds, project.id, { name: "Loose", position: 5 });
      await tasks.update(project.id, loose.id, taskInput(planning.id, { name: "Loose, renamed" }));
      expect(await reload(loose.id)).to.include({ name: "Loose, renamed", position: 5, parentId: null });
      await tasks.update(project.id, loose.id, taskInput(planning.id, { name: "Loose", parentId: p.id }));
      expect(await reload(loose.id)).to.include({ position: 3, parentId: p.id });
    });

    it("moves a top-level task to another phase with all its subtasks", async () => {
      const a = await makeTask(ds, project.id, { name: "Requirements" });
      const a1 = await makeTask(ds, project.id, { name: "Sales", parentId: a.id });
      const a1a = await makeTask(ds, project.id, { name: "Leads", parentId: a1.id });
      await makeTask(ds, project.id, { name: "Already there", phaseId: foundation.id, position: 1 });
      await tasks.update(project.id, a.id, taskInput(foundation.id, { name: "Requirements" }));
      expect(await reload(a.id)).to.include({ phaseId: foundation.id, position: 2 });
      expect(await reload(a1.id)).to.include({ phaseId: foundation.id, parentId: a.id });
      expect(await reload(a1a.id)).to.include({ phaseId: foundation.id, parentId: a1.id });
    });
  });

  describe("table", () => {
    it("rolls summaries up from their leaves, through nested summaries, duration-weighted", async () => {
      const s = await makeTask(ds, project.id, { name: "Summary", position: 1, startDate: "2025-01-01", finishDate: "2027-01-01", durationDays: 1, progress: 0 });
      const s1 = await makeTask(ds, project.id, { name: "Inner summary", parentId: s.id, position: 1, startDate: "2026-06-01", finishDate: "2026-06-01", progress: 0 });
      const l1 = await makeTask(ds, project.id, { name: "L1", parentId: s1.id, position: 1, startDate: "2026-03-02", finishDate: "2026-03-06", durationDays: 5, progress: 100 });
      const l2 = await makeTask(ds, project.id, { name: "L2", parentId: s1.id, position: 2, startDate: "2026-03-09", finishDate: "2026-03-13", durationDays: 5, progress: 0 });
      const l3 = await makeTask(ds, project.id, { name: "L3", parentId: s.id, position: 2, startDate: "2026-03-16", finishDate: "2026-03-27", durationDays: 10, progress: 80 });
      const m = await makeTask(ds, project.id, { name: "Gates", position: 2, startDate: "2026-03-02", finishDate: "2026-03-02", durationDays: 0 });
      await makeTask(ds, project.id, { name: "G1", parentId: m.id, milestone: true, durationDays: 0, startDate: "2026-03-20", finishDate: "2026-03-20", progress: 100 });
      await makeTask(ds, project.id, { name: "G2", parentId: m.id, position: 2, milestone: true, durationDays: 0, startDate: "2026-04-30", finishDate: "2026-04-30", progress: 0 });

      const { rows } = await tasks.table(project.id);
      const byId = new Map(rows.map((r) => [r.task.id, r]));
      expect(rows.map((r) => [r.wbs, r.task.name, r.depth, r.isSummary])).to.deep.equal([
        ["1.1", "Summary", 0, true],
        ["1.1.1", "Inner summary", 1, true],
        ["1.1.1.1", "L1", 2, false],
        ["1.1.1.2", "L2", 2, false],
        ["1.1.2", "L3", 1, false],
        ["1.2", "Gates", 0, true],
        ["1.2.1", "G1", 1, false],
        ["1.2.2", "G2", 1, false],
      ]);
      expect(byId.get(s1.id)!.shown).to.deep.equal({ startDate: "2026-03-02", finishDate: "2026-03-13", progress: 50, durationDays: 0 });
      // (5 × 100 + 5 × 0 + 10 × 80) / 20 = 65
      expect(byId.get(s.id)!.shown).to.deep.equal({ startDate: "2026-03-02", finishDate: "2026-03-27", progress: 65, durationDays: 0 });
      // Zero-duration children: a plain average.
      expect(byId.get(m.id)!.shown).to.deep.equal({ startDate: "2026-03-20", finishDate: "2026-04-30", progress: 50, durationDays: 0 });
      expect(byId.get(l1.id)!.shown).to.deep.equal({ startDate: "2026-03-02", finishDate: "2026-03-06", progress: 100, durationDays: 5 });
      expect(byId.get(l2.id)!.indent).to.equal(2);
      expect(byId.get(l3.id)!.shown.progress).to.equal(80);
    });

    it("caps the display indent at 10 for very deep trees while the depth stays exact", async () => {
      let parentId: number | null = null;
      const ids: number[] = [];
      for (let i = 0; i < 12; i++) {
        const task: Task = await makeTask(ds, project.id, { name: `Level ${i}`, parentId });
        ids.push(task.id);
        parentId = task.id;
      }
      const { rows } = await tasks.table(project.id);
      const last = rows.find((r) => r.task.id === ids[11])!;
      expect(last.depth).to.equal(11);
      expect(last.indent).to.equal(10);
      expect(last.wbs).to.equal(`1${".1".repeat(12)}`);
    });

    it("labels each row's predecessors with WBS number, type and signed lag", async () => {
      const a = await makeTask(ds, project.id, { name: "A", position: 1 });
      const b = await makeTask(ds, project.id, { name: "B", position: 2 });
      const c = await makeTask(ds, project.id, { name: "C", phaseId: foundation.id });
      await makeLink(ds, project.id, a.id, c.id);
      await makeLink(ds, project.id, b.id, c.id, { type: "SF", lagDays: -4 });
      const { rows } = await tasks.table(project.id);
      const row = rows.find((r) => r.task.id === c.id)!;
      expect(row.wbs).to.equal("2.1");
      expect(row.predecessors.map((p) => [p.label, p.name])).to.deep.equal([
        ["1.1", "A"],
        ["1.2SF\u22124d", "B"],
      ]);
    });
  });

  describe("delete", () => {
    it("deletes the task, its subtasks and every link touching them, and counts subtasks beforehand", async () => {
      const a = await makeTask(ds, project.id, { name: "A" });
      const b = await makeTask(ds, project.id, { name: "B", position: 2 });
      const b1 = await makeTask(ds, project.id, { name: "B1", parentId: b.id });
      const b1a = await makeTask(ds, project.id, { name: "B1a", parentId: b1.id });
      await makeLink(ds, project.id, b1a.id, a.id);
      await makeLink(ds, project.id, a.id, b1.id);
      expect(await tasks.subtaskCount(project.id, b.id)).to.equal(2);
      expect(await tasks.subtaskCount(project.id, a.id)).to.equal(0);
      const deleted = await tasks.delete(project.id, b.id);
      expect(deleted).to.include({ id: b.id, name: "B" });
      expect((await ds.getRepository(Task).find({ where: { projectId: project.id } })).map((x) => x.name)).to.deep.equal(["A"]);
      expect(await ds.getRepository(TaskLink).count()).to.equal(0);
    });
  });
});
