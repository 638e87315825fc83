// HTTP: the end-user expectations register — MoSCoW filter, linked tasks by WBS number, create, edit, delete.
import { expect } from "chai";
import request from "supertest";
import * as cheerio from "cheerio";
import { Expectation, type Project } from "../../entities";
import { translate } from "../../server/i18n";
import { testApp, type TestApp } from "../support/app";
import { makeProject, makeTask, phaseOf } from "../support/factories";
import { makeExpectation } from "../support/register-factories";

const en = (key: string, params?: Record<string, unknown>) => translate("en", key, params);

const valid = { userGroup: "Contact-centre agents", statement: "See the customer's open cases on one screen", priority: "must", source: "interview", status: "accepted" };

describe("Expectations register", () => {
  let t: TestApp;
  let project: Project;
  let other: Project;
  let base: string;

  const linkedTaskIds = async (id: number) =>
    (await t.ds.getRepository(Expectation).findOneOrFail({ where: { id }, relations: { tasks: true } })).tasks.map((x) => x.id).sort((a, b) => a - b);

  beforeEach(async () => {
    t = await testApp();
    project = await makeProject(t.ds);
    other = await makeProject(t.ds, { name: "Other rollout" });
    base = `/projects/${project.id}/expectations`;
  });
  afterEach(() => t.close());

  it("lists expectations with a priority badge, source, status and the linked tasks by name, musts first", async () => {
    const build = await makeTask(t.ds, project.id, { name: "Configure case view" });
    const train = await makeTask(t.ds, project.id, { name: "Agent training", position: 2 });
    const could = await makeExpectation(t.ds, project.id, { priority: "could", statement: "Dark mode" });
    const must = await makeExpectation(t.ds, project.id, { priority: "must", statement: "One screen" }, [build, train]);

    const $ = cheerio.load((await request(t.app).get(base).expect(200)).text);
    expect($("tbody tr").map((_i, el) => $(el).attr("data-expectation-id")).get()).to.deep.equal([String(must.id), String(could.id)]);
    const row = $(`tr[data-expectation-id="${must.id}"]`);
    const badge = row.find('[data-col="priority"] .badge');
    expect(badge.hasClass("badge--must")).to.equal(true);
    expect(badge.text()).to.equal(en("priority.must"));
    expect(row.text()).to.contain(en("source.workshop")).and.contain(en("expStatus.new"));
    expect(row.find('[data-col="tasks"] li').map((_i, el) => $(el).text()).get()).to.deep.equal(["Agent training", "Configure case view"]);
    expect($(`tr[data-expectation-id="${could.id}"] [data-col="tasks"]`).text()).to.equal(en("common.none"));
    expect($(".page-header a.button--primary").attr("href")).to.equal(`${base}/new`);
  });

  it("filters by priority with a plain link and marks the current filter", async () => {
    const must = await makeExpectation(t.ds, project.id, { priority: "must", statement: "One screen" });
    await makeExpectation(t.ds, project.id, { priority: "should", statement: "Bulk edit" });

    const $ = cheerio.load((await request(t.app).get(`${base}?priority=must`).expect(200)).text);
    expect($("tbody tr").map((_i, el) => $(el).attr("data-expectation-id")).get()).to.deep.equal([String(must.id)]);
    expect($('.filter-links a[aria-current="page"]').attr("href")).to.equal(`${base}?priority=must`);
    expect($(`.filter-links a[href="${base}?priority=should"]`).text()).to.equal(en("priority.should"));

    const none = cheerio.load((await request(t.app).get(`${base}?priority=wont`).expect(200)).text);
    expect(none(".empty").text()).to.equal(en("expectations.emptyFiltered"));
  });

  it("shows every priority for an unknown or repeated filter value instead of failing", async () => {
    await makeExpectation(t.ds, project.id, { priority: "must" });
    await makeExpectation(t.ds, project.id, { priority: "could" });
    for (const q of ["priority=bogus", "priority=must&priority=could", "priority[x]=1"]) {
      const $ = cheerio.load((await request(t.app).get(`${base}?${q}`).expect(200)).text);
      expect($("tbody tr").length, q).to.equal(2);
      expect($('.filter-links a[aria-current="page"]').attr("href")).to.equal(base);
    }
  });

  it("shows the empty state when nothing has been recorded, and not other projects' expectations", async () => {
    await makeExpectation(t.ds, other.id, { statement: "Foreign expectation" });
    const res = await request(t.app).get(base).expect(200);
    expect(res.text).not.to.contain("Foreign expectation");
    expect(cheerio.load(res.text)(".empty").text()).to.equal(en("expectations.empty"));
  });

  it("offers the project's tasks, and only them, in WBS order with their WBS numbers", async () => {
    const foundation = await phaseOf(t.ds, project.id, "foundation");
    const later = await makeTask(t.ds, project.id, { name: "Build case view", phaseId: foundation.id });
    const parent = await makeTask(t.ds, project.id, { name: "Discovery" });
    const child = await makeTask(t.ds, project.id, { name: "Interview agents", parentId: parent.id });
    await makeTask(t.ds, other.id, { name: "Foreign task" });

    const $ = cheerio.load((await request(t.app).get(`${base}/new`).expect(200)).text);
    const options = $("#field-taskIds option").map((_i, el) => ({ value: $(el).attr("value"), label: $(el).text() })).get();
    expect(options).to.deep.equal([
      { value: String(parent.id), label: "1.1 Discovery" },
      { value: String(child.id), label: "1.1.1 Interview agents" },
      { value: String(later.id), label: "2.1 Build case view" },
    ]);
    expect($("#field-taskIds").attr("multiple")).to.equal("multiple");
  });

  it("records an expectation with linked tasks, redirects with 303 and lists it", async () => {
    const a = await makeTask(t.ds, project.id, { name: "Configure case view" });
    const b = await makeTask(t.ds, project.id, { name: "Agent training", position: 2 });
    const agent = request.agent(t.app);
    await agent
      .post(base)
      .type("form")
      .send({ ...valid, taskIds: [String(a.id), String(b.id)] })
      .expect(303)
      .expect("Location", base);
    const saved = await t.ds.getRepository(Expectation).findOneByOrFail({ projectId: project.id });
    expect(saved).to.include({ userGroup: valid.userGroup, statement: valid.statement, priority: "must", source: "interview", status: "accepted" });
    expect(await linkedTaskIds(saved.id)).to.deep.equal([a.id, b.id].sort((x, y) => x - y));
    const $ = cheerio.load((await agent.get(base).expect(200)).text);
    expect($(`tr[data-expectation-id="${saved.id}"] [data-col="tasks"] li`).length).to.equal(2);
    expect($(".flash").text()).to.equal(en("expectations.created"));
  });

  it("records an expectation with a single linked task sent as a plain value", async () => {
    const a = await makeTask(t.ds, project.id);
    await request(t.app).post(base).type("form").send({ ...valid, taskIds: String(a.id) }).expect(303);
    const saved = await t.ds.getRepository(Expectation).findOneByOrFail({ projectId: project.id });
    expect(await linkedTaskIds(saved.id)).to.deep.equal([a.id]);
  });

  it("refuses a task of another project with 422 beside the linked-tasks field, saving nothing", async () => {
    const own = await makeTask(t.ds, project.id, { name: "Own task" });
    const foreign = await makeTask(t.ds, other.id, { name: "Foreign task" });
    const res = await request(t.app)
      .post(base)
      .type("form")
      .send({ ...valid, taskIds: [String(own.id), String(foreign.id)] })
      .expect(422);
    const $ = cheerio.load(res.text);
    expect($("#error-taskIds").text()).to.equal(en("expectations.errors.task"));
    expect($("#field-userGroup").val()).to.equal(valid.userGroup);
    expect($(`#field-taskIds option[value="${own.id}"]`).attr("selected")).to.equal("selected");
    expect(await t.ds.getRepository(Expectation).count()).to.equal(0);
  });

  it("re-renders with 422 for a malformed task id, an unknown priority and a missing statement", async () => {
    await makeTask(t.ds, project.id);
    const res = await request(t.app).post(base).type("form").send({ ...valid, statement: "", priority: "urgent", taskIds: "abc" }).expect(422);
    const $ = cheerio.load(res.text);
    expect($("#error-taskIds").text()).to.equal(en("expectations.errors.task"));
    expect($("#error-priority").text()).to.equal(en("errors.choice"));
    expect($("#error-statement").text()).to.equal(en("errors.required"));
    expect(await t.ds.getRepository(Expectation).count()).to.equal(0);
  });

  it("edits an expectation: the linked tasks are preselected and saving without any clears the links", async () => {
    const a = await makeTask(t.ds, project.id, { name: "Configure case view" });
    const b = await makeTask(t.ds, project.id, { name: "Agent training", position: 2 });
    const e = await makeExpectation(t.ds, project.id, {}, [a]);
    const $ = cheerio.load((await request(t.app).get(`${base}/${e.id}/edit`).expect(200)).text);
    expect($("#field-taskIds option[selected]").map((_i, el) => $(el).attr("value")).get()).to.deep.equal([String(a.id)]);
    expect($("#field-priority option[selected]").attr("value")).to.equal("must");

    await request(t.app).post(`${base}/${e.id}/edit`).type("form").send({ ...valid, priority: "should", taskIds: String(b.id) }).expect(303).expect("Location", base);
    expect(await linkedTaskIds(e.id)).to.deep.equal([b.id]);
    expect((await t.ds.getRepository(Expectation).findOneByOrFail({ id: e.id })).priority).to.equal("should");

    await request(t.app).post(`${base}/${e.id}/edit`).type("form").send(valid).expect(303);
    expect(await linkedTaskIds(e.id)).to.deep.equal([]);
  });

  it("answers 404 for an unknown id, a non-numeric id and an expectation of another project", async () => {
    const foreign = await makeExpectation(t.ds, other.id, { statement: "Foreign expectation" });
    for (const id of ["999", "one", "1e3", String(foreign.id)]) {
      await request(t.app).get(`${base}/${id}/edit`).expect(404);
      await request(t.app).post(`${base}/${id}/edit`).type("form").send(valid).expect(404);
      await request(t.app).get(`${base}/${id}/delete`).expect(404);
      await request(t.app).post(`${base}/${id}/delete`).expect(404);
    }
    expect((await t.ds.getRepository(Expectation).findOneByOrFail({ id: foreign.id })).statement).to.equal("Foreign expectation");
  });

  it("asks for confirmation before deleting an expectation and deletes it with its task links", async () => {
    const task = await makeTask(t.ds, project.id);
    const e = await makeExpectation(t.ds, project.id, { userGroup: "Field sales", statement: "Offline mode" }, [task]);
    const $ = cheerio.load((await request(t.app).get(`${base}/${e.id}/delete`).expect(200)).text);
    expect($("h1").text()).to.equal(en("expectations.deleteTitle"));
    expect($(".confirm-delete__warning").text()).to.equal(en("expectations.deleteWarning", { group: "Field sales", statement: "Offline mode" }));
    expect($("main form").attr("action")).to.equal(`${base}/${e.id}/delete`);

    const agent = request.agent(t.app);
    await agent.post(`${base}/${e.id}/delete`).expect(303).expect("Location", base);
    expect(await t.ds.getRepository(Expectation).count()).to.equal(0);
    const links = await t.ds.query("SELECT COUNT(*) AS n FROM expectation_tasks");
    expect(Number(links[0].n)).to.equal(0);
    expect(cheerio.load((await agent.get(base)).text)(".flash").text()).to.equal(en("expectations.deleted"));
  });
});
