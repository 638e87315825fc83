// HTTP: the resources register — grouped by kind with committed shares and totals per unit; create, edit, delete.
import { expect } from "chai";
import request from "supertest";
import * as cheerio from "cheerio";
import { Resource, type Project } from "../../entities";
import { translate } from "../../server/i18n";
import { testApp, type TestApp } from "../support/app";
import { makeMember, makeProject } from "../support/factories";
import { makeResource } from "../support/register-factories";

const en = (key: string, params?: Record<string, unknown>) => translate("en", key, params);

const valid = { kind: "budget", name: "Licences year 1", memberId: "", unit: "EUR", planned: "12000", committed: "3000", notes: "" };

describe("Resources register", () => {
  let t: TestApp;
  let project: Project;
  let other: Project;
  let base: string;

  beforeEach(async () => {
    t = await testApp();
    project = await makeProject(t.ds);
    other = await makeProject(t.ds, { name: "Other rollout" });
    base = `/projects/${project.id}/resources`;
  });
  afterEach(() => t.close());

  it("groups resources by kind in a fixed order with committed shares, and totals them per unit", async () => {
    const sara = await makeMember(t.ds, project.id, { name: "Sara Ahmadi" });
    const tool = await makeResource(t.ds, project.id, { kind: "tool", name: "Data migration tool", unit: "EUR", planned: 2000, committed: 2000 });
    const pm = await makeResource(t.ds, project.id, { kind: "people", name: "PM time", memberId: sara.id, unit: "days", planned: 40, committed: 10 });
    const lic = await makeResource(t.ds, project.id, { kind: "budget", name: "Licences", unit: "EUR", planned: 8000, committed: 2000 });
    const sandbox = await makeResource(t.ds, project.id, { kind: "environment", name: "Sandbox", unit: "days", planned: 0, committed: 0 });
    await makeResource(t.ds, other.id, { kind: "budget", name: "Foreign budget", unit: "EUR", planned: 999, committed: 0 });

    const res = await request(t.app).get(base).expect(200);
    const $ = cheerio.load(res.text);
    expect($("section[data-kind]").map((_i, el) => $(el).attr("data-kind")).get()).to.deep.equal(["people", "budget", "tool", "environment"]);
    expect($('section[data-kind="people"] h2').text()).to.equal(en("resources.kind.people"));
    const pmRow = $(`tr[data-resource-id="${pm.id}"]`);
    expect(pmRow.find('[data-col="member"]').text()).to.equal("Sara Ahmadi");
    expect(pmRow.find('[data-col="planned"]').text()).to.equal("40");
    expect(pmRow.find('[data-col="share"]').text()).to.equal(en("resources.committedShare", { percent: 25 }));
    expect($(`tr[data-resource-id="${lic.id}"] [data-col="share"]`).text()).to.equal("25% committed");
    expect($(`tr[data-resource-id="${tool.id}"] [data-col="share"]`).text()).to.equal("100% committed");
    expect($(`tr[data-resource-id="${sandbox.id}"] [data-col="share"]`).text()).to.equal(en("common.none"));
    expect(res.text).not.to.contain("Foreign budget");

    const eur = $('.register-totals tr[data-unit="EUR"]');
    expect(eur.find('[data-col="planned"]').text()).to.equal("10,000");
    expect(eur.find('[data-col="committed"]').text()).to.equal("4,000");
    expect(eur.find('[data-col="share"]').text()).to.equal("40% committed");
    const days = $('.register-totals tr[data-unit="days"]');
    expect(days.find('[data-col="planned"]').text()).to.equal("40");
    expect(days.find('[data-col="committed"]').text()).to.equal("10");
    expect($(".register-totals tbody tr").length).to.equal(2);
  });

  it("shows the empty state when there are no resources", async () => {
    const $ = cheerio.load((await request(t.app).get(base).expect(200)).text);
    expect($(".empty").text()).to.equal(en("resources.empty"));
    expect($(".register-totals").length).to.equal(0);
  });

  it("shows the new-resource form with the kinds and the project's people", async () => {
    await makeMember(t.ds, project.id, { name: "Sara Ahmadi" });
    await makeMember(t.ds, other.id, { name: "Foreign Person" });
    const $ = cheerio.load((await request(t.app).get(`${base}/new`).expect(200)).text);
    expect($("#field-kind option").map((_i, el) => $(el).attr("value")).get()).to.deep.equal(["people", "budget", "tool", "environment"]);
    expect($("#field-memberId option").map((_i, el) => $(el).text()).get()).to.deep.equal([en("common.none"), "Sara Ahmadi"]);
  });

  it("creates a people's-time resource for a project member, redirects with 303 and lists it", async () => {
    const sara = await makeMember(t.ds, project.id, { name: "Sara Ahmadi" });
    const agent = request.agent(t.app);
    await agent
      .post(base)
      .type("form")
      .send({ kind: "people", name: "Consultant days", memberId: String(sara.id), unit: "days", planned: "20", committed: "" })
      .expect(303)
      .expect("Location", base);
    const saved = await t.ds.getRepository(Resource).findOneByOrFail({ projectId: project.id });
    expect(saved).to.include({ kind: "people", name: "Consultant days", memberId: sara.id, unit: "days", planned: 20, committed: 0 });
    const $ = cheerio.load((await agent.get(base).expect(200)).text);
    expect($(`tr[data-resource-id="${saved.id}"] [data-col="member"]`).text()).to.equal("Sara Ahmadi");
    expect($(".flash").text()).to.equal(en("resources.created"));
  });

  it("refuses a person on a resource that is not people's time, with 422 beside the person field", async () => {
    const sara = await makeMember(t.ds, project.id);
    const res = await request(t.app).post(base).type("form").send({ ...valid, memberId: String(sara.id) }).expect(422);
    const $ = cheerio.load(res.text);
    expect($("#error-memberId").text()).to.equal(en("resources.errors.memberKind"));
    expect($("#field-name").val()).to.equal("Licences year 1");
    expect($("#field-kind option[selected]").attr("value")).to.equal("budget");
    expect(await t.ds.getRepository(Resource).count()).to.equal(0);
  });

  it("refuses a person from another project with 422", async () => {
    const foreign = await makeMember(t.ds, other.id);
    const res = await request(t.app).post(base).type("form").send({ ...valid, kind: "people", memberId: String(foreign.id) }).expect(422);
    expect(cheerio.load(res.text)("#error-memberId").text()).to.equal(en("errors.member"));
    expect(await t.ds.getRepository(Resource).count()).to.equal(0);
  });

  it("re-renders with 422 for an unknown kind, a missing name and a negative amount, keeping the input", async () => {
    const res = await request(t.app).post(base).type("form").send({ ...valid, kind: "spaceship", name: "", planned: "-5" }).expect(422);
    const $ = cheerio.load(res.text);
    expect($("#error-kind").text()).to.equal(en("errors.choice"));
    expect($("#error-name").text()).to.equal(en("errors.required"));
    expect($("#error-planned").text()).to.equal(en("errors.min", { min: 0 }));
    expect($("#field-planned").val()).to.equal("-5");
    expect(await t.ds.getRepository(Resource).count()).to.equal(0);
  });

  it("edits a resource: the form shows the stored values and the update is saved", async () => {
    const r = await makeResource(t.ds, project.id, { planned: 10000, committed: 4000 });
    const form = cheerio.load((await request(t.app).get(`${base}/${r.id}/edit`).expect(200)).text);
    expect(form("#field-planned").val()).to.equal("10000");
    expect(form("#field-kind option[selected]").attr("value")).to.equal("budget");
    await request(t.app).post(`${base}/${r.id}/edit`).type("form").send({ ...valid, committed: "6000" }).expect(303).expect("Location", base);
    expect(await t.ds.getRepository(Resource).findOneByOrFail({ id: r.id })).to.include({ planned: 12000, committed: 6000 });
  });

  it("answers 404 for an unknown id, a non-numeric id and a resource of another project", async () => {
    const foreign = await makeResource(t.ds, other.id, { name: "Foreign budget" });
    for (const id of ["999", "x1", "0", String(foreign.id)]) {
      await request(t.app).get(`${base}/${id}/edit`).expect(404);
      await request(t.app).post(`${base}/${id}/edit`).type("form").send(valid).expect(404);
      await request(t.app).get(`${base}/${id}/delete`).expect(404);
      await request(t.app).post(`${base}/${id}/delete`).expect(404);
    }
    expect((await t.ds.getRepository(Resource).findOneByOrFail({ id: foreign.id })).name).to.equal("Foreign budget");
  });

  it("asks for confirmation before deleting a resource and deletes it on confirmation", async () => {
    const r = await makeResource(t.ds, project.id, { name: "Licences" });
    const $ = cheerio.load((await request(t.app).get(`${base}/${r.id}/delete`).expect(200)).text);
    expect($(".confirm-delete__warning").text()).to.equal(en("resources.deleteWarning", { name: "Licences" }));
    expect($("main form").attr("action")).to.equal(`${base}/${r.id}/delete`);
    expect(await t.ds.getRepository(Resource).count()).to.equal(1);

    const agent = request.agent(t.app);
    await agent.post(`${base}/${r.id}/delete`).expect(303).expect("Location", base);
    expect(await t.ds.getRepository(Resource).count()).to.equal(0);
    expect(cheerio.load((await agent.get(base)).text)(".flash").text()).to.equal(en("resources.deleted", { name: "Licences" }));
  });
});
