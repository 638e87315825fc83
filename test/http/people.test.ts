// HTTP: the people register — list with workload counts, add, edit, remove behind a confirmation page.
import { expect } from "chai";
import request from "supertest";
import * as cheerio from "cheerio";
import { Member, Task, type Project } from "../../entities";
import { translate } from "../../server/i18n";
import { testApp, type TestApp } from "../support/app";
import { makeChecklistItem, makeMember, makeProject, makeTask } from "../support/factories";

const en = (key: string, params?: Record<string, unknown>) => translate("en", key, params);

describe("People register", () => {
  let t: TestApp;
  let project: Project;
  let other: Project;
  let base: string;

  beforeEach(async () => {
    t = await testApp();
    project = await makeProject(t.ds);
    other = await makeProject(t.ds, { name: "Other rollout" });
    base = `/projects/${project.id}/people`;
  });
  afterEach(() => t.close());

  it("lists each person with role, organisation, a mailto link and counts of assigned tasks and open checklist items", async () => {
    const sara = await makeMember(t.ds, project.id, { name: "Sara Ahmadi", email: "sara@example.com", roleTitle: "Project manager", organisation: "Acme" });
    const reza = await makeMember(t.ds, project.id, { name: "Reza Karimi", email: "", roleTitle: "Key user", organisation: "Acme Sales" });
    await makeTask(t.ds, project.id, { name: "Kick-off", assigneeId: sara.id });
    await makeTask(t.ds, project.id, { name: "Scope", assigneeId: sara.id, position: 2 });
    await makeTask(t.ds, project.id, { name: "Interviews", assigneeId: reza.id, position: 3 });
    await makeChecklistItem(t.ds, project.id, { ownerId: sara.id });
    await makeChecklistItem(t.ds, project.id, { ownerId: sara.id, done: true, position: 2 });

    const res = await request(t.app).get(base).expect(200);
    const $ = cheerio.load(res.text);
    const row = $(`tr[data-member-id="${sara.id}"]`);
    expect(row.find("td").first().text()).to.equal("Sara Ahmadi");
    expect(row.text()).to.contain("Project manager").and.contain("Acme");
    expect(row.find('a[href="mailto:sara@example.com"]').text()).to.equal("sara@example.com");
    expect(row.find('[data-col="tasks"]').text()).to.equal("2");
    expect(row.find('[data-col="items"]').text()).to.equal("1");
    const rezaRow = $(`tr[data-member-id="${reza.id}"]`);
    expect(rezaRow.find('[data-col="tasks"]').text()).to.equal("1");
    expect(rezaRow.find('[data-col="items"]').text()).to.equal("0");
    expect(rezaRow.find('a[href^="mailto:"]').length).to.equal(0);
    // Ordered by name; the header carries the one primary action.
    expect($("tbody tr").map((_i, el) => $(el).find("td").first().text()).get()).to.deep.equal(["Reza Karimi", "Sara Ahmadi"]);
    expect($(".page-header a.button--primary").attr("href")).to.equal(`${base}/new`);
    expect($(".breadcrumbs a").first().attr("href")).to.equal(`/projects/${project.id}`);
  });

  it("shows only this project's people", async () => {
    await makeMember(t.ds, other.id, { name: "Somebody Else" });
    const res = await request(t.app).get(base).expect(200);
    expect(res.text).not.to.contain("Somebody Else");
    expect(cheerio.load(res.text)(".empty").text()).to.equal(en("people.empty"));
  });

  it("shows an empty form for a new person", async () => {
    const res = await request(t.app).get(`${base}/new`).expect(200);
    const $ = cheerio.load(res.text);
    expect($(`form[action="${base}"][method="post"]`).length).to.equal(1);
    expect($("#field-name").val()).to.equal("");
    expect($("h1").text()).to.equal(en("people.new"));
  });

  it("adds a person, redirects to the list with 303 and shows them there with a flash message", async () => {
    const agent = request.agent(t.app);
    await agent
      .post(base)
      .type("form")
      .send({ name: "Nima Rad", email: "nima@example.com", organisation: "Vendor", roleTitle: "CRM consultant" })
      .expect(303)
      .expect("Location", base);
    const saved = await t.ds.getRepository(Member).findOneByOrFail({ projectId: project.id, name: "Nima Rad" });
    expect(saved).to.include({ email: "nima@example.com", organisation: "Vendor", roleTitle: "CRM consultant" });
    const $ = cheerio.load((await agent.get(base).expect(200)).text);
    expect($(`tr[data-member-id="${saved.id}"] td`).first().text()).to.equal("Nima Rad");
    expect($(".flash").text()).to.equal(en("people.created"));
  });

  it("re-renders with 422, keeps the input and puts each message beside its field when the name is missing and the email is malformed", async () => {
    const res = await request(t.app).post(base).type("form").send({ name: " ", email: "not-an-email", organisation: "Acme Sales" }).expect(422);
    const $ = cheerio.load(res.text);
    expect($("#error-name").text()).to.equal(en("errors.required"));
    expect($("#error-email").text()).to.equal(en("errors.email"));
    expect($("#field-organisation").val()).to.equal("Acme Sales");
    expect($("#field-email").val()).to.equal("not-an-email");
    expect($('.error-summary a[href="#field-name"]').length).to.equal(1);
    expect(await t.ds.getRepository(Member).count()).to.equal(0);
  });

  it("answers 422, not 500, when a text field arrives as a list", async () => {
    const res = await request(t.app).post(base).type("form").send("name[]=a&name[]=b").expect(422);
    expect(cheerio.load(res.text)("#error-name").text()).to.equal(en("errors.required"));
    expect(await t.ds.getRepository(Member).count()).to.equal(0);
  });

  it("edits a person: the form is filled in and the change is saved", async () => {
    const sara = await makeMember(t.ds, project.id);
    const form = cheerio.load((await request(t.app).get(`${base}/${sara.id}/edit`).expect(200)).text);
    expect(form("#field-name").val()).to.equal("Sara Ahmadi");
    expect(form(`form[action="${base}/${sara.id}/edit"]`).length).to.equal(1);
    await request(t.app)
      .post(`${base}/${sara.id}/edit`)
      .type("form")
      .send({ name: "Sara A.", email: "", organisation: "Acme", roleTitle: "Sponsor" })
      .expect(303)
      .expect("Location", base);
    const saved = await t.ds.getRepository(Member).findOneByOrFail({ id: sara.id });
    expect(saved).to.include({ name: "Sara A.", email: "", roleTitle: "Sponsor" });
  });

  it("keeps the stored person unchanged when an edit fails validation", async () => {
    const sara = await makeMember(t.ds, project.id);
    const res = await request(t.app).post(`${base}/${sara.id}/edit`).type("form").send({ name: "", email: "x@" }).expect(422);
    expect(cheerio.load(res.text)("#error-email").text()).to.equal(en("errors.email"));
    expect((await t.ds.getRepository(Member).findOneByOrFail({ id: sara.id })).name).to.equal("Sara Ahmadi");
  });

  it("answers 404 for an unknown id, a non-numeric id and a person of another project", async () => {
    const foreign = await makeMember(t.ds, other.id, { name: "Foreign" });
    for (const id of ["999", "abc", "1.5", String(foreign.id)]) {
      await request(t.app).get(`${base}/${id}/edit`).expect(404);
      await request(t.app).post(`${base}/${id}/edit`).type("form").send({ name: "Hijack" }).expect(404);
      await request(t.app).get(`${base}/${id}/delete`).expect(404);
      await request(t.app).post(`${base}/${id}/delete`).expect(404);
    }
    expect((await t.ds.getRepository(Member).findOneByOrFail({ id: foreign.id })).name).to.equal("Foreign");
    await request(t.app).get(`/projects/9999/people`).expect(404);
  });

  it("asks for confirmation before removing a person, warning what is left without an owner", async () => {
    const sara = await makeMember(t.ds, project.id);
    const res = await request(t.app).get(`${base}/${sara.id}/delete`).expect(200);
    const $ = cheerio.load(res.text);
    expect($(".confirm-delete__warning").text()).to.equal(en("people.deleteWarning", { name: "Sara Ahmadi" }));
    expect($(`form[method="post"][action="${base}/${sara.id}/delete"] button`).text()).to.equal(en("action.confirmDelete"));
    expect($(".form__actions a.button").attr("href")).to.equal(base);
    expect($(".form__actions a.button").text()).to.equal(en("action.cancel"));
    expect(await t.ds.getRepository(Member).count()).to.equal(1);
  });

  it("removes a person on confirmation and leaves their tasks unassigned", async () => {
    const sara = await makeMember(t.ds, project.id);
    const task = await makeTask(t.ds, project.id, { assigneeId: sara.id });
    const agent = request.agent(t.app);
    await agent.post(`${base}/${sara.id}/delete`).expect(303).expect("Location", base);
    expect(await t.ds.getRepository(Member).countBy({ id: sara.id })).to.equal(0);
    expect((await t.ds.getRepository(Task).findOneByOrFail({ id: task.id })).assigneeId).to.equal(null);
    expect(cheerio.load((await agent.get(base)).text)(".flash").text()).to.equal(en("people.deleted", { name: "Sara Ahmadi" }));
  });
});
