// Saving a project as a template: every built-in template survives instantiate → extract byte for byte,
// and any project, however messy, gives a valid template (keys, roles, offsets, links, go-live).
// March 2026: Mon 2, Tue 3, Wed 4, Thu 5, Fri 6, Sat 7, Sun 8, Mon 9 … Fri 13, Mon 16 … Fri 20.
import { expect } from "chai";
import { BUILT_IN_TEMPLATES } from "../../../seeds/templates";
import { projectToTemplate, roleKeyFromTitle } from "../../../server/domain/template-extraction";
import type { ExtractOptions, ProjectSnapshot, SnapshotTask } from "../../../server/domain/template-extraction";
import { TEMPLATE_LIMITS, renderTemplateProblem, serializeTemplate, validateTemplate } from "../../../server/domain/template-format";
import type { ProjectTemplate } from "../../../server/domain/template-format";
import { instantiateTemplate } from "../../../server/domain/template-instantiation";
import type { InstantiateOptions, InstantiatedProject } from "../../../server/domain/template-instantiation";
import { BUILTIN_CHECKLIST_CATEGORIES, PHASE_KINDS } from "../../../server/domain/types";

/** A project as the database would hand it over: ids, positions, person records; tasks listed backwards, ids descending. */
function toSnapshot(p: InstantiatedProject): ProjectSnapshot {
  const phaseId = (kind: string) => 10 + PHASE_KINDS.indexOf(kind as (typeof PHASE_KINDS)[number]);
  const memberOf = new Map(p.roles.map((r, i) => [r.key, 100 + i]));
  const member = (role: string | null) => (role === null ? null : memberOf.get(role)!);
  const taskId = new Map(p.tasks.map((t, i) => [t.key, 9000 - i]));
  const categories = [
    ...BUILTIN_CHECKLIST_CATEGORIES.map((key, i) => ({ id: 1 + i, builtinKey: key as string | null, name: "" })),
    ...p.customCategories.map((name, i) => ({ id: 50 + i, builtinKey: null, name })),
  ];
  const categoryId = (c: InstantiatedProject["checklist"][number]["category"]) =>
    categories.find((x) => ("builtin" in c ? x.builtinKey === c.builtin : x.builtinKey === null && x.name === c.custom))!.id;
  const positions = new Map<string, number>();
  return {
    kickoffDate: p.kickoff,
    workingWeek: p.workingWeek,
    holidays: p.holidays,
    members: p.roles.map((r, i) => ({ id: 100 + i, name: `Person ${i}`, roleTitle: r.title })),
    phases: p.phases.map((ph) => ({ id: phaseId(ph.kind), kind: ph.kind })),
    categories,
    tasks: p.tasks
      .map((t) => ({
        id: taskId.get(t.key)!,
        phaseId: phaseId(t.phase),
        parentId: t.parentKey === null ? null : taskId.get(t.parentKey)!,
        position: t.position,
        key: t.key,
        name: t.name,
        durationDays: t.durationDays,
        milestone: t.milestone,
        summary: t.summary,
        start: t.start,
        finish: t.finish,
        assigneeId: member(t.assigneeRole),
        notes: t.notes,
        constraintType: t.constraint,
        constraintDate: t.constraintDate,
      }))
      .reverse(),
    links: p.links.map((l) => ({ predecessorId: taskId.get(l.predecessorKey)!, successorId: taskId.get(l.successorKey)!, type: l.type, lagDays: l.lagDays })),
    checklist: p.checklist.map((c) => {
      const position = positions.get(c.phase) ?? 0;
      positions.set(c.phase, position + 1);
      return { phaseId: phaseId(c.phase), categoryId: categoryId(c.category), position, text: c.text, ownerId: member(c.ownerRole), dueDate: c.dueDate, note: c.note };
    }),
    goals: p.goals.map((g) => ({ name: g.name, unit: g.unit, baseline: g.baseline, target: g.target, dueDate: g.dueDate, ownerId: member(g.ownerRole) })),
    resources: p.resources.map((r) => ({ ...r })),
  };
}

function optionsFor(t: ProjectTemplate, over: Partial<ExtractOptions> = {}): ExtractOptions {
  return {
    key: t.key,
    name: t.name,
    language: t.language,
    kind: t.kind,
    version: t.version,
    description: t.description,
    include: { checklists: true, goals: true, resources: true },
    roleKeys: new Map(t.roles.map((r) => [r.title, r.key])),
    ...(t.goLiveTaskKey === undefined ? {} : { goLiveTaskKey: t.goLiveTaskKey }),
    ...over,
  };
}

/** The result passes the validator, and the validator's canonical copy equals it. */
function expectValid(t: ProjectTemplate): void {
  const r = validateTemplate(JSON.parse(serializeTemplate(t)));
  if (!r.ok) throw new Error(r.problems.map(renderTemplateProblem).join("\n"));
  expect(r.template).to.deep.equal(t);
}

const RUNS: [string, InstantiateOptions][] = [
  ["kickoff", { anchor: "kickoff", date: "2026-03-02" }],
  ["kickoff with holidays", { anchor: "kickoff", date: "2026-03-02", holidays: ["2026-03-04", "2026-03-17", "2026-05-12", "2026-08-11"] }],
  ["go-live with holidays", { anchor: "golive", date: "2026-09-15", holidays: ["2026-03-24", "2026-06-02"] }],
];

describe("template extraction: round trip of the built-in templates", () => {
  for (const original of BUILT_IN_TEMPLATES) {
    for (const [label, run] of RUNS) {
      it(`gives back ${original.key} (${original.language}) byte for byte after instantiation (${label})`, () => {
        const project = instantiateTemplate(original, run);
        const result = projectToTemplate(toSnapshot(project), optionsFor(original));
        expect(serializeTemplate(result)).to.equal(serializeTemplate(original));
      });
    }
  }

  it("has something to lose: holidays really move the built-in plans", () => {
    const [plain, withHolidays] = RUNS.slice(0, 2).map(([, run]) => instantiateTemplate(BUILT_IN_TEMPLATES[0], run));
    expect(withHolidays.goLive).to.not.equal(plain.goLive);
    expect(withHolidays.checklist.filter((c) => c.dueDate !== null)).to.not.be.empty;
  });
});

// ---------------------------------------------------------------------------------------------
// Hand-made projects

function leaf(id: number, over: Partial<SnapshotTask> = {}): SnapshotTask {
  return {
    id,
    phaseId: 1,
    parentId: null,
    position: id,
    key: `K${id}`,
    name: `Task ${id}`,
    durationDays: 1,
    milestone: false,
    summary: false,
    start: "2026-03-02",
    finish: "2026-03-02",
    assigneeId: null,
    notes: "",
    constraintType: "ASAP",
    constraintDate: null,
    ...over,
  };
}

function project(over: Partial<ProjectSnapshot> = {}): ProjectSnapshot {
  return {
    kickoffDate: "2026-03-02",
    workingWeek: [1, 2, 3, 4, 5],
    holidays: ["2026-03-04"],
    members: [{ id: 1, name: "Sara", roleTitle: "Project manager" }],
    phases: [
      { id: 1, kind: "planning" },
      { id: 2, kind: "foundation" },
      { id: 3, kind: "rollout" },
    ],
    categories: [
      { id: 1, builtinKey: "scope", name: "" },
      { id: 2, builtinKey: null, name: "Data migration" },
    ],
    tasks: [leaf(1)],
    links: [],
    checklist: [],
    goals: [],
    resources: [],
    ...over,
  };
}

const OPTIONS: ExtractOptions = {
  key: "saved",
  name: "Saved project",
  language: "en",
  kind: "custom",
  version: 1,
  description: "",
  include: { checklists: true, goals: true, resources: true },
};

function extract(p: ProjectSnapshot, over: Partial<ExtractOptions> = {}): ProjectTemplate {
  const t = projectToTemplate(p, { ...OPTIONS, ...over });
  expectValid(t);
  return t;
}

/** A project with everything a template cannot hold as is. */
function messy(): ProjectSnapshot {
  const long = "x".repeat(6000);
  return project({
    members: [
      { id: 1, name: "Sara", roleTitle: "Project manager" },
      { id: 2, name: "Reza", roleTitle: "مدیر پروژه" },
      { id: 3, name: "Mina", roleTitle: " Project manager " },
      { id: 4, name: "Ali", roleTitle: "  " },
      { id: 5, name: "Long", roleTitle: long },
    ],
    categories: [
      { id: 1, builtinKey: "scope", name: "" },
      { id: 2, builtinKey: null, name: long },
      { id: 3, builtinKey: null, name: "   " },
    ],
    tasks: [
      leaf(1, { key: null, name: "Kick-off", durationDays: 3, finish: "2026-03-05", assigneeId: 3 }),
      leaf(2, { key: "A", name: long, notes: long, durationDays: 20000 }),
      leaf(3, { key: "A" }),
      leaf(4, { key: "bad key!", name: "   " }),
      leaf(5, { key: "S", summary: true, durationDays: 7, milestone: true }),
      leaf(6, { parentId: 5, position: 0, key: "T-1" }),
      leaf(7, { parentId: 5, position: 1, key: "M1", milestone: true, durationDays: 0, constraintType: "SNET", constraintDate: "2026-03-07" }),
      leaf(8, { phaseId: 3, position: 0, key: "R-1", start: "2026-02-20", finish: "2026-02-20", constraintType: "MFO", constraintDate: "2026-02-20" }),
      leaf(9, { phaseId: 3, position: 1, key: "GL", milestone: true, durationDays: 0, start: "2026-03-20", finish: "2026-03-20", assigneeId: 2 }),
      leaf(10, { phaseId: 3, position: 2, key: "x".repeat(41), constraintType: "FNLT", constraintDate: "2026-03-20", finish: "2026-03-20" }),
      leaf(11, { phaseId: 99, key: "ORPHAN" }),
      leaf(12, { parentId: 13, key: "L1" }),
      leaf(13, { parentId: 12, key: "L2" }),
    ],
    links: [
      { predecessorId: 1, successorId: 2, type: "FS", lagDays: 0 },
      { predecessorId: 1, successorId: 2, type: "SS", lagDays: 1 },
      { predecessorId: 3, successorId: 3, type: "FS", lagDays: 0 },
      { predecessorId: 5, successorId: 6, type: "FS", lagDays: 0 },
      { predecessorId: 99, successorId: 4, type: "FS", lagDays: 0 },
      { predecessorId: 8, successorId: 9, type: "FS", lagDays: 20000 },
      { predecessorId: 9, successorId: 8, type: "FF", lagDays: 0 },
      { predecessorId: 11, successorId: 9, type: "FS", lagDays: 0 },
    ],
    checklist: [
      { phaseId: 1, categoryId: 1, position: 0, text: "Scope agreed", ownerId: 4, dueDate: "2026-02-27", note: "" },
      { phaseId: 1, categoryId: 2, position: 1, text: long, ownerId: 5, dueDate: "2026-03-07", note: long },
      { phaseId: 1, categoryId: 3, position: 2, text: "No category", ownerId: null, dueDate: null, note: "" },
      { phaseId: 1, categoryId: 1, position: 3, text: "  ", ownerId: null, dueDate: null, note: "" },
      { phaseId: 2, categoryId: 1, position: 0, text: "Foundation item", ownerId: 99, dueDate: "2026-03-09", note: "" },
    ],
    goals: [
      { name: "Adoption", unit: "%", baseline: null, target: 80, dueDate: "2026-03-20", ownerId: 1 },
      { name: long, unit: long, baseline: 5, target: 9, dueDate: "2030-01-01", ownerId: null },
    ],
    resources: [
      { kind: "people", name: long, unit: "days", planned: 10 },
      { kind: "budget", name: "Licences", unit: long, planned: -4 },
    ],
  });
}

describe("template extraction: any project gives a valid template", () => {
  it("validates a messy project: keyless, duplicate and invalid keys, long texts, loops and bad links", () => {
    const t = extract(messy(), { name: "n".repeat(500), description: "d".repeat(20000) });
    expect(t.name).to.have.length(TEMPLATE_LIMITS.nameLength);
    expect(t.description).to.have.length(TEMPLATE_LIMITS.descriptionLength);
    expect(t.tasks.map((x) => x.key)).to.deep.equal(["T-2", "A", "T-3", "T-4", "S", "T-1", "M1", "L1", "L2", "R-1", "GL", "T-5"]);
    expect(t.tasks.find((x) => x.key === "T-4")!.name).to.equal("T-4");
    const a = t.tasks.find((x) => x.key === "A")!;
    expect([a.name.length, a.notes!.length, a.durationDays]).to.deep.equal([TEMPLATE_LIMITS.nameLength, TEMPLATE_LIMITS.notesLength, TEMPLATE_LIMITS.maxDays]);
    expect(a.predecessors).to.deep.equal([{ task: "T-2", type: "FS", lagDays: 0 }]);
  });

  it("drops links to unknown tasks, self-links, links along the WBS and the link that closes a loop", () => {
    const t = extract(messy());
    const preds = Object.fromEntries(t.tasks.filter((x) => x.predecessors).map((x) => [x.key, x.predecessors]));
    expect(preds).to.deep.equal({
      A: [{ task: "T-2", type: "FS", lagDays: 0 }],
      GL: [{ task: "R-1", type: "FS", lagDays: TEMPLATE_LIMITS.maxDays }],
    });
  });

  it("breaks a WBS parent loop and leaves out tasks of a phase the project does not have", () => {
    const t = extract(messy());
    expect(t.tasks.find((x) => x.key === "L1")).to.not.have.property("parent");
    expect(t.tasks.find((x) => x.key === "L2")!.parent).to.equal("L1");
    expect(t.tasks.some((x) => x.key === "ORPHAN")).to.be.false;
  });

  it("writes summaries with 0 days and no milestone flag, milestones with 0 days", () => {
    const t = extract(messy());
    expect(t.tasks.find((x) => x.key === "S")).to.deep.equal({ key: "S", name: "Task 5", phase: "planning", durationDays: 0 });
    expect(t.tasks.find((x) => x.key === "M1")).to.include({ parent: "S", durationDays: 0, milestone: true });
    expect(t.tasks.find((x) => x.key === "T-1")).to.include({ parent: "S", durationDays: 1 }).and.not.have.property("milestone");
  });

  it("keeps goals, resources and checklists within the limits, leaving out items without text or category", () => {
    const t = extract(messy());
    expect(t.goals[1].name).to.have.length(TEMPLATE_LIMITS.nameLength);
    expect(t.goals[1].unit).to.have.length(TEMPLATE_LIMITS.unitLength);
    expect(t.goals[1]).to.include({ baseline: 5, target: 9 }).and.not.have.property("dueTaskKey");
    expect(t.resources.map((r) => [r.name.length, r.unit.length, r.planned])).to.deep.equal([
      [TEMPLATE_LIMITS.nameLength, 4, 10],
      [8, TEMPLATE_LIMITS.unitLength, 0],
    ]);
    const planning = t.phases[0].checklist;
    expect(planning.map((c) => c.category.length)).to.deep.equal([5, TEMPLATE_LIMITS.categoryLength]);
    expect(planning[1].text).to.have.length(TEMPLATE_LIMITS.textLength);
    expect(planning[1].note).to.have.length(TEMPLATE_LIMITS.notesLength);
    expect(t.phases[1].checklist).to.deep.equal([{ category: "scope", text: "Foundation item", dueOffsetDays: 4 }]);
  });

  it("writes tasks phase by phase, each WBS depth-first by position, whatever the ids and the list order", () => {
    const p = project({
      phases: [{ id: 3, kind: "rollout" }, { id: 1, kind: "planning" }],
      tasks: [
        leaf(1, { phaseId: 3, position: 0, key: "R" }),
        leaf(2, { position: 2, key: " P2 " }),
        leaf(3, { position: 1, key: "P1" }),
        leaf(4, { parentId: 3, position: 1, key: "P1.B" }),
        leaf(5, { parentId: 3, position: 0, key: "P1.A" }),
        leaf(6, { parentId: 5, position: 0, key: "P1.A.1" }),
        leaf(7, { position: 1, key: "P1-twin" }),
      ],
    });
    expect(extract(p).tasks.map((x) => x.key)).to.deep.equal(["P1", "P1.A", "P1.A.1", "P1.B", "P1-twin", "P2", "R"]);
  });

  it("caps roles, tasks, checklist items, goals and resources at the format's limits", () => {
    const L = TEMPLATE_LIMITS;
    const n = (count: number) => Array.from({ length: count }, (_, i) => i + 1);
    const t = extract(
      project({
        members: n(L.roles + 1).map((id) => ({ id, name: `P${id}`, roleTitle: `Role ${id}` })),
        tasks: n(L.tasks + 1).map((id) => leaf(id, { assigneeId: id })),
        checklist: n(L.checklistItemsPerPhase + 1).map((position) => ({ phaseId: 1, categoryId: 1, position, text: `Item ${position}`, ownerId: null, dueDate: null, note: "" })),
        goals: n(L.goals + 1).map((i) => ({ name: `Goal ${i}`, unit: "", baseline: null, target: i, dueDate: null, ownerId: null })),
        resources: n(L.resources + 1).map((i) => ({ kind: "tool" as const, name: `Tool ${i}`, unit: "", planned: i })),
      }),
    );
    expect([t.roles.length, t.tasks.length, t.phases[0].checklist.length, t.goals.length, t.resources.length]).to.deep.equal([
      L.roles,
      L.tasks,
      L.checklistItemsPerPhase,
      L.goals,
      L.resources,
    ]);
    expect(t.tasks[L.roles - 1].assigneeRole).to.equal(t.roles[L.roles - 1].key);
    expect(t.tasks[L.roles]).to.not.have.property("assigneeRole");
  });

  it("keeps the order of the working week and falls back to Monday–Friday without one", () => {
    expect(extract(project({ workingWeek: [6, 7, 1, 2, 3, 3] })).workingWeek).to.deep.equal([6, 7, 1, 2, 3]);
    expect(extract(project({ workingWeek: [] })).workingWeek).to.deep.equal([1, 2, 3, 4, 5]);
  });

  it("handles an empty project", () => {
    const t = extract(project({ tasks: [], members: [], phases: [{ id: 3, kind: "rollout" }, { id: 1, kind: "planning" }] }));
    expect(t.tasks).to.deep.equal([]);
    expect(t.roles).to.deep.equal([]);
    expect(t.phases.map((p) => p.kind)).to.deep.equal(["planning", "rollout"]);
    expect(t).to.not.have.property("goLiveTaskKey");
  });
});

describe("template extraction: people become roles", () => {
  it("merges members with the same title and generates keys from initials, else R1, R2, …", () => {
    const t = extract(messy());
    expect(t.roles).to.deep.equal([
      { key: "PM", title: "Project manager" },
      { key: "R1", title: "مدیر پروژه" },
      { key: "A", title: "Ali" },
      { key: "X", title: "x".repeat(TEMPLATE_LIMITS.titleLength) },
    ]);
    expect(t.tasks.find((x) => x.key === "T-2")!.assigneeRole).to.equal("PM");
    expect(t.tasks.find((x) => x.key === "GL")!.assigneeRole).to.equal("R1");
    expect(t.phases[0].checklist.map((c) => c.ownerRole)).to.deep.equal(["A", "X"]);
    expect(t.goals[0].ownerRole).to.equal("PM");
  });

  it("reuses the caller's keys when valid and free, and never gives one of them to another title", () => {
    const members = ["Product marketing", "Project manager", "Sponsor", "Steering", "Data steward"].map((roleTitle, i) => ({ id: i + 1, name: `P${i}`, roleTitle }));
    const roleKeys = new Map([
      ["Project manager", "PM"],
      ["Sponsor", "bad key"],
      ["Steering", "DS"],
      ["Data steward", "DS"],
    ]);
    const t = extract(project({ members }), { roleKeys });
    expect(t.roles.map((r) => r.key)).to.deep.equal(["R1", "PM", "S", "DS", "R2"]);
  });

  it("turns a title into the initials of its latin words", () => {
    expect(roleKeyFromTitle("Project manager")).to.equal("PM");
    expect(roleKeyFromTitle("IT / infrastructure")).to.equal("II");
    expect(roleKeyFromTitle("Tier 2 support")).to.equal("T2S");
    expect(roleKeyFromTitle("مدیر پروژه")).to.equal("");
  });
});

describe("template extraction: dates become working-day offsets", () => {
  it("counts constraints from the kickoff; a weekend date counts as the next working day; earlier dates clamp to 0", () => {
    const t = extract(messy());
    // Mon 2 = 0, Tue 3 = 1, Wed 4 is a holiday, Thu 5 = 2, Fri 6 = 3, Sat 7 → Mon 9 = 4.
    expect(t.tasks.find((x) => x.key === "M1")!.constraint).to.deep.equal({ type: "SNET", offsetDays: 4 });
    expect(t.tasks.find((x) => x.key === "R-1")!.constraint).to.deep.equal({ type: "MFO", offsetDays: 0 });
    // Fri 20: Mon 9 = 4 … Fri 13 = 8, Mon 16 = 9 … Fri 20 = 13.
    expect(t.tasks.find((x) => x.key === "T-5")!.constraint).to.deep.equal({ type: "FNLT", offsetDays: 13 });
  });

  it("counts checklist due dates from the phase start, the kickoff for a phase without tasks", () => {
    const t = extract(messy());
    expect(t.phases[0].checklist.map((c) => c.dueOffsetDays)).to.deep.equal([0, 4]);
    expect(t.phases[1].checklist[0].dueOffsetDays).to.equal(4);
  });

  it("counts from the earliest task start of the phase, even a task starting before the kickoff", () => {
    // Rollout starts Fri 20 Feb (a manual task): Mon 2 Mar is 6 working days later.
    const p = messy();
    p.checklist = [{ phaseId: 3, categoryId: 1, position: 0, text: "Due on the kickoff", ownerId: null, dueDate: "2026-03-02", note: "" }];
    expect(extract(p).phases[2].checklist[0].dueOffsetDays).to.equal(6);
  });

  it("leaves out a constraint without a date and a due date without a task finishing then", () => {
    const t = extract(project({ tasks: [leaf(1, { constraintType: "SNET", constraintDate: null })], goals: [{ name: "G", unit: "", baseline: null, target: 1, dueDate: "2026-03-03", ownerId: null }] }));
    expect(t.tasks[0]).to.not.have.property("constraint");
    expect(t.goals).to.deep.equal([{ name: "G", unit: "", target: 1 }]);
  });
});

describe("template extraction: goals' due tasks and the go-live milestone", () => {
  const tied = () =>
    project({
      tasks: [
        leaf(1, { key: "SUM", finish: "2026-03-10" }),
        leaf(2, { parentId: 1, position: 0, key: "LEAF", finish: "2026-03-10" }),
        leaf(3, { position: 5, key: "MS1", milestone: true, durationDays: 0, finish: "2026-03-10" }),
        leaf(4, { position: 6, key: "MS2", milestone: true, durationDays: 0, finish: "2026-03-10" }),
        leaf(5, { position: 7, key: "EARLY", milestone: true, durationDays: 0, finish: "2026-03-03" }),
      ],
      goals: [{ name: "G", unit: "%", baseline: null, target: 1, dueDate: "2026-03-10", ownerId: null }],
    });

  it("points a goal at the first milestone finishing on its due date, else a leaf, else a summary", () => {
    expect(extract(tied()).goals[0].dueTaskKey).to.equal("MS1");
    const noMilestones = tied();
    noMilestones.tasks = noMilestones.tasks.slice(0, 2);
    expect(extract(noMilestones).goals[0].dueTaskKey).to.equal("LEAF");
  });

  it("takes the caller's go-live key when it names a milestone", () => {
    expect(extract(tied(), { goLiveTaskKey: "EARLY" }).goLiveTaskKey).to.equal("EARLY");
  });

  it("otherwise takes the milestone finishing last, the last in display order on a tie", () => {
    expect(extract(tied(), { goLiveTaskKey: "LEAF" }).goLiveTaskKey).to.equal("MS2");
    expect(extract(tied(), { goLiveTaskKey: "NOPE" }).goLiveTaskKey).to.equal("MS2");
    expect(extract(tied()).goLiveTaskKey).to.equal("MS2");
  });

  it("never takes a summary flagged as a milestone, and leaves go-live out without milestones", () => {
    const p = project({ tasks: [leaf(1, { key: "SUM", milestone: true, finish: "2026-03-30" }), leaf(2, { parentId: 1, key: "C" })] });
    expect(extract(p, { goLiveTaskKey: "SUM" })).to.not.have.property("goLiveTaskKey");
  });
});

describe("template extraction: what to include", () => {
  it("drops checklists, goals and resources when asked, keeping every phase", () => {
    const t = extract(messy(), { include: { checklists: false, goals: false, resources: false } });
    expect(t.phases).to.deep.equal(PHASE_KINDS.map((kind) => ({ kind, checklist: [] })));
    expect(t.goals).to.deep.equal([]);
    expect(t.resources).to.deep.equal([]);
  });

  it("includes each part on its own", () => {
    const only = (include: ExtractOptions["include"]) => extract(messy(), { include });
    expect(only({ checklists: true, goals: false, resources: false }).phases[0].checklist).to.have.length(2);
    expect(only({ checklists: false, goals: true, resources: false }).goals).to.have.length(2);
    expect(only({ checklists: false, goals: false, resources: true }).resources).to.have.length(2);
  });
});
