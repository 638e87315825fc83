// HTTP: baselines — save a snapshot, keep several, choose the compared one, delete behind a
// confirmation, and the slip columns of the task table against the compared baseline.
import { expect } from "chai";
import request from "supertest";
import * as cheerio from "cheerio";
import { Baseline, BaselineTask, Project, Task, TaskLink, type Phase } from "../../entities";
import { translate } from "../../server/i18n";
import type { TaskInput } from "../../server/forms/tasks";
import { testApp, type TestApp } from "../support/app";
import { makeProject, phaseOf } from "../support/factories";
import { taskInput } from "../support/more-factories";

const en = (key: string, params?: Record<string, unknown>) => translate("en", key, params);

describe("Baselines", () => {
  let t: TestApp;
  let project: Project;
  let other: Project;
  let planning: Phase;
  let base: string;

  beforeEach(async () => {
    t = await testApp();
    project = await makeProject(t.ds);
    other = await makeProject(t.ds, { name: "Other rollout" });
    planning = await phaseOf(t.ds, project.id, "planning");
    base = `/projects/${project.id}/baselines`;
  });
  afterEach(() => t.close());

  /** An automatic task created through the service (so it is scheduled), starting at kickoff unless linked. */
  const task = (name: string, over: Partial<TaskInput> = {}) => t.services.tasks.create(project.id, taskInput(planning.id, { name, startDate: null, ...over }));
  const fs = (predecessorId: number) => [{ predecessorId, type: "FS" as const, lagDays: 0 }];
  const reload = (id: number) => t.ds.getRepository(Task).findOneByOrFail({ id });
  const comparedId = async () => (await t.ds.getRepository(Project).findOneByOrFail({ id: project.id })).comparedBaselineId;
  const baselineNamed = (name: string) => t.ds.getRepository(Baseline).findOneByOrFail({ projectId: project.id, name });
  const snapshotOf = async (baselineId: number) =>
    (await t.ds.getRepository(BaselineTask).find({ where: { baselineId }, order: { taskId: "ASC" } })).map((r) => ({
      taskId: r.taskId,
      startDate: r.startDate,
      finishDate: r.finishDate,
      durationDays: r.durationDays,
    }));
  const saveBaseline = (name: string) => request(t.app).post(base).type("form").send({ name }).expect(303).expect("Location", base);
  const page = async (url: string) => cheerio.load((await request(t.app).get(url).expect(200)).text);

  /** The edit-form body of a stored task, as the browser posts it back, with changes. */
  async function editForm(taskId: number, over: Record<string, string> = {}, preds: number[] = []) {
    const x = await reload(taskId);
    const body: Record<string, string> = {
      name: x.name,
      key: x.key ?? "",
      phaseId: String(x.phaseId),
      parentId: x.parentId === null ? "" : String(x.parentId),
      startDate: x.startDate,
      durationDays: String(x.durationDays),
      finishDate: "",
      progress: String(x.progress),
      assigneeId: "",
      notes: x.notes,
      manual: x.manual ? "manual" : "auto",
      constraintType: x.constraintType,
      constraintDate: x.constraintDate ?? "",
      ...over,
    };
    preds.forEach((id, i) => {
      body[`pred[${i}][taskId]`] = String(id);
      body[`pred[${i}][type]`] = "FS";
      body[`pred[${i}][lag]`] = "0";
    });
    return body;
  }
  const postEdit = async (taskId: number, over: Record<string, string> = {}, preds: number[] = []) =>
    request(t.app)
      .post(`/projects/${project.id}/tasks/${taskId}`)
      .type("form")
      .send(await editForm(taskId, over, preds))
      .expect(303);

  describe("list and save", () => {
    it("shows the empty state with 'Baseline 1' proposed as the name when none is saved", async () => {
      const $ = await page(base);
      expect($("h1").text().trim()).to.equal(en("baselines.title"));
      expect($(".empty").text()).to.equal(en("baselines.empty"));
      expect($("table").length).to.equal(0);
      expect($("#field-name").val()).to.equal("Baseline 1");
      expect($(`form[method="post"][action="${base}"]`).length).to.equal(1);
    });

    it("saves a snapshot of every task's start, finish and duration, summaries included, and compares against it", async () => {
      const a = await task("Kick-off", { durationDays: 5 });
      const s = await task("Workshops", { durationDays: 1 });
      const s1 = await task("Sales workshop", { parentId: s.id, durationDays: 3, predecessors: fs(a.id) });
      const m = await task("Scope signed", { milestone: true, durationDays: 0, predecessors: fs(s1.id) });
      await t.services.tasks.create(other.id, taskInput((await phaseOf(t.ds, other.id)).id, { name: "Theirs" }));

      const agent = request.agent(t.app);
      await agent.post(base).type("form").send({ name: "Agreed plan" }).expect(303).expect("Location", base);

      const baseline = await baselineNamed("Agreed plan");
      // Kick-off Mon 2 – Fri 6 Mar; the workshop Mon 9 – Wed 11; the summary spans it (3 working days);
      // the milestone sits on the workshop's last day.
      expect(await snapshotOf(baseline.id)).to.deep.equal([
        { taskId: a.id, startDate: "2026-03-02", finishDate: "2026-03-06", durationDays: 5 },
        { taskId: s.id, startDate: "2026-03-09", finishDate: "2026-03-11", durationDays: 3 },
        { taskId: s1.id, startDate: "2026-03-09", finishDate: "2026-03-11", durationDays: 3 },
        { taskId: m.id, startDate: "2026-03-11", finishDate: "2026-03-11", durationDays: 0 },
      ]);
      expect(await comparedId()).to.equal(baseline.id);
      expect(await t.ds.getRepository(BaselineTask).count()).to.equal(4);

      const $ = cheerio.load((await agent.get(base).expect(200)).text);
      expect($(".flash").text()).to.equal(en("baselines.saved", { name: "Agreed plan" }));
      const row = $(`#baseline-${baseline.id}`);
      expect(row.find("td").eq(0).text()).to.equal("Agreed plan");
      expect(row.find("td").eq(2).text()).to.equal("4");
      expect(row.find(".badge").text().trim()).to.equal(`✓ ${en("baselines.comparedBadge")}`);
      expect(row.find(`form[action="${base}/none/compare"] button`).text()).to.equal(en("baselines.stopComparing"));
      expect($("#field-name").val()).to.equal("Baseline 2");
      expect($(".empty").length).to.equal(0);
    });

    it("refuses an empty name with 422, keeping the input and the list, and saves nothing", async () => {
      await task("Kick-off");
      await saveBaseline("Agreed plan");
      const first = await baselineNamed("Agreed plan");

      const res = await request(t.app).post(base).type("form").send({ name: "   " }).expect(422);
      const $ = cheerio.load(res.text);
      expect($("#error-name").text()).to.equal(en("errors.required"));
      expect($(".error-summary a[href=\"#field-name\"]").text()).to.equal(`${en("baselines.field.name")}: ${en("errors.required")}`);
      expect($("#field-name").val()).to.equal("   ");
      expect($(`#baseline-${first.id} td`).eq(0).text()).to.equal("Agreed plan");
      expect(await t.ds.getRepository(Baseline).count()).to.equal(1);
      expect(await t.ds.getRepository(BaselineTask).count()).to.equal(1);
      expect(await comparedId()).to.equal(first.id);
    });

    it("keeps several baselines, newest first, each with the dates of its own moment", async () => {
      const a = await task("Kick-off", { durationDays: 5 });
      await saveBaseline("Agreed plan");
      await postEdit(a.id, { durationDays: "8" });
      await saveBaseline("Re-plan after workshop");

      const first = await baselineNamed("Agreed plan");
      const second = await baselineNamed("Re-plan after workshop");
      expect(await snapshotOf(first.id)).to.deep.equal([{ taskId: a.id, startDate: "2026-03-02", finishDate: "2026-03-06", durationDays: 5 }]);
      expect(await snapshotOf(second.id)).to.deep.equal([{ taskId: a.id, startDate: "2026-03-02", finishDate: "2026-03-11", durationDays: 8 }]);
      expect(await comparedId()).to.equal(second.id);

      const $ = await page(base);
      expect($("tbody tr").map((_i, el) => $(el).attr("id")).get()).to.deep.equal([`baseline-${second.id}`, `baseline-${first.id}`]);
      expect($(`#baseline-${second.id} .badge`).length).to.equal(1);
      expect($(`#baseline-${first.id} .badge`).length).to.equal(0);
      expect($(`#baseline-${first.id} form[action="${base}/${first.id}/compare"] button`).text()).to.equal(en("baselines.compare"));
      expect($("#field-name").val()).to.equal("Baseline 3");
    });

    it("does not list another project's baselines", async () => {
      await t.services.baselines.save(other.id, "Their plan");
      const $ = await page(base);
      expect($("body").text()).not.to.contain("Their plan");
      expect($(".empty").text()).to.equal(en("baselines.empty"));
    });
  });

  describe("choosing the compared baseline", () => {
    it("compares against an older baseline, then stops comparing", async () => {
      await task("Kick-off");
      const first = await t.services.baselines.save(project.id, "Agreed plan");
      const second = await t.services.baselines.save(project.id, "Re-plan");
      expect(await comparedId()).to.equal(second.id);

      const agent = request.agent(t.app);
      await agent.post(`${base}/${first.id}/compare`).expect(303).expect("Location", base);
      expect(await comparedId()).to.equal(first.id);
      let $ = cheerio.load((await agent.get(base).expect(200)).text);
      expect($(".flash").text()).to.equal(en("baselines.comparing", { name: "Agreed plan" }));
      expect($(`#baseline-${first.id} .badge`).length).to.equal(1);
      expect($(`#baseline-${second.id} .badge`).length).to.equal(0);

      await agent.post(`${base}/none/compare`).expect(303).expect("Location", base);
      expect(await comparedId()).to.equal(null);
      $ = cheerio.load((await agent.get(base).expect(200)).text);
      expect($(".flash").text()).to.equal(en("baselines.comparingNone"));
      expect($("tbody .badge").length).to.equal(0);
      expect($(`form[action="${base}/none/compare"]`).length).to.equal(0);
      // Both are kept.
      expect(await t.ds.getRepository(Baseline).count({ where: { projectId: project.id } })).to.equal(2);
    });
  });

  describe("delete", () => {
    it("asks for confirmation before deleting a baseline", async () => {
      const b = await t.services.baselines.save(project.id, "Agreed plan");
      const $ = await page(`${base}/${b.id}/delete`);
      expect($("h1").text().trim()).to.equal(en("common.deleteConfirmTitle", { name: "Agreed plan" }));
      expect($(".confirm-delete__warning").text()).to.equal(en("baselines.deleteWarning", { name: "Agreed plan" }));
      expect($(`form[method="post"][action="${base}/${b.id}/delete"]`).length).to.equal(1);
      expect($(".form__actions a.button").attr("href")).to.equal(base);
      expect(await t.ds.getRepository(Baseline).count()).to.equal(1);
    });

    it("deletes the compared baseline with its saved dates, so no baseline is compared any more", async () => {
      const a = await task("Kick-off");
      const older = await t.services.baselines.save(project.id, "Agreed plan");
      const compared = await t.services.baselines.save(project.id, "Re-plan");
      const agent = request.agent(t.app);
      await agent.post(`${base}/${compared.id}/delete`).expect(303).expect("Location", base);

      expect((await t.ds.getRepository(Baseline).find()).map((b) => b.id)).to.deep.equal([older.id]);
      expect(await t.ds.getRepository(BaselineTask).countBy({ baselineId: compared.id })).to.equal(0);
      expect(await snapshotOf(older.id)).to.have.length(1);
      expect(await comparedId()).to.equal(null);
      expect(await reload(a.id)).to.include({ startDate: "2026-03-02", finishDate: "2026-03-06" });
      const $ = cheerio.load((await agent.get(base).expect(200)).text);
      expect($(".flash").text()).to.equal(en("baselines.deleted", { name: "Re-plan" }));
      expect($("tbody tr").length).to.equal(1);
    });

    it("deletes a baseline that is not compared, keeping the compared one", async () => {
      await task("Kick-off");
      const older = await t.services.baselines.save(project.id, "Agreed plan");
      const compared = await t.services.baselines.save(project.id, "Re-plan");
      await request(t.app).post(`${base}/${older.id}/delete`).expect(303);
      expect((await t.ds.getRepository(Baseline).find()).map((b) => b.id)).to.deep.equal([compared.id]);
      expect(await comparedId()).to.equal(compared.id);
    });
  });

  describe("not found", () => {
    it("answers 404 for another project's baseline and for non-numeric ids, and changes nothing", async () => {
      await task("Kick-off");
      const ours = await t.services.baselines.save(project.id, "Agreed plan");
      const theirs = await t.services.baselines.save(other.id, "Their plan");
      for (const id of [String(theirs.id), "999", "abc", "0", "-1", "1.5"]) {
        await request(t.app).get(`${base}/${id}/delete`).expect(404);
        await request(t.app).post(`${base}/${id}/delete`).expect(404);
        await request(t.app).post(`${base}/${id}/compare`).expect(404);
      }
      expect((await t.ds.getRepository(Baseline).find({ order: { id: "ASC" } })).map((b) => b.id)).to.deep.equal([ours.id, theirs.id]);
      expect(await comparedId()).to.equal(ours.id);
      expect((await t.ds.getRepository(Project).findOneByOrFail({ id: other.id })).comparedBaselineId).to.equal(theirs.id);
    });

    it("answers 404 for the baselines of an unknown project", async () => {
      await request(t.app).get("/projects/999/baselines").expect(404);
      await request(t.app).post("/projects/999/baselines").type("form").send({ name: "Sneaky" }).expect(404);
      expect(await t.ds.getRepository(Baseline).count()).to.equal(0);
    });
  });

  describe("slip in the task table", () => {
    const tasksUrl = () => `/projects/${project.id}/tasks`;
    /** Start slip, finish slip and whether the row is marked late. */
    function slipOf($: cheerio.CheerioAPI, taskId: number) {
      const td = $(`#task-${taskId} td`);
      return { start: td.eq(9).text().trim(), finish: td.eq(10).text().trim(), late: $(`#task-${taskId}`).hasClass("row--late") };
    }
    const headings = ($: cheerio.CheerioAPI) => $("thead th").map((_i, el) => $(el).text().trim()).get();

    it("shows no slip columns while no baseline is compared", async () => {
      const a = await task("Kick-off");
      await t.services.baselines.save(project.id, "Agreed plan");
      await t.services.baselines.compare(project.id, null);
      const $ = await page(tasksUrl());
      expect(headings($)).not.to.include(en("tasks.col.startSlip"));
      expect(headings($)).not.to.include(en("tasks.col.finishSlip"));
      expect($(`#task-${a.id} td`).length).to.equal(10);
      expect($("body").text()).not.to.contain(en("tasks.comparedTo", { name: "Agreed plan" }));
    });

    it("shows zero slip right after saving a baseline", async () => {
      const a = await task("Kick-off");
      const b = await task("Configure pipeline", { durationDays: 3, predecessors: fs(a.id) });
      await saveBaseline("Agreed plan");
      const $ = await page(tasksUrl());
      expect(headings($).slice(9, 11)).to.deep.equal([en("tasks.col.startSlip"), en("tasks.col.finishSlip")]);
      expect($(".toolbar").text()).to.contain(en("tasks.comparedTo", { name: "Agreed plan" }));
      expect(slipOf($, a.id)).to.deep.equal({ start: "0", finish: "0", late: false });
      expect(slipOf($, b.id)).to.deep.equal({ start: "0", finish: "0", late: false });
    });

    it("shows the slip in working days and marks the late rows after a task's duration grows", async () => {
      const a = await task("Kick-off", { durationDays: 5 });
      const b = await task("Configure pipeline", { durationDays: 3, predecessors: fs(a.id) });
      const c = await task("Licences", { durationDays: 2 });
      await saveBaseline("Agreed plan");

      // Kick-off 5 → 7 days: it finishes Tue 10 Mar instead of Fri 6 Mar, two working days later
      // (the weekend does not count); its successor starts and finishes two working days later.
      await postEdit(a.id, { durationDays: "7" });
      expect(await reload(b.id)).to.include({ startDate: "2026-03-11", finishDate: "2026-03-13" });

      const $ = await page(tasksUrl());
      expect(slipOf($, a.id)).to.deep.equal({ start: "0", finish: "+2", late: true });
      expect(slipOf($, b.id)).to.deep.equal({ start: "+2", finish: "+2", late: true });
      expect(slipOf($, c.id)).to.deep.equal({ start: "0", finish: "0", late: false });
      expect($(`#task-${a.id} td`).eq(10).hasClass("overdue")).to.equal(true);
      expect($(`#task-${c.id} td`).eq(10).hasClass("overdue")).to.equal(false);
    });

    it("counts the slip in working days of the current calendar, so a holiday in between is skipped", async () => {
      const a = await task("Kick-off", { durationDays: 5 });
      await saveBaseline("Agreed plan");
      // A holiday on Wed 4 Mar: Kick-off now finishes Mon 9 Mar instead of Fri 6 Mar — one working day later.
      await request(t.app).post(`/projects/${project.id}/calendar`).type("form").send({ date: "2026-03-04", name: "Company day" }).expect(303);
      expect(await reload(a.id)).to.include({ startDate: "2026-03-02", finishDate: "2026-03-09" });
      expect(slipOf(await page(tasksUrl()), a.id)).to.deep.equal({ start: "0", finish: "+1", late: true });
    });

    it("shows the slip of a task given a predecessor through the task form", async () => {
      const a = await task("Kick-off", { durationDays: 5 });
      const c = await task("Licences", { durationDays: 2 });
      await saveBaseline("Agreed plan");

      // Licences now waits for Kick-off: Mon 9 – Tue 10 Mar instead of Mon 2 – Tue 3 Mar.
      await postEdit(c.id, {}, [a.id]);
      expect((await t.ds.getRepository(TaskLink).findBy({ successorId: c.id })).map((l) => l.predecessorId)).to.deep.equal([a.id]);
      expect(await reload(c.id)).to.include({ startDate: "2026-03-09", finishDate: "2026-03-10" });

      const $ = await page(tasksUrl());
      expect(slipOf($, c.id)).to.deep.equal({ start: "+5", finish: "+5", late: true });
      expect(slipOf($, a.id)).to.deep.equal({ start: "0", finish: "0", late: false });
    });

    it("shows a negative slip, not late, for a task that now finishes earlier", async () => {
      const a = await task("Kick-off", { durationDays: 5 });
      await saveBaseline("Agreed plan");
      await postEdit(a.id, { durationDays: "3" });
      const $ = await page(tasksUrl());
      expect(slipOf($, a.id)).to.deep.equal({ start: "0", finish: "−2", late: false });
    });

    it("leaves the slip empty for a task added after the compared baseline", async () => {
      await task("Kick-off");
      await saveBaseline("Agreed plan");
      const d = await task("Data migration", { durationDays: 4 });
      const $ = await page(tasksUrl());
      expect(slipOf($, d.id)).to.deep.equal({ start: "", finish: "", late: false });
    });

    it("measures the slip against the baseline chosen for comparison", async () => {
      const a = await task("Kick-off", { durationDays: 5 });
      const first = await t.services.baselines.save(project.id, "Agreed plan");
      await postEdit(a.id, { durationDays: "6" });
      await t.services.baselines.save(project.id, "Re-plan");
      await postEdit(a.id, { durationDays: "8" });

      expect(slipOf(await page(tasksUrl()), a.id)).to.deep.equal({ start: "0", finish: "+2", late: true });
      await request(t.app).post(`${base}/${first.id}/compare`).expect(303);
      expect(slipOf(await page(tasksUrl()), a.id)).to.deep.equal({ start: "0", finish: "+3", late: true });
    });
  });
});
