// Integration: ResourceService over a fresh SQLite — the person rule, project scoping and the kind/unit summary.
import { expect } from "chai";
import type { DataSource } from "typeorm";
import { Resource, type Project } from "../../entities";
import { DomainError, NotFound } from "../../server/domain/errors";
import { ResourceService, committedShare } from "../../server/services/resource-service";
import type { ResourceInput } from "../../server/forms/resources";
import { freshDataSource } from "../support/db";
import { makeMember, makeProject } from "../support/factories";
import { makeResource } from "../support/register-factories";

const input = (over: Partial<ResourceInput> = {}): ResourceInput => ({
  kind: "people",
  name: "Consultant days",
  memberId: null,
  unit: "days",
  planned: 20,
  committed: 5,
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

describe("ResourceService", () => {
  let ds: DataSource;
  let service: ResourceService;
  let project: Project;
  let other: Project;

  beforeEach(async () => {
    ds = await freshDataSource();
    service = new ResourceService(ds);
    project = await makeProject(ds);
    other = await makeProject(ds, { name: "Other rollout" });
  });
  afterEach(() => ds.destroy());

  it("creates people's time for a project member", async () => {
    const sara = await makeMember(ds, project.id);
    const r = await service.create(project.id, input({ memberId: sara.id }));
    expect(await ds.getRepository(Resource).findOneByOrFail({ id: r.id })).to.include({ kind: "people", memberId: sara.id, planned: 20, committed: 5 });
  });

  it("lets only people's time name a person, as a field error on the person", async () => {
    const sara = await makeMember(ds, project.id);
    for (const kind of ["budget", "tool", "environment"] as const) {
      const error = await failure(service.create(project.id, input({ kind, memberId: sara.id })));
      expect(error).to.be.instanceOf(DomainError);
      expect(error).to.include({ key: "resources.errors.memberKind", field: "memberId" });
    }
    expect(await ds.getRepository(Resource).count()).to.equal(0);
  });

  it("refuses a person of another project on create and update", async () => {
    const foreign = await makeMember(ds, other.id);
    expect(await failure(service.create(project.id, input({ memberId: foreign.id })))).to.include({ key: "errors.member", field: "memberId" });
    const r = await makeResource(ds, project.id, { kind: "people", memberId: null });
    expect(await failure(service.update(project.id, r.id, input({ memberId: foreign.id })))).to.be.instanceOf(DomainError);
    expect((await ds.getRepository(Resource).findOneByOrFail({ id: r.id })).memberId).to.equal(null);
  });

  it("treats a resource of another project as not found for get, update and delete", async () => {
    const foreign = await makeResource(ds, other.id);
    expect(await failure(service.get(project.id, foreign.id))).to.be.instanceOf(NotFound);
    expect(await failure(service.update(project.id, foreign.id, input()))).to.be.instanceOf(NotFound);
    expect(await failure(service.delete(project.id, foreign.id))).to.be.instanceOf(NotFound);
    expect(await ds.getRepository(Resource).countBy({ id: foreign.id })).to.equal(1);
  });

  it("updates and deletes a resource", async () => {
    const r = await makeResource(ds, project.id, { name: "Licences" });
    await service.update(project.id, r.id, input({ kind: "budget", name: "Licences", unit: "EUR", planned: 500, committed: 500 }));
    expect(await ds.getRepository(Resource).findOneByOrFail({ id: r.id })).to.include({ planned: 500, committed: 500, unit: "EUR" });
    expect((await service.delete(project.id, r.id)).name).to.equal("Licences");
    expect(await ds.getRepository(Resource).count()).to.equal(0);
  });

  it("summarises by kind in the fixed order and totals per unit without mixing units", async () => {
    await makeResource(ds, project.id, { kind: "tool", name: "ETL", unit: "EUR", planned: 1000, committed: 1000 });
    await makeResource(ds, project.id, { kind: "budget", name: "Licences", unit: "EUR", planned: 3000, committed: 0 });
    await makeResource(ds, project.id, { kind: "people", name: "PM", unit: "days", planned: 0, committed: 0 });
    await makeResource(ds, other.id, { kind: "budget", name: "Foreign", unit: "EUR", planned: 100000, committed: 0 });

    const summary = await service.summary(project.id);
    expect(summary.groups.map((g) => [g.kind, g.rows.map((r) => [r.resource.name, r.share])])).to.deep.equal([
      ["people", [["PM", null]]],
      ["budget", [["Licences", 0]]],
      ["tool", [["ETL", 100]]],
    ]);
    expect(summary.totals).to.deep.equal([
      { unit: "days", planned: 0, committed: 0, share: null },
      { unit: "EUR", planned: 4000, committed: 1000, share: 25 },
    ]);
  });

  it("rounds the committed share to a whole percent and has none when nothing is planned", () => {
    expect(committedShare(3, 1)).to.equal(33);
    expect(committedShare(3, 2)).to.equal(67);
    expect(committedShare(10, 15)).to.equal(150);
    expect(committedShare(0, 5)).to.equal(null);
  });
});
