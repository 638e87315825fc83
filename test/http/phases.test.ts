// HTTP: a phase page — its card (span, progress, gate), gate sign-off and reopen, checklist items and categories.
import { expect } from "chai";
import request from "supertest";
import * as cheerio from "cheerio";
import { IsNull } from "typeorm";
import { ChecklistCategory, ChecklistItem, Phase, Task, type Member, type Project } from "../../entities";
import { translate } from "../../server/i18n";
import { NOW, testApp, type TestApp } from "../support/app";
import { categoryOf, makeChecklistItem, makeMember, makeProject, makeTask, phaseOf } from "../support/factories";

const en = (key: string, params?: Record<string, unknown>) => translate("en", key, params);

/** The gate badge's state (from its class) and its visible label. */
function gateBadge($: cheerio.CheerioAPI): { state: string; text: string } {
  const badge = $(".gate .badge").first();
  const cls = (badge.attr("class") ?? "").split(/\s+/).find((c) => c.startsWith("badge--gate-")) ?? "";
  return { state: cls.replace("badge--gate-", ""), text: badge.text() };
}

describe("Phase pages", () => {
  let t: TestApp;
  let project: Project;
  let other: Project;
  let base: string;

  beforeEach(async () => {
    t = await testApp();
    project = await makeProject(t.ds);
    other = await makeProject(t.ds, { name: "Other rollout" });
    base = `/projects/${project.id}/phases`;
  });
  afterEach(() => t.close());

  const page = async (kind = "planning") => cheerio.load((await request(t.app).get(`${base}/${kind}`).expect(200)).text);

  describe("page", () => {
    for (const [kind, label] of [
      ["planning", "Planning"],
      ["foundation", "Foundation"],
      ["rollout", "Rollout"],
    ]) {
      it(`shows the ${kind} phase with its heading, help text and a new-task link preset to the phase`, async () => {
        const phase = await phaseOf(t.ds, project.id, kind);
        const $ = await page(kind);
        expect($("h1").text()).to.equal(label);
        expect($(".page-lead").text()).to.equal(en(`phase.${kind}.help`));
        expect($(".page-header a.button--primary").attr("href")).to.equal(`/projects/${project.id}/tasks/new?phase=${phase.id}`);
        expect($(".sidenav a[aria-current='page']").attr("href")).to.equal(`${base}/${kind}`);
      });
    }

    it("answers 404 for an unknown phase kind", async () => {
      await request(t.app).get(`${base}/build`).expect(404);
      await request(t.app).get(`${base}/Planning`).expect(404);
    });

    it("shows the phase dates as the span of its leaf tasks and duration-weighted progress, ignoring other phases", async () => {
      const foundation = await phaseOf(t.ds, project.id, "foundation");
      // The summary's own dates are wider than its children's: the phase span comes from the leaves.
      const summary = await makeTask(t.ds, project.id, { name: "Workshops", startDate: "2026-02-02", finishDate: "2026-04-30", durationDays: 64, progress: 0 });
      await makeTask(t.ds, project.id, { name: "Kick-off", parentId: summary.id, startDate: "2026-03-02", finishDate: "2026-03-06", durationDays: 5, progress: 100 });
      await makeTask(t.ds, project.id, { name: "Interviews", parentId: summary.id, position: 2, startDate: "2026-03-09", finishDate: "2026-03-20", durationDays: 10, progress: 40 });
      await makeTask(t.ds, project.id, { name: "Build", phaseId: foundation.id, startDate: "2026-05-04", finishDate: "2026-06-30", durationDays: 42, progress: 0 });

      const $ = await page("planning");
      const card = $(".phase-card");
      expect(card.find("dd").eq(0).text()).to.equal("2 Mar 2026 – 20 Mar 2026");
      // (5 × 100 + 10 × 40) / 15 = 60
      expect(card.find(".progress__text").text()).to.equal("60%");

      const $f = await page("foundation");
      expect($f(".phase-card dd").eq(0).text()).to.equal("4 May 2026 – 30 Jun 2026");
      expect($f(".phase-card .progress__text").text()).to.equal("0%");
      const $r = await page("rollout");
      expect($r(".phase-card dd").eq(0).text()).to.equal(en("phase.noDates"));
    });

    it("lists only this phase's tasks in its task table", async () => {
      const foundation = await phaseOf(t.ds, project.id, "foundation");
      const a = await makeTask(t.ds, project.id, { name: "Scope workshop" });
      const b = await makeTask(t.ds, project.id, { name: "Data model", phaseId: foundation.id });
      const $ = await page("planning");
      expect($(`#task-${a.id}`).length).to.equal(1);
      expect($(`#task-${b.id}`).length).to.equal(0);
      expect($(`#task-${a.id} .wbs`).text()).to.equal("1.1");
    });
  });

  describe("gate", () => {
    it("moves from not started to in progress, awaiting sign-off and signed off", async () => {
      const sara = await makeMember(t.ds, project.id, { name: "Sara Ahmadi" });
      let $ = await page();
      expect(gateBadge($)).to.deep.equal({ state: "not_started", text: `○ ${en("gate.not_started")}` });

      const task = await makeTask(t.ds, project.id, { name: "Scope", progress: 0 });
      const item = await makeChecklistItem(t.ds, project.id, { text: "Scope signed" });
      $ = await page();
      expect(gateBadge($).state).to.equal("not_started");
      expect($(".gate").text()).to.contain(en("gate.openWork", { tasks: 1, items: 1 }));

      await t.ds.getRepository(Task).update({ id: task.id }, { progress: 30 });
      $ = await page();
      expect(gateBadge($)).to.deep.equal({ state: "in_progress", text: `◐ ${en("gate.in_progress")}` });

      await t.ds.getRepository(Task).update({ id: task.id }, { progress: 100 });
      $ = await page();
      expect(gateBadge($).state, "an open checklist item keeps the gate in progress").to.equal("in_progress");

      await t.ds.getRepository(ChecklistItem).update({ id: item.id }, { done: true, doneAt: NOW });
      $ = await page();
      expect(gateBadge($)).to.deep.equal({ state: "awaiting_signoff", text: `! ${en("gate.awaiting_signoff")}` });
      expect($(`form[action="${base}/planning/gate"]`).length).to.equal(1);

      const agent = request.agent(t.app);
      await agent
        .post(`${base}/planning/gate`)
        .type("form")
        .send({ signerId: String(sara.id), note: "Go, with data cleansing as a condition" })
        .expect(303)
        .expect("Location", `${base}/planning`);
      const phase = await phaseOf(t.ds, project.id, "planning");
      expect(phase).to.include({ gateSignedOffAt: NOW, gateSignedOffById: sara.id, gateNote: "Go, with data cleansing as a condition" });
      $ = cheerio.load((await agent.get(`${base}/planning`).expect(200)).text);
      expect($(".flash").text()).to.equal(en("gate.signedOff"));
      expect(gateBadge($)).to.deep.equal({ state: "signed_off", text: `✓ ${en("gate.signed_off")}` });
      expect($(".gate").text()).to.contain(en("gate.signedOffBy", { name: "Sara Ahmadi", date: "2 Mar 2026, 09:30 UTC" }));
      expect($(".gate").text()).to.contain("Go, with data cleansing as a condition");
      expect($(`form[action="${base}/planning/gate/reopen"]`).length).to.equal(1);
      expect($(`form[action="${base}/planning/gate"]`).length).to.equal(0);
    });

    it("signs off without a signer", async () => {
      await request(t.app).post(`${base}/foundation/gate`).type("form").send({ signerId: "", note: "" }).expect(303);
      const phase = await phaseOf(t.ds, project.id, "foundation");
      expect(phase).to.include({ gateSignedOffAt: NOW, gateSignedOffById: null });
      const $ = await page("foundation");
      expect($(".gate").text()).to.contain(en("gate.signedOffAnon", { date: "2 Mar 2026, 09:30 UTC" }));
    });

    it("refuses a signer from another project with 422 beside the signer field and saves nothing", async () => {
      const stranger = await makeMember(t.ds, other.id, { name: "Stranger" });
      const res = await request(t.app)
        .post(`${base}/planning/gate`)
        .type("form")
        .send({ signerId: String(stranger.id), note: "Approved" })
        .expect(422);
      const $ = cheerio.load(res.text);
      expect($(".gate #error-signerId").text()).to.equal(en("errors.member"));
      expect($(".gate .error-summary a[href='#field-signerId']").text()).to.equal(en("errors.member"));
      expect($(".gate #field-note").text()).to.equal("Approved");
      const phase = await phaseOf(t.ds, project.id, "planning");
      expect(phase).to.include({ gateSignedOffAt: null, gateSignedOffById: null, gateNote: "" });
    });

    it("refuses a malformed signer id with 422, not 500", async () => {
      const res = await request(t.app).post(`${base}/planning/gate`).type("form").send({ signerId: "abc" }).expect(422);
      expect(cheerio.load(res.text)("#error-signerId").text()).to.equal(en("errors.choice"));
      expect((await phaseOf(t.ds, project.id, "planning")).gateSignedOffAt).to.equal(null);
    });

    it("refuses to sign off a gate twice with 422, keeping the first sign-off", async () => {
      const sara = await makeMember(t.ds, project.id);
      await t.ds.getRepository(Phase).update({ projectId: project.id, kind: "planning" }, { gateSignedOffAt: "2026-02-01T10:00:00.000Z", gateSignedOffById: sara.id, gateNote: "First" });
      const res = await request(t.app).post(`${base}/planning/gate`).type("form").send({ signerId: "", note: "Second" }).expect(422);
      // A 422 must say why: the user submitted from a stale page.
      expect(cheerio.load(res.text)("main").text()).to.contain(en("gate.alreadySignedOff"));
      expect(await phaseOf(t.ds, project.id, "planning")).to.include({ gateSignedOffAt: "2026-02-01T10:00:00.000Z", gateSignedOffById: sara.id, gateNote: "First" });
    });

    it("reopens a signed-off gate, keeping the decision note", async () => {
      const sara = await makeMember(t.ds, project.id);
      await t.ds.getRepository(Phase).update({ projectId: project.id, kind: "rollout" }, { gateSignedOffAt: NOW, gateSignedOffById: sara.id, gateNote: "Go-live approved" });
      const agent = request.agent(t.app);
      await agent.post(`${base}/rollout/gate/reopen`).expect(303).expect("Location", `${base}/rollout`);
      expect(await phaseOf(t.ds, project.id, "rollout")).to.include({ gateSignedOffAt: null, gateSignedOffById: null, gateNote: "Go-live approved" });
      const $ = cheerio.load((await agent.get(`${base}/rollout`).expect(200)).text);
      expect($(".flash").text()).to.equal(en("gate.reopened"));
      expect(gateBadge($).state).to.equal("not_started");
    });

    it("answers 404 for the gate, checklist and category posts of an unknown phase kind, saving nothing", async () => {
      await request(t.app).post(`${base}/build/gate`).type("form").send({}).expect(404);
      await request(t.app).post(`${base}/build/gate/reopen`).expect(404);
      await request(t.app).post(`${base}/build/checklist`).type("form").send({ text: "x", categoryId: "1" }).expect(404);
      await request(t.app).post(`${base}/build/categories`).type("form").send({ name: "x" }).expect(404);
      expect(await t.ds.getRepository(ChecklistItem).count()).to.equal(0);
      expect(await t.ds.getRepository(ChecklistCategory).countBy({ projectId: project.id })).to.equal(5);
    });
  });

  describe("checklist items", () => {
    let sara: Member;
    beforeEach(async () => {
      sara = await makeMember(t.ds, project.id, { name: "Sara Ahmadi" });
    });

    it("adds an item, redirects 303 to the checklists and shows it under its category heading", async () => {
      const roles = await categoryOf(t.ds, project.id, "roles");
      const agent = request.agent(t.app);
      await agent
        .post(`${base}/planning/checklist`)
        .type("form")
        .send({ text: "Steering committee named", categoryId: String(roles.id), ownerId: String(sara.id), dueDate: "2026-03-20", note: "Needs the sponsor" })
        .expect(303)
        .expect("Location", `${base}/planning#checklists`);
      const item = await t.ds.getRepository(ChecklistItem).findOneByOrFail({ projectId: project.id });
      const planning = await phaseOf(t.ds, project.id, "planning");
      expect(item).to.include({
        phaseId: planning.id,
        categoryId: roles.id,
        text: "Steering committee named",
        ownerId: sara.id,
        dueDate: "2026-03-20",
        note: "Needs the sponsor",
        done: false,
        doneAt: null,
        position: 1,
      });
      const $ = cheerio.load((await agent.get(`${base}/planning`).expect(200)).text);
      expect($(".flash").text()).to.equal(en("checklist.itemAdded"));
      const group = $(`#category-${roles.id}`);
      expect(group.find("h3").contents().first().text().trim()).to.equal("Roles");
      expect(group.find(`#item-${item.id} .checklist__text`).text()).to.equal("Steering committee named");
      expect(group.find(`#item-${item.id} .checklist__meta`).text()).to.contain("Sara Ahmadi").and.contain("Due 20 Mar 2026");
      expect($(".checklist-group").length).to.equal(1);
      // Not shown on another phase.
      const $f = await page("foundation");
      expect($f(`#item-${item.id}`).length).to.equal(0);
    });

    it("re-renders with 422 for empty text, keeping the other input and opening the add form", async () => {
      const scope = await categoryOf(t.ds, project.id, "scope");
      const res = await request(t.app)
        .post(`${base}/planning/checklist`)
        .type("form")
        .send({ text: "", categoryId: String(scope.id), ownerId: String(sara.id), dueDate: "2026-03-20", note: "Keep me" })
        .expect(422);
      const $ = cheerio.load(res.text);
      const form = $("#add-item");
      expect(form.attr("open")).to.equal("open");
      expect(form.find("#error-text").text()).to.equal(en("errors.required"));
      expect(form.find(".error-summary a[href='#field-text']").text()).to.equal(`${en("checklist.field.text")}: ${en("errors.required")}`);
      expect(form.find("#field-note").text()).to.equal("Keep me");
      expect(form.find("#field-dueDate").val()).to.equal("2026-03-20");
      expect(form.find("#field-ownerId option:selected").val()).to.equal(String(sara.id));
      expect(form.find("#field-categoryId option:selected").val()).to.equal(String(scope.id));
      expect(await t.ds.getRepository(ChecklistItem).count()).to.equal(0);
    });

    it("re-renders with 422 for an invalid due date, keeping what was typed", async () => {
      const scope = await categoryOf(t.ds, project.id, "scope");
      const res = await request(t.app)
        .post(`${base}/planning/checklist`)
        .type("form")
        .send({ text: "Budget approved", categoryId: String(scope.id), dueDate: "2026-02-30" })
        .expect(422);
      const $ = cheerio.load(res.text);
      expect($("#add-item #error-dueDate").text()).to.equal(en("errors.date"));
      expect($("#add-item #field-dueDate").val()).to.equal("2026-02-30");
      expect($("#add-item #field-text").val()).to.equal("Budget approved");
      expect(await t.ds.getRepository(ChecklistItem).count()).to.equal(0);
    });

    it("refuses an owner from another project with 422 beside the owner field, saving nothing", async () => {
      const scope = await categoryOf(t.ds, project.id, "scope");
      const stranger = await makeMember(t.ds, other.id, { name: "Stranger" });
      const res = await request(t.app)
        .post(`${base}/planning/checklist`)
        .type("form")
        .send({ text: "Budget approved", categoryId: String(scope.id), ownerId: String(stranger.id) })
        .expect(422);
      const $ = cheerio.load(res.text);
      expect($("#add-item #error-ownerId").text()).to.equal(en("errors.member"));
      expect($("#add-item #field-text").val()).to.equal("Budget approved");
      expect($("#add-item #field-ownerId option").map((_i, el) => $(el).text()).get()).to.deep.equal([en("common.unassigned"), "Sara Ahmadi"]);
      expect(await t.ds.getRepository(ChecklistItem).count()).to.equal(0);
    });

    it("refuses a category of another project with 422, saving nothing", async () => {
      const foreign = await categoryOf(t.ds, other.id, "scope");
      const res = await request(t.app).post(`${base}/planning/checklist`).type("form").send({ text: "Budget approved", categoryId: String(foreign.id) }).expect(422);
      expect(cheerio.load(res.text)("#add-item #error-categoryId").text()).to.equal(en("errors.choice"));
      expect(await t.ds.getRepository(ChecklistItem).count()).to.equal(0);
    });
  });

  describe("categories", () => {
    it("adds a custom category, lists it and offers it for new items", async () => {
      const agent = request.agent(t.app);
      await agent
        .post(`${base}/planning/categories`)
        .type("form")
        .send({ name: "Data migration" })
        .expect(303)
        .expect("Location", `${base}/planning#categories`);
      const cat = await t.ds.getRepository(ChecklistCategory).findOneByOrFail({ projectId: project.id, name: "Data migration" });
      expect(cat).to.include({ builtinKey: null, position: 6 });
      const $ = cheerio.load((await agent.get(`${base}/planning`).expect(200)).text);
      expect($(".flash").text()).to.equal(en("checklist.categoryAdded"));
      expect($("#categories li span").map((_i, el) => $(el).text()).get()).to.deep.equal(["Data migration"]);
      expect($(`#categories form[action="/projects/${project.id}/checklist/categories/${cat.id}/delete"]`).length).to.equal(1);
      expect($("#add-item #field-categoryId option").last().text()).to.equal("Data migration");
    });

    it("refuses a duplicate category name, ignoring case, with 422 and the name kept", async () => {
      await request(t.app).post(`${base}/planning/categories`).type("form").send({ name: "Data migration" }).expect(303);
      const res = await request(t.app).post(`${base}/planning/categories`).type("form").send({ name: "data MIGRATION" }).expect(422);
      const $ = cheerio.load(res.text);
      expect($("#categories #error-name").text()).to.equal(en("checklist.categoryExists"));
      expect($("#categories #field-name").val()).to.equal("data MIGRATION");
      expect(await t.ds.getRepository(ChecklistCategory).countBy({ projectId: project.id, builtinKey: IsNull() })).to.equal(1);
      expect(await t.ds.getRepository(ChecklistCategory).countBy({ projectId: project.id })).to.equal(6);
    });

    it("refuses an empty category name with 422", async () => {
      const res = await request(t.app).post(`${base}/planning/categories`).type("form").send({ name: " " }).expect(422);
      expect(cheerio.load(res.text)("#categories #error-name").text()).to.equal(en("errors.required"));
      expect(await t.ds.getRepository(ChecklistCategory).countBy({ projectId: project.id })).to.equal(5);
    });

    it("refuses to delete a custom category that still has items, with a message, and keeps it", async () => {
      const cat = await t.ds.getRepository(ChecklistCategory).save({ projectId: project.id, builtinKey: null, name: "Data migration", position: 6 });
      await makeChecklistItem(t.ds, project.id, { categoryId: cat.id });
      const res = await request(t.app)
        .post(`/projects/${project.id}/checklist/categories/${cat.id}/delete`)
        .type("form")
        .send({ back: `${base}/planning` });
      expect(res.status).to.be.within(400, 499);
      expect(res.text).to.contain(en("checklist.categoryInUse"));
      expect(await t.ds.getRepository(ChecklistCategory).countBy({ id: cat.id })).to.equal(1);
    });

    it("deletes an unused custom category and goes back to the phase", async () => {
      const cat = await t.ds.getRepository(ChecklistCategory).save({ projectId: project.id, builtinKey: null, name: "Data migration", position: 6 });
      const agent = request.agent(t.app);
      await agent
        .post(`/projects/${project.id}/checklist/categories/${cat.id}/delete`)
        .type("form")
        .send({ back: `${base}/foundation` })
        .expect(303)
        .expect("Location", `${base}/foundation`);
      expect(await t.ds.getRepository(ChecklistCategory).countBy({ id: cat.id })).to.equal(0);
      const $ = cheerio.load((await agent.get(`${base}/foundation`).expect(200)).text);
      expect($(".flash").text()).to.equal(en("checklist.categoryDeleted"));
      expect($("#categories li").length).to.equal(0);
    });

    it("does not redirect to a back address outside the project's phases", async () => {
      const cat = await t.ds.getRepository(ChecklistCategory).save({ projectId: project.id, builtinKey: null, name: "Data migration", position: 6 });
      await request(t.app)
        .post(`/projects/${project.id}/checklist/categories/${cat.id}/delete`)
        .type("form")
        .send({ back: "https://evil.example/" })
        .expect(303)
        .expect("Location", `/projects/${project.id}`);
    });

    it("answers 404 for deleting a built-in category, or another project's category, and keeps them", async () => {
      const scope = await categoryOf(t.ds, project.id, "scope");
      const foreign = await t.ds.getRepository(ChecklistCategory).save({ projectId: other.id, builtinKey: null, name: "Theirs", position: 6 });
      await request(t.app).post(`/projects/${project.id}/checklist/categories/${scope.id}/delete`).expect(404);
      await request(t.app).post(`/projects/${project.id}/checklist/categories/${foreign.id}/delete`).expect(404);
      await request(t.app).post(`/projects/${project.id}/checklist/categories/abc/delete`).expect(404);
      expect(await t.ds.getRepository(ChecklistCategory).countBy({ id: scope.id })).to.equal(1);
      expect(await t.ds.getRepository(ChecklistCategory).countBy({ id: foreign.id })).to.equal(1);
    });
  });
});
