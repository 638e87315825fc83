// HTTP: the project overview — phase cards, next milestones, open checklist items by owner, goal progress.
import { expect } from "chai";
import request from "supertest";
import * as cheerio from "cheerio";
import type { Project } from "../../entities";
import { translate } from "../../server/i18n";
import { TODAY, testApp, type TestApp } from "../support/app";
import { makeChecklistItem, makeMember, makeProject, makeTask, phaseOf } from "../support/factories";
import { makeGoal } from "../support/register-factories";

const en = (key: string, params?: Record<string, unknown>) => translate("en", key, params);

describe("Project overview", () => {
  let t: TestApp;
  let project: Project;
  let other: Project;
  let base: string;

  beforeEach(async () => {
    t = await testApp();
    project = await makeProject(t.ds);
    other = await makeProject(t.ds, { name: "Other rollout" });
    base = `/projects/${project.id}`;
  });
  afterEach(() => t.close());

  const overview = async () => cheerio.load((await request(t.app).get(base).expect(200)).text);
  const section = ($: cheerio.CheerioAPI, heading: string) => $(`section[aria-labelledby="${heading}"]`);

  it("shows the project's name, client and kickoff, and the three phase cards linking to their pages", async () => {
    const $ = await overview();
    expect($("h1").text()).to.equal("Acme CRM rollout");
    expect($(".page-header__sub").text()).to.contain(en("overview.client", { name: "Acme Ltd" })).and.contain(en("overview.kickoff", { date: "2 Mar 2026" }));
    const links = $(".cards .phase-card h3 a");
    expect(links.map((_i, el) => [[$(el).text(), $(el).attr("href")]]).get()).to.deep.equal([
      ["Planning", `${base}/phases/planning`],
      ["Foundation", `${base}/phases/foundation`],
      ["Rollout", `${base}/phases/rollout`],
    ]);
  });

  it("shows each phase card's span, progress and checklist count", async () => {
    const foundation = await phaseOf(t.ds, project.id, "foundation");
    await makeTask(t.ds, project.id, { name: "Kick-off", startDate: "2026-03-02", finishDate: "2026-03-06", durationDays: 5, progress: 100 });
    await makeTask(t.ds, project.id, { name: "Scope", startDate: "2026-03-09", finishDate: "2026-03-13", durationDays: 5, progress: 0, position: 2 });
    await makeTask(t.ds, project.id, { name: "Design", phaseId: foundation.id, startDate: "2026-04-06", finishDate: "2026-04-17", durationDays: 10, progress: 10 });
    await makeChecklistItem(t.ds, project.id, { done: true });
    await makeChecklistItem(t.ds, project.id, { position: 2 });
    const $ = await overview();
    const cards = $(".cards .phase-card");
    expect(cards.eq(0).find("dd").eq(0).text()).to.equal("2 Mar 2026 – 13 Mar 2026");
    expect(cards.eq(0).find(".progress__text").text()).to.equal("50%");
    expect(cards.eq(0).find("dd").eq(2).text()).to.equal(en("phase.checklistCount", { done: 1, total: 2 }));
    expect(cards.eq(0).find(".badge").attr("class")).to.contain("badge--gate-in_progress");
    expect(cards.eq(1).find("dd").eq(0).text()).to.equal("6 Apr 2026 – 17 Apr 2026");
    expect(cards.eq(1).find(".progress__text").text()).to.equal("10%");
    expect(cards.eq(2).find("dd").eq(0).text()).to.equal(en("phase.noDates"));
    expect(cards.eq(2).find(".badge").attr("class")).to.contain("badge--gate-not_started");
  });

  it("lists open milestones by date with overdue ones marked relative to today, leaving out done milestones and plain tasks", async () => {
    const ms = (name: string, date: string, progress = 0) =>
      makeTask(t.ds, project.id, { name, milestone: true, durationDays: 0, startDate: date, finishDate: date, progress });
    const contract = await ms("Contract signed", "2026-03-10");
    const budget = await ms("Budget approved", "2026-02-25");
    await ms("Kick-off meeting", TODAY);
    await ms("Old milestone", "2026-02-20", 100);
    await makeTask(t.ds, project.id, { name: "Plain task", startDate: "2026-03-03", finishDate: "2026-03-03", durationDays: 1 });
    await makeTask(t.ds, other.id, { name: "Their milestone", milestone: true, durationDays: 0, startDate: "2026-03-04", finishDate: "2026-03-04" });

    const $ = await overview();
    const items = section($, "milestones-heading").find("li");
    expect(items.map((_i, el) => $(el).find("a").text()).get()).to.deep.equal(["Budget approved", "Kick-off meeting", "Contract signed"]);
    expect(items.map((_i, el) => $(el).find(".num").text()).get()).to.deep.equal([
      `25 Feb 2026 · ${en("overview.daysLate", { count: 5 })}`,
      `2 Mar 2026 · ${en("overview.today")}`,
      `10 Mar 2026 · ${en("overview.inDays", { count: 8 })}`,
    ]);
    expect(items.map((_i, el) => $(el).find(".num").hasClass("overdue")).get()).to.deep.equal([true, false, false]);
    expect(items.eq(0).find("a").attr("href")).to.equal(`${base}/tasks/${budget.id}/edit`);
    expect(items.eq(2).find("a").attr("href")).to.equal(`${base}/tasks/${contract.id}/edit`);
  });

  it("groups open checklist items by owner, largest group first, with overdue counts and the unassigned group last", async () => {
    const sara = await makeMember(t.ds, project.id, { name: "Sara Ahmadi" });
    const reza = await makeMember(t.ds, project.id, { name: "Reza Karimi" });
    const foundation = await phaseOf(t.ds, project.id, "foundation");
    const item = (text: string, ownerId: number | null, dueDate: string | null, extra: Record<string, unknown> = {}) =>
      makeChecklistItem(t.ds, project.id, { text, ownerId, dueDate, ...extra });
    const saraLater = await item("Sponsor named", sara.id, "2026-03-09");
    const saraLate = await item("Budget approved", sara.id, "2026-02-27", { phaseId: foundation.id });
    await item("Already done", sara.id, "2026-02-01", { done: true });
    await item("Key users named", reza.id, null);
    await item("Scope signed", null, "2026-03-01");
    await item("Goals drafted", null, null);
    await item("Risks listed", null, "2026-03-20");
    await makeChecklistItem(t.ds, other.id, { text: "Not ours" });

    const $ = await overview();
    const groups = section($, "owners-heading").find(".owner-group");
    const heading = (i: number) => groups.eq(i).find("h3").contents().first().text().trim();
    expect([0, 1, 2].map(heading)).to.deep.equal(["Sara Ahmadi", "Reza Karimi", en("common.unassigned")]);
    expect(groups.length).to.equal(3);
    const badges = (i: number) => groups.eq(i).find("h3 .badge").map((_j, el) => $(el).text().trim()).get();
    expect(badges(0)).to.deep.equal([en("overview.itemsCount", { count: 2 }), `! ${en("overview.overdueCount", { count: 1 })}`]);
    expect(badges(1)).to.deep.equal([en("overview.itemsCount", { count: 1 })]);
    expect(badges(2)).to.deep.equal([en("overview.itemsCount", { count: 3 }), `! ${en("overview.overdueCount", { count: 1 })}`]);
    // Within a group: by due date, undated last; each links to the item on its phase page.
    const links = (i: number) => groups.eq(i).find("li > a").map((_j, el) => $(el).text()).get();
    expect(links(0)).to.deep.equal(["Budget approved", "Sponsor named"]);
    expect(links(2)).to.deep.equal(["Scope signed", "Risks listed", "Goals drafted"]);
    expect(groups.eq(0).find("li > a").eq(0).attr("href")).to.equal(`${base}/phases/foundation#item-${saraLate.id}`);
    expect(groups.eq(0).find("li > a").eq(1).attr("href")).to.equal(`${base}/phases/planning#item-${saraLater.id}`);
    expect(groups.eq(0).find("li").eq(0).find(".overdue").length).to.equal(1);
    expect(groups.eq(0).find("li").eq(1).find(".overdue").length).to.equal(0);
    expect(section($, "owners-heading").text()).not.to.contain("Already done").and.not.to.contain("Not ours");
  });

  it("shows goal progress from baseline towards target, and 'not measured' without an actual", async () => {
    await makeGoal(t.ds, project.id, { name: "Adoption", unit: "%", baseline: 10, target: 20, actual: 15, dueDate: "2026-06-30" });
    await makeGoal(t.ds, project.id, { name: "Lead response time", unit: "hours", baseline: 48, target: 8, actual: null, dueDate: "2026-09-30" });
    await makeGoal(t.ds, other.id, { name: "Their goal" });
    const $ = await overview();
    const items = section($, "goals-heading").find("li");
    expect(items.length).to.equal(2);
    expect(items.eq(0).text()).to.contain("Adoption");
    expect(items.eq(0).find(".progress__text").text()).to.equal("50%");
    expect(items.eq(0).find(".progress__fill").attr("width")).to.equal("50");
    expect(items.eq(1).text()).to.contain("Lead response time");
    expect(items.eq(1).find(".progress").length).to.equal(0);
    expect(items.eq(1).text()).to.contain(en("goals.notMeasured"));
    expect(section($, "goals-heading").find(`a[href="${base}/goals"]`).length).to.equal(1);
  });

  it("shows empty states when there are no milestones, goals or open items", async () => {
    await makeChecklistItem(t.ds, project.id, { done: true });
    const $ = await overview();
    expect(section($, "milestones-heading").find("p.muted").text()).to.equal(en("overview.noMilestones"));
    expect(section($, "goals-heading").find("p.muted").text()).to.contain(en("overview.noGoals"));
    expect(section($, "goals-heading").find(`a[href="${base}/goals/new"]`).length).to.equal(1);
    expect(section($, "owners-heading").find("p.muted").text()).to.equal(en("overview.noOpenItems"));
    expect($(".owner-group").length).to.equal(0);
    expect($(".cards .phase-card dd:first-of-type").map((_i, el) => $(el).text()).get()).to.deep.equal([
      en("phase.noDates"),
      en("phase.noDates"),
      en("phase.noDates"),
    ]);
  });

  it("answers 404 for the overview of an unknown project", async () => {
    await request(t.app).get("/projects/999").expect(404);
  });
});
