// Creating a project from a template: kickoff anchoring, go-live anchoring (the milestone lands on the
// chosen date, holidays and non-Monday weeks included) and a go-live date that is not a working day.
// January 2026: Thu 1, Fri 2, Mon 5 … Fri 9, Mon 12 … Fri 16, Mon 19 … Fri 23, Mon 26 … Fri 30, Sat 31.
import { expect } from "chai";
import { DomainError } from "../../../server/domain/errors";
import { renderTemplateProblem, validateTemplate } from "../../../server/domain/template-format";
import type { ProjectTemplate } from "../../../server/domain/template-format";
import { instantiateTemplate } from "../../../server/domain/template-instantiation";
import type { InstantiatedProject } from "../../../server/domain/template-instantiation";

/** Three leaf tasks in a row: A (3 days) → B (2 days) → GL (milestone); 5 working days in all. */
function simple(over: Record<string, unknown> = {}): ProjectTemplate {
  return valid({
    format: "crm-rollout-template",
    formatVersion: 1,
    key: "simple",
    name: "Simple",
    language: "en",
    kind: "custom",
    version: 1,
    description: "",
    workingWeek: [1, 2, 3, 4, 5],
    goLiveTaskKey: "GL",
    roles: [{ key: "PM", title: "Project manager" }],
    phases: [
      {
        kind: "planning",
        checklist: [
          { category: "scope", text: "Scope agreed", ownerRole: "PM", dueOffsetDays: 5 },
          { category: "Data migration", text: "Sources listed" },
        ],
      },
      { kind: "rollout", checklist: [{ category: "Go-live readiness", text: "Cut-over plan", dueOffsetDays: 0 }] },
    ],
    tasks: [
      { key: "A", name: "Analyse", phase: "planning", durationDays: 3, assigneeRole: "PM" },
      { key: "B", name: "Build", phase: "planning", durationDays: 2, predecessors: [{ task: "A", type: "FS", lagDays: 0 }] },
      { key: "GL", name: "Go-live", phase: "rollout", durationDays: 0, milestone: true, predecessors: [{ task: "B", type: "FS", lagDays: 0 }] },
    ],
    goals: [{ name: "Adoption", unit: "%", target: 80, ownerRole: "PM", dueTaskKey: "GL" }, { name: "Leads", unit: "leads", baseline: 10, target: 50 }],
    resources: [{ kind: "people", name: "Consultant", unit: "days", planned: 10 }],
    ...over,
  });
}

/** A WBS with all four link types, lags, a summary and a start-no-earlier-than constraint. */
function richer(): ProjectTemplate {
  return simple({
    phases: [{ kind: "planning", checklist: [] }, { kind: "foundation", checklist: [] }, { kind: "rollout", checklist: [] }],
    tasks: [
      { key: "PL", name: "Planning", phase: "planning", durationDays: 0 },
      { key: "PL-01", name: "Kickoff", phase: "planning", parent: "PL", durationDays: 2 },
      { key: "PL-02", name: "Workshops", phase: "planning", parent: "PL", durationDays: 4, predecessors: [{ task: "PL-01", type: "FS", lagDays: 1 }] },
      { key: "FD-01", name: "Configure", phase: "foundation", durationDays: 10, predecessors: [{ task: "PL", type: "SS", lagDays: 3 }] },
      { key: "FD-02", name: "Migrate", phase: "foundation", durationDays: 5, predecessors: [{ task: "FD-01", type: "FF", lagDays: 2 }] },
      { key: "FD-03", name: "Integrate", phase: "foundation", durationDays: 3, constraint: { type: "SNET", offsetDays: 20 } },
      { key: "RO-01", name: "Train", phase: "rollout", durationDays: 2, predecessors: [{ task: "FD-02", type: "SF", lagDays: 4 }, { task: "FD-03", type: "FS", lagDays: -1 }] },
      { key: "GL", name: "Go-live", phase: "rollout", durationDays: 0, milestone: true, predecessors: [{ task: "RO-01", type: "FS", lagDays: 0 }] },
    ],
    goals: [],
  });
}

function valid(json: unknown): ProjectTemplate {
  const r = validateTemplate(json);
  if (!r.ok) throw new Error(r.problems.map(renderTemplateProblem).join("\n"));
  return r.template;
}

const task = (p: InstantiatedProject, key: string) => p.tasks.find((t) => t.key === key)!;

describe("template instantiation: kickoff anchoring", () => {
  it("lays the plan out from the kickoff date", () => {
    const p = instantiateTemplate(simple(), { anchor: "kickoff", date: "2026-01-05" });
    expect(p.kickoff).to.equal("2026-01-05");
    expect([task(p, "A").start, task(p, "A").finish]).to.deep.equal(["2026-01-05", "2026-01-07"]);
    expect([task(p, "B").start, task(p, "B").finish]).to.deep.equal(["2026-01-08", "2026-01-09"]);
    expect([task(p, "GL").start, task(p, "GL").finish]).to.deep.equal(["2026-01-09", "2026-01-09"]);
    expect(p.goLive).to.equal("2026-01-09");
    expect(p.finish).to.equal("2026-01-09");
    expect(p.warnings).to.deep.equal([]);
  });

  it("carries tasks, links, phases, checklists, goals, resources and roles as plain data", () => {
    const p = instantiateTemplate(simple(), { anchor: "kickoff", date: "2026-01-05" });
    expect(task(p, "A")).to.include({ parentKey: null, position: 0, milestone: false, summary: false, assigneeRole: "PM", constraint: "ASAP", constraintDate: null });
    expect(task(p, "B").position).to.equal(1);
    expect(task(p, "GL")).to.include({ milestone: true, position: 0 });
    expect(p.links).to.deep.equal([
      { predecessorKey: "A", successorKey: "B", type: "FS", lagDays: 0 },
      { predecessorKey: "B", successorKey: "GL", type: "FS", lagDays: 0 },
    ]);
    expect(p.phases).to.deep.equal([
      { kind: "planning", start: "2026-01-05", finish: "2026-01-09" },
      { kind: "rollout", start: "2026-01-09", finish: "2026-01-09" },
    ]);
    expect(p.customCategories).to.deep.equal(["Data migration", "Go-live readiness"]);
    expect(p.checklist).to.deep.equal([
      { phase: "planning", category: { builtin: "scope" }, text: "Scope agreed", ownerRole: "PM", dueDate: "2026-01-12", note: "" },
      { phase: "planning", category: { custom: "Data migration" }, text: "Sources listed", ownerRole: null, dueDate: null, note: "" },
      { phase: "rollout", category: { custom: "Go-live readiness" }, text: "Cut-over plan", ownerRole: null, dueDate: "2026-01-09", note: "" },
    ]);
    expect(p.goals).to.deep.equal([
      { name: "Adoption", unit: "%", baseline: null, target: 80, ownerRole: "PM", dueDate: "2026-01-09" },
      { name: "Leads", unit: "leads", baseline: 10, target: 50, ownerRole: null, dueDate: null },
    ]);
    expect(p.resources).to.deep.equal([{ kind: "people", name: "Consultant", unit: "days", planned: 10 }]);
    expect(p.roles).to.deep.equal([{ key: "PM", title: "Project manager" }]);
    expect(p).to.include({ templateKey: "simple", templateVersion: 1, name: "Simple", language: "en", kind: "custom" });
  });

  it("skips holidays and moves a non-working kickoff to the next working day (with a warning)", () => {
    const p = instantiateTemplate(simple(), { anchor: "kickoff", date: "2026-01-03", holidays: ["2026-01-07"] });
    expect(p.kickoff).to.equal("2026-01-05");
    expect(p.warnings).to.deep.equal([{ key: "template.warnings.kickoffNotWorkingDay", params: { requested: "2026-01-03", used: "2026-01-05" } }]);
    expect(task(p, "A").finish).to.equal("2026-01-08");
    expect(p.goLive).to.equal("2026-01-12");
    expect(p.holidays).to.deep.equal(["2026-01-07"]);
  });

  it("turns constraint offsets into dates counted from the kickoff, and marks summaries", () => {
    const p = instantiateTemplate(richer(), { anchor: "kickoff", date: "2026-01-05" });
    // 20 working days after Mon 5 Jan is Mon 2 Feb.
    expect(task(p, "FD-03")).to.include({ constraint: "SNET", constraintDate: "2026-02-02", start: "2026-02-02" });
    expect(task(p, "PL")).to.include({ summary: true, milestone: false, start: "2026-01-05" });
    expect(task(p, "PL-01").parentKey).to.equal("PL");
  });

  it("rejects a malformed date", () => {
    expect(() => instantiateTemplate(simple(), { anchor: "kickoff", date: "2026-02-30" })).to.throw(DomainError, "template.errors.badDate");
    expect(() => instantiateTemplate(simple(), { anchor: "golive", date: "2026-01-05", holidays: ["soon"] })).to.throw(DomainError);
  });
});

describe("template instantiation: go-live anchoring", () => {
  it("puts the go-live milestone on the date (Monday–Friday)", () => {
    const p = instantiateTemplate(simple(), { anchor: "golive", date: "2026-01-30" });
    expect(task(p, "GL").finish).to.equal("2026-01-30");
    expect(p.goLive).to.equal("2026-01-30");
    expect(p.kickoff).to.equal("2026-01-26");
    expect(p.warnings).to.deep.equal([]);
  });

  it("puts the go-live milestone on the date with a holiday inside the plan (Monday–Friday)", () => {
    const p = instantiateTemplate(simple(), { anchor: "golive", date: "2026-01-30", holidays: ["2026-01-28"] });
    expect(task(p, "GL").finish).to.equal("2026-01-30");
    // Working days back from Fri 30: 30, 29, (28 off), 27, 26, 23.
    expect(p.kickoff).to.equal("2026-01-23");
    expect(p.warnings).to.deep.equal([]);
  });

  it("puts the go-live milestone on the date on a Saturday–Wednesday week with a holiday", () => {
    const p = instantiateTemplate(simple(), { anchor: "golive", date: "2026-01-28", workingWeek: [6, 7, 1, 2, 3], holidays: ["2026-01-25"] });
    expect(task(p, "GL").finish).to.equal("2026-01-28");
    // Back from Wed 28: 28, 27, 26, (Sun 25 off), 24, (Thu 22–Fri 23 off), 21.
    expect(p.kickoff).to.equal("2026-01-21");
    expect(p.workingWeek).to.deep.equal([6, 7, 1, 2, 3]);
  });

  it("lands exactly with all four link types, lags, a summary and a constraint, across holidays", () => {
    const holidays = ["2026-03-20", "2026-03-23", "2026-03-24", "2026-04-02", "2026-04-03"];
    for (const [week, date] of [[[1, 2, 3, 4, 5], "2026-04-30"], [[6, 7, 1, 2, 3], "2026-04-29"]] as const) {
      const p = instantiateTemplate(richer(), { anchor: "golive", date, workingWeek: [...week], holidays });
      expect(task(p, "GL").finish, `week ${week.join(",")}`).to.equal(date);
      expect(p.warnings).to.deep.equal([]);
      // The same plan laid out from the kickoff found puts the milestone on the same day.
      const again = instantiateTemplate(richer(), { anchor: "kickoff", date: p.kickoff, workingWeek: [...week], holidays });
      expect(again.goLive).to.equal(date);
    }
  });

  it("without a go-live milestone, anchors the project finish", () => {
    const t = simple();
    delete t.goLiveTaskKey;
    const p = instantiateTemplate(t, { anchor: "golive", date: "2026-01-30" });
    expect(p.finish).to.equal("2026-01-30");
    expect(p.goLive).to.equal("2026-01-30");
  });

  it("a non-working go-live date puts the milestone on the previous working day and says so", () => {
    const sat = instantiateTemplate(simple(), { anchor: "golive", date: "2026-01-31" });
    expect(task(sat, "GL").finish).to.equal("2026-01-30");
    expect(sat.warnings).to.deep.equal([{ key: "template.warnings.goLiveNotWorkingDay", params: { requested: "2026-01-31", used: "2026-01-30" } }]);
    const holiday = instantiateTemplate(simple(), { anchor: "golive", date: "2026-01-29", holidays: ["2026-01-29"] });
    expect(holiday.goLive).to.equal("2026-01-28");
    expect(holiday.warnings.map((w) => w.key)).to.deep.equal(["template.warnings.goLiveNotWorkingDay"]);
    // Sat–Wed: Friday is off, the milestone lands on Wednesday.
    const fri = instantiateTemplate(simple(), { anchor: "golive", date: "2026-01-30", workingWeek: [6, 7, 1, 2, 3] });
    expect(fri.goLive).to.equal("2026-01-28");
  });
});
