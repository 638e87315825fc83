// HTTP: checklist item actions — one-click done toggle, edit, delete behind a confirmation, and 404s.
import { expect } from "chai";
import request from "supertest";
import * as cheerio from "cheerio";
import { ChecklistItem, type Member, type Project } from "../../entities";
import { translate } from "../../server/i18n";
import { NOW, testApp, type TestApp } from "../support/app";
import { categoryOf, makeChecklistItem, makeMember, makeProject, phaseOf } from "../support/factories";

const en = (key: string, params?: Record<string, unknown>) => translate("en", key, params);

describe("Checklist items", () => {
  let t: TestApp;
  let project: Project;
  let other: Project;
  let sara: Member;
  let base: string;
  let planningUrl: string;

  beforeEach(async () => {
    t = await testApp();
    project = await makeProject(t.ds);
    other = await makeProject(t.ds, { name: "Other rollout" });
    sara = await makeMember(t.ds, project.id, { name: "Sara Ahmadi" });
    base = `/projects/${project.id}/checklist`;
    planningUrl = `/projects/${project.id}/phases/planning`;
  });
  afterEach(() => t.close());

  const reload = (id: number) => t.ds.getRepository(ChecklistItem).findOneByOrFail({ id });

  describe("toggle", () => {
    it("marks an open item done in one POST: done, done at the injected now, done by its owner", async () => {
      const item = await makeChecklistItem(t.ds, project.id, { ownerId: sara.id });
      await request(t.app).post(`${base}/${item.id}/toggle`).expect(303).expect("Location", `${planningUrl}#item-${item.id}`);
      expect(await reload(item.id)).to.include({ done: true, doneAt: NOW, doneById: sara.id });
      const $ = cheerio.load((await request(t.app).get(planningUrl).expect(200)).text);
      const li = $(`#item-${item.id}`);
      expect(li.hasClass("checklist__item--done")).to.equal(true);
      expect(li.find("button.toggle").attr("aria-pressed")).to.equal("true");
      expect(li.find(".checklist__meta").text()).to.contain(en("checklist.doneBy", { name: "Sara Ahmadi", date: "2 Mar 2026, 09:30 UTC" }));
    });

    it("clears done, done at and done by when toggled again", async () => {
      const item = await makeChecklistItem(t.ds, project.id, { ownerId: sara.id, done: true, doneAt: "2026-02-20T08:00:00.000Z", doneById: sara.id });
      await request(t.app).post(`${base}/${item.id}/toggle`).expect(303);
      expect(await reload(item.id)).to.include({ done: false, doneAt: null, doneById: null });
      const $ = cheerio.load((await request(t.app).get(planningUrl).expect(200)).text);
      expect($(`#item-${item.id}`).hasClass("checklist__item--done")).to.equal(false);
      expect($(`#item-${item.id} button.toggle`).attr("aria-pressed")).to.equal("false");
    });

    it("records nobody as done-by for an unassigned item", async () => {
      const item = await makeChecklistItem(t.ds, project.id, { ownerId: null });
      await request(t.app).post(`${base}/${item.id}/toggle`).expect(303);
      expect(await reload(item.id)).to.include({ done: true, doneAt: NOW, doneById: null });
    });

    it("returns to a back address inside the project, and ignores one outside it", async () => {
      const item = await makeChecklistItem(t.ds, project.id);
      await request(t.app)
        .post(`${base}/${item.id}/toggle`)
        .type("form")
        .send({ back: `/projects/${project.id}` })
        .expect(303)
        .expect("Location", `/projects/${project.id}#item-${item.id}`);
      await request(t.app)
        .post(`${base}/${item.id}/toggle`)
        .type("form")
        .send({ back: "https://evil.example/" })
        .expect(303)
        .expect("Location", `${planningUrl}#item-${item.id}`);
    });
  });

  describe("edit", () => {
    it("shows the item's current values", async () => {
      const roles = await categoryOf(t.ds, project.id, "roles");
      const item = await makeChecklistItem(t.ds, project.id, {
        categoryId: roles.id,
        text: "Sponsor named",
        ownerId: sara.id,
        dueDate: "2026-03-13",
        note: "Ask the board",
        done: true,
        doneById: sara.id,
        doneAt: NOW,
      });
      const $ = cheerio.load((await request(t.app).get(`${base}/${item.id}/edit`).expect(200)).text);
      expect($("h1").text()).to.equal(en("checklist.editItem"));
      expect($(`form[action="${base}/${item.id}"][method="post"]`).length).to.equal(1);
      expect($("#field-text").val()).to.equal("Sponsor named");
      expect($("#field-categoryId option:selected").val()).to.equal(String(roles.id));
      expect($("#field-categoryId option:selected").text()).to.equal("Roles");
      expect($("#field-ownerId option:selected").val()).to.equal(String(sara.id));
      expect($("#field-dueDate").val()).to.equal("2026-03-13");
      expect($("#field-note").text()).to.equal("Ask the board");
      expect($("#field-done").is(":checked")).to.equal(true);
      expect($("#field-doneById option:selected").val()).to.equal(String(sara.id));
      expect($(".breadcrumbs a").eq(1).attr("href")).to.equal(planningUrl);
    });

    it("saves the edit and redirects 303 to the item on its phase page", async () => {
      const goals = await categoryOf(t.ds, project.id, "goals");
      const item = await makeChecklistItem(t.ds, project.id);
      const agent = request.agent(t.app);
      await agent
        .post(`${base}/${item.id}`)
        .type("form")
        .send({ text: "KPIs baselined", categoryId: String(goals.id), ownerId: String(sara.id), dueDate: "2026-04-01", note: "From BI", doneById: "" })
        .expect(303)
        .expect("Location", `${planningUrl}#item-${item.id}`);
      expect(await reload(item.id)).to.include({
        text: "KPIs baselined",
        categoryId: goals.id,
        ownerId: sara.id,
        dueDate: "2026-04-01",
        note: "From BI",
        done: false,
        doneAt: null,
        doneById: null,
      });
      const $ = cheerio.load((await agent.get(planningUrl).expect(200)).text);
      expect($(".flash").text()).to.equal(en("common.saved"));
      expect($(`#category-${goals.id} #item-${item.id} .checklist__text`).text()).to.equal("KPIs baselined");
    });

    it("marks done through the edit form at the injected now, by the owner when no one else is named", async () => {
      const scope = await categoryOf(t.ds, project.id, "scope");
      const item = await makeChecklistItem(t.ds, project.id, { ownerId: sara.id });
      await request(t.app)
        .post(`${base}/${item.id}`)
        .type("form")
        .send({ text: "Scope statement signed", categoryId: String(scope.id), ownerId: String(sara.id), done: "on", doneById: "" })
        .expect(303);
      expect(await reload(item.id)).to.include({ done: true, doneAt: NOW, doneById: sara.id });
    });

    it("re-renders with 422 and the input kept when the text is empty, leaving the item unchanged", async () => {
      const scope = await categoryOf(t.ds, project.id, "scope");
      const item = await makeChecklistItem(t.ds, project.id, { text: "Original", note: "Old note" });
      const res = await request(t.app)
        .post(`${base}/${item.id}`)
        .type("form")
        .send({ text: "", categoryId: String(scope.id), ownerId: String(sara.id), dueDate: "2026-02-31", note: "New note", done: "on" })
        .expect(422);
      const $ = cheerio.load(res.text);
      expect($("#error-text").text()).to.equal(en("errors.required"));
      expect($("#error-dueDate").text()).to.equal(en("errors.date"));
      expect($(".error-summary li").length).to.equal(2);
      expect($("#field-note").text()).to.equal("New note");
      expect($("#field-dueDate").val()).to.equal("2026-02-31");
      expect($("#field-ownerId option:selected").val()).to.equal(String(sara.id));
      expect($("#field-done").is(":checked")).to.equal(true);
      expect(await reload(item.id)).to.include({ text: "Original", note: "Old note", ownerId: null, dueDate: null, done: false });
    });

    it("refuses a done-by person from another project with 422, leaving the item unchanged", async () => {
      const scope = await categoryOf(t.ds, project.id, "scope");
      const stranger = await makeMember(t.ds, other.id, { name: "Stranger" });
      const item = await makeChecklistItem(t.ds, project.id);
      const res = await request(t.app)
        .post(`${base}/${item.id}`)
        .type("form")
        .send({ text: "Changed", categoryId: String(scope.id), done: "on", doneById: String(stranger.id) })
        .expect(422);
      expect(cheerio.load(res.text)("#error-doneById").text()).to.equal(en("errors.member"));
      expect(await reload(item.id)).to.include({ text: "Scope statement signed", done: false, doneById: null, doneAt: null });
    });
  });

  describe("delete", () => {
    it("asks for confirmation on a page that posts to the delete address and cancels back to the phase", async () => {
      const item = await makeChecklistItem(t.ds, project.id, { text: "Budget approved" });
      const $ = cheerio.load((await request(t.app).get(`${base}/${item.id}/delete`).expect(200)).text);
      expect($("h1").text()).to.equal(en("common.deleteConfirmTitle", { name: "Budget approved" }));
      expect($(`form[method="post"][action="${base}/${item.id}/delete"] button[type="submit"]`).text()).to.equal(en("action.confirmDelete"));
      expect($(".form__actions a.button").attr("href")).to.equal(planningUrl);
      // The callout does not say the same sentence twice.
      const lines = $(".confirm-delete p").map((_i, el) => $(el).text()).get();
      expect(new Set(lines).size, JSON.stringify(lines)).to.equal(lines.length);
      expect(await t.ds.getRepository(ChecklistItem).countBy({ id: item.id })).to.equal(1);
    });

    it("deletes the item, redirects 303 to the phase's checklists and leaves other items", async () => {
      const item = await makeChecklistItem(t.ds, project.id, { text: "Budget approved" });
      const keep = await makeChecklistItem(t.ds, project.id, { text: "Keep me", position: 2 });
      const foundation = await phaseOf(t.ds, project.id, "foundation");
      const elsewhere = await makeChecklistItem(t.ds, project.id, { phaseId: foundation.id, text: "Foundation item" });
      const agent = request.agent(t.app);
      await agent.post(`${base}/${elsewhere.id}/delete`).expect(303).expect("Location", `/projects/${project.id}/phases/foundation#checklists`);
      await agent.post(`${base}/${item.id}/delete`).expect(303).expect("Location", `${planningUrl}#checklists`);
      expect((await t.ds.getRepository(ChecklistItem).find()).map((i) => i.id)).to.deep.equal([keep.id]);
      const $ = cheerio.load((await agent.get(planningUrl).expect(200)).text);
      expect($(".flash").text()).to.equal(en("checklist.itemDeleted"));
      expect($(".checklist__text").map((_i, el) => $(el).text()).get()).to.deep.equal(["Keep me"]);
    });
  });

  describe("not found", () => {
    it("answers 404 for edit, save, toggle and delete of another project's item, and leaves it alone", async () => {
      const scope = await categoryOf(t.ds, project.id, "scope");
      const foreign = await makeChecklistItem(t.ds, other.id, { text: "Theirs" });
      await request(t.app).get(`${base}/${foreign.id}/edit`).expect(404);
      await request(t.app).post(`${base}/${foreign.id}`).type("form").send({ text: "Mine now", categoryId: String(scope.id) }).expect(404);
      await request(t.app).post(`${base}/${foreign.id}/toggle`).expect(404);
      await request(t.app).get(`${base}/${foreign.id}/delete`).expect(404);
      await request(t.app).post(`${base}/${foreign.id}/delete`).expect(404);
      expect(await reload(foreign.id)).to.include({ text: "Theirs", done: false, projectId: other.id });
    });

    it("answers 404 for unknown and non-numeric item ids", async () => {
      for (const id of ["999", "abc", "1.5", "-1", "0"]) {
        await request(t.app).get(`${base}/${id}/edit`).expect(404);
        await request(t.app).post(`${base}/${id}/toggle`).expect(404);
        await request(t.app).get(`${base}/${id}/delete`).expect(404);
        await request(t.app).post(`${base}/${id}/delete`).expect(404);
      }
    });
  });
});
