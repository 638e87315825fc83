// HTTP: the printable status report — the dashboard's status, the next two weeks, risk signals with their
// mitigations, the print link and the print view without the app's navigation.
import { expect } from "chai";
import request from "supertest";
import * as cheerio from "cheerio";
import { Phase, type Project } from "../../entities";
import { translate } from "../../server/i18n";
import { testApp, type TestApp } from "../support/app";
import { makeChecklistItem, makeProject, makeTask, phaseOf } from "../support/factories";
import { makeGoal } from "../support/register-factories";

const en = (key: string, params?: Record<string, unknown>) => translate("en", key, params);

describe("Status report", () => {
  let t: TestApp;
  let project: Project;
  let url: string;

  beforeEach(async () => {
    t = await testApp();
    project = await makeProject(t.ds);
    url = `/projects/${project.id}/status-report`;
  });
  afterEach(() => t.close());

  const report = async (query = "") => cheerio.load((await request(t.app).get(`${url}${query}`).expect(200)).text);
  const section = ($: cheerio.CheerioAPI, heading: string) => $(`section[aria-labelledby="${heading}"]`);
  const text = (s: string) => s.replace(/\s+/g, " ").trim();

  it("opens with the project's name and date, then the dashboard's status, phases, milestones, goals and S-curve", async () => {
    await makeTask(t.ds, project.id, { name: "Scope", startDate: "2026-02-16", finishDate: "2026-02-20", critical: true, progress: 50 });
    await makeGoal(t.ds, project.id, { name: "Lead response time" });
    const $ = await report();
    expect($("h1").text()).to.equal(en("report.heading", { name: "Acme CRM rollout" }));
    expect(text($(".report__header .page-header__sub").text())).to.contain(en("report.asOf", { date: "2 Mar 2026" })).and.contain("Acme Ltd");
    for (const heading of ["rag-heading", "dash-phases-heading", "dash-milestones-heading", "next-heading", "risks-heading", "dash-goals-heading", "scurve-heading"]) {
      expect(section($, heading).length, heading).to.equal(1);
    }
    expect(section($, "rag-heading").find(".rag-summary__head .rag").attr("class")).to.contain("rag--red");
    expect(section($, "dash-goals-heading").text()).to.contain("Lead response time");
    // Each printed page is a section.
    expect($(".report__page").length).to.equal(4);
  });

  it("lists the tasks running, starting or finishing in the next two weeks and the checklist items due in them", async () => {
    await makeTask(t.ds, project.id, { name: "Running", startDate: "2026-02-23", finishDate: "2026-03-20", durationDays: 20, progress: 30 });
    await makeTask(t.ds, project.id, { name: "Starts soon", startDate: "2026-03-16", finishDate: "2026-03-27", durationDays: 10, position: 2 });
    await makeTask(t.ds, project.id, { name: "Starts later", startDate: "2026-03-17", finishDate: "2026-03-27", durationDays: 9, position: 3 });
    await makeTask(t.ds, project.id, { name: "Finished", startDate: "2026-03-02", finishDate: "2026-03-06", progress: 100, position: 4 });
    await makeTask(t.ds, project.id, { name: "Overdue", startDate: "2026-02-16", finishDate: "2026-02-27", progress: 10, position: 5 });
    await makeChecklistItem(t.ds, project.id, { text: "Due on the last day", dueDate: "2026-03-16" });
    await makeChecklistItem(t.ds, project.id, { text: "Due the day after", dueDate: "2026-03-17", position: 2 });
    await makeChecklistItem(t.ds, project.id, { text: "Due and done", dueDate: "2026-03-05", done: true, position: 3 });

    const $ = await report();
    const next = section($, "next-heading");
    expect(next.text()).to.contain(en("report.nextRange", { from: "2 Mar 2026", until: "16 Mar 2026" }));
    expect(next.find("tbody tr").map((_i, el) => text($(el).find("td").first().text())).get()).to.deep.equal(["Running", "Starts soon"]);
    expect(next.find(".plain-list li").map((_i, el) => $(el).find("span").first().text()).get()).to.deep.equal(["Due on the last day"]);
  });

  it("says so when the next two weeks hold nothing", async () => {
    const next = section(await report(), "next-heading");
    expect(next.text()).to.contain(en("report.noNextTasks")).and.contain(en("report.noNextItems"));
  });

  it("shows the risk signals the data reveals, each with its mitigation", async () => {
    await makeGoal(t.ds, project.id, { name: "CSAT", baseline: null });
    // Planning ends Fri 20 Feb and its gate is not signed off: 6 working days late on Mon 2 Mar.
    await makeTask(t.ds, project.id, { name: "Scope", startDate: "2026-02-16", finishDate: "2026-02-20", progress: 100 });
    const rollout = await phaseOf(t.ds, project.id, "rollout");
    await makeTask(t.ds, project.id, { key: "RO-03", name: "Mock cutover", phaseId: rollout.id, startDate: "2026-03-02", finishDate: "2026-03-06", progress: 20 });
    await makeTask(t.ds, project.id, { key: "RO-06", name: "Go/no-go", phaseId: rollout.id, milestone: true, durationDays: 0, startDate: "2026-03-09", finishDate: "2026-03-09", position: 2 });

    const $ = await report();
    const risks = section($, "risks-heading").find(".risk");
    expect(risks.map((_i, el) => $(el).find(".risk__id").text()).get()).to.deep.equal(["R1", "R7", "R8"]);
    expect(text(risks.eq(0).text())).to.contain(en("risks.R1.title")).and.contain(en("risks.R1.noBaseline", { count: 1 })).and.contain(en("risks.R1.mitigation"));
    expect(text(risks.eq(1).text())).to.contain(en("risks.R7.signOffLate", { phase: "Planning", count: 6, date: "20 Feb 2026" }));
    expect(text(risks.eq(2).text())).to.contain(en("risks.R8.noMockCutover", { count: 5, date: "9 Mar 2026" })).and.contain(en("risks.R8.mitigation"));
    expect(risks.eq(2).find(".rag").text()).to.contain(en("report.level.red"));
  });

  it("says no signal was found when there is none", async () => {
    await makeGoal(t.ds, project.id, { baseline: 40 });
    const risks = section(await report(), "risks-heading");
    expect(risks.find(".risk").length).to.equal(0);
    expect(risks.text()).to.contain(en("report.noRisks"));
  });

  it("does not signal a signed-off gate", async () => {
    await makeGoal(t.ds, project.id, { baseline: 40 });
    await makeTask(t.ds, project.id, { startDate: "2026-02-02", finishDate: "2026-02-06", progress: 100 });
    await t.ds.getRepository(Phase).update({ projectId: project.id, kind: "planning" }, { gateSignedOffAt: "2026-02-09T10:00:00.000Z" });
    expect(section(await report(), "risks-heading").find(".risk").length).to.equal(0);
  });

  it("has a Print link to the print view, enhanced by a script file, and no inline script or style", async () => {
    const $ = await report();
    const print = $("a[data-print]");
    expect(print.attr("href")).to.equal("?print=1");
    expect(print.text()).to.equal(en("report.print"));
    expect($('script[src="/public/js/print.js"]').length).to.equal(1);
    expect($('link[href="/public/css/dashboard.css"]').length).to.equal(1);
    expect($("script:not([src])").length).to.equal(0);
    expect($("[style]").length).to.equal(0);
    expect($("nav.sidenav").length).to.equal(1);
  });

  it("prints without the app's navigation at ?print=1", async () => {
    await makeTask(t.ds, project.id, { name: "Scope", progress: 10 });
    const $ = await report("?print=1");
    expect($("nav.sidenav").length).to.equal(0);
    expect($(".topbar__nav, .topbar__lang, .breadcrumbs").length).to.equal(0);
    expect($("h1").text()).to.equal(en("report.heading", { name: "Acme CRM rollout" }));
    expect(section($, "rag-heading").length).to.equal(1);
  });

  it("is a 404 for an unknown project", async () => {
    await request(t.app).get("/projects/999/status-report").expect(404);
  });

  it("renders in Persian", async () => {
    const $ = await report("?lang=fa");
    expect($("html").attr("dir")).to.equal("rtl");
    expect($("h1").text()).to.equal(translate("fa", "report.heading", { name: "Acme CRM rollout" }));
    expect(section($, "risks-heading").find("h2").text()).to.equal(translate("fa", "report.risks"));
  });
});
