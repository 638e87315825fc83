// HTTP: comments on tasks and checklist items — add, 422 for an empty comment, 404 for another project's
// record, escaping, kept line breaks, and deletion with the record.
import { expect } from "chai";
import fs from "node:fs";
import path from "node:path";
import request from "supertest";
import * as cheerio from "cheerio";
import { ActivityEntry, Comment, type Project } from "../../entities";
import { translate } from "../../server/i18n";
import { ROOT } from "../../server/paths";
import { NOW, testApp, type TestApp } from "../support/app";
import { makeChecklistItem, makeProject, makeTask } from "../support/factories";

const en = (key: string, params?: Record<string, unknown>) => translate("en", key, params);

describe("Comments", () => {
  let t: TestApp;
  let project: Project;
  let other: Project;
  let projectBase: string;

  beforeEach(async () => {
    t = await testApp();
    project = await makeProject(t.ds);
    other = await makeProject(t.ds, { name: "Other rollout" });
    projectBase = `/projects/${project.id}`;
  });
  afterEach(() => t.close());

  const post = (url: string, body: string) => request(t.app).post(url).type("form").send({ body });
  const page = async (url: string) => cheerio.load((await request(t.app).get(url).expect(200)).text);
  const commentsOn = ($: cheerio.CheerioAPI) =>
    $("#comments .comment")
      .map((_i, el) => ({ author: $(el).find(".comment__author").text(), when: $(el).find("time").text(), body: $(el).find(".comment__body").text() }))
      .get();

  describe("on a task", () => {
    it("adds a comment and returns to the task's edit page, where it is listed with author and time", async () => {
      const task = await makeTask(t.ds, project.id, { name: "Kick-off" });
      const edit = `${projectBase}/tasks/${task.id}/edit`;
      const res = await post(`${projectBase}/tasks/${task.id}/comments`, "Agenda sent to the sponsor.").expect(303);
      expect(res.headers.location).to.equal(`${edit}#comments`);
      const $ = cheerio.load((await request(t.app).get(edit).set("Cookie", res.headers["set-cookie"]).expect(200)).text);
      expect($(".flash").text()).to.equal(en("comments.added"));
      expect(commentsOn($)).to.deep.equal([{ author: "Test Admin", when: "2 Mar 2026, 09:30 UTC", body: "Agenda sent to the sponsor." }]);
      expect($("#comments time").attr("datetime")).to.equal(NOW);
      // Commenting is itself a change the task's history shows.
      expect($("#history .activity-list__what").first().text()).to.equal(en("activity.sentence.task.commented", { label: "Kick-off" }));
    });

    it("lists comments oldest first", async () => {
      const task = await makeTask(t.ds, project.id);
      for (const body of ["First", "Second", "Third"]) await post(`${projectBase}/tasks/${task.id}/comments`, body).expect(303);
      const $ = await page(`${projectBase}/tasks/${task.id}/edit`);
      expect(commentsOn($).map((c) => c.body)).to.deep.equal(["First", "Second", "Third"]);
    });

    it("re-renders the comment form with 422 for an empty or blank comment, and saves nothing", async () => {
      const task = await makeTask(t.ds, project.id, { name: "Kick-off" });
      for (const body of ["", "   \r\n  "]) {
        const res = await post(`${projectBase}/tasks/${task.id}/comments`, body).expect(422);
        const $ = cheerio.load(res.text);
        expect($("h1").text()).to.equal(en("comments.pageTitle", { name: "Kick-off" }));
        expect($("#error-body").text()).to.equal(en("errors.required"));
        expect($(".error-summary a").attr("href")).to.equal("#field-body");
        expect($(`a[href="${projectBase}/tasks/${task.id}/edit"]`).text()).to.equal(en("comments.back", { name: "Kick-off" }));
        expect($("#comments form").attr("action")).to.equal(`${projectBase}/tasks/${task.id}/comments`);
      }
      expect(await t.ds.getRepository(Comment).count()).to.equal(0);
      expect(await t.ds.getRepository(ActivityEntry).count({ where: { action: "commented" } })).to.equal(0);
    });

    it("re-renders with 422 for a comment over 5000 characters, keeping what was typed", async () => {
      const task = await makeTask(t.ds, project.id);
      const long = "a".repeat(5001);
      const $ = cheerio.load((await post(`${projectBase}/tasks/${task.id}/comments`, long).expect(422)).text);
      expect($("#error-body").text()).to.equal(en("errors.tooLong", { max: 5000 }));
      expect($("#field-body").text()).to.equal(long);
      await post(`${projectBase}/tasks/${task.id}/comments`, "a".repeat(5000)).expect(303);
    });

    it("answers 404 for a task of another project, an unknown task or a malformed id", async () => {
      const foreign = await makeTask(t.ds, other.id);
      await post(`${projectBase}/tasks/${foreign.id}/comments`, "Hello").expect(404);
      await post(`${projectBase}/tasks/9999/comments`, "Hello").expect(404);
      await post(`${projectBase}/tasks/abc/comments`, "Hello").expect(404);
      await post(`${projectBase}/tasks/${foreign.id}/comments`, "").expect(404);
      expect(await t.ds.getRepository(Comment).count()).to.equal(0);
    });

    it("escapes markup in a comment: a <script> is shown as text, never run", async () => {
      const task = await makeTask(t.ds, project.id);
      await post(`${projectBase}/tasks/${task.id}/comments`, `<script>alert("x")</script> & <b>bold</b>`).expect(303);
      const html = (await request(t.app).get(`${projectBase}/tasks/${task.id}/edit`).expect(200)).text;
      expect(html).to.contain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;");
      const $ = cheerio.load(html);
      expect($(".comment__body script").length).to.equal(0);
      expect($(".comment__body b").length).to.equal(0);
      expect($(".comment__body").text()).to.equal(`<script>alert("x")</script> & <b>bold</b>`);
    });

    it("keeps line breaks (stored as \\n, shown with white-space: pre-line) without turning them into HTML", async () => {
      const task = await makeTask(t.ds, project.id);
      await post(`${projectBase}/tasks/${task.id}/comments`, "Line one\r\nLine two\r\n\r\nLine four").expect(303);
      expect((await t.ds.getRepository(Comment).findOneByOrFail({ subjectId: task.id })).body).to.equal("Line one\nLine two\n\nLine four");
      const $ = await page(`${projectBase}/tasks/${task.id}/edit`);
      expect($(".comment__body").text()).to.equal("Line one\nLine two\n\nLine four");
      expect($(".comment__body br").length).to.equal(0);
      expect($('link[href="/public/css/activity.css"]').length).to.equal(1);
      const css = fs.readFileSync(path.join(ROOT, "public/css/activity.css"), "utf8");
      expect(css).to.match(/\.comment__body\s*\{[^}]*white-space:\s*pre-line/);
    });

    it("deletes a task's comments, and its subtasks', when the task is deleted", async () => {
      const parent = await makeTask(t.ds, project.id, { name: "Workshops" });
      const child = await makeTask(t.ds, project.id, { name: "Sales workshop", parentId: parent.id });
      const kept = await makeTask(t.ds, project.id, { name: "Go-live", position: 2 });
      await post(`${projectBase}/tasks/${parent.id}/comments`, "Parent note").expect(303);
      await post(`${projectBase}/tasks/${child.id}/comments`, "Child note").expect(303);
      await post(`${projectBase}/tasks/${kept.id}/comments`, "Kept note").expect(303);
      await request(t.app).post(`${projectBase}/tasks/${parent.id}/delete`).expect(303);
      expect((await t.ds.getRepository(Comment).find()).map((c) => c.body)).to.deep.equal(["Kept note"]);
    });
  });

  describe("on a checklist item", () => {
    it("adds a comment and lists it on the item's edit page", async () => {
      const item = await makeChecklistItem(t.ds, project.id, { text: "Scope signed" });
      const edit = `${projectBase}/checklist/${item.id}/edit`;
      await post(`${projectBase}/checklist/${item.id}/comments`, "Waiting for legal.").expect(303).expect("Location", `${edit}#comments`);
      const $ = await page(edit);
      expect(commentsOn($).map((c) => c.body)).to.deep.equal(["Waiting for legal."]);
      expect($("#comments form").attr("action")).to.equal(`${projectBase}/checklist/${item.id}/comments`);
      expect($("#history .activity-list__what").text()).to.equal(en("activity.sentence.checklist_item.commented", { label: "Scope signed" }));
    });

    it("shows only the item's own comments, not a task's with the same id", async () => {
      const item = await makeChecklistItem(t.ds, project.id);
      const task = await makeTask(t.ds, project.id);
      expect(task.id).to.equal(item.id);
      await post(`${projectBase}/tasks/${task.id}/comments`, "On the task").expect(303);
      const $ = await page(`${projectBase}/checklist/${item.id}/edit`);
      expect(commentsOn($)).to.deep.equal([]);
      expect($("#comments").text()).to.contain(en("comments.empty"));
    });

    it("answers 422 for an empty comment and 404 for another project's item", async () => {
      const item = await makeChecklistItem(t.ds, project.id, { text: "Scope signed" });
      const foreign = await makeChecklistItem(t.ds, other.id);
      const $ = cheerio.load((await post(`${projectBase}/checklist/${item.id}/comments`, "").expect(422)).text);
      expect($("h1").text()).to.equal(en("comments.pageTitle", { name: "Scope signed" }));
      await post(`${projectBase}/checklist/${foreign.id}/comments`, "Hello").expect(404);
      expect(await t.ds.getRepository(Comment).count()).to.equal(0);
    });

    it("deletes the item's comments with the item", async () => {
      const item = await makeChecklistItem(t.ds, project.id);
      await post(`${projectBase}/checklist/${item.id}/comments`, "Note").expect(303);
      await request(t.app).post(`${projectBase}/checklist/${item.id}/delete`).expect(303);
      expect(await t.ds.getRepository(Comment).count()).to.equal(0);
    });
  });
});
