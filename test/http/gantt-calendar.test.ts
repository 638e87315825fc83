// HTTP: the dashboard's S-curve axis and the share view's Gantt follow the page's date calendar — Jalali
// months in Persian (and for an English user who chose Jalali), Gregorian ones otherwise.
import { expect } from "chai";
import request from "supertest";
import * as cheerio from "cheerio";
import { User, type Project } from "../../entities";
import { testApp, type TestApp } from "../support/app";
import { makeProject, makeTask } from "../support/factories";
import { formBody } from "../support/more-factories";

const TOKEN_URL = /http:\/\/127\.0\.0\.1:\d+\/s\/([A-Za-z0-9_-]{43})/;
const plain = (s: string) => s.replace(/[\u2068\u2069]/g, "");

describe("Gantt and S-curve axes in the page's calendar", () => {
  let t: TestApp;
  let project: Project;

  beforeEach(async () => {
    t = await testApp();
    project = await makeProject(t.ds);
    // 2026-02-23 is 4 Esfand 1404; 2026-05-29 is 8 Khordad 1405.
    await makeTask(t.ds, project.id, { name: "Scope", startDate: "2026-02-23", finishDate: "2026-03-06", durationDays: 10, progress: 30 });
    await makeTask(t.ds, project.id, { name: "Build", startDate: "2026-03-09", finishDate: "2026-05-29", durationDays: 60, position: 2 });
  });
  afterEach(() => t.close());

  const load = async (url: string) => cheerio.load((await request(t.app).get(url).expect(200)).text);
  const scurveTicks = ($: cheerio.CheerioAPI) => $("svg.scurve__svg text.scurve__tick").map((_i, el) => plain($(el).text())).get();

  it("labels the dashboard's S-curve with Jalali months in Persian: فروردین ۱۴۰۵ on 1 Farvardin", async () => {
    const $ = await load(`/projects/${project.id}/dashboard?lang=fa`);
    const ticks = scurveTicks($);
    expect(ticks).to.include.members(["فروردین ۱۴۰۵", "اردیبهشت", "خرداد"]);
    expect(ticks.join(" ")).to.not.contain("مارس");
  });

  it("keeps Gregorian months on the English dashboard, and Jalali ones for an English user who chose Jalali", async () => {
    expect(scurveTicks(await load(`/projects/${project.id}/dashboard`))).to.include.members(["Mar 2026", "Apr", "May"]);
    await t.ds.getRepository(User).update({ email: "admin@example.com" }, { dateCalendar: "jalali" });
    expect(scurveTicks(await load(`/projects/${project.id}/dashboard`))).to.include.members(["Farv 1405", "Ordi", "Khor"]);
  });

  it("draws the Persian share view's Gantt on a Jalali axis with Jalali dates in its grid", async () => {
    const agent = request.agent(t.app);
    await agent.post(`/projects/${project.id}/share`).type("form").send(formBody({ label: "Client", expiresAt: "", locale: "fa" })).expect(303);
    const token = TOKEN_URL.exec((await agent.get(`/projects/${project.id}/share`).expect(200)).text)![1];
    const $ = await load(`/s/${token}?zoom=month`);
    const axis = $("#gantt .gantt-head text.gantt-tick").map((_i, el) => $(el).text()).get();
    expect(axis).to.include.members(["اسفند", "فروردین", "اردیبهشت", "خرداد", "۱۴۰۴", "۱۴۰۵"]);
    const cells = $("#gantt .gantt-grid tbody tr").first().find("td").map((_i, el) => plain($(el).text())).get();
    expect(cells.slice(2, 6)).to.deep.equal(["۴ اسفند ۱۴۰۴", "۱۵ اسفند ۱۴۰۴", "۱۰ روز", "۳۰٪"]);
    // Read-only: no links into the project from the public grid.
    expect($("#gantt .gantt-grid a")).to.have.length(0);
  });
});
