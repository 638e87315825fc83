// HTTP: dates in the page's calendar — a Persian page shows and takes Jalali dates (typed year/month/day
// text fields, Persian digits), an English one keeps the browser's date picker and ISO; a profile's
// calendar overrides the language's; a share link uses its own language's calendar.
import { expect } from "chai";
import request from "supertest";
import * as cheerio from "cheerio";
import { Task, User, type Phase, type Project } from "../../entities";
import { translate } from "../../server/i18n";
import { testApp, type TestApp } from "../support/app";
import { makeProject, makeTask, phaseOf } from "../support/factories";
import { formBody } from "../support/more-factories";

const FA = "lang=fa";

describe("Dates in the user's calendar", () => {
  let t: TestApp;
  let project: Project;
  let planning: Phase;
  let base: string;

  beforeEach(async () => {
    t = await testApp();
    project = await makeProject(t.ds);
    planning = await phaseOf(t.ds, project.id, "planning");
    base = `/projects/${project.id}/tasks`;
  });
  afterEach(() => t.close());

  const page = async (url: string, cookie = FA) => cheerio.load((await request(t.app).get(url).set("Cookie", cookie).expect(200)).text);
  const reload = (id: number) => t.ds.getRepository(Task).findOneByOrFail({ id });
  const setCalendar = (dateCalendar: string) => t.ds.getRepository(User).update({ email: "admin@example.com" }, { dateCalendar });

  /** A task form body: a manual task pinned to its start, so the stored start is the typed one. */
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
    manual: "manual",
    constraintType: "ASAP",
    constraintDate: "",
    ...over,
  });

  describe("in a Persian page (Jalali by default)", () => {
    it("shows a stored date in a typed Jalali field with Persian digits, a placeholder and a hint", async () => {
      const task = await makeTask(t.ds, project.id, { name: "Go-live", startDate: "2026-11-22", finishDate: "2026-11-26", constraintType: "SNET", constraintDate: "2026-11-22" });
      const $ = await page(`${base}/${task.id}/edit?lang=fa`);
      const start = $("#field-startDate");
      expect(start.attr("type")).to.equal("text");
      expect([start.attr("inputmode"), start.attr("dir"), start.attr("autocomplete")]).to.deep.equal(["numeric", "ltr", "off"]);
      expect(start.val()).to.equal("۱۴۰۵/۰۹/۰۱");
      expect(start.attr("placeholder")).to.equal("۱۴۰۵/۰۹/۰۱");
      expect($("#field-constraintDate").val()).to.equal("۱۴۰۵/۰۹/۰۱");
      // The hint joins the field's own help and is announced with it.
      expect($("#help-startDate").text()).to.contain(translate("fa", "tasks.field.startHelp")).and.contain(translate("fa", "account.calendar.jalali"));
      expect(start.attr("aria-describedby")).to.equal("help-startDate");
      expect($("#help-constraintDate").text()).to.contain("۱۴۰۵/۰۹/۰۱");
      expect($('input[type="date"]').length).to.equal(0);
    });

    it("saves a Jalali date typed in Persian digits as the right ISO date", async () => {
      const task = await makeTask(t.ds, project.id, { name: "Go-live" });
      await request(t.app)
        .post(`${base}/${task.id}`)
        .set("Cookie", FA)
        .type("form")
        .send(taskForm({ name: "Go-live", startDate: "۱۴۰۵/۰۹/۰۲", constraintType: "SNET", constraintDate: "1405/9/2" }))
        .expect(303);
      expect(await reload(task.id)).to.include({ startDate: "2026-11-23", constraintDate: "2026-11-23", finishDate: "2026-11-27" });
      // …and shows it back in Jalali in the table.
      const $ = await page(`${base}?lang=fa`);
      expect($(`#task-${task.id} td`).eq(2).text().trim()).to.equal("۲ آذر ۱۴۰۵");
      expect($(`#task-${task.id} td`).eq(3).text().trim()).to.equal("۶ آذر ۱۴۰۵");
    });

    it("still takes a Gregorian date typed in a Jalali field", async () => {
      const task = await makeTask(t.ds, project.id, { name: "Go-live" });
      await request(t.app).post(`${base}/${task.id}`).set("Cookie", FA).type("form").send(taskForm({ startDate: "۲۰۲۶-۱۱-۲۳" })).expect(303);
      expect((await reload(task.id)).startDate).to.equal("2026-11-23");
    });

    it("refuses a day that does not exist (Esfand 30 of a common year) with 422, keeping the text as typed", async () => {
      const task = await makeTask(t.ds, project.id, { name: "Go-live" });
      const res = await request(t.app).post(`${base}/${task.id}`).set("Cookie", FA).type("form").send(taskForm({ startDate: "۱۴۰۴/۱۲/۳۰" })).expect(422);
      const $ = cheerio.load(res.text);
      expect($("#error-startDate").text()).to.equal(translate("fa", "errors.date"));
      expect($("#field-startDate").val()).to.equal("۱۴۰۴/۱۲/۳۰");
      expect($("#field-startDate").attr("aria-invalid")).to.equal("true");
      expect($("#field-startDate").attr("aria-describedby")).to.equal("help-startDate error-startDate");
      expect((await reload(task.id)).startDate).to.equal("2026-03-02");
    });

    it("shows dates in prose in Jalali: the activity log's calendar exceptions and the dashboard's S-curve", async () => {
      await request(t.app)
        .post(`/projects/${project.id}/calendar`)
        .set("Cookie", FA)
        .type("form")
        .send(formBody({ date: "۱۴۰۵/۰۱/۰۱", until: "", name: "Nowruz" }))
        .expect(303);
      const $ = await page(`/projects/${project.id}/activity?lang=fa`);
      expect($("body").text()).to.contain("۱ فروردین ۱۴۰۵");
      expect($("body").text()).not.to.contain("2026-03-21");
      await makeTask(t.ds, project.id, { progress: 20 });
      const dash = await page(`/projects/${project.id}/dashboard?lang=fa`);
      expect(dash("body").text()).to.contain("۱۱ اسفند ۱۴۰۴"); // today, 2026-03-02
    });

    it("filters the activity log by Jalali dates and keeps them in the filter form", async () => {
      const $ = await page(`/projects/${project.id}/activity?lang=fa&from=${encodeURIComponent("۱۴۰۴/۱۲/۰۱")}&to=1404/12/11`);
      expect($("#field-from").val()).to.equal("۱۴۰۴/۱۲/۰۱");
      expect($("#field-to").val()).to.equal("۱۴۰۴/۱۲/۱۱");
    });
  });

  describe("in an English page (Gregorian by default)", () => {
    it("keeps the browser's date picker with ISO values and English dates", async () => {
      const task = await makeTask(t.ds, project.id, { name: "Go-live", startDate: "2026-11-23", finishDate: "2026-11-27", manual: true });
      const $ = await page(`${base}/${task.id}/edit`, "lang=en");
      expect($("#field-startDate").attr("type")).to.equal("date");
      expect($("#field-startDate").val()).to.equal("2026-11-23");
      expect($("#field-startDate").attr("placeholder")).to.equal(undefined);
      expect($("#help-startDate").text()).to.equal(translate("en", "tasks.field.startHelp"));
      const table = await page(base, "lang=en");
      expect(table(`#task-${task.id} td`).eq(2).text().trim()).to.equal("23 Nov 2026");
    });
  });

  describe("with the profile's calendar overriding the language's", () => {
    it("English with Jalali: typed Jalali fields in Latin digits, dates like 1 Azar 1405", async () => {
      await setCalendar("jalali");
      const task = await makeTask(t.ds, project.id, { name: "Go-live", startDate: "2026-11-22", finishDate: "2026-11-26", manual: true });
      const $ = await page(`${base}/${task.id}/edit`, "lang=en");
      expect($("#field-startDate").attr("type")).to.equal("text");
      expect($("#field-startDate").val()).to.equal("1405/09/01");
      expect($("#field-startDate").attr("placeholder")).to.equal("1405/09/01");
      const table = await page(base, "lang=en");
      expect(table(`#task-${task.id} td`).eq(2).text().trim()).to.equal("1 Azar 1405");
      await request(t.app).post(`${base}/${task.id}`).set("Cookie", "lang=en").type("form").send(taskForm({ name: "Go-live", startDate: "1405/09/02" })).expect(303);
      expect((await reload(task.id)).startDate).to.equal("2026-11-23");
    });

    it("Persian with Gregorian: the date picker with ISO values, Gregorian dates in Persian", async () => {
      await setCalendar("gregorian");
      const task = await makeTask(t.ds, project.id, { name: "Go-live", startDate: "2026-11-22", finishDate: "2026-11-26", manual: true });
      const $ = await page(`${base}/${task.id}/edit?lang=fa`);
      expect($("#field-startDate").attr("type")).to.equal("date");
      expect($("#field-startDate").val()).to.equal("2026-11-22");
      const table = await page(`${base}?lang=fa`);
      expect(table(`#task-${task.id} td`).eq(2).text().trim()).to.equal("۲۲ نوامبر ۲۰۲۶");
    });
  });

  describe("share links", () => {
    const TOKEN_URL = /\/s\/([A-Za-z0-9_-]{20,})/;
    const tokenFor = async (locale: string) => {
      const agent = request.agent(t.app);
      await agent.post(`/projects/${project.id}/share`).type("form").send(formBody({ label: "Board", expiresAt: "", locale })).expect(303);
      return TOKEN_URL.exec((await agent.get(`/projects/${project.id}/share`).expect(200)).text)![1];
    };

    it("use their own language's calendar, whatever the visitor's profile says", async () => {
      await makeTask(t.ds, project.id, { progress: 10 });
      const fa = await tokenFor("fa");
      const en = await tokenFor("en");
      await setCalendar("gregorian");
      const faPage = cheerio.load((await request(t.app).get(`/s/${fa}`).expect(200)).text);
      expect(faPage(".page-header__sub").text()).to.contain(translate("fa", "share.public.sub", { date: "۱۱ اسفند ۱۴۰۴" }));
      await setCalendar("jalali");
      const enPage = cheerio.load((await request(t.app).get(`/s/${en}`).expect(200)).text);
      expect(enPage(".page-header__sub").text()).to.contain(translate("en", "share.public.sub", { date: "2 Mar 2026" }));
    });
  });
});
