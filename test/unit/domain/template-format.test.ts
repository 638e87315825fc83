// The template format, version 1: validation (every problem with its path and key), the canonical
// serialisation (export → import → export is byte-identical) and the JSON Schema file's agreement.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect } from "chai";
import {
  parseTemplate,
  renderTemplateProblem,
  serializeTemplate,
  TEMPLATE_REQUIRED_FIELDS,
  validateTemplate,
} from "../../../server/domain/template-format";
import type { ProjectTemplate, TemplateProblem } from "../../../server/domain/template-format";

/** A small valid template as plain JSON: fields deliberately out of canonical order in places. */
function minimal(): Record<string, unknown> {
  return {
    format: "crm-rollout-template",
    formatVersion: 1,
    key: "smb-sales",
    name: "SMB sales CRM",
    language: "en",
    kind: "smb-sales",
    version: 3,
    description: "A small sales rollout.",
    workingWeek: [1, 2, 3, 4, 5],
    goLiveTaskKey: "GL",
    roles: [
      { title: "Project manager", key: "PM" },
      { key: "BA", title: "Business analyst" },
    ],
    phases: [
      {
        kind: "planning",
        checklist: [
          { category: "scope", text: "Scope signed", ownerRole: "PM", dueOffsetDays: 5 },
          { category: "Data migration", text: "Sources listed", note: "CSV exports" },
        ],
      },
      { kind: "foundation", checklist: [] },
      { kind: "rollout", checklist: [] },
    ],
    tasks: [
      { key: "PL", name: "Planning", phase: "planning", durationDays: 0 },
      { key: "PL-01", name: "Kickoff workshop", phase: "planning", parent: "PL", durationDays: 2, assigneeRole: "PM" },
      { key: "PL-02", name: "Requirements", phase: "planning", parent: "PL", durationDays: 5, predecessors: [{ task: "PL-01", type: "FS", lagDays: 0 }] },
      {
        key: "FD-01",
        name: "Configure",
        phase: "foundation",
        durationDays: 10,
        notes: "Sandbox first",
        constraint: { type: "SNET", offsetDays: 3 },
        predecessors: [{ type: "SS", lagDays: 2, task: "PL-02" }],
      },
      { key: "FD-02", name: "Migrate data", phase: "foundation", durationDays: 4, predecessors: [{ task: "FD-01", type: "FF", lagDays: -1 }] },
      { key: "RO-01", name: "Train users", phase: "rollout", durationDays: 3, predecessors: [{ task: "FD-02", type: "SF", lagDays: 1 }] },
      { key: "GL", name: "Go-live", phase: "rollout", durationDays: 0, milestone: true, predecessors: [{ task: "RO-01", type: "FS", lagDays: 0 }] },
    ],
    goals: [
      { name: "Active users", unit: "%", baseline: 0, target: 90, ownerRole: "PM", dueTaskKey: "GL" },
      { name: "Leads in CRM", unit: "leads", target: 500 },
    ],
    resources: [{ kind: "people", name: "Consultant", unit: "days", planned: 40 }],
  };
}

type Json = Record<string, unknown>;
const tasksOf = (t: Json) => t.tasks as Json[];

function problemsOf(json: unknown): TemplateProblem[] {
  const r = validateTemplate(json);
  if (r.ok) throw new Error("expected problems, template was valid");
  return r.problems;
}

function expectOnly(json: unknown, path: string, key: string, params?: Record<string, string | number>): void {
  const problems = problemsOf(json);
  expect(problems.map((p) => `${p.path} ${p.key}`), problems.map(renderTemplateProblem).join("\n")).to.deep.equal([`${path} template.errors.${key}`]);
  if (params) expect(problems[0].params).to.deep.equal(params);
}

describe("template format: validateTemplate", () => {
  it("accepts a valid template and returns a canonical copy", () => {
    const r = validateTemplate(minimal());
    if (!r.ok) throw new Error(r.problems.map(renderTemplateProblem).join("\n"));
    expect(r.template.roles[0]).to.deep.equal({ key: "PM", title: "Project manager" });
    expect(Object.keys(r.template.roles[0])).to.deep.equal(["key", "title"]);
    expect(r.template.tasks[3].predecessors).to.deep.equal([{ task: "PL-02", type: "SS", lagDays: 2 }]);
    expect(r.template.goLiveTaskKey).to.equal("GL");
  });

  it("accepts empty lists and no go-live key", () => {
    const t = { ...minimal(), roles: [], phases: [], tasks: [], goals: [], resources: [] };
    delete (t as Json).goLiveTaskKey;
    expect(validateTemplate(t).ok).to.equal(true);
  });

  it("rejects a non-object document", () => {
    expectOnly([], "", "notObject");
    expectOnly("x", "", "notObject");
  });

  it("reports missing required top-level fields, each with its path", () => {
    const t = minimal();
    delete t.name;
    delete t.tasks;
    delete t.version;
    const problems = problemsOf(t).map((p) => `${p.path} ${p.key}`);
    expect(problems).to.have.members(["name template.errors.required", "tasks template.errors.required", "version template.errors.required"]);
  });

  it("reports the wrong format and format version", () => {
    expectOnly({ ...minimal(), format: "other" }, "format", "badFormat", { expected: "crm-rollout-template" });
    expectOnly({ ...minimal(), formatVersion: 2 }, "formatVersion", "badFormatVersion", { version: "2", expected: 1 });
  });

  it("reports wrong types", () => {
    expectOnly({ ...minimal(), name: 5 }, "name", "notString");
    expectOnly({ ...minimal(), version: 1.5 }, "version", "notInteger");
    expectOnly({ ...minimal(), roles: {} }, "roles", "notArray");
    const t = minimal();
    tasksOf(t)[1].milestone = "yes";
    expectOnly(t, "tasks[1].milestone", "notBoolean");
    const g = minimal();
    (g.goals as Json[])[0].target = "90";
    expectOnly(g, "goals[0].target", "notNumber");
    const n = minimal();
    tasksOf(n)[2] = null as unknown as Json;
    const problems = problemsOf(n).map((p) => `${p.path} ${p.key}`);
    expect(problems[0]).to.equal("tasks[2] template.errors.notObject");
  });

  it("reports unknown fields", () => {
    const t = minimal();
    tasksOf(t)[1].colour = "red";
    expectOnly(t, "tasks[1].colour", "unknownField", { field: "colour" });
    expectOnly({ ...minimal(), extra: 1 }, "extra", "unknownField", { field: "extra" });
  });

  it("reports bad enum values", () => {
    expectOnly({ ...minimal(), language: "de" }, "language", "badEnum", { value: "de", allowed: "en, fa" });
    expectOnly({ ...minimal(), kind: "retail" }, "kind", "badEnum");
    const t = minimal();
    ((tasksOf(t)[2].predecessors as Json[])[0]).type = "XX";
    expectOnly(t, "tasks[2].predecessors[0].type", "badEnum");
    const r = minimal();
    (r.resources as Json[])[0].kind = "money";
    expectOnly(r, "resources[0].kind", "badEnum");
    const c = minimal();
    tasksOf(c)[3].constraint = { type: "ASAP", offsetDays: 0 };
    expectOnly(c, "tasks[3].constraint.type", "badEnum");
  });

  it("reports ranges, empties and keys", () => {
    expectOnly({ ...minimal(), version: 0 }, "version", "outOfRange", { min: 1, max: 1000000 });
    expectOnly({ ...minimal(), workingWeek: [1, 8] }, "workingWeek[1]", "outOfRange");
    expectOnly({ ...minimal(), workingWeek: [1, 1] }, "workingWeek[1]", "duplicateWeekday", { day: 1 });
    expectOnly({ ...minimal(), workingWeek: [] }, "workingWeek", "empty");
    expectOnly({ ...minimal(), key: "Not A Slug" }, "key", "badKey");
    expectOnly({ ...minimal(), name: "  " }, "name", "empty");
    const t = minimal();
    tasksOf(t)[1].durationDays = -1;
    expectOnly(t, "tasks[1].durationDays", "outOfRange");
    const m = minimal();
    tasksOf(m)[6].durationDays = 2;
    expectOnly(m, "tasks[6].durationDays", "milestoneDuration");
  });

  it("enforces limits on string lengths and the number of tasks", () => {
    expectOnly({ ...minimal(), name: "x".repeat(201) }, "name", "tooLong", { max: 200 });
    const many = Array.from({ length: 5001 }, (_, i) => ({ key: `T${i}`, name: "t", phase: "planning", durationDays: 1 }));
    expectOnly({ ...minimal(), tasks: many, goals: [], goLiveTaskKey: undefined }, "tasks", "tooMany", { max: 5000 });
    const ok = Array.from({ length: 5000 }, (_, i) => ({
      key: `T${i}`, name: "t", phase: "planning", durationDays: 1,
      ...(i > 0 ? { predecessors: [{ task: `T${i - 1}`, type: "FS", lagDays: 0 }] } : {}),
    }));
    const t = { ...minimal(), tasks: ok, goals: [] };
    delete (t as Json).goLiveTaskKey;
    expect(validateTemplate(t).ok).to.equal(true);
  });

  it("reports duplicate task and role keys and duplicate phases", () => {
    const t = minimal();
    tasksOf(t).push({ key: "FD-01", name: "Again", phase: "foundation", durationDays: 1, predecessors: [{ task: "FD-01", type: "FS", lagDays: 0 }] });
    expectOnly(t, "tasks[7].key", "duplicateKey", { key: "FD-01" });
    const r = minimal();
    (r.roles as Json[])[1].key = "PM";
    expectOnly(r, "roles[1].key", "duplicateKey", { key: "PM" });
    const p = minimal();
    (p.phases as Json[])[2].kind = "planning";
    const problems = problemsOf(p).map((x) => `${x.path} ${x.key}`);
    expect(problems).to.include("phases[2].kind template.errors.duplicatePhase");
  });

  it("reports unknown task references with their path", () => {
    const t = minimal();
    ((tasksOf(t)[4].predecessors as Json[])[0]).task = "FD-99";
    expectOnly(t, "tasks[4].predecessors[0].task", "unknownTask", { key: "FD-99" });
    expect(renderTemplateProblem(problemsOf(t)[0])).to.equal('tasks[4].predecessors[0].task: unknown task key "FD-99"');
    const p = minimal();
    tasksOf(p)[1].parent = "NOPE";
    expectOnly(p, "tasks[1].parent", "unknownTask", { key: "NOPE" });
    const g = minimal();
    (g.goals as Json[])[0].dueTaskKey = "X";
    expectOnly(g, "goals[0].dueTaskKey", "unknownTask", { key: "X" });
    expectOnly({ ...minimal(), goLiveTaskKey: "X" }, "goLiveTaskKey", "unknownTask", { key: "X" });
  });

  it("reports unknown role references with their path", () => {
    const t = minimal();
    tasksOf(t)[1].assigneeRole = "CEO";
    expectOnly(t, "tasks[1].assigneeRole", "unknownRole", { key: "CEO" });
    const c = minimal();
    ((c.phases as Json[])[0].checklist as Json[])[1].ownerRole = "CEO";
    expectOnly(c, "phases[0].checklist[1].ownerRole", "unknownRole", { key: "CEO" });
    const g = minimal();
    (g.goals as Json[])[1].ownerRole = "CEO";
    expectOnly(g, "goals[1].ownerRole", "unknownRole", { key: "CEO" });
  });

  it("requires the go-live task to be a milestone", () => {
    expectOnly({ ...minimal(), goLiveTaskKey: "FD-01" }, "goLiveTaskKey", "notMilestone", { key: "FD-01" });
  });

  it("reports a task in a phase the template does not list, and a parent in another phase", () => {
    const t = minimal();
    (t.phases as Json[]).pop();
    const problems = problemsOf(t).map((p) => `${p.path} ${p.key}`);
    expect(problems).to.deep.equal(["tasks[5].phase template.errors.unknownPhase", "tasks[6].phase template.errors.unknownPhase"]);
    const p = minimal();
    tasksOf(p)[4].parent = "PL";
    expectOnly(p, "tasks[4].parent", "parentPhase", { key: "PL" });
  });

  it("reports self links, duplicate links and links to WBS ancestors", () => {
    const t = minimal();
    tasksOf(t)[4].predecessors = [{ task: "FD-02", type: "FS", lagDays: 0 }];
    expectOnly(t, "tasks[4].predecessors[0].task", "selfLink");
    const d = minimal();
    tasksOf(d)[4].predecessors = [{ task: "FD-01", type: "FS", lagDays: 0 }, { task: "FD-01", type: "SS", lagDays: 0 }];
    expectOnly(d, "tasks[4].predecessors[1].task", "duplicateLink", { key: "FD-01" });
    const a = minimal();
    tasksOf(a)[1].predecessors = [{ task: "PL", type: "SS", lagDays: 0 }];
    expectOnly(a, "tasks[1].predecessors[0].task", "summaryLink", { key: "PL" });
  });

  it("reports a dependency loop", () => {
    const t = minimal();
    tasksOf(t)[3].predecessors = [{ task: "RO-01", type: "FS", lagDays: 0 }];
    const problems = problemsOf(t);
    expect(problems).to.have.length(1);
    expect(problems[0].key).to.equal("template.errors.cycle");
    expect(problems[0].path).to.match(/^tasks\[\d\]\.predecessors$/);
    expect(String(problems[0].params.loop)).to.include("FD-01").and.include("RO-01").and.include("FD-02");
  });

  it("reports a loop through a summary (a link into a summary binds its tasks)", () => {
    const t = minimal();
    // PL-02 (inside PL) ← FD-01 and FD-01 ← PL (the summary spans PL-02): a loop.
    tasksOf(t)[2].predecessors = [{ task: "FD-01", type: "FS", lagDays: 0 }];
    tasksOf(t)[3].predecessors = [{ task: "PL", type: "FS", lagDays: 0 }];
    const problems = problemsOf(t);
    expect(problems.map((p) => p.key)).to.deep.equal(["template.errors.cycle"]);
  });

  it("reports a WBS parent loop once", () => {
    const t = minimal();
    tasksOf(t)[3].parent = "FD-02";
    tasksOf(t)[4].parent = "FD-01";
    delete tasksOf(t)[4].predecessors;
    expectOnly(t, "tasks[3].parent", "parentLoop", { loop: "FD-01 → FD-02 → FD-01" });
    const s = minimal();
    tasksOf(s)[1].parent = "PL-01";
    const problems = problemsOf(s).map((p) => `${p.path} ${p.key}`);
    expect(problems).to.deep.equal(["tasks[1].parent template.errors.parentLoop"]);
  });

  it("collects every problem, not just the first", () => {
    const t = minimal();
    t.language = "xx";
    tasksOf(t)[1].assigneeRole = "NOPE";
    ((tasksOf(t)[2].predecessors as Json[])[0]).task = "FD-99";
    (t.resources as Json[])[0].planned = -1;
    const problems = problemsOf(t).map(renderTemplateProblem);
    expect(problems).to.have.length(4);
    expect(problems).to.include('tasks[2].predecessors[0].task: unknown task key "FD-99"');
    expect(problems).to.include('tasks[1].assigneeRole: unknown role key "NOPE"');
  });

  it("reports invalid JSON text as one problem", () => {
    const r = parseTemplate("{ nope");
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.problems.map((p) => p.key)).to.deep.equal(["template.errors.badJson"]);
  });
});

describe("template format: serializeTemplate", () => {
  it("export → import → export gives identical bytes", () => {
    const r = validateTemplate(minimal());
    if (!r.ok) throw new Error("invalid");
    const first = serializeTemplate(r.template);
    const again = parseTemplate(first);
    if (!again.ok) throw new Error(again.problems.map(renderTemplateProblem).join("\n"));
    expect(serializeTemplate(again.template)).to.equal(first);
    expect(first.endsWith("}\n")).to.equal(true);
    expect(first).to.include('\n  "format": "crm-rollout-template",\n  "formatVersion": 1,\n');
  });

  it("writes fields in the documented order and leaves absent optional fields out", () => {
    const r = validateTemplate(minimal());
    if (!r.ok) throw new Error("invalid");
    const doc = JSON.parse(serializeTemplate(r.template)) as ProjectTemplate;
    expect(Object.keys(doc)).to.deep.equal([
      "format", "formatVersion", "key", "name", "language", "kind", "version", "description", "workingWeek",
      "goLiveTaskKey", "roles", "phases", "tasks", "goals", "resources",
    ]);
    expect(Object.keys(doc.tasks[3])).to.deep.equal(["key", "name", "phase", "durationDays", "notes", "constraint", "predecessors"]);
    expect(Object.keys(doc.tasks[3].predecessors![0])).to.deep.equal(["task", "type", "lagDays"]);
    expect(Object.keys(doc.goals[1])).to.deep.equal(["name", "unit", "target"]);
  });
});

describe("template format: JSON Schema file", () => {
  const schemaPath = resolve(__dirname, "../../../../templates/template.schema.json");
  const schema = JSON.parse(readFileSync(schemaPath, "utf8")) as {
    $schema: string;
    required: string[];
    properties: Record<string, { const?: unknown; enum?: unknown[] }>;
    additionalProperties: boolean;
  };

  it("is draft 2020-12 and lists the same required top-level fields", () => {
    expect(schema.$schema).to.equal("https://json-schema.org/draft/2020-12/schema");
    expect([...schema.required].sort()).to.deep.equal([...TEMPLATE_REQUIRED_FIELDS].sort());
    expect(Object.keys(schema.properties).sort()).to.deep.equal([...TEMPLATE_REQUIRED_FIELDS, "goLiveTaskKey"].sort());
    expect(schema.additionalProperties).to.equal(false);
  });

  it("agrees on the format constants and enums", () => {
    expect(schema.properties.format.const).to.equal("crm-rollout-template");
    expect(schema.properties.formatVersion.const).to.equal(1);
    expect(schema.properties.language.enum).to.deep.equal(["en", "fa"]);
    expect(schema.properties.kind.enum).to.deep.equal(["smb-sales", "enterprise-ecrm", "service-centre", "custom"]);
  });
});

describe("template format: docs/TEMPLATE-FORMAT.md", () => {
  it("its example is a valid template in canonical form", () => {
    const doc = readFileSync(resolve(__dirname, "../../../../docs/TEMPLATE-FORMAT.md"), "utf8");
    const match = /## Example\n\n```json\n([\s\S]*?)```/.exec(doc);
    expect(match, "example block").to.not.equal(null);
    const r = parseTemplate(match![1]);
    if (!r.ok) throw new Error(r.problems.map(renderTemplateProblem).join("\n"));
    expect(serializeTemplate(r.template)).to.equal(match![1]);
  });
});
