// HTTP: the project list, creation with phases and categories, settings, archive, delete and project 404s.
import { expect } from "chai";
import request from "supertest";
import * as cheerio from "cheerio";
import { ChecklistCategory, ChecklistItem, Member, Phase, Project, Task, TaskLink } from "../../entities";
import { translate } from "../../server/i18n";
import { NOW, TODAY, testApp, type TestApp } from "../support/app";
import { makeChecklistItem, makeLink, makeMember, makeProject, makeTask } from "../support/factories";
import { formBody, rowCounts } from "../support/more-factories";

const en = (key: string, params?: Record<string, unknown>) => translate("en", key, params);

const validProject = {
  name: "Globex CRM",
  clientOrganisation: "Globex",
  description: "Service desk CRM",
  kickoffDate: "2026-04-06",
  workingDays: ["6", "7", "1", "2", "3"],
};

/** The checked weekday values of the project form. */
function checkedDays($: cheerio.CheerioAPI): string[] {
  return $('input[name="workingDays"]:checked')
    .map((_i, el) => $(el).attr("value"))
    .get();
}

describe("Projects", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp();
  });
  afterEach(() => t.close());

  describe("list", () => {
    it("redirects the home page to the project list", async () => {
      await request(t.app).get("/").expect(302).expect("Location", "/projects");
    });

    it("lists active projects only, by name, and the archived view lists archived ones only", async () => {
      await makeProject(t.ds, { name: "Zeta rollout" });
      const alpha = await makeProject(t.ds, { name: "Alpha rollout" });
      const old = await makeProject(t.ds, { name: "Old rollout" });
      await t.ds.getRepository(Project).update({ id: old.id }, { archivedAt: NOW });

      const $ = cheerio.load((await request(t.app).get("/projects").expect(200)).text);
      expect($("tbody tr td:first-child a").map((_i, el) => $(el).text()).get()).to.deep.equal(["Alpha rollout", "Zeta rollout"]);
      expect($("tbody tr td:first-child a").first().attr("href")).to.equal(`/projects/${alpha.id}`);
      expect($("h1").text()).to.equal(en("projects.title"));
      expect($(".toolbar a").attr("href")).to.equal("/projects?archived=1");

      const $a = cheerio.load((await request(t.app).get("/projects?archived=1").expect(200)).text);
      expect($a("tbody tr td:first-child a").map((_i, el) => $a(el).text()).get()).to.deep.equal(["Old rollout"]);
      expect($a("tbody tr .badge").text()).to.equal(en("projects.archivedBadge"));
      expect($a("h1").text()).to.equal(en("projects.archivedTitle"));
    });

    it("shows the empty state when there are no projects, and a separate one for no archived projects", async () => {
      const $ = cheerio.load((await request(t.app).get("/projects").expect(200)).text);
      expect($(".empty").text()).to.equal(en("projects.empty"));
      expect($("table").length).to.equal(0);
      const $a = cheerio.load((await request(t.app).get("/projects?archived=1").expect(200)).text);
      expect($a(".empty").text()).to.equal(en("projects.archivedEmpty"));
    });
  });

  describe("create", () => {
    it("shows the new-project form with today's date and Monday to Friday preselected", async () => {
      const $ = cheerio.load((await request(t.app).get("/projects/new").expect(200)).text);
      expect($('form[action="/projects"][method="post"]').length).to.equal(1);
      expect($("#field-name").val()).to.equal("");
      expect($("#field-kickoffDate").val()).to.equal(TODAY);
      expect(checkedDays($)).to.deep.equal(["1", "2", "3", "4", "5"]);
      expect($('input[name="workingDays"]').length).to.equal(7);
      expect($(".error-summary").length).to.equal(0);
    });

    it("creates a project with planning, foundation and rollout phases and the five built-in categories, then redirects 303 to it", async () => {
      const res = await request(t.app).post("/projects").type("form").send(formBody(validProject)).expect(303);
      const project = await t.ds.getRepository(Project).findOneByOrFail({ name: "Globex CRM" });
      expect(res.headers.location).to.equal(`/projects/${project.id}`);
      expect(project).to.include({
        clientOrganisation: "Globex",
        description: "Service desk CRM",
        kickoffDate: "2026-04-06",
        workingDays: "1,2,3,6,7",
        archivedAt: null,
      });
      const phases = await t.ds.getRepository(Phase).find({ where: { projectId: project.id }, order: { position: "ASC" } });
      expect(phases.map((p) => [p.kind, p.position])).to.deep.equal([
        ["planning", 1],
        ["foundation", 2],
        ["rollout", 3],
      ]);
      expect(phases.every((p) => p.gateSignedOffAt === null)).to.equal(true);
      const cats = await t.ds.getRepository(ChecklistCategory).find({ where: { projectId: project.id }, order: { position: "ASC" } });
      expect(cats.map((c) => c.builtinKey)).to.deep.equal(["scope", "roles", "goals", "resources", "expectations"]);
    });

    it("shows the created flash on the next page only", async () => {
      const agent = request.agent(t.app);
      const res = await agent.post("/projects").type("form").send(formBody(validProject)).expect(303);
      const $ = cheerio.load((await agent.get(res.headers.location).expect(200)).text);
      expect($(".flash").text()).to.equal(en("projects.created"));
      expect($("h1").text()).to.equal("Globex CRM");
      const again = cheerio.load((await agent.get(res.headers.location).expect(200)).text);
      expect(again(".flash").length).to.equal(0);
    });

    it("re-renders with 422 when the name is missing, keeping the input and showing the message beside the field and in the summary", async () => {
      const res = await request(t.app)
        .post("/projects")
        .type("form")
        .send(formBody({ ...validProject, name: "  " }))
        .expect(422);
      const $ = cheerio.load(res.text);
      expect($("#error-name").text()).to.equal(en("errors.required"));
      expect($("#field-name").attr("aria-invalid")).to.equal("true");
      expect($(".error-summary li a").map((_i, el) => [[$(el).attr("href"), $(el).text()]]).get()).to.deep.equal([["#field-name", `${en("projects.field.name")}: ${en("errors.required")}`]]);
      expect($("#field-clientOrganisation").val()).to.equal("Globex");
      expect($("#field-description").text()).to.equal("Service desk CRM");
      expect($("#field-kickoffDate").val()).to.equal("2026-04-06");
      expect(checkedDays($)).to.deep.equal(["1", "2", "3", "6", "7"]);
      expect(await t.ds.getRepository(Project).count()).to.equal(0);
      expect(await t.ds.getRepository(Phase).count()).to.equal(0);
    });

    it("rejects an impossible kickoff date (2026-02-30) with 422 and keeps what was typed", async () => {
      const res = await request(t.app)
        .post("/projects")
        .type("form")
        .send(formBody({ ...validProject, kickoffDate: "2026-02-30" }))
        .expect(422);
      const $ = cheerio.load(res.text);
      expect($("#field-kickoffDate").val()).to.equal("2026-02-30");
      expect($("#error-kickoffDate").text()).to.equal(en("errors.date"));
      expect($(".error-summary a[href='#field-kickoffDate']").text()).to.equal(`${en("projects.field.kickoffDate")}: ${en("errors.date")}`);
      expect($("#field-name").val()).to.equal("Globex CRM");
      expect(await t.ds.getRepository(Project).count()).to.equal(0);
    });

    it("rejects a project without working days with 422 and the message on the working-week fieldset", async () => {
      const { workingDays: _omit, ...noDays } = validProject;
      const res = await request(t.app).post("/projects").type("form").send(formBody(noDays)).expect(422);
      const $ = cheerio.load(res.text);
      expect($("#field-workingDays").hasClass("field--error")).to.equal(true);
      expect($("#field-workingDays .field__error").text()).to.equal(en("errors.workingDays"));
      expect($(".error-summary a[href='#field-workingDays']").text()).to.equal(`${en("projects.field.workingDays")}: ${en("errors.workingDays")}`);
      expect(checkedDays($)).to.deep.equal([]);
      expect($("#field-name").val()).to.equal("Globex CRM");
      expect(await t.ds.getRepository(Project).count()).to.equal(0);
    });
  });

  describe("settings", () => {
    it("shows the current values of the project", async () => {
      const p = await makeProject(t.ds, { name: "Acme CRM", kickoffDate: "2026-05-04", workingDays: [6, 7, 1, 2, 3] });
      const $ = cheerio.load((await request(t.app).get(`/projects/${p.id}/settings`).expect(200)).text);
      expect($(`form[action="/projects/${p.id}/settings"]`).length).to.equal(1);
      expect($("#field-name").val()).to.equal("Acme CRM");
      expect($("#field-clientOrganisation").val()).to.equal("Acme Ltd");
      expect($("#field-description").text()).to.equal("Sales CRM for 80 users");
      expect($("#field-kickoffDate").val()).to.equal("2026-05-04");
      expect(checkedDays($)).to.deep.equal(["1", "2", "3", "6", "7"]);
      expect($(`form[action="/projects/${p.id}/archive"]`).length).to.equal(1);
    });

    it("saves changed settings, redirects 303 back to settings and says so", async () => {
      const p = await makeProject(t.ds);
      const agent = request.agent(t.app);
      await agent
        .post(`/projects/${p.id}/settings`)
        .type("form")
        .send(formBody({ name: "Acme CRM phase 2", clientOrganisation: "Acme Group", description: "", kickoffDate: "2026-06-01", workingDays: ["1", "2", "3", "4"] }))
        .expect(303)
        .expect("Location", `/projects/${p.id}/settings`);
      const saved = await t.ds.getRepository(Project).findOneByOrFail({ id: p.id });
      expect(saved).to.include({ name: "Acme CRM phase 2", clientOrganisation: "Acme Group", description: "", kickoffDate: "2026-06-01", workingDays: "1,2,3,4" });
      const $ = cheerio.load((await agent.get(`/projects/${p.id}/settings`).expect(200)).text);
      expect($(".flash").text()).to.equal(en("common.saved"));
      expect($("#field-name").val()).to.equal("Acme CRM phase 2");
    });

    it("re-renders settings with 422 on an invalid date and leaves the project unchanged", async () => {
      const p = await makeProject(t.ds);
      const res = await request(t.app)
        .post(`/projects/${p.id}/settings`)
        .type("form")
        .send(formBody({ name: "Renamed", kickoffDate: "2026-13-01", workingDays: ["1"] }))
        .expect(422);
      const $ = cheerio.load(res.text);
      expect($("#error-kickoffDate").text()).to.equal(en("errors.date"));
      expect($("#field-name").val()).to.equal("Renamed");
      expect($("#field-kickoffDate").val()).to.equal("2026-13-01");
      expect(checkedDays($)).to.deep.equal(["1"]);
      const saved = await t.ds.getRepository(Project).findOneByOrFail({ id: p.id });
      expect(saved).to.include({ name: "Acme CRM rollout", kickoffDate: "2026-03-02", workingDays: "1,2,3,4,5" });
    });
  });

  describe("archive", () => {
    it("archives a project at the injected now and restores it", async () => {
      const p = await makeProject(t.ds);
      const agent = request.agent(t.app);
      await agent.post(`/projects/${p.id}/archive`).expect(303).expect("Location", `/projects/${p.id}`);
      expect((await t.ds.getRepository(Project).findOneByOrFail({ id: p.id })).archivedAt).to.equal(NOW);
      const $ = cheerio.load((await agent.get(`/projects/${p.id}`).expect(200)).text);
      expect($(".flash").text()).to.equal(en("projects.archived"));
      const list = cheerio.load((await agent.get("/projects").expect(200)).text);
      expect(list("tbody tr").length).to.equal(0);
      const settings = cheerio.load((await agent.get(`/projects/${p.id}/settings`).expect(200)).text);
      expect(settings(`form[action="/projects/${p.id}/unarchive"]`).length).to.equal(1);

      await agent.post(`/projects/${p.id}/unarchive`).expect(303).expect("Location", `/projects/${p.id}`);
      expect((await t.ds.getRepository(Project).findOneByOrFail({ id: p.id })).archivedAt).to.equal(null);
      const back = cheerio.load((await agent.get("/projects").expect(200)).text);
      expect(back("tbody tr td:first-child a").text()).to.equal("Acme CRM rollout");
    });
  });

  describe("delete", () => {
    it("asks for the typed project name on the confirmation page", async () => {
      const p = await makeProject(t.ds);
      const $ = cheerio.load((await request(t.app).get(`/projects/${p.id}/delete`).expect(200)).text);
      expect($("h1").text()).to.equal(en("projects.deleteTitle"));
      expect($(".callout--danger").text().trim()).to.equal(en("projects.deleteWarning", { name: "Acme CRM rollout" }));
      expect($(`form[action="/projects/${p.id}/delete"][method="post"] #field-confirmName`).val()).to.equal("");
    });

    it("refuses with 422 when the typed name does not match, keeping the project", async () => {
      const p = await makeProject(t.ds);
      const res = await request(t.app).post(`/projects/${p.id}/delete`).type("form").send({ confirmName: "acme crm rollout" }).expect(422);
      const $ = cheerio.load(res.text);
      expect($("#error-confirmName").text()).to.equal(en("projects.deleteMismatch"));
      expect($(".error-summary a[href='#field-confirmName']").text()).to.equal(en("projects.deleteMismatch"));
      expect($("#field-confirmName").val()).to.equal("acme crm rollout");
      expect(await t.ds.getRepository(Project).countBy({ id: p.id })).to.equal(1);
      expect((await rowCounts(t.ds, p.id)).phases).to.equal(3);
    });

    it("asks for a value with 422 when the typed name is empty", async () => {
      const p = await makeProject(t.ds);
      const res = await request(t.app).post(`/projects/${p.id}/delete`).type("form").send({ confirmName: "" }).expect(422);
      expect(cheerio.load(res.text)("#error-confirmName").text()).to.equal(en("errors.required"));
      expect(await t.ds.getRepository(Project).countBy({ id: p.id })).to.equal(1);
    });

    it("deletes the project and every row of it with the right name, leaving other projects' rows alone", async () => {
      async function populate(name: string) {
        const p = await makeProject(t.ds, { name });
        const m = await makeMember(t.ds, p.id);
        const a = await makeTask(t.ds, p.id, { name: "A", assigneeId: m.id });
        const b = await makeTask(t.ds, p.id, { name: "B", position: 2 });
        await makeTask(t.ds, p.id, { name: "B1", parentId: b.id });
        await makeLink(t.ds, p.id, a.id, b.id);
        await makeChecklistItem(t.ds, p.id, { ownerId: m.id, done: true, doneById: m.id, doneAt: NOW });
        return p;
      }
      const doomed = await populate("Doomed rollout");
      const kept = await populate("Kept rollout");
      const keptBefore = await rowCounts(t.ds, kept.id);
      expect(keptBefore).to.deep.equal({ phases: 3, categories: 5, items: 1, members: 1, tasks: 3, links: 1 });

      const agent = request.agent(t.app);
      await agent
        .post(`/projects/${doomed.id}/delete`)
        .type("form")
        .send({ confirmName: "Doomed rollout" })
        .expect(303)
        .expect("Location", "/projects");

      expect(await t.ds.getRepository(Project).countBy({ id: doomed.id })).to.equal(0);
      expect(await rowCounts(t.ds, doomed.id)).to.deep.equal({ phases: 0, categories: 0, items: 0, members: 0, tasks: 0, links: 0 });
      expect(await rowCounts(t.ds, kept.id)).to.deep.equal(keptBefore);
      // Nothing orphaned anywhere: every remaining row belongs to the kept project.
      for (const entity of [Phase, ChecklistCategory, ChecklistItem, Member, Task, TaskLink]) {
        const rows = (await t.ds.getRepository(entity).find()) as { projectId: number }[];
        expect(rows.every((r) => r.projectId === kept.id), entity.name).to.equal(true);
      }
      const $ = cheerio.load((await agent.get("/projects").expect(200)).text);
      expect($(".flash").text()).to.equal(en("projects.deleted", { name: "Doomed rollout" }));
      expect($("tbody tr td:first-child a").map((_i, el) => $(el).text()).get()).to.deep.equal(["Kept rollout"]);
    });
  });

  describe("unknown projects", () => {
    for (const id of ["999", "abc", "1.5", "-1", "0", "2147483648", "1e3"]) {
      it(`answers 404 for /projects/${id}`, async () => {
        await makeProject(t.ds);
        const res = await request(t.app).get(`/projects/${id}`).expect(404);
        expect(cheerio.load(res.text)("h1").text()).to.equal(en("error.notFound.title"));
      });
    }

    it("answers 404 for the settings, archive and delete of an unknown project and changes nothing", async () => {
      const p = await makeProject(t.ds);
      await request(t.app).get("/projects/999/settings").expect(404);
      await request(t.app).post("/projects/999/settings").type("form").send(formBody({ ...validProject })).expect(404);
      await request(t.app).post("/projects/999/archive").expect(404);
      await request(t.app).post("/projects/999/delete").type("form").send({ confirmName: "Acme CRM rollout" }).expect(404);
      expect(await t.ds.getRepository(Project).count()).to.equal(1);
      expect((await t.ds.getRepository(Project).findOneByOrFail({ id: p.id })).archivedAt).to.equal(null);
    });
  });
});

describe("Malformed requests", () => {
  it("answers 400, not 500, for a URL parameter that is not valid percent-encoding", async () => {
    const t = await testApp();
    try {
      const res = await request(t.app).get("/projects/%E0%A4%A/tasks").expect(400);
      expect(cheerio.load(res.text)("h1").text()).to.equal(translate("en", "error.badRequest.title"));
    } finally {
      await t.close();
    }
  });

  it("answers 413 for a body over the size limit", async () => {
    const t = await testApp();
    try {
      await request(t.app).post("/projects").type("form").send(`name=${"a".repeat(300_000)}`).expect(413);
    } finally {
      await t.close();
    }
  });
});
