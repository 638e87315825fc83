// HTTP: downloads of the computed schedule — /projects/:id/schedule.json and /schedule.csv.
import { expect } from "chai";
import request from "supertest";
import { Task, type Phase, type Project } from "../../entities";
import type { TaskInput } from "../../server/forms/tasks";
import { testApp, type TestApp } from "../support/app";
import { makeProject, phaseOf } from "../support/factories";
import { taskInput } from "../support/more-factories";

const CSV_HEADER = "wbs,key,importUid,name,summary,milestone,durationDays,earlyStart,earlyFinish,lateStart,lateFinish,totalSlack,freeSlack,critical,constraintViolated";

/** A supertest parser that keeps the raw response bytes, so the byte-order mark is seen as sent. */
function bytes(res: unknown, done: (err: Error | null, body: Buffer) => void): void {
  const stream = res as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on("data", (c: Buffer) => chunks.push(c));
  stream.on("end", () => done(null, Buffer.concat(chunks)));
}

describe("Schedule export", () => {
  let t: TestApp;
  let project: Project;
  let planning: Phase;
  let foundation: Phase;
  let base: string;

  beforeEach(async () => {
    t = await testApp();
    project = await makeProject(t.ds);
    planning = await phaseOf(t.ds, project.id, "planning");
    foundation = await phaseOf(t.ds, project.id, "foundation");
    base = `/projects/${project.id}`;
  });
  afterEach(() => t.close());

  const task = (name: string, over: Partial<TaskInput> = {}) => t.services.tasks.create(project.id, taskInput(planning.id, { name, startDate: null, ...over }));
  const fs = (predecessorId: number) => [{ predecessorId, type: "FS" as const, lagDays: 0 }];

  /**
   * 1.1 Kick-off (5 d) → 1.2.1 Sales workshop (3 d) → 1.2.2 Service workshop (2 d), both under the
   * summary 1.2 Workshops; 2.1 Data model (2 d) runs in parallel and has 8 days of slack. Created in
   * another order than the WBS, so the export must sort.
   */
  async function plan() {
    const d = await task("Data model", { phaseId: foundation.id, durationDays: 2 });
    const a = await task("Kick-off", { key: "PL-01", durationDays: 5 });
    const s = await task("Workshops", { durationDays: 1 });
    const s1 = await task("Sales workshop", { parentId: s.id, durationDays: 3, predecessors: fs(a.id) });
    const s2 = await task("Service workshop", { parentId: s.id, durationDays: 2, predecessors: fs(s1.id) });
    await t.ds.getRepository(Task).update({ id: a.id }, { importUid: 7 });
    return { a, s, s1, s2, d };
  }

  describe("JSON", () => {
    it("downloads every task in WBS order with its key, UID, early and late dates, slack and critical flag", async () => {
      await plan();
      const res = await request(t.app).get(`${base}/schedule.json`).expect(200);
      expect(res.headers["content-type"]).to.equal("application/json; charset=utf-8");
      expect(res.headers["content-disposition"]).to.equal("attachment; filename=Acme-CRM-rollout-schedule.json");
      expect(res.body.project).to.deep.equal({ id: project.id, name: "Acme CRM rollout", kickoffDate: "2026-03-02" });
      const row = (wbs: string, key: string | null, importUid: number | null, name: string, rest: Record<string, unknown>) => ({ wbs, key, importUid, name, ...rest });
      const leaf = { summary: false, milestone: false, constraintViolated: false };
      expect(res.body.tasks).to.deep.equal([
        row("1.1", "PL-01", 7, "Kick-off", {
          ...leaf, durationDays: 5,
          earlyStart: "2026-03-02", earlyFinish: "2026-03-06", lateStart: "2026-03-02", lateFinish: "2026-03-06",
          totalSlack: 0, freeSlack: 0, critical: true,
        }),
        row("1.2", null, null, "Workshops", {
          summary: true, milestone: false, constraintViolated: false, durationDays: 5,
          earlyStart: "2026-03-09", earlyFinish: "2026-03-13", lateStart: "2026-03-09", lateFinish: "2026-03-13",
          totalSlack: 0, freeSlack: 0, critical: true,
        }),
        row("1.2.1", null, null, "Sales workshop", {
          ...leaf, durationDays: 3,
          earlyStart: "2026-03-09", earlyFinish: "2026-03-11", lateStart: "2026-03-09", lateFinish: "2026-03-11",
          totalSlack: 0, freeSlack: 0, critical: true,
        }),
        row("1.2.2", null, null, "Service workshop", {
          ...leaf, durationDays: 2,
          earlyStart: "2026-03-12", earlyFinish: "2026-03-13", lateStart: "2026-03-12", lateFinish: "2026-03-13",
          totalSlack: 0, freeSlack: 0, critical: true,
        }),
        row("2.1", null, null, "Data model", {
          ...leaf, durationDays: 2,
          earlyStart: "2026-03-02", earlyFinish: "2026-03-03", lateStart: "2026-03-12", lateFinish: "2026-03-13",
          totalSlack: 8, freeSlack: 8, critical: false,
        }),
      ]);
    });

    it("downloads an empty task list for a project without tasks", async () => {
      const res = await request(t.app).get(`${base}/schedule.json`).expect(200);
      expect(res.body).to.deep.equal({ project: { id: project.id, name: "Acme CRM rollout", kickoffDate: "2026-03-02" }, tasks: [] });
    });
  });

  describe("CSV", () => {
    const csv = async (projectBase = base) => {
      const res = await request(t.app).get(`${projectBase}/schedule.csv`).buffer(true).parse(bytes).expect(200);
      return { res, raw: res.body as Buffer };
    };

    it("downloads a header row with exactly the export's columns, then one row per task in WBS order", async () => {
      await plan();
      const { res, raw } = await csv();
      expect(res.headers["content-type"]).to.equal("text/csv; charset=utf-8");
      expect(res.headers["content-disposition"]).to.equal("attachment; filename=Acme-CRM-rollout-schedule.csv");
      expect([...raw.subarray(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const lines = raw.subarray(3).toString("utf8").split("\n");
      expect(lines).to.deep.equal([
        CSV_HEADER,
        "1.1,PL-01,7,Kick-off,false,false,5,2026-03-02,2026-03-06,2026-03-02,2026-03-06,0,0,true,false",
        "1.2,,,Workshops,true,false,5,2026-03-09,2026-03-13,2026-03-09,2026-03-13,0,0,true,false",
        "1.2.1,,,Sales workshop,false,false,3,2026-03-09,2026-03-11,2026-03-09,2026-03-11,0,0,true,false",
        "1.2.2,,,Service workshop,false,false,2,2026-03-12,2026-03-13,2026-03-12,2026-03-13,0,0,true,false",
        "2.1,,,Data model,false,false,2,2026-03-02,2026-03-03,2026-03-12,2026-03-13,8,8,false,false",
        "",
      ]);
    });

    it("keeps a Persian task name intact in UTF-8 after the byte-order mark", async () => {
      await task("تعریف اهداف و شاخص‌ها", { durationDays: 3 });
      const { raw } = await csv();
      expect(raw.subarray(0, 3).toString("hex")).to.equal("efbbbf");
      const [header, row] = raw.subarray(3).toString("utf8").split("\n");
      expect(header).to.equal(CSV_HEADER);
      expect(row.split(",")[3]).to.equal("تعریف اهداف و شاخص‌ها");
      expect(row).to.equal("1.1,,,تعریف اهداف و شاخص‌ها,false,false,3,2026-03-02,2026-03-04,2026-03-02,2026-03-04,0,0,true,false");
    });

    it("quotes a name with a comma and doubles the quotes inside it", async () => {
      await task('Workshop "Sales", wave 1', { durationDays: 1 });
      const { raw } = await csv();
      const row = raw.subarray(3).toString("utf8").split("\n")[1];
      expect(row).to.equal('1.1,,,"Workshop ""Sales"", wave 1",false,false,1,2026-03-02,2026-03-02,2026-03-02,2026-03-02,0,0,true,false');
    });

    it("names the file after a Persian project name, keeping its letters", async () => {
      const fa = await makeProject(t.ds, { name: "پروژه فروش: CRM ۱۴۰۵" });
      const { res } = await csv(`/projects/${fa.id}`);
      expect(res.headers["content-disposition"]).to.contain(`filename*=UTF-8''${encodeURIComponent("پروژه-فروش-CRM-۱۴۰۵-schedule.csv")}`);
    });
  });

  describe("not found", () => {
    it("answers 404 for an unknown or malformed project id", async () => {
      for (const id of ["999", "abc", "0"]) {
        await request(t.app).get(`/projects/${id}/schedule.json`).expect(404);
        await request(t.app).get(`/projects/${id}/schedule.csv`).expect(404);
      }
    });
  });
});
