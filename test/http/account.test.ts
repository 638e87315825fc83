// The page language and the date calendar: ?lang= (remembered in a cookie), the cookie, the profile of a
// signed-in user, the browser's Accept-Language; the profile page saves language and calendar.
import { expect } from "chai";
import request from "supertest";
import * as cheerio from "cheerio";
import { User } from "../../entities";
import { localeFromAcceptLanguage } from "../../server/http/locals";
import { testApp, type TestApp } from "../support/app";

describe("Language and calendar", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp();
  });
  afterEach(() => t.close());

  const htmlOf = async (req: request.Test) => cheerio.load((await req.expect(200)).text)("html");

  it("reads Accept-Language by weight and knows only en and fa", () => {
    expect(localeFromAcceptLanguage("fa-IR,fa;q=0.9,en-US;q=0.8")).to.equal("fa");
    expect(localeFromAcceptLanguage("de-DE,en;q=0.5,fa;q=0.7")).to.equal("fa");
    expect(localeFromAcceptLanguage("de, fr;q=0.8")).to.equal(null);
    expect(localeFromAcceptLanguage("fa;q=0, en")).to.equal("en");
    expect(localeFromAcceptLanguage(undefined)).to.equal(null);
    expect(localeFromAcceptLanguage(";;;q=abc,")).to.equal(null);
  });

  it("follows the profile, then ?lang= and its cookie, then Accept-Language", async () => {
    // The test user's profile says en; a browser asking for Persian does not override a profile.
    expect((await htmlOf(request(t.app).get("/projects").set("Accept-Language", "fa"))).attr("lang")).to.equal("en");
    await t.ds.getRepository(User).update({ email: "admin@example.com" }, { locale: "fa" });
    const fa = await htmlOf(request(t.app).get("/projects"));
    expect([fa.attr("lang"), fa.attr("dir")]).to.deep.equal(["fa", "rtl"]);
    // ?lang= wins and is remembered.
    const res = await request(t.app).get("/projects?lang=en").expect(200);
    expect(String(res.headers["set-cookie"])).to.match(/lang=en/);
    expect((await htmlOf(request(t.app).get("/projects").set("Cookie", "lang=en"))).attr("lang")).to.equal("en");
  });

  it("saves language and calendar on the profile page and applies them", async () => {
    const $ = cheerio.load((await request(t.app).get("/account").expect(200)).text);
    expect($("#field-locale option").map((_i, el) => $(el).attr("value")).get()).to.deep.equal(["en", "fa"]);
    expect($("#field-dateCalendar option").map((_i, el) => $(el).attr("value")).get()).to.deep.equal(["auto", "gregorian", "jalali"]);
    const res = await request(t.app).post("/account").type("form").send({ locale: "fa", dateCalendar: "gregorian", moneyDisplay: "toman" }).expect(303);
    expect(String(res.headers["set-cookie"])).to.match(/lang=fa/);
    const user = await t.ds.getRepository(User).findOneByOrFail({ email: "admin@example.com" });
    expect([user.locale, user.dateCalendar]).to.deep.equal(["fa", "gregorian"]);
    const page = await htmlOf(request(t.app).get("/account"));
    expect(page.attr("lang")).to.equal("fa");
  });

  it("refuses an unknown language or calendar with 422 and keeps the profile", async () => {
    await request(t.app).post("/account").type("form").send({ locale: "de", dateCalendar: "mayan" }).expect(422);
    const user = await t.ds.getRepository(User).findOneByOrFail({ email: "admin@example.com" });
    expect([user.locale, user.dateCalendar]).to.deep.equal(["en", "auto"]);
  });
});

describe("Rials and tomans on the resources page", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp();
  });
  afterEach(() => t.close());

  it("shows rial budgets in tomans for a reader who prefers tomans, totals merged", async () => {
    const { makeProject } = await import("../support/factories");
    const { Resource } = await import("../../entities");
    const project = await makeProject(t.ds);
    const repo = t.ds.getRepository(Resource);
    await repo.save([
      repo.create({ projectId: project.id, kind: "budget", name: "Licences", unit: "IRR", planned: 50_000_000, committed: 10_000_000, memberId: null, notes: "" }),
      repo.create({ projectId: project.id, kind: "budget", name: "Training", unit: "IRT", planned: 1_000_000, committed: 0, memberId: null, notes: "" }),
    ]);
    await t.ds.getRepository(User).update({ email: "admin@example.com" }, { moneyDisplay: "toman" });
    const $ = cheerio.load((await request(t.app).get(`/projects/${project.id}/resources`).expect(200)).text);
    const licences = $("tr", "main").filter((_i, el) => $(el).text().includes("Licences"));
    expect(licences.find('[data-col="planned"]').text()).to.equal("5,000,000");
    expect(licences.text()).to.contain("tomans");
    // Both lines now count in tomans: one total of 6,000,000.
    expect($("main").text()).to.contain("6,000,000");
  });
});
