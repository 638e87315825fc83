// HTTP: the project task table (WBS, roll-up, predecessor labels), new/edit with dates and links, delete, 404s.
import { expect } from "chai";
import request from "supertest";
import * as cheerio from "cheerio";
import { Task, TaskLink, type Phase, type Project } from "../../entities";
import { translate } from "../../server/i18n";
import { testApp, type TestApp } from "../support/app";
import { makeLink, makeMember, makeProject, makeTask, phaseOf } from "../support/factories";
import { rowCounts } from "../support/more-factories";

const en = (key: string, params?: Record<string, unknown>) => translate("en", key, params);

/** The cells of a task row, by column. */
function cells($: cheerio.CheerioAPI, taskId: number) {
  const td = $(`#task-${taskId} td`);
  const text = (i: number) => td.eq(i).text().trim();
  return { wbs: text(0), name: td.eq(1).find("a").text(), start: text(2), finish: text(3), duration: text(4), progress: text(5), assignee: text(6), predecessors: text(7) };
}

describe("Tasks", () => {
  let t: TestApp;
  let project: Project;
  let other: Project;
  let planning: Phase;
  let foundation: Phase;
  let base: string;

  beforeEach(async () => {
    t = await testApp();
    project = await makeProject(t.ds);
    other = await makeProject(t.ds, { name: "Other rollout" });
    planning = await phaseOf(t.ds, project.id, "planning");
    foundation = await phaseOf(t.ds, project.id, "foundation");
    base = `/projects/${project.id}/tasks`;
  });
  afterEach(() => t.close());

  const tableOf = async () => cheerio.load((await request(t.app).get(base).expect(200)).text);
  const reload = (id: number) => t.ds.getRepository(Task).findOneByOrFail({ id });
  const linksTo = (successorId: number) => t.ds.getRepository(TaskLink).find({ where: { successorId }, order: { id: "ASC" } });

  /** A form body for a task with sensible defaults (planning, 5 days from Mon 2026-03-02). */
  const taskForm = (over: Record<string, string> = {}) => ({
    name: "Vendor demo",
    key: "",
    phaseId: String(planning.id),
    parentId: "",
    startDate: "2026-03-02",
    durationDays: "5",
    finishDate: "",
    progress: "0",
    assigneeId: "",
    notes: "",
    ...over,
  });

  describe("task table", () => {
    it("numbers tasks by WBS under phase heading rows, indents subtasks and rolls summaries up from their children", async () => {
      const sara = await makeMember(t.ds, project.id, { name: "Sara Ahmadi" });
      const a = await makeTask(t.ds, project.id, { name: "Kick-off", position: 1, assigneeId: sara.id, progress: 100 });
      // The summary's own stored dates are deliberately unlike its children's span.
      const b = await makeTask(t.ds, project.id, { name: "Workshops", position: 2, startDate: "2026-01-05", finishDate: "2026-12-31", durationDays: 1, progress: 0 });
      const b1 = await makeTask(t.ds, project.id, { name: "Sales workshop", parentId: b.id, position: 1, startDate: "2026-03-09", finishDate: "2026-03-13", durationDays: 5, progress: 100 });
      const b2 = await makeTask(t.ds, project.id, { name: "Service workshop", parentId: b.id, position: 2, startDate: "2026-03-16", finishDate: "2026-03-27", durationDays: 10, progress: 40 });
      const d = await makeTask(t.ds, project.id, { name: "Data model", phaseId: foundation.id, position: 1, startDate: "2026-04-06", finishDate: "2026-04-10" });
      await makeTask(t.ds, other.id, { name: "Not ours" });

      const $ = await tableOf();
      const rows = $("tbody tr")
        .map((_i, el) => ($(el).hasClass("row--phase") ? `# ${$(el).text().trim()}` : $(el).find("td.wbs").text()))
        .get();
      expect(rows).to.deep.equal(["# Planning", "1.1", "1.2", "1.2.1", "1.2.2", "# Foundation", "2.1"]);
      expect($("tbody tr").eq(2).attr("id")).to.equal(`task-${b.id}`);
      expect(indentOf($, a.id)).to.equal(0);
      expect(indentOf($, b.id)).to.equal(0);
      expect(indentOf($, b1.id)).to.equal(1);
      expect(indentOf($, d.id)).to.equal(0);
      expect($(`#task-${b.id}`).hasClass("row--summary")).to.equal(true);
      expect($(`#task-${a.id}`).hasClass("row--summary")).to.equal(false);

      expect(cells($, a.id)).to.deep.equal({
        wbs: "1.1",
        name: "Kick-off",
        start: "2 Mar 2026",
        finish: "6 Mar 2026",
        duration: "5 d",
        progress: "100%",
        assignee: "Sara Ahmadi",
        predecessors: "",
      });
      // (5 × 100 + 10 × 40) / 15 = 60; the summary shows its children's span, not its own dates.
      expect(cells($, b.id)).to.include({ wbs: "1.2", start: "9 Mar 2026", finish: "27 Mar 2026", duration: "", progress: "60%" });
      expect(cells($, b2.id)).to.include({ wbs: "1.2.2", name: "Service workshop", start: "16 Mar 2026", finish: "27 Mar 2026", progress: "40%" });
      expect($(`#task-${b.id} a[href="${base}/new?parent=${b.id}"]`).length).to.equal(1);
      expect($("tbody").text()).not.to.contain("Not ours");
    });

    it("shows the empty state when the project has no tasks", async () => {
      const $ = await tableOf();
      expect($(".empty").text()).to.contain(en("tasks.emptyProject"));
      expect($("table").length).to.equal(0);
    });
  });

  describe("new task", () => {
    it("shows the form with an empty start (automatic, ASAP), 5 days, and the phase and parent from the query preselected", async () => {
      const a = await makeTask(t.ds, project.id, { name: "Kick-off" });
      await makeTask(t.ds, project.id, { name: "Data model", phaseId: foundation.id });
      const $ = cheerio.load((await request(t.app).get(`${base}/new?phase=${foundation.id}&parent=${a.id}`).expect(200)).text);
      expect($("h1").text()).to.equal(en("tasks.new"));
      expect($(`form[action="${base}"][method="post"]`).length).to.equal(1);
      expect($("#field-phaseId option:selected").val()).to.equal(String(foundation.id));
      expect($("#field-parentId option:selected").val()).to.equal(String(a.id));
      expect($("#field-parentId option").map((_i, el) => $(el).text()).get()).to.deep.equal([en("tasks.field.parentNone"), "1.1 Kick-off", "2.1 Data model"]);
      expect($("#field-startDate").val()).to.equal("");
      expect($("#field-manual option:selected").val()).to.equal("auto");
      expect($("#field-constraintType option:selected").val()).to.equal("ASAP");
      expect($("#field-durationDays").val()).to.equal("5");
      expect($("#field-progress").val()).to.equal("0");
      expect($('select[name^="pred["][name$="[taskId]"]').length).to.equal(3);
      expect($('select[name="pred[0][type]"] option').map((_i, el) => $(el).val()).get()).to.deep.equal(["FS", "SS", "FF", "SF"]);
    });

    it("creates a task, deriving the finish from start + duration over Monday–Friday, and redirects 303 to its row", async () => {
      const agent = request.agent(t.app);
      const res = await agent
        .post(base)
        .type("form")
        .send(taskForm({ name: "Vendor demo", key: "PL-07", startDate: "2026-03-05", durationDays: "5", notes: "Bring the shortlist" }))
        .expect(303);
      const task = await t.ds.getRepository(Task).findOneByOrFail({ projectId: project.id, name: "Vendor demo" });
      expect(res.headers.location).to.equal(`${base}#task-${task.id}`);
      expect(task).to.include({
        phaseId: planning.id,
        parentId: null,
        position: 1,
        key: "PL-07",
        startDate: "2026-03-05",
        durationDays: 5,
        finishDate: "2026-03-11",
        milestone: false,
        progress: 0,
        assigneeId: null,
        notes: "Bring the shortlist",
      });
      const $ = cheerio.load((await agent.get(base).expect(200)).text);
      expect($(".flash").text()).to.equal(en("tasks.created"));
      expect(cells($, task.id)).to.include({ wbs: "1.1", name: "Vendor demo", start: "5 Mar 2026", finish: "11 Mar 2026", duration: "5 d" });
    });

    it("derives a different finish on a Saturday–Wednesday working week", async () => {
      const satWed = await makeProject(t.ds, { name: "Tehran rollout", workingDays: [6, 7, 1, 2, 3] });
      const satWedPlanning = await phaseOf(t.ds, satWed.id, "planning");
      await request(t.app).post(base).type("form").send(taskForm({ name: "Four days", startDate: "2026-03-03", durationDays: "4" })).expect(303);
      await request(t.app)
        .post(`/projects/${satWed.id}/tasks`)
        .type("form")
        .send(taskForm({ name: "Four days", phaseId: String(satWedPlanning.id), startDate: "2026-03-03", durationDays: "4" }))
        .expect(303);
      // Tue 3, Wed 4, Thu 5, Fri 6 on Mon–Fri; Tue 3, Wed 4, Sat 7, Sun 8 on Sat–Wed.
      expect((await t.ds.getRepository(Task).findOneByOrFail({ projectId: project.id })).finishDate).to.equal("2026-03-06");
      expect((await t.ds.getRepository(Task).findOneByOrFail({ projectId: satWed.id })).finishDate).to.equal("2026-03-08");
    });

    it("derives the duration in working days from start and finish when the duration is empty", async () => {
      await request(t.app).post(base).type("form").send(taskForm({ startDate: "2026-03-02", durationDays: "", finishDate: "2026-03-13" })).expect(303);
      expect(await t.ds.getRepository(Task).findOneByOrFail({ projectId: project.id })).to.include({ durationDays: 10, finishDate: "2026-03-13", milestone: false });
    });

    it("makes a milestone zero days long, finishing on its start", async () => {
      await request(t.app)
        .post(base)
        .type("form")
        .send(taskForm({ name: "Contract signed", startDate: "2026-03-20", durationDays: "5", finishDate: "2026-03-27", milestone: "on" }))
        .expect(303);
      const task = await t.ds.getRepository(Task).findOneByOrFail({ projectId: project.id });
      expect(task).to.include({ durationDays: 0, startDate: "2026-03-20", finishDate: "2026-03-20", milestone: true });
      const $ = await tableOf();
      expect($(`#task-${task.id} .milestone-mark`).length).to.equal(1);
    });

    it("saves predecessor rows as FS/SS/FF/SF links with positive and negative lags and labels them MS Project-style", async () => {
      const names = ["Kick-off", "Scope", "Goals", "Budget", "Vendor shortlist"];
      const preds: Task[] = [];
      for (const [i, name] of names.entries()) preds.push(await makeTask(t.ds, project.id, { name, position: i + 1 }));
      const [a, b, c, d, e] = preds;
      await request(t.app)
        .post(base)
        .type("form")
        .send({
          ...taskForm({ name: "Project plan" }),
          "pred[0][taskId]": String(a.id),
          "pred[0][type]": "FS",
          "pred[0][lag]": "",
          "pred[1][taskId]": String(b.id),
          "pred[1][type]": "SS",
          "pred[1][lag]": "2",
          "pred[2][taskId]": String(c.id),
          "pred[2][type]": "FS",
          "pred[2][lag]": "-1",
          "pred[3][taskId]": String(d.id),
          "pred[3][type]": "FF",
          "pred[3][lag]": "0",
          "pred[4][taskId]": String(e.id),
          "pred[4][type]": "SF",
          "pred[4][lag]": "-3",
          "pred[5][taskId]": "",
          "pred[5][type]": "FS",
          "pred[5][lag]": "",
        })
        .expect(303);
      const plan = await t.ds.getRepository(Task).findOneByOrFail({ name: "Project plan" });
      expect((await linksTo(plan.id)).map((l) => [l.predecessorId, l.type, l.lagDays, l.projectId])).to.deep.equal([
        [a.id, "FS", 0, project.id],
        [b.id, "SS", 2, project.id],
        [c.id, "FS", -1, project.id],
        [d.id, "FF", 0, project.id],
        [e.id, "SF", -3, project.id],
      ]);
      const $ = await tableOf();
      expect(cells($, plan.id).wbs).to.equal("1.6");
      // The minus is U+2212, as link-label.ts writes it.
      expect(cells($, plan.id).predecessors).to.equal("1.1, 1.2SS+2d, 1.3FS\u22121d, 1.4FF, 1.5SF\u22123d");
      expect($(`#task-${plan.id} td`).eq(7).find("span").first().attr("title")).to.equal("Kick-off");
    });
  });

  describe("edit", () => {
    it("shows the stored values and predecessors, and leaves the task itself out of the predecessor choices", async () => {
      const a = await makeTask(t.ds, project.id, { name: "Kick-off" });
      const b = await makeTask(t.ds, project.id, { name: "Scope", position: 2, key: "PL-02", progress: 30, notes: "Draft" });
      await makeLink(t.ds, project.id, a.id, b.id, { type: "SS", lagDays: -2 });
      const $ = cheerio.load((await request(t.app).get(`${base}/${b.id}/edit`).expect(200)).text);
      expect($("h1").text()).to.equal(en("tasks.edit"));
      expect($(`form[action="${base}/${b.id}"]`).length).to.equal(1);
      expect($("#field-name").val()).to.equal("Scope");
      expect($("#field-key").val()).to.equal("PL-02");
      expect($("#field-progress").val()).to.equal("30");
      expect($("#field-notes").text()).to.equal("Draft");
      expect($('select[name="pred[0][taskId]"] option:selected').val()).to.equal(String(a.id));
      expect($('select[name="pred[0][type]"] option:selected').val()).to.equal("SS");
      expect($('input[name="pred[0][lag]"]').val()).to.equal("-2");
      expect($('select[name="pred[1][taskId]"] option:selected').val()).to.equal("");
      expect($('select[name="pred[0][taskId]"] option').map((_i, el) => $(el).val()).get()).to.deep.equal(["", String(a.id)]);
      expect($('select[name^="pred["][name$="[taskId]"]').length).to.equal(4);
    });

    it("offers neither the task itself nor its subtasks as its parent", async () => {
      await makeTask(t.ds, project.id, { name: "Kick-off", position: 1 });
      const b = await makeTask(t.ds, project.id, { name: "Workshops", position: 2 });
      await makeTask(t.ds, project.id, { name: "Sales workshop", parentId: b.id });
      await makeTask(t.ds, project.id, { name: "Data model", phaseId: foundation.id });
      const $ = cheerio.load((await request(t.app).get(`${base}/${b.id}/edit`).expect(200)).text);
      expect($("#field-parentId option").map((_i, el) => $(el).text()).get()).to.deep.equal([en("tasks.field.parentNone"), "1.1 Kick-off", "2.1 Data model"]);
      expect($(".form__actions a.button--danger").attr("href")).to.equal(`${base}/${b.id}/delete`);
    });

    it("accepts Persian and Arabic-Indic digits in a predecessor's lag, like every other number field", async () => {
      const a = await makeTask(t.ds, project.id, { name: "Kick-off", position: 1 });
      const b = await makeTask(t.ds, project.id, { name: "Scope", position: 2 });
      // Persian ۲ (U+06F2) and Arabic-Indic ٣ (U+0663); durationDays takes both already.
      await request(t.app)
        .post(base)
        .type("form")
        .send({
          ...taskForm({ name: "Plan", durationDays: "\u0664" }),
          "pred[0][taskId]": String(a.id),
          "pred[0][type]": "SS",
          "pred[0][lag]": "\u06f2",
          "pred[1][taskId]": String(b.id),
          "pred[1][type]": "FS",
          "pred[1][lag]": "-\u0663",
        })
        .expect(303);
      const plan = await t.ds.getRepository(Task).findOneByOrFail({ name: "Plan" });
      expect(plan.durationDays).to.equal(4);
      expect((await linksTo(plan.id)).map((l) => [l.predecessorId, l.lagDays])).to.deep.equal([
        [a.id, 2],
        [b.id, -3],
      ]);
    });

    it("saves an edit and replaces the predecessor list with the posted one", async () => {
      const a = await makeTask(t.ds, project.id, { name: "Kick-off" });
      const b = await makeTask(t.ds, project.id, { name: "Scope", position: 2 });
      const c = await makeTask(t.ds, project.id, { name: "Goals", position: 3 });
      await makeLink(t.ds, project.id, a.id, c.id);
      await request(t.app)
        .post(`${base}/${c.id}`)
        .type("form")
        .send({ ...taskForm({ name: "Goals and KPIs", startDate: "2026-03-09", durationDays: "3", progress: "50" }), "pred[0][taskId]": String(b.id), "pred[0][type]": "FF", "pred[0][lag]": "1" })
        .expect(303)
        .expect("Location", `${base}#task-${c.id}`);
      expect(await reload(c.id)).to.include({ name: "Goals and KPIs", startDate: "2026-03-09", durationDays: 3, finishDate: "2026-03-11", progress: 50, position: 3 });
      expect((await linksTo(c.id)).map((l) => [l.predecessorId, l.type, l.lagDays])).to.deep.equal([[b.id, "FF", 1]]);
    });

    it("moves a task under a parent in another phase, taking its subtasks into that phase", async () => {
      const a = await makeTask(t.ds, project.id, { name: "Requirements" });
      const a1 = await makeTask(t.ds, project.id, { name: "Sales requirements", parentId: a.id });
      const a1a = await makeTask(t.ds, project.id, { name: "Lead capture", parentId: a1.id });
      const d = await makeTask(t.ds, project.id, { name: "Design", phaseId: foundation.id });
      const d1 = await makeTask(t.ds, project.id, { name: "Data model", phaseId: foundation.id, parentId: d.id });
      await request(t.app)
        .post(`${base}/${a.id}`)
        .type("form")
        .send(taskForm({ name: "Requirements", phaseId: String(planning.id), parentId: String(d.id) }))
        .expect(303);
      expect(await reload(a.id)).to.include({ phaseId: foundation.id, parentId: d.id, position: 2 });
      expect(await reload(a1.id)).to.include({ phaseId: foundation.id, parentId: a.id });
      expect(await reload(a1a.id)).to.include({ phaseId: foundation.id, parentId: a1.id });
      const $ = await tableOf();
      expect([d, d1, a, a1, a1a].map((x) => cells($, x.id).wbs)).to.deep.equal(["2.1", "2.1.1", "2.1.2", "2.1.2.1", "2.1.2.1.1"]);
      expect(indentOf($, a1a.id)).to.equal(3);
      expect($("tr.row--phase").map((_i, el) => $(el).text().trim()).get()).to.deep.equal(["Foundation"]);
    });
  });

  describe("validation (422, nothing saved)", () => {
    /** Posts and expects 422 with the message beside the field and in the summary, and no change to tasks or links. */
    async function refused(url: string, body: Record<string, string>, field: string, message: string) {
      const before = await rowCounts(t.ds, project.id);
      const tasksBefore = await t.ds.getRepository(Task).find({ order: { id: "ASC" } });
      const linksBefore = await t.ds.getRepository(TaskLink).find({ order: { id: "ASC" } });
      const res = await request(t.app).post(url).type("form").send(body).expect(422);
      const $ = cheerio.load(res.text);
      const beside = field === "predecessors" ? $("#field-predecessors .field__error").text() : $(`#error-${field}`).text();
      expect(beside, `message beside ${field}`).to.equal(message);
      // The summary names the field by its label; the message beside the field is the bare message.
      expect($(`.error-summary a[href="#field-${field}"]`).text()).to.equal(`${en(`tasks.field.${field.replace(/Id$/, "")}`)}: ${message}`);
      expect(await rowCounts(t.ds, project.id)).to.deep.equal(before);
      expect(await t.ds.getRepository(Task).find({ order: { id: "ASC" } })).to.deep.equal(tasksBefore);
      expect(await t.ds.getRepository(TaskLink).find({ order: { id: "ASC" } })).to.deep.equal(linksBefore);
      return $;
    }

    it("refuses a task that depends on itself", async () => {
      const a = await makeTask(t.ds, project.id, { name: "Kick-off" });
      const $ = await refused(`${base}/${a.id}`, { ...taskForm({ name: "Renamed" }), "pred[0][taskId]": String(a.id), "pred[0][type]": "FS" }, "predecessors", en("links.errors.self"));
      expect($("#field-name").val()).to.equal("Renamed");
    });

    it("refuses the same predecessor twice, keeping both posted rows", async () => {
      const a = await makeTask(t.ds, project.id, { name: "Kick-off" });
      const $ = await refused(
        base,
        { ...taskForm(), "pred[0][taskId]": String(a.id), "pred[0][type]": "FS", "pred[1][taskId]": String(a.id), "pred[1][type]": "SS", "pred[1][lag]": "3" },
        "predecessors",
        en("links.errors.duplicate", { task: "Kick-off" }),
      );
      expect($('select[name="pred[0][taskId]"] option:selected').val()).to.equal(String(a.id));
      expect($('select[name="pred[1][taskId]"] option:selected').val()).to.equal(String(a.id));
      expect($('select[name="pred[1][type]"] option:selected').val()).to.equal("SS");
      expect($('input[name="pred[1][lag]"]').val()).to.equal("3");
      expect($("#field-name").val()).to.equal("Vendor demo");
    });

    it("refuses a predecessor from another project, or a malformed one", async () => {
      const foreign = await makeTask(t.ds, other.id, { name: "Theirs" });
      await refused(base, { ...taskForm(), "pred[0][taskId]": String(foreign.id), "pred[0][type]": "FS" }, "predecessors", en("links.errors.otherProject"));
      await refused(base, { ...taskForm(), "pred[0][taskId]": "abc", "pred[0][type]": "FS" }, "predecessors", en("links.errors.otherProject"));
    });

    it("refuses an unknown link type or a fractional lag", async () => {
      const a = await makeTask(t.ds, project.id, { name: "Kick-off" });
      await refused(base, { ...taskForm(), "pred[0][taskId]": String(a.id), "pred[0][type]": "XX" }, "predecessors", en("errors.choice"));
      await refused(base, { ...taskForm(), "pred[0][taskId]": String(a.id), "pred[0][type]": "FS", "pred[0][lag]": "1.5" }, "predecessors", en("errors.integer"));
    });

    it("refuses a link that closes a loop, naming the tasks in the loop, and changes none of the task's fields", async () => {
      const a = await makeTask(t.ds, project.id, { name: "Alpha", position: 1 });
      const b = await makeTask(t.ds, project.id, { name: "Beta", position: 2 });
      const c = await makeTask(t.ds, project.id, { name: "Gamma", position: 3 });
      await makeLink(t.ds, project.id, a.id, b.id);
      await makeLink(t.ds, project.id, b.id, c.id);
      await refused(
        `${base}/${a.id}`,
        { ...taskForm({ name: "Alpha", durationDays: "9", progress: "80", notes: "Changed" }), "pred[0][taskId]": String(c.id), "pred[0][type]": "FS" },
        "predecessors",
        en("links.errors.cycle", { loop: "Alpha → Beta → Gamma → Alpha" }),
      );
      expect(await reload(a.id)).to.include({ durationDays: 5, finishDate: "2026-03-06", progress: 0, notes: "" });
    });

    it("refuses a link between a task and its own summary, in either direction", async () => {
      const b = await makeTask(t.ds, project.id, { name: "Workshops" });
      const b1 = await makeTask(t.ds, project.id, { name: "Sales workshop", parentId: b.id });
      await refused(`${base}/${b1.id}`, { ...taskForm({ name: "Sales workshop", parentId: String(b.id) }), "pred[0][taskId]": String(b.id) }, "predecessors", en("links.errors.summary", { task: "Workshops" }));
      await refused(`${base}/${b.id}`, { ...taskForm({ name: "Workshops" }), "pred[0][taskId]": String(b1.id) }, "predecessors", en("links.errors.summary", { task: "Sales workshop" }));
      await refused(base, { ...taskForm({ name: "New subtask", parentId: String(b.id) }), "pred[0][taskId]": String(b.id) }, "predecessors", en("links.errors.summary", { task: "Workshops" }));
    });

    it("refuses to put a task under its own subtask, or under itself", async () => {
      const b = await makeTask(t.ds, project.id, { name: "Workshops" });
      const b1 = await makeTask(t.ds, project.id, { name: "Sales workshop", parentId: b.id });
      const b1a = await makeTask(t.ds, project.id, { name: "Agenda", parentId: b1.id });
      await refused(`${base}/${b.id}`, taskForm({ name: "Workshops", parentId: String(b1a.id) }), "parentId", en("tasks.errors.parentLoop"));
      await refused(`${base}/${b.id}`, taskForm({ name: "Workshops", parentId: String(b.id) }), "parentId", en("tasks.errors.parentLoop"));
    });

    it("refuses a parent, phase or assignee from another project", async () => {
      const foreignTask = await makeTask(t.ds, other.id, { name: "Theirs" });
      const foreignPhase = await phaseOf(t.ds, other.id, "planning");
      const stranger = await makeMember(t.ds, other.id, { name: "Stranger" });
      await refused(base, taskForm({ parentId: String(foreignTask.id) }), "parentId", en("tasks.errors.parentOtherProject"));
      await refused(base, taskForm({ phaseId: String(foreignPhase.id) }), "phaseId", en("tasks.errors.phase"));
      await refused(base, taskForm({ phaseId: "" }), "phaseId", en("tasks.errors.phase"));
      await refused(base, taskForm({ assigneeId: String(stranger.id) }), "assigneeId", en("errors.member"));
    });

    it("refuses a finish before the start", async () => {
      const $ = await refused(base, taskForm({ startDate: "2026-03-10", durationDays: "", finishDate: "2026-03-09" }), "finishDate", en("errors.finishBeforeStart"));
      expect($("#field-finishDate").val()).to.equal("2026-03-09");
    });

    it("refuses progress above 100", async () => {
      const $ = await refused(base, taskForm({ progress: "101" }), "progress", en("errors.max", { max: 100 }));
      expect($("#field-progress").val()).to.equal("101");
    });

    it("refuses a task without a name", async () => {
      await refused(base, taskForm({ name: "" }), "name", en("errors.required"));
    });

    it("refuses a task with neither duration nor finish", async () => {
      await refused(base, taskForm({ durationDays: "", finishDate: "" }), "durationDays", en("tasks.errors.durationOrFinish"));
    });

    it("refuses an impossible start date", async () => {
      const $ = await refused(base, taskForm({ startDate: "2026-02-30" }), "startDate", en("errors.date"));
      expect($("#field-startDate").val()).to.equal("2026-02-30");
    });
  });

  describe("delete", () => {
    it("warns how many subtasks go with a summary on the confirmation page", async () => {
      const b = await makeTask(t.ds, project.id, { name: "Workshops" });
      const b1 = await makeTask(t.ds, project.id, { name: "Sales workshop", parentId: b.id });
      await makeTask(t.ds, project.id, { name: "Agenda", parentId: b1.id });
      const $ = cheerio.load((await request(t.app).get(`${base}/${b.id}/delete`).expect(200)).text);
      expect($("h1").text()).to.equal(en("common.deleteConfirmTitle", { name: "Workshops" }));
      expect($(".confirm-delete__warning").text()).to.equal(en("tasks.deleteWarning", { name: "Workshops", count: 2 }));
      expect($(`form[method="post"][action="${base}/${b.id}/delete"]`).length).to.equal(1);
      expect($(".form__actions a.button").attr("href")).to.equal(`${base}/${b.id}/edit`);
    });

    it("warns only about links for a task without subtasks", async () => {
      const a = await makeTask(t.ds, project.id, { name: "Kick-off" });
      const $ = cheerio.load((await request(t.app).get(`${base}/${a.id}/delete`).expect(200)).text);
      expect($(".confirm-delete__warning").text()).to.equal(en("tasks.deleteWarningLeaf", { name: "Kick-off" }));
    });

    it("deletes a task with its subtasks and every link touching them, leaving the rest", async () => {
      const a = await makeTask(t.ds, project.id, { name: "Kick-off", position: 1 });
      const b = await makeTask(t.ds, project.id, { name: "Workshops", position: 2 });
      const b1 = await makeTask(t.ds, project.id, { name: "Sales workshop", parentId: b.id });
      const b2 = await makeTask(t.ds, project.id, { name: "Service workshop", parentId: b.id, position: 2 });
      const d = await makeTask(t.ds, project.id, { name: "Data model", phaseId: foundation.id });
      await makeLink(t.ds, project.id, a.id, b1.id);
      await makeLink(t.ds, project.id, b2.id, d.id);
      await makeLink(t.ds, project.id, b1.id, b2.id);
      const kept = await makeLink(t.ds, project.id, a.id, d.id);
      const agent = request.agent(t.app);
      await agent.post(`${base}/${b.id}/delete`).expect(303).expect("Location", base);
      expect((await t.ds.getRepository(Task).find({ where: { projectId: project.id }, order: { id: "ASC" } })).map((x) => x.id)).to.deep.equal([a.id, d.id]);
      expect((await t.ds.getRepository(TaskLink).find()).map((l) => l.id)).to.deep.equal([kept.id]);
      const $ = cheerio.load((await agent.get(base).expect(200)).text);
      expect($(".flash").text()).to.equal(en("tasks.deleted", { name: "Workshops" }));
      expect($("td.wbs").map((_i, el) => $(el).text()).get()).to.deep.equal(["1.1", "2.1"]);
    });
  });

  describe("not found", () => {
    it("answers 404 for unknown, non-numeric and other projects' task ids, and changes nothing", async () => {
      const foreign = await makeTask(t.ds, other.id, { name: "Theirs" });
      for (const id of ["999", String(foreign.id), "abc", "1.5", "-1", "0"]) {
        await request(t.app).get(`${base}/${id}/edit`).expect(404);
        await request(t.app).post(`${base}/${id}`).type("form").send(taskForm({ name: "Hijacked" })).expect(404);
        await request(t.app).get(`${base}/${id}/delete`).expect(404);
        await request(t.app).post(`${base}/${id}/delete`).expect(404);
      }
      expect(await reload(foreign.id)).to.include({ name: "Theirs", projectId: other.id });
      expect(await t.ds.getRepository(Task).count()).to.equal(1);
    });
  });
});

/** The N of a row's indent--N class. */
function indentOf($: cheerio.CheerioAPI, taskId: number): number {
  const cls = $(`#task-${taskId} .indent`).attr("class") ?? "";
  const m = /indent--(\d+)/.exec(cls);
  return m ? Number(m[1]) : -1;
}
