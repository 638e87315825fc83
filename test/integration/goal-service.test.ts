// Integration: GoalService over a fresh SQLite — owners must be project members; records are project-scoped.
import { expect } from "chai";
import type { DataSource } from "typeorm";
import { Goal, type Project } from "../../entities";
import { DomainError, NotFound } from "../../server/domain/errors";
import { GoalService } from "../../server/services/goal-service";
import type { GoalInput } from "../../server/forms/goals";
import { freshDataSource } from "../support/db";
import { makeMember, makeProject } from "../support/factories";
import { makeGoal } from "../support/register-factories";

const input = (over: Partial<GoalInput> = {}): GoalInput => ({
  name: "Adoption",
  unit: "%",
  baseline: 0,
  target: 90,
  actual: null,
  dueDate: "2026-12-31",
  ownerId: null,
  notes: "",
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

describe("GoalService", () => {
  let ds: DataSource;
  let service: GoalService;
  let project: Project;
  let other: Project;

  beforeEach(async () => {
    ds = await freshDataSource();
    service = new GoalService(ds);
    project = await makeProject(ds);
    other = await makeProject(ds, { name: "Other rollout" });
  });
  afterEach(() => ds.destroy());

  it("creates a goal owned by a project member and lists it with its owner", async () => {
    const sara = await makeMember(ds, project.id, { name: "Sara" });
    const goal = await service.create(project.id, input({ ownerId: sara.id, actual: 45 }));
    const [listed] = await service.list(project.id);
    expect(listed.id).to.equal(goal.id);
    expect(listed.owner?.name).to.equal("Sara");
    expect(listed).to.include({ baseline: 0, target: 90, actual: 45 });
  });

  it("lists goals by due date with undated goals last", async () => {
    await makeGoal(ds, project.id, { name: "Undated", dueDate: null });
    await makeGoal(ds, project.id, { name: "Late", dueDate: "2026-12-01" });
    await makeGoal(ds, project.id, { name: "Early", dueDate: "2026-05-01" });
    await makeGoal(ds, other.id, { name: "Foreign", dueDate: "2026-01-01" });
    expect((await service.list(project.id)).map((g) => g.name)).to.deep.equal(["Early", "Late", "Undated"]);
  });

  it("refuses an owner from another project with a field error and saves nothing", async () => {
    const foreign = await makeMember(ds, other.id);
    const error = await failure(service.create(project.id, input({ ownerId: foreign.id })));
    expect(error).to.be.instanceOf(DomainError);
    expect(error).to.include({ key: "errors.member", field: "ownerId" });
    expect(await ds.getRepository(Goal).count()).to.equal(0);
  });

  it("updates a goal but refuses to hand it to another project's member", async () => {
    const goal = await makeGoal(ds, project.id, { actual: null });
    await service.update(project.id, goal.id, input({ actual: 30 }));
    expect((await ds.getRepository(Goal).findOneByOrFail({ id: goal.id })).actual).to.equal(30);
    const foreign = await makeMember(ds, other.id);
    expect(await failure(service.update(project.id, goal.id, input({ ownerId: foreign.id, actual: 99 })))).to.be.instanceOf(DomainError);
    expect((await ds.getRepository(Goal).findOneByOrFail({ id: goal.id })).actual).to.equal(30);
  });

  it("treats a goal of another project as not found for get, update and delete", async () => {
    const foreign = await makeGoal(ds, other.id);
    expect(await failure(service.get(project.id, foreign.id))).to.be.instanceOf(NotFound);
    expect(await failure(service.update(project.id, foreign.id, input()))).to.be.instanceOf(NotFound);
    expect(await failure(service.delete(project.id, foreign.id))).to.be.instanceOf(NotFound);
    expect(await ds.getRepository(Goal).countBy({ id: foreign.id })).to.equal(1);
  });

  it("deletes a goal", async () => {
    const goal = await makeGoal(ds, project.id, { name: "Gone" });
    expect((await service.delete(project.id, goal.id)).name).to.equal("Gone");
    expect(await ds.getRepository(Goal).count()).to.equal(0);
  });
});
