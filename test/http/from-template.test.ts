// HTTP: new project from a built-in template — the form lists the six templates; each English template
// (and a Persian one) anchored on go-live lands its go-live milestone on the date; kickoff anchoring starts
// the plan on the date; a bad template, date or holiday line answers 422 and writes nothing.
import { expect } from "chai";
import request from "supertest";
import * as cheerio from "cheerio";
import { CalendarException, ChecklistCategory, ChecklistItem, Goal, Member, Project, Resource, Task, TaskLink } from "../../entities";
import { translate } from "../../server/i18n";
import { BUILT_IN_TEMPLATES } from "../../seeds/templates";
import type { ProjectTemplate } from "../../server/domain/template-format";
import { testApp, type TestApp } from "../support/app";

const en = (key: string, params?: Record<string, unknown>) => translate("en", key, params);
const choice = (tpl: ProjectTemplate) => `${tpl.key}:${tpl.language}`;
const GO_LIVE = "2027-03-10";

describe("New project from a template", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp({ templates: true });
  });
  afterEach(() => t.close());

  const post = (fields: Record<string, string>) =>
    request(t.app)
      .post("/projects/from-template")
      .type("form")
      .send({ template: choice(BUILT_IN_TEMPLATES[0]), name: "", clientOrganisation: "", anchor: "kickoff", date: "2026-04-06", holidays: "", ...fields });

  const createdProject = async (location: string | undefined): Promise<Project> => {
    const m = /^\/projects\/(\d+)$/.exec(location ?? "");
    expect(m, `Location ${location}`).to.not.equal(null);
    return t.ds.getRepository(Project).findOneByOrFail({ id: Number(m![1]) });
  };

  /** Checks the written project against its template and the go-live date. */
  async function expectFromTemplate(tpl: ProjectTemplate, project: Project): Promise<void> {
    const where = { where: { projectId: project.id } };
    const tasks = await t.ds.getRepository(Task).find(where);
    expect(tasks).to.have.length(tpl.tasks.length);
    expect(tasks.map((x) => x.key).sort()).to.deep.equal(tpl.tasks.map((x) => x.key).sort());
    const linkCount = tpl.tasks.reduce((n, x) => n + (x.predecessors?.length ?? 0), 0);
    expect(await t.ds.getRepository(TaskLink).count(where)).to.equal(linkCount);
    const itemCount = tpl.phases.reduce((n, p) => n + p.checklist.length, 0);
    expect(await t.ds.getRepository(ChecklistItem).count(where)).to.equal(itemCount);
    expect(await t.ds.getRepository(Goal).count(where)).to.equal(tpl.goals.length);
    expect(await t.ds.getRepository(Resource).count(where)).to.equal(tpl.resources.length);
    const members = await t.ds.getRepository(Member).find(where);
    expect(members.map((x) => x.roleTitle).sort()).to.deep.equal(tpl.roles.map((r) => r.title).sort());
    expect(members.every((x) => x.name === x.roleTitle)).to.equal(true);
    // WBS parents and assignees follow the template.
    const byKey = new Map(tasks.map((x) => [x.key, x]));
    const byId = new Map(tasks.map((x) => [x.id, x]));
    const memberTitle = new Map(members.map((x) => [x.id, x.roleTitle]));
    const roleTitle = new Map(tpl.roles.map((r) => [r.key, r.title]));
    for (const tt of tpl.tasks) {
      const row = byKey.get(tt.key)!;
      expect(row.parentId === null ? undefined : byId.get(row.parentId)!.key, tt.key).to.equal(tt.parent);
      expect(row.assigneeId === null ? undefined : memberTitle.get(row.assigneeId), tt.key).to.equal(tt.assigneeRole === undefined ? undefined : roleTitle.get(tt.assigneeRole));
    }
    const goLive = byKey.get(tpl.goLiveTaskKey!)!;
    expect(goLive.startDate).to.equal(GO_LIVE);
    expect(goLive.finishDate).to.equal(GO_LIVE);
    expect(goLive.milestone).to.equal(true);
  }

  it("links to the page from the project list", async () => {
    const $ = cheerio.load((await request(t.app).get("/projects").expect(200)).text);
    expect($('.toolbar a[href="/projects/from-template"]').text()).to.equal(en("templates.link"));
  });

  it("shows the form with the six templates grouped by language", async () => {
    const $ = cheerio.load((await request(t.app).get("/projects/from-template").expect(200)).text);
    expect($("h1").text()).to.equal(en("templates.title"));
    expect($('main form[action="/projects/from-template"] input[name="_csrf"]').length).to.equal(1);
    const values = $("#field-template option").map((_i, el) => $(el).attr("value")).get();
    expect(values).to.have.members(BUILT_IN_TEMPLATES.map(choice));
    expect($("#field-template optgroup").map((_i, el) => $(el).attr("label")).get()).to.deep.equal([en("templates.language.en"), en("templates.language.fa")]);
    for (const tpl of BUILT_IN_TEMPLATES) {
      const option = $(`#field-template option[value="${choice(tpl)}"]`);
      expect(option.text()).to.include(tpl.name).and.include(String(tpl.tasks.length));
    }
    // The selected template's roles, each open by default with the users to choose from.
    const roles = $("#field-roles select");
    expect(roles.map((_i, el) => $(el).attr("name")).get()).to.deep.equal(BUILT_IN_TEMPLATES[0].roles.map((r) => `role:${r.key}`));
    expect(roles.first().find("option:selected").attr("value")).to.equal("");
    expect(roles.first().find("option").map((_i, el) => $(el).text()).get()).to.include("Test Admin <admin@example.com>");
    // The working week starts as the template's.
    expect($('input[name="workingDays"][checked]').map((_i, el) => $(el).attr("value")).get()).to.deep.equal(BUILT_IN_TEMPLATES[0].workingWeek.map(String));
    expect($('input[name="anchor"]').map((_i, el) => $(el).attr("value")).get()).to.deep.equal(["kickoff", "golive"]);
    expect($('input[name="anchor"][checked]').attr("value")).to.equal("kickoff");
    expect($("#field-holidays").length).to.equal(1);
  });

  for (const tpl of BUILT_IN_TEMPLATES) {
    it(`creates a project from “${tpl.key}” (${tpl.language}) anchored on go-live`, async () => {
      const agent = request.agent(t.app);
      const res = await agent
        .post("/projects/from-template")
        .type("form")
        .send({ template: choice(tpl), name: "", clientOrganisation: "Acme", anchor: "golive", date: GO_LIVE, holidays: "" })
        .expect(303);
      const project = await createdProject(res.headers.location);
      expect(project.name).to.equal(tpl.name);
      expect(project.clientOrganisation).to.equal("Acme");
      expect(project.workingDays).to.equal([...tpl.workingWeek].sort((a, b) => a - b).join(","));
      expect([project.templateKey, project.templateLanguage, project.templateVersion]).to.deep.equal([tpl.key, tpl.language, tpl.version]);
      await expectFromTemplate(tpl, project);
      const $ = cheerio.load((await agent.get(res.headers.location!).expect(200)).text);
      expect($("body").text()).to.include(en("templates.created", { name: en("templates.createdGoLive", { template: tpl.name, date: "10 Mar 2027" }) }));
    });
  }

  it("creates a project from a Persian template with the Saturday–Wednesday week", async () => {
    const tpl = BUILT_IN_TEMPLATES.find((x) => x.language === "fa")!;
    const res = await post({ template: choice(tpl), name: "پروژهٔ آزمایشی", anchor: "golive", date: GO_LIVE }).expect(303);
    const project = await createdProject(res.headers.location);
    expect(project.name).to.equal("پروژهٔ آزمایشی");
    expect(project.workingDays).to.equal("1,2,3,6,7");
    await expectFromTemplate(tpl, project);
    // Custom checklist categories of the template exist.
    const customs = new Set(tpl.phases.flatMap((p) => p.checklist.map((i) => i.category)).filter((c) => !["scope", "roles", "goals", "resources", "expectations"].includes(c)));
    const stored = await t.ds.getRepository(ChecklistCategory).find({ where: { projectId: project.id } });
    expect(stored.filter((c) => c.builtinKey === null).map((c) => c.name)).to.have.members([...customs]);
  });

  it("starts the plan on the kickoff date and stores the holidays", async () => {
    const tpl = BUILT_IN_TEMPLATES[0];
    const res = await post({ template: choice(tpl), anchor: "kickoff", date: "2026-04-06", holidays: "2026-04-08\r\n\r\n2026-04-09\n" }).expect(303);
    const project = await createdProject(res.headers.location);
    expect(project.kickoffDate).to.equal("2026-04-06");
    const tasks = await t.ds.getRepository(Task).find({ where: { projectId: project.id } });
    const first = tasks.find((x) => x.key === tpl.tasks[0].key)!;
    expect(first.startDate).to.equal("2026-04-06");
    expect(tasks.reduce((a, x) => (x.startDate < a ? x.startDate : a), "9999-12-31")).to.equal("2026-04-06");
    const exceptions = await t.ds.getRepository(CalendarException).find({ where: { projectId: project.id }, order: { date: "ASC" } });
    expect(exceptions.map((e) => [e.date, e.working])).to.deep.equal([["2026-04-08", false], ["2026-04-09", false]]);
  });

  for (const [what, fields, field] of [
    ["an unknown template", { template: "no-such-template:en" }, "template"],
    ["a bad date", { date: "2027-02-30" }, "date"],
    ["a bad holiday line", { holidays: "2026-04-08\nnext Tuesday" }, "holidays"],
  ] as const) {
    it(`answers 422 for ${what}, keeps the input and writes nothing`, async () => {
      const before = await t.ds.getRepository(Project).count();
      const res = await post({ ...fields, name: "Kept name" }).expect(422);
      const $ = cheerio.load(res.text);
      expect($(`#error-${field}`).length, res.text.slice(0, 200)).to.equal(1);
      expect($("#field-name").val()).to.equal("Kept name");
      expect(await t.ds.getRepository(Project).count()).to.equal(before);
      expect(await t.ds.getRepository(Task).count()).to.equal(0);
    });
  }
});
