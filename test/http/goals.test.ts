// HTTP: the goals/KPIs register — list with progress to target, create, edit, delete behind a confirmation page.
import { expect } from "chai";
import request from "supertest";
import * as cheerio from "cheerio";
import { Goal, type Project } from "../../entities";
import { translate } from "../../server/i18n";
import { testApp, type TestApp } from "../support/app";
import { makeMember, makeProject } from "../support/factories";
import { makeGoal } from "../support/register-factories";

const en = (key: string, params?: Record<string, unknown>) => translate("en", key, params);

const valid = { name: "Adoption rate", unit: "%", baseline: "0", target: "90", actual: "", dueDate: "2026-12-31", ownerId: "", notes: "Weekly active users / licensed users" };

describe("Goals register", () => {
  let t: TestApp;
  let project: Project;
  let other: Project;
  let base: string;

  beforeEach(async () => {
    t = await testApp();
    project = await makeProject(t.ds);
    other = await makeProject(t.ds, { name: "Other rollout" });
    base = `/projects/${project.id}/goals`;
  });
  afterEach(() => t.close());

  it("lists goals with baseline → target, actual, progress to target, due date and owner", async () => {
    const owner = await makeMember(t.ds, project.id, { name: "Sara Ahmadi" });
    // Falling target: 48 h → 8 h, now 28 h, so half way.
    const speed = await makeGoal(t.ds, project.id, { name: "Lead response time", unit: "hours", baseline: 48, target: 8, actual: 28, ownerId: owner.id, dueDate: "2026-09-30" });
    const adoption = await makeGoal(t.ds, project.id, { name: "Adoption", unit: "%", baseline: null, target: 90, actual: null, dueDate: null });

    const $ = cheerio.load((await request(t.app).get(base).expect(200)).text);
    const row = $(`tr[data-goal-id="${speed.id}"]`);
    expect(row.find('[data-col="range"]').text().trim()).to.equal("48 → 8 hours");
    expect(row.find('[data-col="actual"]').text()).to.equal("28 hours");
    expect(row.find(".progress__text").text()).to.equal("50%");
    expect(row.find(".progress__fill").attr("width")).to.equal("50");
    expect(row.text()).to.contain("30 Sep 2026");
    expect(row.find('[data-col="owner"]').text()).to.equal("Sara Ahmadi");
    const unmeasured = $(`tr[data-goal-id="${adoption.id}"]`);
    expect(unmeasured.find('[data-col="progress"]').text()).to.equal(en("goals.notMeasured"));
    expect(unmeasured.find(".progress").length).to.equal(0);
    expect(unmeasured.find('[data-col="owner"]').text()).to.equal(en("common.unassigned"));
    expect($(".page-header a.button--primary").attr("href")).to.equal(`${base}/new`);
  });

  it("shows the empty state and not other projects' goals", async () => {
    await makeGoal(t.ds, other.id, { name: "Foreign goal" });
    const res = await request(t.app).get(base).expect(200);
    expect(res.text).not.to.contain("Foreign goal");
    expect(cheerio.load(res.text)(".empty").text()).to.equal(en("goals.empty"));
  });

  it("offers the project's people, and only them, as owners on the new-goal form", async () => {
    await makeMember(t.ds, project.id, { name: "Sara Ahmadi" });
    await makeMember(t.ds, other.id, { name: "Foreign Person" });
    const $ = cheerio.load((await request(t.app).get(`${base}/new`).expect(200)).text);
    const owners = $("#field-ownerId option").map((_i, el) => $(el).text()).get();
    expect(owners).to.deep.equal([en("common.unassigned"), "Sara Ahmadi"]);
  });

  it("creates a goal (Persian digits accepted), redirects with 303 and shows it in the list", async () => {
    const owner = await makeMember(t.ds, project.id, { name: "Sara Ahmadi" });
    const agent = request.agent(t.app);
    await agent
      .post(base)
      .type("form")
      .send({ ...valid, baseline: "۱۰", actual: "55.5", ownerId: String(owner.id) })
      .expect(303)
      .expect("Location", base);
    const saved = await t.ds.getRepository(Goal).findOneByOrFail({ projectId: project.id });
    expect(saved).to.include({ name: "Adoption rate", unit: "%", baseline: 10, target: 90, actual: 55.5, dueDate: "2026-12-31", ownerId: owner.id });
    const $ = cheerio.load((await agent.get(base).expect(200)).text);
    expect($(`tr[data-goal-id="${saved.id}"] .register-table__name`).text()).to.contain("Adoption rate");
    expect($(".flash").text()).to.equal(en("goals.created"));
  });

  it("stores empty baseline, actual and due date as nothing rather than zero", async () => {
    await request(t.app).post(base).type("form").send({ ...valid, baseline: "", dueDate: "" }).expect(303);
    const saved = await t.ds.getRepository(Goal).findOneByOrFail({ projectId: project.id });
    expect(saved).to.include({ baseline: null, actual: null, dueDate: null });
  });

  it("re-renders with 422 and the input kept when the target is not a number and the date is invalid, saving nothing", async () => {
    const res = await request(t.app).post(base).type("form").send({ ...valid, target: "lots", dueDate: "2026-02-30" }).expect(422);
    const $ = cheerio.load(res.text);
    expect($("#error-target").text()).to.equal(en("errors.number"));
    expect($("#error-dueDate").text()).to.equal(en("errors.date"));
    expect($("#field-target").val()).to.equal("lots");
    expect($("#field-name").val()).to.equal("Adoption rate");
    expect($(".error-summary li").length).to.equal(2);
    expect(await t.ds.getRepository(Goal).count()).to.equal(0);
  });

  it("rejects an owner from another project with 422 beside the owner field", async () => {
    const foreign = await makeMember(t.ds, other.id, { name: "Foreign Person" });
    const res = await request(t.app).post(base).type("form").send({ ...valid, ownerId: String(foreign.id) }).expect(422);
    const $ = cheerio.load(res.text);
    expect($("#error-ownerId").text()).to.equal(en("errors.member"));
    expect($("#field-name").val()).to.equal("Adoption rate");
    expect(await t.ds.getRepository(Goal).count()).to.equal(0);
  });

  it("rejects a non-numeric owner id with 422, not 500", async () => {
    const res = await request(t.app).post(base).type("form").send({ ...valid, ownerId: "abc" }).expect(422);
    expect(cheerio.load(res.text)("#error-ownerId").text()).to.equal(en("errors.choice"));
  });

  it("edits a goal: the form shows the stored values and the update is saved", async () => {
    const goal = await makeGoal(t.ds, project.id, { baseline: 48, target: 8, actual: null });
    const form = cheerio.load((await request(t.app).get(`${base}/${goal.id}/edit`).expect(200)).text);
    expect(form("#field-baseline").val()).to.equal("48");
    expect(form("#field-actual").val()).to.equal("");
    expect(form("#field-dueDate").val()).to.equal("2026-09-30");
    await request(t.app)
      .post(`${base}/${goal.id}/edit`)
      .type("form")
      .send({ name: "Lead response time", unit: "hours", baseline: "48", target: "8", actual: "12", dueDate: "", ownerId: "", notes: "" })
      .expect(303)
      .expect("Location", base);
    expect(await t.ds.getRepository(Goal).findOneByOrFail({ id: goal.id })).to.include({ actual: 12, dueDate: null });
  });

  it("answers 404 for an unknown id, a non-numeric id and a goal of another project", async () => {
    const foreign = await makeGoal(t.ds, other.id, { name: "Foreign goal" });
    for (const id of ["999", "abc", "-1", String(foreign.id)]) {
      await request(t.app).get(`${base}/${id}/edit`).expect(404);
      await request(t.app).post(`${base}/${id}/edit`).type("form").send(valid).expect(404);
      await request(t.app).get(`${base}/${id}/delete`).expect(404);
      await request(t.app).post(`${base}/${id}/delete`).expect(404);
    }
    expect((await t.ds.getRepository(Goal).findOneByOrFail({ id: foreign.id })).name).to.equal("Foreign goal");
  });

  it("asks for confirmation before deleting a goal and deletes it on confirmation", async () => {
    const goal = await makeGoal(t.ds, project.id, { name: "Lead response time" });
    const $ = cheerio.load((await request(t.app).get(`${base}/${goal.id}/delete`).expect(200)).text);
    expect($("h1").text()).to.equal(en("common.deleteConfirmTitle", { name: "Lead response time" }));
    expect($(".confirm-delete__warning").text()).to.equal(en("goals.deleteWarning", { name: "Lead response time" }));
    expect($("main form").attr("action")).to.equal(`${base}/${goal.id}/delete`);
    expect(await t.ds.getRepository(Goal).count()).to.equal(1);

    const agent = request.agent(t.app);
    await agent.post(`${base}/${goal.id}/delete`).expect(303).expect("Location", base);
    expect(await t.ds.getRepository(Goal).count()).to.equal(0);
    expect(cheerio.load((await agent.get(base)).text)(".flash").text()).to.equal(en("goals.deleted", { name: "Lead response time" }));
  });
});
