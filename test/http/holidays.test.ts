// Loading Iran's public holidays into a project's calendar: the list with national holidays ticked and
// religious (estimated) ones not; adding the ticked ones as named non-working days, skipping known dates.
import { expect } from "chai";
import request from "supertest";
import * as cheerio from "cheerio";
import { CalendarException } from "../../entities";
import { translate } from "../../server/i18n";
import { testApp, type TestApp } from "../support/app";
import { makeProject } from "../support/factories";
import { iranHolidays } from "../../server/services/holiday-files";

describe("Iranian public holidays in a project's calendar", () => {
  let t: TestApp;
  let base: string;
  beforeEach(async () => {
    t = await testApp();
    const project = await makeProject(t.ds, { kickoffDate: "2025-03-01" });
    base = `/projects/${project.id}/calendar`;
  });
  afterEach(() => t.close());

  it("lists every holiday of the file by Jalali year, national ones ticked", async () => {
    const $ = cheerio.load((await request(t.app).get(`${base}/holidays`).expect(200)).text);
    const file = iranHolidays();
    expect($('input[name="holiday"]')).to.have.length(file.holidays.length);
    expect($('input[name="holiday"][checked]')).to.have.length(file.holidays.filter((h) => !h.estimated).length);
    expect($("legend").map((_i, el) => $(el).text()).get()).to.deep.equal(["Year 1404", "Year 1405", "Year 1406", "Year 1407"]);
    const link = cheerio.load((await request(t.app).get(base).expect(200)).text)(`a[href="${base}/holidays"]`);
    expect(link.text()).to.equal(translate("en", "holidays.link"));
  });

  it("shows Persian names and a Persian year in fa", async () => {
    const $ = cheerio.load((await request(t.app).get(`${base}/holidays?lang=fa`).expect(200)).text);
    expect($("legend").first().text()).to.equal("سال ۱۴۰۴");
    expect($("tbody tr").first().text()).to.contain("عید نوروز");
  });

  it("adds the ticked days once, named, and skips dates already listed", async () => {
    const file = iranHolidays();
    const nowruz = file.holidays.findIndex((h) => h.date === "2025-03-21" && h.kind === "national");
    const sizdah = file.holidays.findIndex((h) => h.date === "2025-04-02");
    await t.ds.getRepository(CalendarException).insert({ projectId: Number(base.split("/")[2]), date: "2025-04-02", working: false, name: "Mine" });
    await request(t.app).post(`${base}/holidays`).type("form").send({ holiday: [String(nowruz), String(sizdah), String(nowruz), "99999", "x"] }).expect(303);
    const rows = await t.ds.getRepository(CalendarException).find({ order: { date: "ASC" } });
    expect(rows.map((r) => [r.date, r.working, r.name])).to.deep.equal([
      ["2025-03-21", false, "Nowruz"],
      ["2025-04-02", false, "Mine"],
    ]);
  });

  it("asks for at least one holiday (422) and writes nothing", async () => {
    const $ = cheerio.load((await request(t.app).post(`${base}/holidays`).type("form").send({}).expect(422)).text);
    expect($(".error-summary").text()).to.contain(translate("en", "holidays.errors.none"));
    expect(await t.ds.getRepository(CalendarException).count()).to.equal(0);
  });
});
