// HTTP: the project dashboard — RAG status with reasons, phases, milestones, overdue work, goals, the S-curve
// and its daily progress snapshot.
import { expect } from "chai";
import request from "supertest";
import * as cheerio from "cheerio";
import { ProgressSnapshot, Task, type Project } from "../../entities";
import { translate } from "../../server/i18n";
import { TODAY, testApp, type TestApp } from "../support/app";
import { makeChecklistItem, makeMember, makeProject, makeTask, phaseOf } from "../support/factories";
import { makeGoal } from "../support/register-factories";

const en = (key: string, params?: Record<string, unknown>) => translate("en", key, params);

describe("Dashboard", () => {
  let t: TestApp;
  let project: Project;
  let base: string;

  beforeEach(async () => {
    t = await testApp();
    project = await makeProject(t.ds);
    base = `/projects/${project.id}`;
  });
  afterEach(() => t.close());

  const dashboard = async (query = "") => cheerio.load((await request(t.app).get(`${base}/dashboard${query}`).expect(200)).text);
  const section = ($: cheerio.CheerioAPI, heading: string) => $(`section[aria-labelledby="${heading}"]`);
  const text = (s: string) => s.replace(/\s+/g, " ").trim();

  it("is in the project navigation right after Overview, marked as the current page", async () => {
    const $ = await dashboard();
    const nav = $("nav.sidenav a");
    expect(nav.eq(0).text()).to.equal("Overview");
    expect(nav.eq(1).text()).to.equal("Dashboard");
    expect(nav.eq(1).attr("href")).to.equal(`${base}/dashboard`);
    expect(nav.eq(1).attr("aria-current")).to.equal("page");
    expect($("h1").text()).to.equal("Dashboard");
    expect($(".page-header a.button--primary").attr("href")).to.equal(`${base}/status-report`);
  });

  it("says a project without tasks is on track and invites the first task", async () => {
    const $ = await dashboard();
    const status = section($, "rag-heading");
    expect(text(status.find("> .rag-summary__head .badge").text())).to.equal(`✓ ${en("rag.status.green")}`);
    expect(status.text()).to.contain(en("dashboard.noTasks"));
    expect(section($, "scurve-heading").find("svg").length).to.equal(0);
  });

  it("shows the project off track with its reasons when a critical task is overdue, and each phase's own status", async () => {
    await makeTask(t.ds, project.id, { name: "Scope", startDate: "2026-02-16", finishDate: "2026-02-20", progress: 50, critical: true });
    await makeTask(t.ds, project.id, { name: "Comms plan", startDate: "2026-02-16", finishDate: "2026-02-27", durationDays: 10, progress: 20, position: 2 });
    const foundation = await phaseOf(t.ds, project.id, "foundation");
    await makeTask(t.ds, project.id, { name: "Design", phaseId: foundation.id, startDate: "2026-04-06", finishDate: "2026-04-17", durationDays: 10 });

    const $ = await dashboard();
    const status = section($, "rag-heading");
    expect(status.hasClass("rag-summary--red")).to.equal(true);
    expect(text(status.find(".rag-summary__head .badge").text())).to.equal(`× ${en("rag.status.red")}`);
    expect(status.find(".rag-reason").map((_i, el) => text($(el).text())).get()).to.deep.equal([
      `×${en("rag.status.red")}: Planning: ${en("rag.reason.criticalOverdue", { count: 1 })}`,
      `!${en("rag.status.amber")}: Planning: ${en("rag.reason.tasksOverdue", { count: 1 })}`,
      // Without a baseline the gate is due when the current schedule ends (Fri 27 Feb).
      `!${en("rag.status.amber")}: Planning: ${en("rag.reason.gateLate", { count: 1, date: "27 Feb 2026" })}`,
    ]);

    const rows = section($, "dash-phases-heading").find("tbody tr");
    expect(rows.map((_i, el) => $(el).find("th").text()).get()).to.deep.equal(["Planning", "Foundation", "Rollout"]);
    expect(rows.eq(0).find(".rag").attr("class")).to.contain("rag--red");
    expect(rows.eq(1).find(".rag").attr("class")).to.contain("rag--green");
    expect(rows.eq(1).find(".rag-reason").text()).to.equal(en("rag.reason.notStarted", { date: "6 Apr 2026" }));
    expect(rows.eq(1).find("td").eq(4).text()).to.equal("17 Apr 2026");
    expect(rows.eq(0).find("th a").attr("href")).to.equal(`${base}/phases/planning`);
    expect(rows.eq(0).find(".badge--gate-in_progress").length).to.equal(1);
  });

  it("measures each phase's slip against the compared baseline and turns amber for a slip of a few working days", async () => {
    const task = await makeTask(t.ds, project.id, { name: "Scope", startDate: "2026-02-23", finishDate: "2026-03-06", durationDays: 10, progress: 40 });
    await t.services.baselines.save(project.id, "Signed plan");
    await t.ds.getRepository(Task).update({ id: task.id }, { finishDate: "2026-03-11" });

    const $ = await dashboard();
    const planning = section($, "dash-phases-heading").find("tbody tr").eq(0);
    expect(planning.find("td").eq(3).text()).to.equal("6 Mar 2026");
    expect(planning.find("td").eq(4).text()).to.equal("11 Mar 2026");
    expect(planning.find("td").eq(5).text()).to.equal("+3");
    expect(planning.find(".rag").attr("class")).to.contain("rag--amber");
    expect(planning.find(".rag-reason").text()).to.equal(en("rag.reason.slip", { count: 3 }));
  });

  it("lists missed milestones and those due in the next 30 days, not later or finished ones", async () => {
    const ms = (name: string, date: string, progress = 0) => makeTask(t.ds, project.id, { name, milestone: true, durationDays: 0, startDate: date, finishDate: date, progress });
    await ms("Budget approved", "2026-02-25");
    await ms("Kick-off", TODAY);
    await ms("Contract signed", "2026-04-01");
    await ms("Go-live", "2026-04-02");
    await ms("Old one", "2026-02-20", 100);

    const $ = await dashboard();
    const lists = section($, "dash-milestones-heading").find("ul");
    expect(lists.eq(0).find("li a").map((_i, el) => $(el).text()).get()).to.deep.equal(["Budget approved"]);
    expect(text(lists.eq(0).find(".num").text())).to.equal(`! 25 Feb 2026 · ${en("overview.daysLate", { count: 5 })}`);
    expect(lists.eq(1).find("li a").map((_i, el) => $(el).text()).get()).to.deep.equal(["Kick-off", "Contract signed"]);
  });

  it("lists overdue leaf tasks (not summaries, milestones or finished ones) and overdue checklist items", async () => {
    const sara = await makeMember(t.ds, project.id, { name: "Sara Ahmadi" });
    const parent = await makeTask(t.ds, project.id, { name: "Build", startDate: "2026-02-02", finishDate: "2026-02-27" });
    const late = await makeTask(t.ds, project.id, { name: "Configure", parentId: parent.id, startDate: "2026-02-02", finishDate: "2026-02-20", progress: 60, assigneeId: sara.id });
    await makeTask(t.ds, project.id, { name: "Done already", startDate: "2026-02-02", finishDate: "2026-02-06", progress: 100, position: 2 });
    await makeTask(t.ds, project.id, { name: "Due today", startDate: "2026-02-23", finishDate: TODAY, position: 3 });
    const item = await makeChecklistItem(t.ds, project.id, { text: "Sponsor named", dueDate: "2026-02-27", ownerId: sara.id });
    await makeChecklistItem(t.ds, project.id, { text: "Due later", dueDate: "2026-03-09", position: 2 });
    await makeChecklistItem(t.ds, project.id, { text: "Done item", dueDate: "2026-02-27", done: true, position: 3 });

    const $ = await dashboard();
    const tasks = section($, "dash-overdue-tasks-heading").find("li");
    expect(tasks.length).to.equal(1);
    expect(tasks.find("a").attr("href")).to.equal(`${base}/tasks/${late.id}/edit`);
    expect(text(tasks.text())).to.contain("Configure").and.contain("Sara Ahmadi").and.contain(en("overview.daysLate", { count: 10 }));
    const items = section($, "dash-overdue-items-heading").find("li");
    expect(items.find("a").map((_i, el) => $(el).text()).get()).to.deep.equal(["Sponsor named"]);
    expect(items.find("a").attr("href")).to.equal(`${base}/phases/planning#item-${item.id}`);
  });

  it("shows goals against their targets with progress from baseline to target", async () => {
    await makeGoal(t.ds, project.id, { name: "Lead response time", baseline: 48, target: 8, actual: 28, unit: "hours" });
    await makeGoal(t.ds, project.id, { name: "CSAT", baseline: null, target: 80, actual: null, unit: "%" });
    const $ = await dashboard();
    const goals = section($, "dash-goals-heading").find("li");
    expect(text(goals.eq(0).text())).to.contain("Lead response time").and.contain("48 → 8 hours").and.contain("50%");
    expect(goals.eq(1).text()).to.contain(en("goals.notMeasured"));
  });

  it("draws the S-curve of the current schedule without a baseline and says so, with a table of the same numbers", async () => {
    await makeTask(t.ds, project.id, { name: "Scope", startDate: "2026-02-23", finishDate: "2026-03-06", durationDays: 10, progress: 30 });
    const $ = await dashboard();
    const s = section($, "scurve-heading");
    expect(s.text()).to.contain(en("dashboard.scurve.noBaseline"));
    const svg = s.find("svg.scurve__svg");
    expect(svg.attr("role")).to.equal("img");
    expect(svg.attr("aria-label")).to.equal(en("dashboard.scurve.summary", { planned: 50, actual: 30, date: "2 Mar 2026" }));
    expect(svg.find("polyline.scurve__line--current").length).to.equal(1);
    expect(svg.find("polyline.scurve__line--baseline").length).to.equal(0);
    expect(svg.find("circle.scurve__dot").length).to.equal(1);
    expect(svg.find("line.scurve__today").length).to.equal(1);
    const rows = s.find("details table tbody tr").map((_i, el) => [$(el).find("th, td").map((_j, c) => text($(c).text())).get()]).get();
    expect(rows).to.deep.equal([
      ["23 Feb 2026", "0%", ""],
      ["2 Mar 2026", "50%", "30%"],
      ["9 Mar 2026", "100%", ""],
    ]);
  });

  it("draws the compared baseline's planned curve beside the current schedule", async () => {
    await makeTask(t.ds, project.id, { name: "Scope", startDate: "2026-02-23", finishDate: "2026-03-06", durationDays: 10, progress: 30 });
    await t.services.baselines.save(project.id, "Signed plan");
    const $ = await dashboard();
    const s = section($, "scurve-heading");
    expect(s.text()).to.contain(en("dashboard.scurve.againstBaseline", { name: "Signed plan" }));
    expect(s.find("polyline.scurve__line--baseline").length).to.equal(1);
  });

  it("records today's percent complete once a day, updating it when progress changed", async () => {
    const task = await makeTask(t.ds, project.id, { progress: 20 });
    await dashboard();
    await dashboard();
    const snapshots = () => t.ds.getRepository(ProgressSnapshot).find({ where: { projectId: project.id } });
    expect((await snapshots()).map((s) => [s.date, s.percent])).to.deep.equal([[TODAY, 20]]);
    await t.ds.getRepository(Task).update({ id: task.id }, { progress: 60 });
    await dashboard();
    expect((await snapshots()).map((s) => [s.date, s.percent])).to.deep.equal([[TODAY, 60]]);
  });

  it("plots earlier snapshots as the actual curve", async () => {
    await makeTask(t.ds, project.id, { startDate: "2026-02-16", finishDate: "2026-03-13", durationDays: 20, progress: 40 });
    await t.ds.getRepository(ProgressSnapshot).save([
      { projectId: project.id, date: "2026-02-16", percent: 0 },
      { projectId: project.id, date: "2026-02-23", percent: 15 },
    ]);
    const $ = await dashboard();
    const points = section($, "scurve-heading").find("polyline.scurve__line--actual").attr("points")!.split(" ");
    expect(points.length).to.equal(3);
  });

  it("uses no inline style or inline script (the CSP forbids both)", async () => {
    await makeTask(t.ds, project.id, { progress: 20 });
    const $ = await dashboard();
    expect($("[style]").length).to.equal(0);
    expect($("script:not([src])").length).to.equal(0);
  });

  it("renders in Persian, right to left", async () => {
    await makeTask(t.ds, project.id, { progress: 20 });
    const $ = await dashboard("?lang=fa");
    expect($("html").attr("dir")).to.equal("rtl");
    expect($("h1").text()).to.equal(translate("fa", "dashboard.title"));
    expect(section($, "rag-heading").find(".badge").first().text()).to.contain(translate("fa", "rag.status.green"));
  });

  it("is a 404 for an unknown project", async () => {
    await request(t.app).get("/projects/999/dashboard").expect(404);
  });
});
