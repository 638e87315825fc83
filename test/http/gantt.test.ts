// HTTP: the Gantt page — chart and grid, zoom, filters, collapse, critical path, baseline, RTL, bad input.
import { expect } from "chai";
import request from "supertest";
import * as cheerio from "cheerio";
import { Baseline, BaselineTask, Project, Task, User, type Member, type Phase } from "../../entities";
import { testApp, type TestApp } from "../support/app";
import { makeLink, makeMember, makeProject, makeTask, phaseOf } from "../support/factories";

describe("Gantt", () => {
  let t: TestApp;
  let project: Project;
  let foundation: Phase;
  let sara: Member;
  let reza: Member;
  let base: string;
  let goals: Task;
  let workshops: Task;
  let sales: Task;
  let service: Task;
  let model: Task;

  beforeEach(async () => {
    t = await testApp();
    project = await makeProject(t.ds);
    foundation = await phaseOf(t.ds, project.id, "foundation");
    sara = await makeMember(t.ds, project.id, { name: "Sara Ahmadi" });
    reza = await makeMember(t.ds, project.id, { name: "Reza Karimi" });
    base = `/projects/${project.id}/gantt`;
    goals = await makeTask(t.ds, project.id, { name: "Define goals", position: 1, assigneeId: sara.id });
    workshops = await makeTask(t.ds, project.id, { name: "Workshops", position: 2 });
    sales = await makeTask(t.ds, project.id, { name: "Sales workshop", parentId: workshops.id, position: 1, startDate: "2026-03-09", finishDate: "2026-03-13", assigneeId: reza.id });
    service = await makeTask(t.ds, project.id, { name: "Service workshop", parentId: workshops.id, position: 2, startDate: "2026-03-16", finishDate: "2026-03-20", assigneeId: sara.id });
    model = await makeTask(t.ds, project.id, { name: "Data model", phaseId: foundation.id, position: 1, startDate: "2026-03-23", finishDate: "2026-03-27" });
    await makeLink(t.ds, project.id, goals.id, sales.id);
    await makeLink(t.ds, project.id, sales.id, service.id, { type: "SS" });
  });
  afterEach(() => t.close());

  const page = async (query = "") => cheerio.load((await request(t.app).get(`${base}${query}`).expect(200)).text);
  const gridIds = ($: cheerio.CheerioAPI) => $(".gantt-grid tbody tr").map((_i, el) => Number($(el).attr("id")!.replace("gantt-row-", ""))).get();
  const barIds = ($: cheerio.CheerioAPI) => $(".gantt-body g.gantt-bar").map((_i, el) => Number($(el).attr("data-task"))).get();

  it("renders the grid and an SVG chart with one bar per task, in WBS order, and links the Gantt stylesheet", async () => {
    const $ = await page();
    expect($("h1").text()).to.equal("Gantt chart");
    expect($('link[rel="stylesheet"][href="/public/css/gantt.css"]')).to.have.length(1);
    const svg = $("svg.gantt-body");
    expect(svg.attr("role")).to.equal("img");
    expect(svg.attr("aria-label")).to.match(/^Timeline of 5 tasks from /);
    const order = [goals.id, workshops.id, sales.id, service.id, model.id];
    expect(gridIds($)).to.deep.equal(order);
    expect(barIds($)).to.deep.equal(order);
    expect($(`g.gantt-bar[data-task="${workshops.id}"]`).hasClass("gantt-bar--summary")).to.equal(true);
    expect($(`#gantt-row-${sales.id} td`).eq(0).text()).to.equal("1.2.1");
    expect($(`#gantt-row-${sales.id} .gantt-grid__task`).attr("href")).to.equal(`/projects/${project.id}/tasks/${sales.id}/edit`);
    expect($(`#gantt-row-${sales.id} td`).eq(2).text()).to.equal("9 Mar 2026");
    expect($(`#gantt-row-${sales.id} td`).eq(6).text()).to.equal("Reza Karimi");
    expect($(`g.gantt-bar[data-task="${sales.id}"] title`).text()).to.contain("Sales workshop").and.contain("9 Mar 2026 – 13 Mar 2026");
    expect($(".gantt-link")).to.have.length(2);
    expect($(".gantt-today")).to.have.length.above(0);
    // Two phase bands; Foundation's single week is too narrow for its label at this zoom.
    expect($(".gantt-phase")).to.have.length(2);
    expect($(".gantt-phase__label").map((_i, el) => $(el).text()).get()).to.deep.equal(["Planning"]);
    expect($('nav.gantt-zoom a[aria-current="true"]').text()).to.equal("Week");
    // No inline styles or scripts: the CSP forbids them.
    expect($("[style]")).to.have.length(0);
    expect($("script:not([src])")).to.have.length(0);
  });

  it("shows what to do next when the project has no tasks", async () => {
    const empty = await makeProject(t.ds, { name: "Empty rollout" });
    const $ = cheerio.load((await request(t.app).get(`/projects/${empty.id}/gantt`).expect(200)).text);
    expect($("svg.gantt-body")).to.have.length(0);
    expect($(".empty").text()).to.contain("No tasks yet");
    expect($(".empty a").attr("href")).to.equal(`/projects/${empty.id}/tasks/new`);
  });

  it("answers 404 for an unknown project", async () => {
    await request(t.app).get("/projects/9999/gantt").expect(404);
    await request(t.app).get("/projects/abc/gantt").expect(404);
  });

  describe("filters", () => {
    it("shows one phase's tasks with ?phase=", async () => {
      const $ = await page("?phase=foundation");
      expect(gridIds($)).to.deep.equal([model.id]);
      expect($("#gantt-phase option[selected]").attr("value")).to.equal("foundation");
      expect($(".gantt-filters a").attr("href")).to.equal(base);
    });

    it("shows a member's tasks with ?assignee=, keeping their summaries so the WBS still reads", async () => {
      expect(gridIds(await page(`?assignee=${reza.id}`))).to.deep.equal([workshops.id, sales.id]);
      expect(gridIds(await page(`?assignee=${sara.id}`))).to.deep.equal([goals.id, workshops.id, service.id]);
    });

    it("shows critical tasks only with ?criticalOnly=1", async () => {
      await t.ds.getRepository(Task).update({ id: model.id }, { critical: true });
      const $ = await page("?criticalOnly=1");
      expect(gridIds($)).to.deep.equal([model.id]);
      expect($("#gantt-critical-only").attr("checked")).to.equal("checked");
    });

    it("says so when nothing matches, with a way back", async () => {
      const $ = await page("?assignee=99999");
      expect($("svg.gantt-body")).to.have.length(0);
      expect($(".empty").text()).to.contain("No tasks match");
      expect($(".empty a").attr("href")).to.equal(base);
    });

    it("never fails on unreadable filter values: they are ignored", async () => {
      for (const q of ["?phase=nope", "?assignee=abc", "?assignee=-1", "?criticalOnly=yes", "?collapse=abc,,-3,99999999999", "?zoom[]=day&phase[]=planning", "?assignee=99999999999999999999"]) {
        const res = await request(t.app).get(`${base}${q}`);
        expect(res.status, q).to.equal(200);
      }
      expect(gridIds(await page("?phase=nope&assignee=abc"))).to.have.length(5);
    });

    it("keeps zoom, critical path and collapsed summaries in the filter form", async () => {
      const $ = await page(`?zoom=month&critical=1&collapse=${workshops.id}`);
      expect($('.gantt-filters input[name="zoom"]').val()).to.equal("month");
      expect($('.gantt-filters input[name="critical"]').val()).to.equal("1");
      expect($('.gantt-filters input[name="collapse"]').val()).to.equal(String(workshops.id));
    });
  });

  describe("zoom", () => {
    it("draws months below years at ?zoom=month, with month names from the catalogue", async () => {
      const $ = await page("?zoom=month");
      expect($('nav.gantt-zoom a[aria-current="true"]').text()).to.equal("Month");
      expect($(".gantt").hasClass("gantt--month")).to.equal(true);
      const labels = $(".gantt-head text.gantt-tick").map((_i, el) => $(el).text()).get();
      expect(labels).to.include.members(["2026", "March"]);
    });

    it("changes the scale: the same task is wider at day zoom than at week zoom", async () => {
      const width = ($: cheerio.CheerioAPI) => Number($(`g.gantt-bar[data-task="${goals.id}"] rect.gantt-bar__shape`).attr("width"));
      expect(width(await page("?zoom=day"))).to.equal(5 * 24);
      expect(width(await page())).to.equal(5 * 8);
    });

    it("falls back to week for an unknown zoom", async () => {
      const $ = await page("?zoom=decade");
      expect($('nav.gantt-zoom a[aria-current="true"]').text()).to.equal("Week");
      expect($(".gantt").hasClass("gantt--week")).to.equal(true);
    });

    it("keeps the filters in the zoom links", async () => {
      const $ = await page(`?phase=planning&assignee=${sara.id}`);
      expect($("nav.gantt-zoom a").first().attr("href")).to.equal(`${base}?zoom=day&phase=planning&assignee=${sara.id}`);
    });
  });

  describe("collapse", () => {
    it("hides a collapsed summary's subtasks and their links, with a plain link to expand it again", async () => {
      const $ = await page(`?collapse=${workshops.id}`);
      expect(gridIds($)).to.deep.equal([goals.id, workshops.id, model.id]);
      expect(barIds($)).to.deep.equal([goals.id, workshops.id, model.id]);
      expect($(".gantt-link")).to.have.length(0);
      const toggle = $(`#gantt-row-${workshops.id} a.gantt-toggle`);
      expect(toggle.attr("aria-expanded")).to.equal("false");
      expect(toggle.attr("href")).to.equal(`${base}#gantt-row-${workshops.id}`);
      expect(toggle.text()).to.contain("Expand Workshops");
    });

    it("offers a collapse link on each expanded summary row and none on leaves", async () => {
      const $ = await page("?zoom=month");
      const toggle = $(`#gantt-row-${workshops.id} a.gantt-toggle`);
      expect(toggle.attr("aria-expanded")).to.equal("true");
      expect(toggle.attr("href")).to.equal(`${base}?zoom=month&collapse=${workshops.id}#gantt-row-${workshops.id}`);
      expect($(`#gantt-row-${goals.id} a.gantt-toggle`)).to.have.length(0);
    });
  });

  describe("critical path", () => {
    beforeEach(async () => {
      await t.ds.getRepository(Task).update({ id: goals.id }, { critical: true, totalSlack: 0 });
      await t.ds.getRepository(Task).update({ id: sales.id }, { critical: true, totalSlack: 0 });
    });

    it("draws critical bars and links in the accent when ?critical=1 is on, and not otherwise", async () => {
      const off = await page();
      expect(off(".gantt-body .gantt-bar--critical")).to.have.length(0);
      expect(off(".gantt-critical-toggle").attr("href")).to.equal(`${base}?critical=1`);
      const on = await page("?critical=1");
      expect(on(".gantt-body .gantt-bar--critical").map((_i, el) => Number(on(el).attr("data-task"))).get()).to.deep.equal([goals.id, sales.id]);
      expect(on(".gantt-link--critical")).to.have.length(1);
      expect(on(".gantt-critical-toggle").text()).to.equal("Hide critical path");
      expect(on(`g.gantt-bar[data-task="${goals.id}"] title`).text()).to.contain("Total slack: 0 working days").and.contain("On the critical path");
    });
  });

  describe("baseline", () => {
    it("draws a thin baseline bar under each task of the compared baseline", async () => {
      const none = await page();
      expect(none(".gantt-body .gantt-baseline")).to.have.length(0);
      const baseline = await t.ds.getRepository(Baseline).save({ projectId: project.id, name: "Signed plan" });
      await t.ds.getRepository(BaselineTask).save([
        { baselineId: baseline.id, taskId: goals.id, startDate: "2026-03-02", finishDate: "2026-03-04", durationDays: 3 },
        { baselineId: baseline.id, taskId: sales.id, startDate: "2026-03-09", finishDate: "2026-03-13", durationDays: 5 },
      ]);
      await t.ds.getRepository(Project).update({ id: project.id }, { comparedBaselineId: baseline.id });
      const $ = await page();
      expect($(".gantt-body .gantt-baseline")).to.have.length(2);
      expect($(`g.gantt-bar[data-task="${goals.id}"] .gantt-baseline`).attr("width")).to.equal(String(3 * 8));
      expect($(".gantt-baseline-note").text()).to.contain("Signed plan");
      // Finishing after its baseline finish makes a task late.
      expect($(`g.gantt-bar[data-task="${goals.id}"]`).hasClass("gantt-bar--late")).to.equal(true);
      expect($(`g.gantt-bar[data-task="${sales.id}"]`).hasClass("gantt-bar--late")).to.equal(false);
    });
  });

  it("escapes task and member names everywhere they appear", async () => {
    await t.ds.getRepository(Task).update({ id: goals.id }, { name: `<script>alert(1)</script> & "goals"` });
    const res = await request(t.app).get(`${base}?phase=planning`).expect(200);
    expect(res.text).to.not.contain("<script>alert(1)</script>");
    expect(res.text).to.contain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;goals&quot;");
    const $ = cheerio.load(res.text);
    expect($(`#gantt-row-${goals.id} .gantt-grid__task`).text()).to.equal(`<script>alert(1)</script> & "goals"`);
  });

  const asCalendar = (dateCalendar: string) => t.ds.getRepository(User).update({ email: "admin@example.com" }, { dateCalendar });
  const ticks = ($: cheerio.CheerioAPI) => $(".gantt-head text.gantt-tick").map((_i, el) => $(el).text()).get();

  it("mirrors the chart in Persian: time runs right to left and the axis speaks Persian", async () => {
    // With the Gregorian calendar chosen, the Persian chart spans the same days as the English one.
    await asCalendar("gregorian");
    const ltr = await page("?zoom=month");
    const rtl = cheerio.load((await request(t.app).get(`${base}?zoom=month&lang=fa`).expect(200)).text);
    expect(rtl("html").attr("dir")).to.equal("rtl");
    const width = Number(ltr("svg.gantt-body").attr("width"));
    expect(Number(rtl("svg.gantt-body").attr("width"))).to.equal(width);
    const shape = ($: cheerio.CheerioAPI) => $(`g.gantt-bar[data-task="${goals.id}"] rect.gantt-bar__shape`);
    const x = Number(shape(ltr).attr("x"));
    const w = Number(shape(ltr).attr("width"));
    expect(Number(shape(rtl).attr("x"))).to.equal(width - x - w);
    expect(ticks(rtl)).to.include.members(["مارس", "۲۰۲۶"]);
    expect(rtl("svg.gantt-body [transform]")).to.have.length(0);
  });

  describe("Jalali calendar", () => {
    // 2026-03-02 is 11 Esfand 1404, 2026-03-09 is 18 Esfand, 2026-03-21 is 1 Farvardin 1405.
    it("labels the axis with Jalali months and years in Persian words and digits by default in Persian", async () => {
      const $ = cheerio.load((await request(t.app).get(`${base}?zoom=month&lang=fa`).expect(200)).text);
      expect(ticks($)).to.include.members(["اسفند", "فروردین", "۱۴۰۴", "۱۴۰۵"]);
      expect(ticks($)).to.not.include("مارس");
      expect(ticks($).join(" ")).to.not.match(/[0-9]/);
    });

    it("writes a month with its Jalali year above the weeks and days", async () => {
      for (const zoom of ["week", "day"]) {
        const $ = cheerio.load((await request(t.app).get(`${base}?zoom=${zoom}&lang=fa`).expect(200)).text);
        expect($(".gantt-head text.gantt-tick--top").map((_i, el) => $(el).text()).get(), zoom).to.include("فروردین ۱۴۰۵");
      }
      const day = cheerio.load((await request(t.app).get(`${base}?zoom=day&lang=fa`).expect(200)).text);
      const days = day(".gantt-head text.gantt-tick:not(.gantt-tick--top)").map((_i, el) => day(el).text()).get();
      // Esfand 1404 has 29 days: the 29th is followed by 1 Farvardin.
      expect(days.join(" ")).to.contain("۲۸ ۲۹ ۱ ۲ ۳");
    });

    it("starts the weeks on Saturday in Persian, each labelled with its Saturday's Jalali day", async () => {
      const $ = cheerio.load((await request(t.app).get(`${base}?lang=fa`).expect(200)).text);
      const weeks = $(".gantt-head text.gantt-tick:not(.gantt-tick--top)").map((_i, el) => $(el).text()).get();
      // Saturdays 2026-03-07, 03-14, 03-21 (1 Farvardin 1405), 03-28: 16, 23 Esfand, then 1, 8 Farvardin.
      expect(weeks.join(" ")).to.contain("۱۶ ۲۳ ۱ ۸");
      const english = await page();
      // Mondays 2026-03-02, 03-09, 03-16, 03-23 in English.
      expect(ticks(english).join(" ")).to.contain("2 9 16 23");
    });

    it("shows the grid's dates and the tooltips in the Jalali calendar", async () => {
      const $ = cheerio.load((await request(t.app).get(`${base}?lang=fa`).expect(200)).text);
      expect($(`#gantt-row-${sales.id} td`).eq(2).text()).to.equal("۱۸ اسفند ۱۴۰۴");
      expect($(`#gantt-row-${sales.id} td`).eq(2).find("bdi")).to.have.length(1);
      const title = $(`g.gantt-bar[data-task="${sales.id}"] title`).text();
      expect(title.replace(/[\u2068\u2069]/g, "")).to.contain("۱۸ اسفند ۱۴۰۴ تا ۲۲ اسفند ۱۴۰۴");
      // The WBS number and a Latin name keep their own direction inside the Persian tooltip.
      expect(title).to.contain("\u20681.2.1\u2069 \u2068Sales workshop\u2069");
      expect($("svg.gantt-body").attr("aria-label")!.replace(/[\u2068\u2069]/g, "")).to.contain("اسفند ۱۴۰۴");
    });

    it("follows the user's calendar in English: Jalali month names in Latin letters", async () => {
      await asCalendar("jalali");
      const $ = await page("?zoom=month");
      expect(ticks($)).to.include.members(["Esfand", "Farvardin", "1404", "1405"]);
      expect($(`#gantt-row-${sales.id} td`).eq(2).text()).to.equal("18 Esfand 1404");
      expect($(`g.gantt-bar[data-task="${sales.id}"] title`).text()).to.contain("18 Esfand 1404 – 22 Esfand 1404");
    });

    it("keeps the English Gregorian axis as it was", async () => {
      const $ = await page("?zoom=month");
      expect(ticks($)).to.include.members(["2026", "March"]);
      expect(ticks($)).to.not.include("Esfand");
    });
  });
});
