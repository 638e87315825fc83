// Integration: every write command records exactly its activity-log entry, in the command's own
// transaction (a failed command records nothing; a failing log write undoes the change).
import { expect } from "chai";
import type { DataSource } from "typeorm";
import { ActivityEntry, Comment, Task, type Phase, type Project } from "../../entities";
import { DomainError, NotFound } from "../../server/domain/errors";
import type { FieldChange } from "../../server/domain/diff";
import { createServices, type Services } from "../../server/services";
import { freshDataSource } from "../support/db";
import { NOW } from "../support/app";
import { categoryOf, makeChecklistItem, makeLink, makeMember, makeProject, makeTask, phaseOf } from "../support/factories";
import { itemEditInput, rejectionOf, taskInput } from "../support/more-factories";
import { makeExpectation, makeGoal, makeResource } from "../support/register-factories";
import { mspdiXml } from "../support/conformance-docs";

interface Logged {
  subjectType: string;
  subjectId: number | null;
  subjectLabel: string;
  action: string;
  changes: FieldChange[];
}

describe("activity log (services)", () => {
  let ds: DataSource;
  let s: Services;
  let project: Project;
  let planning: Phase;
  let mark: number;

  /** The entries written since the last mark, oldest first, without the fields every entry shares. */
  async function logged(): Promise<Logged[]> {
    const rows = await ds.getRepository(ActivityEntry).find({ order: { id: "ASC" } });
    const fresh = rows.filter((r) => r.id > mark);
    for (const r of fresh) {
      expect(r.at, "stamped by the injected clock").to.equal(NOW);
      expect(r.actorUserId).to.equal(null);
      expect(r.actorName).to.equal("");
    }
    return fresh.map((r) => ({ subjectType: r.subjectType, subjectId: r.subjectId, subjectLabel: r.subjectLabel, action: r.action, changes: JSON.parse(r.changes) }));
  }
  /** Forgets the entries written so far (setup through factories). */
  async function markNow(): Promise<void> {
    const last = await ds.getRepository(ActivityEntry).find({ order: { id: "DESC" }, take: 1 });
    mark = last[0]?.id ?? 0;
  }

  beforeEach(async () => {
    ds = await freshDataSource();
    s = createServices(ds, () => NOW);
    project = await makeProject(ds);
    planning = await phaseOf(ds, project.id);
    await markNow();
  });
  afterEach(() => ds.destroy());

  describe("projects", () => {
    it("records the creation, with the project as subject", async () => {
      const p = await s.projects.create({ name: "Beta rollout", clientOrganisation: "", description: "", kickoffDate: "2026-04-06", workingDays: [1, 2, 3, 4, 5] });
      const log = await logged();
      expect(log).to.deep.equal([{ subjectType: "project", subjectId: p.id, subjectLabel: "Beta rollout", action: "created", changes: [] }]);
      expect((await ds.getRepository(ActivityEntry).findOneByOrFail({ id: mark + 1 })).projectId).to.equal(p.id);
    });

    it("records the settings that changed, and nothing for a save without changes", async () => {
      const same = { name: project.name, clientOrganisation: project.clientOrganisation, description: project.description, kickoffDate: project.kickoffDate, workingDays: [1, 2, 3, 4, 5] };
      await s.projects.update(project.id, same);
      expect(await logged()).to.deep.equal([]);
      await s.projects.update(project.id, { ...same, name: "Acme CRM phase 1", kickoffDate: "2026-03-09", workingDays: [1, 2, 3, 4, 5, 6] });
      expect(await logged()).to.deep.equal([
        {
          subjectType: "project",
          subjectId: project.id,
          subjectLabel: "Acme CRM phase 1",
          action: "updated",
          changes: [
            { field: "name", from: "Acme CRM rollout", to: "Acme CRM phase 1" },
            { field: "kickoffDate", from: "2026-03-02", to: "2026-03-09" },
            { field: "workingDays", from: "1,2,3,4,5", to: "1,2,3,4,5,6" },
          ],
        },
      ]);
    });

    it("records archiving and restoring", async () => {
      await s.projects.setArchived(project.id, true, NOW);
      await s.projects.setArchived(project.id, false, NOW);
      expect((await logged()).map((e) => e.action)).to.deep.equal(["archived", "unarchived"]);
    });

    it("loses the whole log with the project (cascade)", async () => {
      await makeTask(ds, project.id);
      await s.projects.delete(project.id);
      expect(await ds.getRepository(ActivityEntry).count({ where: { projectId: project.id } })).to.equal(0);
    });
  });

  describe("tasks and their links", () => {
    it("records a new task with the predecessors it was created with", async () => {
      const a = await makeTask(ds, project.id, { name: "Kick-off" });
      const task = await s.tasks.create(project.id, taskInput(planning.id, { name: "Workshops", predecessors: [{ predecessorId: a.id, type: "FS", lagDays: 2 }] }));
      expect(await logged()).to.deep.equal([
        { subjectType: "task", subjectId: task.id, subjectLabel: "Workshops", action: "created", changes: [{ field: "predecessors", from: null, to: "Kick-off (FS +2)" }] },
      ]);
    });

    it("records only the fields an update changed, with the scheduled result", async () => {
      const task = await makeTask(ds, project.id, { name: "Define goals", startDate: "2026-03-02", durationDays: 5, finishDate: "2026-03-06", notes: "Same" });
      await s.tasks.update(project.id, task.id, taskInput(planning.id, { name: "Define goals and KPIs", durationDays: 8, notes: "Same" }));
      expect(await logged()).to.deep.equal([
        {
          subjectType: "task",
          subjectId: task.id,
          subjectLabel: "Define goals and KPIs",
          action: "updated",
          changes: [
            { field: "name", from: "Define goals", to: "Define goals and KPIs" },
            { field: "durationDays", from: 5, to: 8 },
            { field: "finishDate", from: "2026-03-06", to: "2026-03-11" },
          ],
        },
      ]);
    });

    it("names the assignee, phase and parent instead of their ids", async () => {
      const sara = await makeMember(ds, project.id, { name: "Sara Ahmadi" });
      const foundation = await phaseOf(ds, project.id, "foundation");
      const task = await makeTask(ds, project.id, { name: "Data model" });
      await s.tasks.update(project.id, task.id, taskInput(foundation.id, { name: "Data model", assigneeId: sara.id }));
      const [entry] = await logged();
      expect(entry.changes).to.deep.include.members([
        { field: "phase", from: "planning", to: "foundation" },
        { field: "assignee", from: null, to: "Sara Ahmadi" },
      ]);
    });

    it("records which predecessors were added and removed", async () => {
      const a = await makeTask(ds, project.id, { name: "Kick-off", position: 1 });
      const b = await makeTask(ds, project.id, { name: "Workshops", position: 2 });
      const c = await makeTask(ds, project.id, { name: "Sign-off", position: 3, startDate: "2026-03-23", finishDate: "2026-03-27" });
      await makeLink(ds, project.id, a.id, c.id);
      await s.tasks.update(project.id, c.id, taskInput(planning.id, { name: "Sign-off", startDate: "2026-03-23", predecessors: [{ predecessorId: b.id, type: "FS", lagDays: 0 }] }));
      const [entry] = await logged();
      expect(entry.changes.filter((ch) => ch.field === "predecessors")).to.deep.equal([
        { field: "predecessors", from: "Kick-off", to: null },
        { field: "predecessors", from: null, to: "Workshops" },
      ]);
    });

    it("writes no entry for an update that changes nothing", async () => {
      const task = await s.tasks.create(project.id, taskInput(planning.id, { name: "Stable" }));
      await markNow();
      // The form posts back what the edit page showed: a typed start became "start no earlier than".
      const stored = await ds.getRepository(Task).findOneByOrFail({ id: task.id });
      expect(stored).to.include({ constraintType: "SNET", constraintDate: "2026-03-02" });
      await s.tasks.update(project.id, task.id, taskInput(planning.id, { name: "Stable", constraintType: "SNET", constraintDate: "2026-03-02" }));
      expect(await logged()).to.deep.equal([]);
    });

    it("writes no entry when the command fails validation", async () => {
      const a = await makeTask(ds, project.id, { name: "Alpha", position: 1 });
      const b = await makeTask(ds, project.id, { name: "Beta", position: 2 });
      await makeLink(ds, project.id, a.id, b.id);
      const loop = await rejectionOf(s.tasks.update(project.id, a.id, taskInput(planning.id, { name: "Alpha renamed", predecessors: [{ predecessorId: b.id, type: "FS", lagDays: 0 }] })));
      expect(loop).to.be.instanceOf(DomainError);
      const foreign = await rejectionOf(s.tasks.create(project.id, taskInput(planning.id, { assigneeId: 999 })));
      expect(foreign).to.be.instanceOf(DomainError);
      expect(await logged()).to.deep.equal([]);
    });

    it("records the deletion and deletes the comments of the task and its subtasks", async () => {
      const parent = await makeTask(ds, project.id, { name: "Workshops" });
      const child = await makeTask(ds, project.id, { name: "Sales workshop", parentId: parent.id });
      const other = await makeTask(ds, project.id, { name: "Other", position: 2 });
      await s.comments.add(project.id, "task", parent.id, { body: "On the parent" });
      await s.comments.add(project.id, "task", child.id, { body: "On the child" });
      await s.comments.add(project.id, "task", other.id, { body: "Stays" });
      await markNow();
      await s.tasks.delete(project.id, parent.id);
      expect(await logged()).to.deep.equal([{ subjectType: "task", subjectId: parent.id, subjectLabel: "Workshops", action: "deleted", changes: [] }]);
      expect((await ds.getRepository(Comment).find()).map((c) => c.body)).to.deep.equal(["Stays"]);
    });

    it("undoes the change when the log entry cannot be written (same transaction)", async () => {
      ds.subscribers.push({
        listenTo: () => ActivityEntry,
        beforeInsert: () => {
          throw new Error("log unavailable");
        },
      });
      const err = await rejectionOf(s.tasks.create(project.id, taskInput(planning.id, { name: "Never saved" })));
      expect((err as Error).message).to.equal("log unavailable");
      expect(await ds.getRepository(Task).count({ where: { name: "Never saved" } })).to.equal(0);
    });
  });

  describe("checklists", () => {
    it("records adding, editing (changed fields by name), ticking, unticking and deleting an item", async () => {
      const scope = await categoryOf(ds, project.id);
      const roles = await categoryOf(ds, project.id, "roles");
      const sara = await makeMember(ds, project.id, { name: "Sara Ahmadi" });
      const item = await s.checklists.add(project.id, planning.id, { text: "Scope signed", categoryId: scope.id, ownerId: null, dueDate: null, note: "" });
      await s.checklists.update(project.id, item.id, itemEditInput(roles.id, { text: "Scope signed", ownerId: sara.id, dueDate: "2026-03-20", done: true }), NOW);
      await s.checklists.toggle(project.id, item.id, NOW);
      await s.checklists.toggle(project.id, item.id, NOW);
      await s.checklists.delete(project.id, item.id);
      const base = { subjectType: "checklist_item", subjectId: item.id, subjectLabel: "Scope signed" };
      expect(await logged()).to.deep.equal([
        { ...base, action: "created", changes: [] },
        {
          ...base,
          action: "updated",
          changes: [
            { field: "category", from: "scope", to: "roles" },
            { field: "owner", from: null, to: "Sara Ahmadi" },
            { field: "dueDate", from: null, to: "2026-03-20" },
            { field: "done", from: false, to: true },
            { field: "doneBy", from: null, to: "Sara Ahmadi" },
          ],
        },
        { ...base, action: "toggled_open", changes: [] },
        { ...base, action: "toggled_done", changes: [] },
        { ...base, action: "deleted", changes: [] },
      ]);
    });

    it("deletes an item's comments with it", async () => {
      const item = await makeChecklistItem(ds, project.id);
      await s.comments.add(project.id, "checklist_item", item.id, { body: "Who signs?" });
      await s.checklists.delete(project.id, item.id);
      expect(await ds.getRepository(Comment).count()).to.equal(0);
    });

    it("records custom categories added and deleted, and nothing for a refused duplicate", async () => {
      const cat = await s.checklists.addCategory(project.id, "Data migration");
      expect(await rejectionOf(s.checklists.addCategory(project.id, "data MIGRATION"))).to.be.instanceOf(DomainError);
      await s.checklists.deleteCategory(project.id, cat.id);
      expect(await logged()).to.deep.equal([
        { subjectType: "category", subjectId: cat.id, subjectLabel: "Data migration", action: "created", changes: [] },
        { subjectType: "category", subjectId: cat.id, subjectLabel: "Data migration", action: "deleted", changes: [] },
      ]);
    });
  });

  describe("phase gates", () => {
    it("records the sign-off with signer, override and decision, and the reopening", async () => {
      const sara = await makeMember(ds, project.id, { name: "Sara Ahmadi" });
      await makeChecklistItem(ds, project.id, { phaseId: planning.id });
      await s.phases.signOff(project.id, "planning", { signerId: sara.id, note: "Go", override: true, overrideReason: "Minor item" }, NOW);
      await s.phases.reopen(project.id, "planning");
      expect(await logged()).to.deep.equal([
        {
          subjectType: "phase",
          subjectId: planning.id,
          subjectLabel: "planning",
          action: "signed_off",
          changes: [
            { field: "signer", from: null, to: "Sara Ahmadi" },
            { field: "openItems", from: null, to: 1 },
            { field: "overrideReason", from: null, to: "Minor item" },
            { field: "gateNote", from: null, to: "Go" },
          ],
        },
        { subjectType: "phase", subjectId: planning.id, subjectLabel: "planning", action: "reopened", changes: [] },
      ]);
    });

    it("writes no entry for a refused sign-off", async () => {
      await makeChecklistItem(ds, project.id, { phaseId: planning.id });
      const err = await rejectionOf(s.phases.signOff(project.id, "planning", { signerId: null, note: "", override: false, overrideReason: "" }, NOW));
      expect(err).to.be.instanceOf(DomainError);
      expect(await logged()).to.deep.equal([]);
    });
  });

  describe("registers", () => {
    it("records people added, edited (changed fields) and removed", async () => {
      const input = { name: "Sara Ahmadi", email: "sara@example.com", organisation: "Acme", roleTitle: "PM" };
      const m = await s.members.create(project.id, input);
      await s.members.update(project.id, m.id, { ...input, roleTitle: "Sponsor" });
      await s.members.delete(project.id, m.id);
      const base = { subjectType: "member", subjectId: m.id, subjectLabel: "Sara Ahmadi" };
      expect(await logged()).to.deep.equal([
        { ...base, action: "created", changes: [] },
        { ...base, action: "updated", changes: [{ field: "roleTitle", from: "PM", to: "Sponsor" }] },
        { ...base, action: "deleted", changes: [] },
      ]);
    });

    it("records goal edits with the owner by name, and nothing for a foreign owner", async () => {
      const sara = await makeMember(ds, project.id, { name: "Sara Ahmadi" });
      const goal = await makeGoal(ds, project.id, { name: "Lead response time", actual: null });
      const input = { name: "Lead response time", unit: "hours", baseline: 48, target: 8, actual: 12, dueDate: "2026-09-30", ownerId: sara.id, notes: "" };
      await s.goals.update(project.id, goal.id, input);
      expect(await rejectionOf(s.goals.update(project.id, goal.id, { ...input, ownerId: 999 }))).to.be.instanceOf(DomainError);
      await s.goals.delete(project.id, goal.id);
      expect(await logged()).to.deep.equal([
        {
          subjectType: "goal",
          subjectId: goal.id,
          subjectLabel: "Lead response time",
          action: "updated",
          changes: [
            { field: "actual", from: null, to: 12 },
            { field: "owner", from: null, to: "Sara Ahmadi" },
          ],
        },
        { subjectType: "goal", subjectId: goal.id, subjectLabel: "Lead response time", action: "deleted", changes: [] },
      ]);
    });

    it("records resources created and edited", async () => {
      const r = await s.resources.create(project.id, { kind: "budget", name: "Licences", memberId: null, unit: "EUR", planned: 1000, committed: 0, notes: "" });
      await s.resources.update(project.id, r.id, { kind: "budget", name: "Licences", memberId: null, unit: "EUR", planned: 1000, committed: 250, notes: "" });
      const existing = await makeResource(ds, project.id);
      await s.resources.delete(project.id, existing.id);
      expect((await logged()).map((e) => [e.action, e.subjectLabel, e.changes])).to.deep.equal([
        ["created", "Licences", []],
        ["updated", "Licences", [{ field: "committed", from: 0, to: 250 }]],
        ["deleted", "Licences year 1", []],
      ]);
    });

    it("records expectations with their linked tasks by name", async () => {
      const t1 = await makeTask(ds, project.id, { name: "Mobile app" });
      const e = await makeExpectation(ds, project.id, { userGroup: "Field sales", statement: "See my pipeline" });
      await s.expectations.update(project.id, e.id, { userGroup: "Field sales", statement: "See my pipeline", priority: "should", source: "workshop", status: "new", taskIds: [t1.id] });
      await s.expectations.delete(project.id, e.id);
      expect(await logged()).to.deep.equal([
        {
          subjectType: "expectation",
          subjectId: e.id,
          subjectLabel: "Field sales: See my pipeline",
          action: "updated",
          changes: [
            { field: "priority", from: "must", to: "should" },
            { field: "tasks", from: null, to: "Mobile app" },
          ],
        },
        { subjectType: "expectation", subjectId: e.id, subjectLabel: "Field sales: See my pipeline", action: "deleted", changes: [] },
      ]);
    });
  });

  describe("baselines, calendar and import", () => {
    it("records saving, comparing and deleting baselines", async () => {
      await makeTask(ds, project.id);
      const b1 = await s.baselines.save(project.id, "Approved plan");
      await s.baselines.compare(project.id, b1.id); // already the compared one: no change, no entry
      await s.baselines.compare(project.id, null);
      await s.baselines.delete(project.id, b1.id);
      expect(await logged()).to.deep.equal([
        { subjectType: "baseline", subjectId: b1.id, subjectLabel: "Approved plan", action: "created", changes: [] },
        { subjectType: "baseline", subjectId: null, subjectLabel: "", action: "compared", changes: [{ field: "comparedBaseline", from: "Approved plan", to: null }] },
        { subjectType: "baseline", subjectId: b1.id, subjectLabel: "Approved plan", action: "deleted", changes: [] },
      ]);
      expect(await rejectionOf(s.baselines.compare(project.id, 999))).to.be.instanceOf(NotFound);
      expect(await logged()).to.have.length(3);
    });

    it("records one entry for a range of holidays and one per deleted exception; nothing for a clash", async () => {
      await s.calendar.add(project.id, { dates: ["2026-03-20", "2026-03-23"], name: "Nowruz", working: false });
      expect(await rejectionOf(s.calendar.add(project.id, { dates: ["2026-03-23"], name: "", working: false }))).to.be.instanceOf(DomainError);
      const [first] = await s.calendar.list(project.id);
      await s.calendar.delete(project.id, first.id);
      expect(await logged()).to.deep.equal([
        {
          subjectType: "calendar",
          subjectId: first.id,
          subjectLabel: "Nowruz",
          action: "created",
          changes: [
            { field: "date", from: null, to: "2026-03-20" },
            { field: "until", from: null, to: "2026-03-23" },
            { field: "working", from: null, to: false },
          ],
        },
        {
          subjectType: "calendar",
          subjectId: first.id,
          subjectLabel: "Nowruz",
          action: "deleted",
          changes: [
            { field: "date", from: "2026-03-20", to: null },
            { field: "working", from: false, to: null },
          ],
        },
      ]);
    });

    it("records an MS Project import as one entry in the new project", async () => {
      const xml = mspdiXml({ title: "Imported plan", tasks: [{ uid: 1, name: "Build" }, { uid: 2, name: "Test", preds: [{ uid: 1 }] }] });
      const result = await s.imports.importMspdi({ bytes: Buffer.from(xml), fileName: "plan.xml" }, { name: "", phase: "planning" });
      expect(await logged()).to.deep.equal([
        {
          subjectType: "import",
          subjectId: result.projectId,
          subjectLabel: "plan.xml",
          action: "imported",
          changes: [
            { field: "tasks", from: null, to: 2 },
            { field: "links", from: null, to: 1 },
          ],
        },
      ]);
      expect(await ds.getRepository(ActivityEntry).count({ where: { projectId: result.projectId } })).to.equal(1);
    });
  });

  describe("comments", () => {
    it("records a comment on its task, with the start of the text", async () => {
      const task = await makeTask(ds, project.id, { name: "Kick-off" });
      const comment = await s.comments.add(project.id, "task", task.id, { body: "Agenda\nattached" });
      expect(comment).to.include({ body: "Agenda\nattached", createdAt: NOW, authorUserId: null, authorName: "" });
      expect(await logged()).to.deep.equal([
        { subjectType: "task", subjectId: task.id, subjectLabel: "Kick-off", action: "commented", changes: [{ field: "comment", from: null, to: "Agenda\nattached" }] },
      ]);
    });

    it("refuses a record of another project and records nothing", async () => {
      const other = await makeProject(ds, { name: "Other" });
      const foreign = await makeTask(ds, other.id);
      await markNow();
      expect(await rejectionOf(s.comments.add(project.id, "task", foreign.id, { body: "Hi" }))).to.be.instanceOf(NotFound);
      expect(await rejectionOf(s.comments.add(project.id, "checklist_item", 999, { body: "Hi" }))).to.be.instanceOf(NotFound);
      expect(await logged()).to.deep.equal([]);
      expect(await ds.getRepository(Comment).count()).to.equal(0);
    });
  });
});
