// HTTP: the project calendar — the working week, holidays and extra working days, and the
// rescheduling every change triggers.
import { expect } from "chai";
import request from "supertest";
import * as cheerio from "cheerio";
import { CalendarException, Task, type Phase, type Project } from "../../entities";
import { translate } from "../../server/i18n";
import type { TaskInput } from "../../server/forms/tasks";
import { testApp, type TestApp } from "../support/app";
import { makeProject, phaseOf } from "../support/factories";
import { taskInput } from "../support/more-factories";

const en = (key: string, params?: Record<string, unknown>) => translate("en", key, params);

describe("Calendar", () => {
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
    base = `/projects/${project.id}/calendar`;
  });
  afterEach(() => t.close());

  /** An automatic task created through the service (so it is scheduled), starting at kickoff Mon 2026-03-02 unless linked. */
  const task = (name: string, over: Partial<TaskInput> = {}) => t.services.tasks.create(project.id, taskInput(planning.id, { name, startDate: null, ...over }));
  const datesOf = async (id: number) => {
    const x = await t.ds.getRepository(Task).findOneByOrFail({ id });
    return { start: x.startDate, finish: x.finishDate };
  };
  const exceptions = async (projectId = project.id) =>
    (await t.ds.getRepository(CalendarException).find({ where: { projectId }, order: { date: "ASC" } })).map((e) => ({ date: e.date, working: e.working, name: e.name }));
  const add = (body: Record<string, string>) => request(t.app).post(base).type("form").send(body);
  const page = async () => cheerio.load((await request(t.app).get(base).expect(200)).text);

  describe("page", () => {
    it("shows the working week and the exceptions in date order, with their kind", async () => {
      await t.services.calendar.add(project.id, { dates: ["2026-03-21"], working: true, name: "Stocktake Saturday" });
      await t.services.calendar.add(project.id, { dates: ["2026-03-04"], working: false, name: "Company day" });
      await t.services.calendar.add(other.id, { dates: ["2026-03-05"], working: false, name: "Their holiday" });

      const $ = await page();
      expect($("h1").text().trim()).to.equal(en("calendar.title"));
      expect($('section[aria-labelledby="week-heading"] p').first().text()).to.equal("Monday, Tuesday, Wednesday, Thursday, Friday");
      expect($('section[aria-labelledby="week-heading"] a').attr("href")).to.equal(`/projects/${project.id}/settings`);
      const rows = $("tbody tr")
        .map((_i, el) =>
          $(el)
            .find("td")
            .slice(0, 3)
            .map((_j, td) => $(td).text().trim())
            .get()
            .join(" | "),
        )
        .get();
      expect(rows).to.deep.equal([`4 Mar 2026 | Company day | ${en("calendar.holiday")}`, `21 Mar 2026 | Stocktake Saturday | ${en("calendar.workingDay")}`]);
      expect($("body").text()).not.to.contain("Their holiday");
    });

    it("lists a Saturday–Wednesday week's days by ISO weekday, and the empty state without exceptions", async () => {
      await t.services.projects.update(project.id, {
        name: project.name,
        clientOrganisation: project.clientOrganisation,
        description: project.description,
        kickoffDate: project.kickoffDate,
        workingDays: [1, 2, 3, 6, 7],
      });
      const $ = await page();
      expect($('section[aria-labelledby="week-heading"] p').first().text()).to.equal("Monday, Tuesday, Wednesday, Saturday, Sunday");
      expect($(".empty").text()).to.equal(en("calendar.empty"));
      expect($("table").length).to.equal(0);
    });
  });

  describe("adding exceptions", () => {
    it("reschedules on a holiday: a 5-day task from Mon 2 Mar finishes Mon 9 Mar instead of Fri 6 Mar", async () => {
      const a = await task("Kick-off", { durationDays: 5 });
      const b = await task("Scope", { durationDays: 2, predecessors: [{ predecessorId: a.id, type: "FS", lagDays: 0 }] });
      expect(await datesOf(a.id)).to.deep.equal({ start: "2026-03-02", finish: "2026-03-06" });

      const agent = request.agent(t.app);
      await agent.post(base).type("form").send({ date: "2026-03-04", until: "", name: "Company day" }).expect(303).expect("Location", base);

      expect(await exceptions()).to.deep.equal([{ date: "2026-03-04", working: false, name: "Company day" }]);
      expect(await datesOf(a.id)).to.deep.equal({ start: "2026-03-02", finish: "2026-03-09" });
      expect(await datesOf(b.id)).to.deep.equal({ start: "2026-03-10", finish: "2026-03-11" });
      const $ = cheerio.load((await agent.get(base).expect(200)).text);
      expect($(".flash").text()).to.equal(en("calendar.added", { name: "1" }));
    });

    it("adds one row per day of a range, weekend days included, and skips them all", async () => {
      const a = await task("Kick-off", { durationDays: 5 });
      const agent = request.agent(t.app);
      await agent.post(base).type("form").send({ date: "2026-03-04", until: "2026-03-09", name: "Nowruz" }).expect(303);

      expect(await exceptions()).to.deep.equal(
        ["2026-03-04", "2026-03-05", "2026-03-06", "2026-03-07", "2026-03-08", "2026-03-09"].map((date) => ({ date, working: false, name: "Nowruz" })),
      );
      // Mon 2, Tue 3, then Tue 10, Wed 11, Thu 12.
      expect(await datesOf(a.id)).to.deep.equal({ start: "2026-03-02", finish: "2026-03-12" });
      const $ = cheerio.load((await agent.get(base).expect(200)).text);
      expect($(".flash").text()).to.equal(en("calendar.added", { name: "6" }));
      expect($("tbody tr").length).to.equal(6);
    });

    it("starts the schedule on the next working day when the kickoff day becomes a holiday", async () => {
      const a = await task("Kick-off", { durationDays: 5 });
      await add({ date: "2026-03-02", name: "Company day" }).expect(303);
      expect(await datesOf(a.id)).to.deep.equal({ start: "2026-03-03", finish: "2026-03-09" });
    });

    it("shortens a schedule with an extra working Saturday", async () => {
      const a = await task("Build", { durationDays: 10 });
      expect(await datesOf(a.id)).to.deep.equal({ start: "2026-03-02", finish: "2026-03-13" });
      await add({ date: "2026-03-07", name: "Stocktake Saturday", working: "on" }).expect(303);
      expect(await exceptions()).to.deep.equal([{ date: "2026-03-07", working: true, name: "Stocktake Saturday" }]);
      expect(await datesOf(a.id)).to.deep.equal({ start: "2026-03-02", finish: "2026-03-12" });
    });

    it("accepts a range of a whole leap year, 366 days", async () => {
      await add({ date: "2028-01-01", until: "2028-12-31", name: "Closure" }).expect(303);
      const rows = await exceptions();
      expect(rows).to.have.length(366);
      expect([rows[0].date, rows[365].date]).to.deep.equal(["2028-01-01", "2028-12-31"]);
    });
  });

  describe("validation (422, nothing written)", () => {
    /** Posts, expects 422 with the message beside the field, the input kept, and no exception or task changed. */
    async function refused(body: Record<string, string>, field: string, message: string) {
      const before = await exceptions();
      const tasksBefore = await t.ds.getRepository(Task).find({ order: { id: "ASC" } });
      const res = await add(body).expect(422);
      const $ = cheerio.load(res.text);
      expect($(`#error-${field}`).text()).to.equal(message);
      expect($(`.error-summary a[href="#field-${field}"]`).text()).to.equal(`${en(`calendar.field.${field}`)}: ${message}`);
      for (const [k, v] of Object.entries(body)) if (k !== "working") expect($(`#field-${k}`).val(), k).to.equal(v);
      expect(await exceptions()).to.deep.equal(before);
      expect(await t.ds.getRepository(Task).find({ order: { id: "ASC" } })).to.deep.equal(tasksBefore);
      return $;
    }

    it("refuses a date already in the calendar, naming it", async () => {
      await task("Kick-off");
      await add({ date: "2026-03-04", name: "Company day" }).expect(303);
      await refused({ date: "2026-03-04", until: "", name: "Again" }, "date", en("calendar.errors.duplicate", { date: "2026-03-04" }));
    });

    it("refuses a range that overlaps a listed date, writing none of its days", async () => {
      await task("Kick-off");
      await add({ date: "2026-03-06", name: "Company day" }).expect(303);
      await refused({ date: "2026-03-04", until: "2026-03-10", name: "Nowruz" }, "date", en("calendar.errors.duplicate", { date: "2026-03-06" }));
    });

    it("refuses an end of range before its first day", async () => {
      await refused({ date: "2026-03-10", until: "2026-03-09", name: "Nowruz" }, "until", en("errors.finishBeforeStart"));
    });

    it("refuses a range longer than a year", async () => {
      await refused({ date: "2028-01-01", until: "2029-01-01", name: "Closure" }, "until", en("calendar.errors.rangeTooLong"));
    });

    it("refuses a missing or impossible date", async () => {
      await refused({ date: "", until: "", name: "Company day" }, "date", en("errors.required"));
      await refused({ date: "2026-02-30", until: "", name: "Company day" }, "date", en("errors.date"));
    });
  });

  describe("deleting exceptions", () => {
    it("restores the dates when a holiday is removed", async () => {
      const a = await task("Kick-off", { durationDays: 5 });
      await add({ date: "2026-03-04", name: "Company day" }).expect(303);
      expect(await datesOf(a.id)).to.deep.equal({ start: "2026-03-02", finish: "2026-03-09" });
      const ex = await t.ds.getRepository(CalendarException).findOneByOrFail({ projectId: project.id, date: "2026-03-04" });

      const agent = request.agent(t.app);
      await agent.post(`${base}/${ex.id}/delete`).expect(303).expect("Location", base);
      expect(await exceptions()).to.deep.equal([]);
      expect(await datesOf(a.id)).to.deep.equal({ start: "2026-03-02", finish: "2026-03-06" });
      const $ = cheerio.load((await agent.get(base).expect(200)).text);
      expect($(".flash").text()).to.equal(en("calendar.deleted", { name: "2026-03-04" }));
    });

    it("answers 404 for another project's exception or a non-numeric id, and changes nothing", async () => {
      const a = await task("Kick-off", { durationDays: 5 });
      await add({ date: "2026-03-04", name: "Company day" }).expect(303);
      await t.services.calendar.add(other.id, { dates: ["2026-03-05"], working: false, name: "Their holiday" });
      const theirs = await t.ds.getRepository(CalendarException).findOneByOrFail({ projectId: other.id });
      for (const id of [String(theirs.id), "999", "abc", "0"]) await request(t.app).post(`${base}/${id}/delete`).expect(404);
      expect(await exceptions()).to.deep.equal([{ date: "2026-03-04", working: false, name: "Company day" }]);
      expect(await exceptions(other.id)).to.deep.equal([{ date: "2026-03-05", working: false, name: "Their holiday" }]);
      expect(await datesOf(a.id)).to.deep.equal({ start: "2026-03-02", finish: "2026-03-09" });
    });

    it("answers 404 for the calendar of an unknown project", async () => {
      await request(t.app).get("/projects/999/calendar").expect(404);
      await request(t.app).post("/projects/999/calendar").type("form").send({ date: "2026-03-04", name: "Company day" }).expect(404);
      expect(await t.ds.getRepository(CalendarException).count()).to.equal(0);
    });
  });
});
