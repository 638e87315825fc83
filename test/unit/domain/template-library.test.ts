// The library's pure helpers: size and duration of a template, free keys for copies, what a newer
// version adds that a project lacks, the parents a chosen task needs, and the preview layout.
import { expect } from "chai";
import { BUILT_IN_TEMPLATES } from "../../../seeds/templates";
import { checklistIdentity, freeKey, templateAdditions, templatePreview, templateStats, withMissingParents } from "../../../server/domain/template-library";
import type { ProjectTemplate } from "../../../server/domain/template-format";

const base: ProjectTemplate = {
  format: "crm-rollout-template",
  formatVersion: 1,
  key: "tiny",
  name: "Tiny",
  language: "en",
  kind: "custom",
  version: 2,
  description: "",
  workingWeek: [1, 2, 3, 4, 5],
  goLiveTaskKey: "GL",
  roles: [{ key: "PM", title: "Project manager" }],
  phases: [
    { kind: "planning", checklist: [{ category: "scope", text: "Scope signed" }, { category: "Cutover", text: "Cutover plan" }] },
    { kind: "rollout", checklist: [{ category: "scope", text: "Scope signed" }] },
  ],
  tasks: [
    { key: "S", name: "Summary", phase: "planning", durationDays: 0 },
    { key: "A", name: "A", phase: "planning", parent: "S", durationDays: 3 },
    { key: "B", name: "B", phase: "planning", parent: "S", durationDays: 2, predecessors: [{ task: "A", type: "FS", lagDays: 0 }] },
    { key: "GL", name: "Go-live", phase: "rollout", durationDays: 0, milestone: true, predecessors: [{ task: "B", type: "FS", lagDays: 1 }] },
  ],
  goals: [],
  resources: [],
};

describe("template library helpers", () => {
  it("counts tasks, milestones, checklist items and working days through the last finish", () => {
    // A 3 days, B 2 days, then a one-day lag: the milestone lands on day 6.
    const stats = templateStats(base);
    expect(stats).to.deep.equal({ taskCount: 4, milestoneCount: 1, durationDays: 6, checklistCount: 3 });
    for (const t of BUILT_IN_TEMPLATES) expect(templateStats(t).durationDays, t.key).to.be.greaterThan(20);
  });

  it("finds a free key for a copy", () => {
    expect(freeKey("tiny-copy", new Set())).to.equal("tiny-copy");
    expect(freeKey("tiny-copy", new Set(["tiny-copy", "tiny-copy-2"]))).to.equal("tiny-copy-3");
    expect(freeKey("x".repeat(100), new Set()).length).to.be.at.most(80);
    expect(freeKey("", new Set())).to.equal("template");
  });

  it("lists the tasks (by key) and checklist items (by phase and text) the project lacks", () => {
    const additions = templateAdditions(base, {
      taskKeys: new Set(["S", "A"]),
      checklist: new Set([checklistIdentity("planning", "  scope SIGNED ")]),
    });
    expect(additions.tasks.map((a) => [a.index, a.task.key])).to.deep.equal([[2, "B"], [3, "GL"]]);
    // The same text in another phase is a different item.
    expect(additions.checklist.map((a) => a.id)).to.deep.equal(["planning:1", "rollout:0"]);
  });

  it("brings the WBS parents a chosen task needs, in template order, but not ones the project has", () => {
    expect(withMissingParents(base, new Set(["B"]), new Set()).map((x) => x.key)).to.deep.equal(["S", "B"]);
    expect(withMissingParents(base, new Set(["B"]), new Set(["S"])).map((x) => x.key)).to.deep.equal(["B"]);
    expect(withMissingParents(base, new Set(["GL", "A"]), new Set()).map((x) => x.key)).to.deep.equal(["S", "A", "GL"]);
    expect(withMissingParents(base, new Set(["nope"]), new Set())).to.deep.equal([]);
  });

  it("lays the preview out in working days with WBS depth and phase spans", () => {
    const p = templatePreview(base);
    expect(p.bars.map((b) => [b.key, b.depth, b.from, b.days, b.summary, b.milestone])).to.deep.equal([
      ["S", 0, 0, 5, true, false],
      ["A", 1, 0, 3, false, false],
      ["B", 1, 3, 2, false, false],
      // MS Project's convention: a milestone after a one-day lag sits on the evening of that lag day.
      ["GL", 0, 5, 0, false, true],
    ]);
    expect(p.totalDays).to.equal(6);
    expect(p.phases).to.deep.equal([
      { kind: "planning", taskCount: 3, checklistCount: 2, from: 0, days: 5 },
      { kind: "rollout", taskCount: 1, checklistCount: 1, from: 5, days: 1 },
    ]);
  });
});
