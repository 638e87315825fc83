// HTTP: the project's activity page (sentences, changes, filters, pagination, bad filters) and the
// history panel on the task and checklist item edit pages.
import { expect } from "chai";
import request from "supertest";
import * as cheerio from "cheerio";
import { ActivityEntry, type Phase, type Project } from "../../entities";
import { translate } from "../../server/i18n";
import { testApp, type TestApp } from "../support/app";
import { makeChecklistItem, makeMember, makeProject, makeTask, phaseOf } from "../support/factories";

const en = (key: string, params?: Record<string, unknown>) => translate("en", key, params);

describe("Activity", () => {
  let t: TestApp;
  let project: Project;
  let planning: Phase;
  let base: string;

  beforeEach(async () => {
    t = await testApp();
    project = await makeProject(t.ds);
    planning = await phaseOf(t.ds, project.id);
    base = `/projects/${project.id}/activity`;
    // The factory's "project created" entry is stamped by the wall clock; start each test from an empty log.
    await t.ds.getRepository(ActivityEntry).clear();
  });
  afterEach(() => t.close());

  const page = async (url: string, status = 200) => cheerio.load((await request(t.app).get(url).expect(status)).text);
  const rowsOf = ($: cheerio.CheerioAPI) =>
    $(".activity-table tbody tr")
      .map((_i, el) => ({
        when: $(el).find(".activity-table__when").text().trim(),
        who: $(el).find(".activity-table__who").text().trim(),
        what: $(el).find(".activity-table__what").text().trim(),
        changes: $(el).find(".activity-changes li").map((_j, li) => visibleText($, li)).get(),
      }))
      .get();

  /** What a sighted reader sees (the screen-reader-only "changed to" left out), whitespace collapsed. */
  function visibleText($: cheerio.CheerioAPI, el: Parameters<cheerio.CheerioAPI>[0]): string {
    return $(el).clone().find(".visually-hidden").remove().end().text().replace(/\s+/g, " ").trim();
  }

  /** Writes log entries directly, for exact timestamps and many rows. */
  async function logEntries(rows: Partial<Omit<ActivityEntry, "project">>[]): Promise<void> {
    const repo = t.ds.getRepository(ActivityEntry);
    for (let i = 0; i < rows.length; i += 100) {
      await repo.insert(rows.slice(i, i + 100).map((r) => ({ projectId: project.id, at: "2026-03-02T09:30:00.000Z", subjectType: "task", subjectId: 1, subjectLabel: "Kick-off", action: "updated", changes: "[]", ...r })));
    }
  }

  /** Edits a task through the form, like a user. */
  const editTask = (id: number, over: Record<string, string>) =>
    request(t.app)
      .post(`/projects/${project.id}/tasks/${id}`)
      .type("form")
      .send({ name: "Kick-off", key: "", phaseId: String(planning.id), parentId: "", startDate: "2026-03-02", durationDays: "5", finishDate: "", progress: "0", assigneeId: "", notes: "", manual: "manual", ...over })
      .expect(303);

  describe("the activity page", () => {
    it("lists changes newest first: when, who (the signed-in user), a sentence, and the changed fields", async () => {
      const sara = await makeMember(t.ds, project.id, { name: "Sara Ahmadi" });
      const task = await makeTask(t.ds, project.id, { name: "Kick-off", manual: true });
      await editTask(task.id, { startDate: "2026-03-09", progress: "40", assigneeId: String(sara.id) });
      await request(t.app).post(`/projects/${project.id}/tasks/${task.id}/delete`).expect(303);

      const $ = await page(base);
      expect($("h1").text()).to.equal(en("activity.title"));
      const rows = rowsOf($);
      expect(rows.map((r) => r.what)).to.deep.equal([
        en("activity.sentence.task.deleted", { label: "Kick-off" }),
        en("activity.sentence.task.updated", { label: "Kick-off" }),
      ]);
      expect(rows[1].when).to.equal("2 Mar 2026, 09:30 UTC");
      expect(rows[1].who).to.equal("Test Admin");
      expect(rows[1].changes).to.deep.equal([
        "Start: 2 Mar 2026 → 9 Mar 2026",
        "Finish: 6 Mar 2026 → 13 Mar 2026",
        "Progress: 0% → 40%",
        "Assignee: — → Sara Ahmadi",
      ]);
      expect($(".activity-count").text()).to.equal(en("activity.count", { count: 2 }));
    });

    it("shows the details of a comment or a new calendar exception as plain values, not as changes", async () => {
      const task = await makeTask(t.ds, project.id, { name: "Kick-off" });
      await request(t.app).post(`/projects/${project.id}/tasks/${task.id}/comments`).type("form").send({ body: "Agenda sent" }).expect(303);
      await request(t.app).post(`/projects/${project.id}/calendar`).type("form").send({ date: "2026-03-20", until: "", name: "", working: "" }).expect(303);
      const rows = rowsOf(await page(base));
      expect(rows[0].what).to.equal(en("activity.sentence.calendar.created", { label: "20 Mar 2026" }));
      expect(rows[0].changes).to.deep.equal(["Date: 20 Mar 2026", `Kind of day: ${en("calendar.holiday")}`]);
      expect(rows[1].what).to.equal(en("activity.sentence.task.commented", { label: "Kick-off" }));
      expect(rows[1].changes).to.deep.equal(["Comment: Agenda sent"]);
    });

    it("says which predecessors a task edit added and removed", async () => {
      const a = await makeTask(t.ds, project.id, { name: "Scope workshop", position: 1 });
      const b = await makeTask(t.ds, project.id, { name: "Kick-off", position: 2, manual: true });
      await editTask(b.id, { "pred[0][taskId]": String(a.id), "pred[0][type]": "SS", "pred[0][lag]": "2" });
      await editTask(b.id, {});
      const rows = rowsOf(await page(base));
      expect(rows[1].changes).to.deep.equal([`${en("activity.field.predecessors")}: ${en("activity.change.added", { value: "Scope workshop (SS +2)" })}`]);
      expect(rows[0].changes).to.deep.equal([`${en("activity.field.predecessors")}: ${en("activity.change.removed", { value: "Scope workshop (SS +2)" })}`]);
    });

    it("shows 'Activity' in the side navigation just before Settings, marked as the current page", async () => {
      const $ = await page(base);
      const nav = $(".sidenav a").map((_i, a) => $(a).text()).get();
      expect(nav.indexOf(en("nav.activity"))).to.equal(nav.indexOf(en("nav.settings")) - 1);
      expect($(`.sidenav a[href="${base}"]`).attr("aria-current")).to.equal("page");
    });

    it("says what to do when nothing is recorded yet", async () => {
      const $ = await page(base);
      expect($(".activity-table").length).to.equal(0);
      expect($(".empty").text()).to.equal(en("activity.empty"));
    });

    it("shows only this project's entries", async () => {
      const other = await makeProject(t.ds, { name: "Other rollout" });
      await logEntries([{ subjectLabel: "Ours" }, { projectId: other.id, subjectLabel: "Theirs" }]);
      const rows = rowsOf(await page(base));
      expect(rows.map((r) => r.what)).to.deep.equal([en("activity.sentence.task.updated", { label: "Ours" })]);
      await request(t.app).get("/projects/9999/activity").expect(404);
    });

    it("translates the sentences, field names and values into Persian", async () => {
      await logEntries([{ subjectType: "phase", subjectLabel: "planning", action: "signed_off", changes: JSON.stringify([{ field: "openItems", from: null, to: 2 }]) }]);
      const $ = cheerio.load((await request(t.app).get(`${base}?lang=fa`).expect(200)).text);
      const [row] = rowsOf($);
      expect(row.what).to.equal(translate("fa", "activity.sentence.phase.signed_off", { label: translate("fa", "phase.planning") }));
      expect(row.who).to.equal(translate("fa", "activity.someone"));
      expect(row.changes[0]).to.contain(translate("fa", "activity.field.openItems")).and.contain("۲");
    });
  });

  describe("filters", () => {
    beforeEach(async () => {
      await logEntries([
        { at: "2026-02-27T17:00:00.000Z", subjectType: "goal", subjectLabel: "Adoption", action: "created" },
        { at: "2026-03-01T08:00:00.000Z", subjectType: "task", subjectLabel: "Kick-off", action: "created" },
        { at: "2026-03-02T23:59:59.000Z", subjectType: "task", subjectLabel: "Kick-off", action: "updated" },
        { at: "2026-03-03T00:00:00.000Z", subjectType: "checklist_item", subjectLabel: "Scope signed", action: "toggled_done" },
      ]);
    });
    const labels = async (query: string) => rowsOf(await page(`${base}?${query}`)).map((r) => r.what);

    it("filters by record type and by action, and keeps the choice in the form", async () => {
      expect(await labels("type=task")).to.deep.equal([
        en("activity.sentence.task.updated", { label: "Kick-off" }),
        en("activity.sentence.task.created", { label: "Kick-off" }),
      ]);
      expect(await labels("action=created")).to.deep.equal([
        en("activity.sentence.task.created", { label: "Kick-off" }),
        en("activity.sentence.goal.created", { label: "Adoption" }),
      ]);
      expect(await labels("type=task&action=created")).to.have.length(1);
      const $ = await page(`${base}?type=task&action=created`);
      expect($("#field-type").val()).to.equal("task");
      expect($("#field-action").val()).to.equal("created");
      expect($(`a[href="${base}"]`).text()).to.contain(en("activity.filter.clear"));
    });

    it("filters by a date range that includes both whole days", async () => {
      expect(await labels("from=2026-03-01&to=2026-03-02")).to.deep.equal([
        en("activity.sentence.task.updated", { label: "Kick-off" }),
        en("activity.sentence.task.created", { label: "Kick-off" }),
      ]);
      expect(await labels("from=2026-03-03")).to.deep.equal([en("activity.sentence.checklist_item.toggled_done", { label: "Scope signed" })]);
      expect(await labels("to=2026-02-27")).to.deep.equal([en("activity.sentence.goal.created", { label: "Adoption" })]);
      const $ = await page(`${base}?from=2026-03-04`);
      expect($(".empty").text()).to.equal(en("activity.emptyFiltered"));
      expect($("#field-from").val()).to.equal("2026-03-04");
    });

    it("ignores bad filter values instead of failing, and shows everything", async () => {
      const $ = await page(`${base}?type=users&action=%3Cscript%3E&from=2026-02-31&to=tomorrow&page=-1`);
      expect(rowsOf($)).to.have.length(4);
      expect($("#field-type").val()).to.equal("");
      expect($("#field-from").val()).to.equal("");
      await request(t.app).get(`${base}?type[]=task&from[a]=1&page=1e9`).expect(200);
    });
  });

  describe("pagination", () => {
    beforeEach(async () => {
      // 120 entries, one a minute, numbered so the newest is "Task 120".
      await logEntries(
        Array.from({ length: 120 }, (_v, i) => ({ at: new Date(Date.UTC(2026, 2, 2, 8, i)).toISOString(), subjectLabel: `Task ${i + 1}` })),
      );
    });
    const sentence = (n: number) => en("activity.sentence.task.updated", { label: `Task ${n}` });

    it("shows 50 entries a page, newest first, with links to older and newer pages", async () => {
      const first = await page(base);
      const rows = rowsOf(first);
      expect(rows).to.have.length(50);
      expect(rows[0].what).to.equal(sentence(120));
      expect(rows[49].what).to.equal(sentence(71));
      expect(first(".pager__status").text()).to.equal(en("activity.page", { page: 1, pages: 3 }));
      expect(first('.pager a[rel="prev"]').length).to.equal(0);
      expect(first('.pager a[rel="next"]').attr("href")).to.equal(`${base}?page=2`);

      const last = await page(`${base}?page=3`);
      expect(rowsOf(last).map((r) => r.what)).to.deep.equal(Array.from({ length: 20 }, (_v, i) => sentence(20 - i)));
      expect(last('.pager a[rel="prev"]').attr("href")).to.equal(`${base}?page=2`);
      expect(last('.pager a[rel="next"]').length).to.equal(0);
    });

    it("keeps the filters in the page links", async () => {
      const $ = await page(`${base}?type=task&from=2026-03-02`);
      expect($('.pager a[rel="next"]').attr("href")).to.equal(`${base}?type=task&from=2026-03-02&page=2`);
    });

    it("shows the last page for a page number past the end, and the first for a bad one", async () => {
      expect(rowsOf(await page(`${base}?page=99`))[0].what).to.equal(sentence(20));
      expect(rowsOf(await page(`${base}?page=two`))[0].what).to.equal(sentence(120));
    });
  });

  describe("record history on edit pages", () => {
    it("shows a task's own last 20 entries, newest first, on its edit page", async () => {
      const task = await makeTask(t.ds, project.id, { name: "Kick-off" });
      const other = await makeTask(t.ds, project.id, { name: "Other", position: 2 });
      await logEntries([
        ...Array.from({ length: 25 }, (_v, i) => ({ at: new Date(Date.UTC(2026, 2, 2, 8, i)).toISOString(), subjectId: task.id, subjectLabel: `Kick-off v${i + 1}` })),
        { subjectId: other.id, subjectLabel: "Other" },
        { subjectType: "checklist_item", subjectId: task.id, subjectLabel: "Same id, other kind" },
      ]);
      const $ = await page(`/projects/${project.id}/tasks/${task.id}/edit`);
      const entries = $("#history .activity-list__what").map((_i, el) => $(el).text()).get();
      expect(entries).to.have.length(20);
      expect(entries[0]).to.equal(en("activity.sentence.task.updated", { label: "Kick-off v25" }));
      expect(entries[19]).to.equal(en("activity.sentence.task.updated", { label: "Kick-off v6" }));
      expect($("#history").text()).to.contain(en("activity.someone"));
      expect($("#comments").length).to.equal(1);
      expect($('link[href="/public/css/activity.css"]').length).to.equal(1);
    });

    it("records a task edit made through the form in that task's history", async () => {
      const task = await makeTask(t.ds, project.id, { name: "Kick-off", manual: true });
      await editTask(task.id, { name: "Kick-off meeting" });
      const $ = await page(`/projects/${project.id}/tasks/${task.id}/edit`);
      expect($("#history .activity-list__what").text()).to.equal(en("activity.sentence.task.updated", { label: "Kick-off meeting" }));
      expect(visibleText($, $("#history .activity-changes li"))).to.equal("Name: Kick-off → Kick-off meeting");
      expect($("#history .activity-changes .visually-hidden").text()).to.equal(en("activity.changedTo"));
    });

    it("has no history or comments on the new-task page", async () => {
      const $ = await page(`/projects/${project.id}/tasks/new`);
      expect($("#history").length).to.equal(0);
      expect($("#comments").length).to.equal(0);
    });

    it("shows a checklist item's history on its edit page, and an empty history before any change", async () => {
      const item = await makeChecklistItem(t.ds, project.id, { text: "Scope signed" });
      const empty = await page(`/projects/${project.id}/checklist/${item.id}/edit`);
      expect(empty("#history").text()).to.contain(en("activity.historyEmpty"));
      await request(t.app).post(`/projects/${project.id}/checklist/${item.id}/toggle`).expect(303);
      const $ = await page(`/projects/${project.id}/checklist/${item.id}/edit`);
      expect($("#history .activity-list__what").text()).to.equal(en("activity.sentence.checklist_item.toggled_done", { label: "Scope signed" }));
    });
  });
});
