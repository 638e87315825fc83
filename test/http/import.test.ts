// HTTP: the MS Project import page — the upload form, a successful import (project, WBS, links, calendar,
// schedule), and every rejected upload answered with 422 (413 when too large) and nothing written.
import { expect } from "chai";
import request from "supertest";
import * as cheerio from "cheerio";
import type { EntitySubscriberInterface, InsertEvent } from "typeorm";
import { CalendarException, ChecklistCategory, Phase, Project, Task, TaskLink } from "../../entities";
import { DomainError } from "../../server/domain/errors";
import { translate } from "../../server/i18n";
import { testApp, type TestApp } from "../support/app";
import { calendarXml, exceptionXml, mspdiXml, type TaskSpec } from "../support/conformance-docs";

const en = (key: string, params?: Record<string, unknown>) => translate("en", key, params);
const at = (date: string, time = "08:00") => `${date}T${time}:00`;

/** Mon 3 June 2024; Friday 7 June is a holiday, and so is the first Monday of July. */
const planTasks: TaskSpec[] = [
  { uid: 1, name: "Plan", summary: true, outlineNumber: "1", duration: "PT40H0M0S", start: at("2024-06-03") },
  { uid: 2, name: "Interview users", level: 2, outlineNumber: "1.1", duration: "PT16H0M0S", start: at("2024-06-03"), percent: 50 },
  { uid: 3, name: "Write requirements", level: 2, outlineNumber: "1.2", duration: "PT12H0M0S", preds: [{ uid: 2, lag: 4800 }] },
  { uid: 4, name: "Sign-off", outlineNumber: "2", duration: "PT0H0M0S", milestone: true, preds: [{ uid: 3 }] },
  { uid: 5, name: "Plan training", outlineNumber: "3", preds: [{ uid: 2, type: 3 }], constraint: 4, constraintDate: at("2024-06-05") },
];
const planXml = mspdiXml({
  title: "Warehouse CRM",
  start: at("2024-06-03"),
  calendars: calendarXml({
    exceptions:
      exceptionXml({ from: "2024-06-07", to: "2024-06-07", name: "Founders' day" }) + exceptionXml({ from: "2024-07-01", type: 5, monthItem: 4, monthPosition: 0, occurrences: 1 }),
  }),
  tasks: planTasks,
});

/** Rows of every table an import writes to. */
async function allRows(t: TestApp) {
  return {
    projects: await t.ds.getRepository(Project).count(),
    phases: await t.ds.getRepository(Phase).count(),
    categories: await t.ds.getRepository(ChecklistCategory).count(),
    tasks: await t.ds.getRepository(Task).count(),
    links: await t.ds.getRepository(TaskLink).count(),
    exceptions: await t.ds.getRepository(CalendarException).count(),
  };
}

const upload = (t: TestApp, xml: string | Buffer | null, fields: Record<string, string> = {}) => {
  const req = request(t.app).post("/projects/import");
  for (const [k, v] of Object.entries({ name: "", phase: "planning", ...fields })) req.field(k, v);
  return xml === null ? req : req.attach("file", Buffer.isBuffer(xml) ? xml : Buffer.from(xml), "plan.xml");
};

describe("MS Project import", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp();
  });
  afterEach(() => t.close());

  it("links to the import page from the project list", async () => {
    const $ = cheerio.load((await request(t.app).get("/projects").expect(200)).text);
    expect($('.toolbar a[href="/projects/import"]').text()).to.equal(en("import.link"));
  });

  it("shows the upload form: a file input, an optional name, the phase (planning by default) and what is imported", async () => {
    const $ = cheerio.load((await request(t.app).get("/projects/import").expect(200)).text);
    expect($("h1").text()).to.equal(en("import.title"));
    const form = $('main form[method="post"]');
    expect(form.attr("enctype")).to.equal("multipart/form-data");
    expect(form.find('input[type="file"][name="file"]').length).to.equal(1);
    expect($("#field-name").val()).to.equal("");
    expect($("#field-phase option").map((_i, el) => $(el).attr("value")).get()).to.deep.equal(["planning", "foundation", "rollout"]);
    expect($("#field-phase option[selected]").attr("value")).to.equal("planning");
    expect($("#help-file").text()).to.equal(en("import.field.fileHelp", { max: 10 }));
    expect($(".import-help li").map((_i, el) => $(el).text()).get()).to.include(en("import.what.rounding"));
  });

  it("creates the project with its tasks, WBS, links, calendar and schedule, then redirects 303 with a flash of the counts", async () => {
    const agent = request.agent(t.app);
    const res = await agent.post("/projects/import").field("name", "").field("phase", "foundation").attach("file", Buffer.from(planXml), "plan.xml").expect(303);
    const project = await t.ds.getRepository(Project).findOneByOrFail({ name: "Warehouse CRM" });
    expect(res.headers.location).to.equal(`/projects/${project.id}`);
    expect(project).to.include({ kickoffDate: "2024-06-03", workingDays: "1,2,3,4,5" });

    const foundation = await t.ds.getRepository(Phase).findOneByOrFail({ projectId: project.id, kind: "foundation" });
    const tasks = await t.ds.getRepository(Task).find({ where: { projectId: project.id } });
    const byUid = new Map(tasks.map((x) => [x.importUid, x]));
    expect(tasks.map((x) => x.importUid).sort()).to.deep.equal([1, 2, 3, 4, 5]);
    expect(tasks.every((x) => x.phaseId === foundation.id)).to.equal(true);
    expect([2, 3].map((u) => byUid.get(u)!.parentId)).to.deep.equal([byUid.get(1)!.id, byUid.get(1)!.id]);
    expect([1, 4, 5].map((u) => byUid.get(u)!.parentId)).to.deep.equal([null, null, null]);
    expect([2, 3].map((u) => byUid.get(u)!.position)).to.deep.equal([1, 2]);
    expect(byUid.get(2)).to.include({ name: "Interview users", durationDays: 2, progress: 50 });
    expect(byUid.get(3)).to.include({ durationDays: 2, earlyStart: "2024-06-06", earlyFinish: "2024-06-10" });
    expect(byUid.get(4)).to.include({ milestone: true, durationDays: 0 });
    expect(byUid.get(5)).to.include({ constraintType: "SNET", constraintDate: "2024-06-05", earlyStart: "2024-06-05" });

    const links = await t.ds.getRepository(TaskLink).find({ where: { projectId: project.id }, order: { id: "ASC" } });
    expect(links.map((l) => [l.predecessorId, l.successorId, l.type, l.lagDays])).to.deep.equal([
      [byUid.get(2)!.id, byUid.get(3)!.id, "FS", 1],
      [byUid.get(3)!.id, byUid.get(4)!.id, "FS", 0],
      [byUid.get(2)!.id, byUid.get(5)!.id, "SS", 0],
    ]);
    const exceptions = await t.ds.getRepository(CalendarException).find({ where: { projectId: project.id }, order: { date: "ASC" } });
    expect(exceptions.map((e) => [e.date, e.working, e.name])).to.deep.equal([
      ["2024-06-07", false, "Founders' day"],
      ["2024-07-01", false, "Exception"],
    ]);

    const $ = cheerio.load((await agent.get(res.headers.location).expect(200)).text);
    const counts = en("import.countsWithWarnings", { tasks: en("import.taskCount", { count: 5 }), warnings: en("import.warningCount", { count: 1 }) });
    expect($(".flash").text()).to.equal(en("import.done", { name: counts }));
  });

  it("names the project as the user asked and puts the tasks into the planning phase by default", async () => {
    await upload(t, planXml, { name: "Pilot rollout" }).expect(303);
    const project = await t.ds.getRepository(Project).findOneByOrFail({ name: "Pilot rollout" });
    const planning = await t.ds.getRepository(Phase).findOneByOrFail({ projectId: project.id, kind: "planning" });
    expect(await t.ds.getRepository(Task).count({ where: { projectId: project.id, phaseId: planning.id } })).to.equal(5);
  });

  describe("rejected uploads re-render the form with a message and write nothing", () => {
    async function rejected(send: () => request.Test, status: number, key: string, params?: Record<string, unknown>) {
      const before = await allRows(t);
      const res = await send().expect(status);
      const $ = cheerio.load(res.text);
      expect($("#error-file").text()).to.equal(en(key, params));
      expect($(".error-summary li a").first().text()).to.equal(`${en("import.field.file")}: ${en(key, params)}`);
      expect($("#field-file").attr("aria-invalid")).to.equal("true");
      expect(await allRows(t)).to.deep.equal(before);
      return $;
    }

    it("without a file", async () => {
      const $ = await rejected(() => upload(t, null, { name: "Kept name", phase: "rollout" }), 422, "import.errors.noFile");
      expect($("#field-name").val()).to.equal("Kept name");
      expect($("#field-phase option[selected]").attr("value")).to.equal("rollout");
    });

    it("with an empty file, or a form posted without multipart", async () => {
      await rejected(() => upload(t, ""), 422, "import.errors.noFile");
      await rejected(() => request(t.app).post("/projects/import").type("form").send("name=x&phase=planning"), 422, "import.errors.noFile");
    });

    it("with a file that is not XML", async () => {
      await rejected(() => upload(t, "Task 1, 5 days\nTask 2, 3 days"), 422, "import.errors.notXml");
      await rejected(() => upload(t, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0xff])), 422, "import.errors.notXml");
    });

    it("with well-formed XML that is not an MS Project document", async () => {
      await rejected(() => upload(t, `<?xml version="1.0"?><html><body><p>Plan</p></body></html>`), 422, "import.errors.notMspdi");
      await rejected(() => upload(t, `<Project><Owner>Sara</Owner></Project>`), 422, "import.errors.notMspdi");
    });

    it("with an MS Project file without tasks", async () => {
      await rejected(() => upload(t, mspdiXml({ tasks: [] })), 422, "import.errors.noTasks");
    });

    it("with links that form a loop", async () => {
      const loop = mspdiXml({ tasks: [{ uid: 1, name: "Build", preds: [{ uid: 2 }] }, { uid: 2, name: "Test", preds: [{ uid: 1 }] }] });
      const before = await allRows(t);
      const res = await upload(t, loop).expect(422);
      expect(cheerio.load(res.text)("#error-file").text()).to.be.oneOf([
        en("import.errors.cycle", { loop: "Build → Test → Build" }),
        en("import.errors.cycle", { loop: "Test → Build → Test" }),
      ]);
      expect(await allRows(t)).to.deep.equal(before);
    });

    it("with a file larger than 10 MB (413)", async () => {
      const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0x20);
      await rejected(() => upload(t, big), 413, "import.errors.tooLarge", { max: 10 });
    });

    it("with two files", async () => {
      const two = () => upload(t, planXml).attach("file", Buffer.from(planXml), "again.xml");
      await rejected(two, 422, "import.errors.badUpload");
    });

    it("with an unknown phase, keeping the file's own error out of it", async () => {
      const before = await allRows(t);
      const $ = cheerio.load((await upload(t, planXml, { phase: "launch" }).expect(422)).text);
      expect($("#error-phase").text()).to.equal(en("errors.choice"));
      expect($("#error-file").length).to.equal(0);
      expect(await allRows(t)).to.deep.equal(before);
    });

    it("rolls back the project, phases and tasks already written when a later step fails", async () => {
      // Fails the import while it saves the links, after the project, phases, exceptions and tasks.
      const failing: EntitySubscriberInterface<TaskLink> = {
        listenTo: () => TaskLink,
        beforeInsert: (_e: InsertEvent<TaskLink>) => {
          throw new DomainError("import.errors.badLink", { task: "Write requirements", predecessor: "Interview users" });
        },
      };
      t.ds.subscribers.push(failing);
      try {
        await rejected(() => upload(t, planXml), 422, "import.errors.badLink", { task: "Write requirements", predecessor: "Interview users" });
      } finally {
        t.ds.subscribers.splice(t.ds.subscribers.indexOf(failing), 1);
      }
    });
  });
});
