// Integration: MemberService over a fresh SQLite — CRUD scoped to the project and bounded workload counts.
import { expect } from "chai";
import type { DataSource } from "typeorm";
import { ChecklistItem, Goal, Member, Task, type Project } from "../../entities";
import { NotFound } from "../../server/domain/errors";
import { MemberService } from "../../server/services/member-service";
import { freshDataSource } from "../support/db";
import { makeChecklistItem, makeMember, makeProject, makeTask } from "../support/factories";
import { makeGoal } from "../support/register-factories";

/** Runs fn and returns the SQL statements it sent. */
async function queriesDuring(ds: DataSource, fn: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const logger = ds.logger;
  const original = logger.logQuery;
  logger.logQuery = (query, parameters, runner) => {
    seen.push(query);
    return original.call(logger, query, parameters, runner);
  };
  try {
    await fn();
  } finally {
    logger.logQuery = original;
  }
  return seen;
}

describe("MemberService", () => {
  let ds: DataSource;
  let service: MemberService;
  let project: Project;
  let other: Project;

  beforeEach(async () => {
    ds = await freshDataSource();
    service = new MemberService(ds);
    project = await makeProject(ds);
    other = await makeProject(ds, { name: "Other rollout" });
  });
  afterEach(() => ds.destroy());

  it("creates and updates a member within the project", async () => {
    const created = await service.create(project.id, { name: "Nima Rad", email: "nima@example.com", organisation: "Vendor", roleTitle: "Consultant" });
    expect(created.projectId).to.equal(project.id);
    await service.update(project.id, created.id, { name: "Nima R.", email: "", organisation: "Vendor", roleTitle: "Lead consultant" });
    expect(await ds.getRepository(Member).findOneByOrFail({ id: created.id })).to.include({ name: "Nima R.", email: "", roleTitle: "Lead consultant" });
  });

  it("counts assigned tasks and only the open checklist items each member owns", async () => {
    const sara = await makeMember(ds, project.id, { name: "Sara" });
    const reza = await makeMember(ds, project.id, { name: "Reza" });
    await makeTask(ds, project.id, { assigneeId: sara.id });
    await makeTask(ds, project.id, { assigneeId: sara.id, position: 2 });
    await makeTask(ds, project.id, { assigneeId: null, position: 3 });
    await makeChecklistItem(ds, project.id, { ownerId: reza.id });
    await makeChecklistItem(ds, project.id, { ownerId: reza.id, done: true, position: 2 });
    await makeChecklistItem(ds, project.id, { ownerId: sara.id, done: true, position: 3 });

    const rows = await service.listWithCounts(project.id);
    expect(rows.map((r) => [r.member.name, r.taskCount, r.openItemCount])).to.deep.equal([
      ["Reza", 0, 1],
      ["Sara", 2, 0],
    ]);
  });

  it("loads the people list with counts in three queries however many people there are", async () => {
    for (let i = 0; i < 12; i++) {
      const m = await makeMember(ds, project.id, { name: `Person ${String(i).padStart(2, "0")}` });
      await makeTask(ds, project.id, { assigneeId: m.id, position: i + 1 });
      await makeChecklistItem(ds, project.id, { ownerId: m.id, position: i + 1 });
    }
    let rows: Awaited<ReturnType<MemberService["listWithCounts"]>> = [];
    const queries = await queriesDuring(ds, async () => {
      rows = await service.listWithCounts(project.id);
    });
    expect(rows).to.have.length(12);
    expect(rows.every((r) => r.taskCount === 1 && r.openItemCount === 1)).to.equal(true);
    expect(queries).to.have.length(3);
  });

  it("treats a member of another project as not found for get, update and delete", async () => {
    const foreign = await makeMember(ds, other.id, { name: "Foreign" });
    const input = { name: "Hijack", email: "", organisation: "", roleTitle: "" };
    for (const attempt of [() => service.get(project.id, foreign.id), () => service.update(project.id, foreign.id, input), () => service.delete(project.id, foreign.id)]) {
      let error: unknown;
      await attempt().catch((e: unknown) => (error = e));
      expect(error).to.be.instanceOf(NotFound);
    }
    expect((await ds.getRepository(Member).findOneByOrFail({ id: foreign.id })).name).to.equal("Foreign");
  });

  it("deletes a member and leaves their tasks, checklist items and goals without an owner", async () => {
    const sara = await makeMember(ds, project.id);
    const task = await makeTask(ds, project.id, { assigneeId: sara.id });
    const item = await makeChecklistItem(ds, project.id, { ownerId: sara.id });
    const goal = await makeGoal(ds, project.id, { ownerId: sara.id });
    const removed = await service.delete(project.id, sara.id);
    expect(removed.name).to.equal("Sara Ahmadi");
    expect(await ds.getRepository(Member).countBy({ id: sara.id })).to.equal(0);
    expect((await ds.getRepository(Task).findOneByOrFail({ id: task.id })).assigneeId).to.equal(null);
    expect((await ds.getRepository(ChecklistItem).findOneByOrFail({ id: item.id })).ownerId).to.equal(null);
    expect((await ds.getRepository(Goal).findOneByOrFail({ id: goal.id })).ownerId).to.equal(null);
  });
});
