// Integration: ExpectationService over a fresh SQLite — linked tasks stay within the project, MoSCoW order and filter, WBS options.
import { expect } from "chai";
import type { DataSource } from "typeorm";
import { Expectation, Task, type Project } from "../../entities";
import { DomainError, NotFound } from "../../server/domain/errors";
import { ExpectationService } from "../../server/services/expectation-service";
import type { ExpectationInput } from "../../server/forms/expectations";
import { freshDataSource } from "../support/db";
import { makeProject, makeTask, phaseOf } from "../support/factories";
import { makeExpectation } from "../support/register-factories";

const input = (over: Partial<ExpectationInput> = {}): ExpectationInput => ({
  userGroup: "Field sales",
  statement: "Log a visit in under a minute",
  priority: "must",
  source: "workshop",
  status: "new",
  taskIds: [],
  ...over,
});

async function failure(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected the call to fail");
}

describe("ExpectationService", () => {
  let ds: DataSource;
  let service: ExpectationService;
  let project: Project;
  let other: Project;

  const linked = async (id: number) => (await service.get(project.id, id)).tasks.map((t) => t.name).sort();

  beforeEach(async () => {
    ds = await freshDataSource();
    service = new ExpectationService(ds);
    project = await makeProject(ds);
    other = await makeProject(ds, { name: "Other rollout" });
  });
  afterEach(() => ds.destroy());

  it("creates an expectation linked to tasks of the project and replaces the links on update", async () => {
    const a = await makeTask(ds, project.id, { name: "Mobile app setup" });
    const b = await makeTask(ds, project.id, { name: "Visit form", position: 2 });
    const e = await service.create(project.id, input({ taskIds: [a.id, b.id] }));
    expect(await linked(e.id)).to.deep.equal(["Mobile app setup", "Visit form"]);
    await service.update(project.id, e.id, input({ status: "accepted", taskIds: [b.id] }));
    expect(await linked(e.id)).to.deep.equal(["Visit form"]);
    expect((await service.get(project.id, e.id)).status).to.equal("accepted");
  });

  it("refuses a task of another project (or one that does not exist) as a field error and saves nothing", async () => {
    const own = await makeTask(ds, project.id);
    const foreign = await makeTask(ds, other.id);
    for (const ids of [[own.id, foreign.id], [own.id, 99999]]) {
      const error = await failure(service.create(project.id, input({ taskIds: ids })));
      expect(error).to.be.instanceOf(DomainError);
      expect(error).to.include({ key: "expectations.errors.task", field: "taskIds" });
    }
    expect(await ds.getRepository(Expectation).count()).to.equal(0);
    const e = await makeExpectation(ds, project.id, {}, [own]);
    expect(await failure(service.update(project.id, e.id, input({ taskIds: [foreign.id] })))).to.be.instanceOf(DomainError);
    expect(await linked(e.id)).to.deep.equal([own.name]);
  });

  it("lists musts first, then shoulds, coulds and won'ts, and filters by one priority", async () => {
    await makeExpectation(ds, project.id, { priority: "wont", statement: "W" });
    await makeExpectation(ds, project.id, { priority: "could", statement: "C" });
    await makeExpectation(ds, project.id, { priority: "must", statement: "M1" });
    await makeExpectation(ds, project.id, { priority: "should", statement: "S" });
    await makeExpectation(ds, project.id, { priority: "must", statement: "M2" });
    await makeExpectation(ds, other.id, { priority: "must", statement: "Foreign" });
    expect((await service.list(project.id)).map((e) => e.statement)).to.deep.equal(["M1", "M2", "S", "C", "W"]);
    expect((await service.list(project.id, { priority: "must" })).map((e) => e.statement)).to.deep.equal(["M1", "M2"]);
  });

  it("lists the linked tasks of each expectation by name", async () => {
    const z = await makeTask(ds, project.id, { name: "Zebra task" });
    const a = await makeTask(ds, project.id, { name: "Alpha task", position: 2 });
    await makeExpectation(ds, project.id, {}, [z, a]);
    const [e] = await service.list(project.id);
    expect(e.tasks.map((t) => t.name)).to.deep.equal(["Alpha task", "Zebra task"]);
  });

  it("offers the project's tasks in WBS order with their numbers", async () => {
    const rollout = await phaseOf(ds, project.id, "rollout");
    const go = await makeTask(ds, project.id, { name: "Go-live", phaseId: rollout.id });
    const second = await makeTask(ds, project.id, { name: "Second", position: 2 });
    const first = await makeTask(ds, project.id, { name: "First", position: 1 });
    const sub = await makeTask(ds, project.id, { name: "Sub", parentId: first.id });
    await makeTask(ds, other.id, { name: "Foreign" });
    expect(await service.taskOptions(project.id)).to.deep.equal([
      { id: first.id, wbs: "1.1", name: "First" },
      { id: sub.id, wbs: "1.1.1", name: "Sub" },
      { id: second.id, wbs: "1.2", name: "Second" },
      { id: go.id, wbs: "3.1", name: "Go-live" },
    ]);
  });

  it("treats an expectation of another project as not found for get, update and delete", async () => {
    const foreign = await makeExpectation(ds, other.id);
    expect(await failure(service.get(project.id, foreign.id))).to.be.instanceOf(NotFound);
    expect(await failure(service.update(project.id, foreign.id, input()))).to.be.instanceOf(NotFound);
    expect(await failure(service.delete(project.id, foreign.id))).to.be.instanceOf(NotFound);
    expect(await ds.getRepository(Expectation).countBy({ id: foreign.id })).to.equal(1);
  });

  it("deletes an expectation and its task links but keeps the tasks", async () => {
    const task = await makeTask(ds, project.id);
    const e = await makeExpectation(ds, project.id, {}, [task]);
    await service.delete(project.id, e.id);
    expect(await ds.getRepository(Expectation).count()).to.equal(0);
    expect(Number((await ds.query("SELECT COUNT(*) AS n FROM expectation_tasks"))[0].n)).to.equal(0);
    expect(await ds.getRepository(Task).countBy({ id: task.id })).to.equal(1);
  });

  it("drops the link when a linked task is deleted", async () => {
    const keep = await makeTask(ds, project.id, { name: "Keep" });
    const drop = await makeTask(ds, project.id, { name: "Drop", position: 2 });
    const e = await makeExpectation(ds, project.id, {}, [keep, drop]);
    await ds.getRepository(Task).delete({ id: drop.id });
    expect(await linked(e.id)).to.deep.equal(["Keep"]);
  });
});
