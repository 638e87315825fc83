// Project templates, format version 1 (docs/TEMPLATE-FORMAT.md, templates/template.schema.json): the
// types, a hand-written validator that reports every problem with its path and an i18n key, and the
// canonical serialisation (fixed key order, 2-space indent, trailing newline) that makes
// export → import → export byte-identical. Pure: no I/O.
import { findCycle } from "./dependency-graph";
import type { ConstraintType } from "./schedule-types";
import { BUILTIN_CHECKLIST_CATEGORIES, LINK_TYPES, PHASE_KINDS, RESOURCE_KINDS, isOneOf } from "./types";
import type { BuiltinChecklistCategory, LinkType, PhaseKind, ResourceKind } from "./types";

export const TEMPLATE_FORMAT = "crm-rollout-template";
export const TEMPLATE_FORMAT_VERSION = 1;
export const TEMPLATE_LANGUAGES = ["en", "fa"] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];
export const TEMPLATE_KINDS = ["smb-sales", "enterprise-ecrm", "service-centre", "custom"] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];
/** Constraints a template may carry (ASAP is the default: leave `constraint` out). */
export const TEMPLATE_CONSTRAINT_TYPES = ["SNET", "FNLT", "MFO"] as const;
export type TemplateConstraintType = Exclude<ConstraintType, "ASAP">;

/** Limits of format version 1. */
export const TEMPLATE_LIMITS = {
  tasks: 5000,
  roles: 100,
  checklistItemsPerPhase: 1000,
  goals: 500,
  resources: 500,
  predecessorsPerTask: 100,
  keyLength: 40,
  templateKeyLength: 80,
  nameLength: 200,
  titleLength: 100,
  categoryLength: 100,
  textLength: 500,
  unitLength: 40,
  notesLength: 5000,
  descriptionLength: 10000,
  maxDays: 10000,
  maxVersion: 1000000,
} as const;

/** Template key: a lower-case slug. */
export const TEMPLATE_KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Task and role keys: letters, digits, '.', '_' and '-', starting with a letter or digit. */
export const ITEM_KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export interface TemplateRole {
  key: string;
  /** RACI role title (not a person), e.g. "Project manager". */
  title: string;
}

export interface TemplateChecklistItem {
  /** A built-in category key (scope, roles, goals, resources, expectations) or a custom category name. */
  category: string;
  text: string;
  ownerRole?: string;
  /** Working days from the phase start (0 = the phase's first day). */
  dueOffsetDays?: number;
  note?: string;
}

export interface TemplatePhase {
  kind: PhaseKind;
  checklist: TemplateChecklistItem[];
}

export interface TemplateConstraint {
  type: TemplateConstraintType;
  /** Working days from the kickoff (0 = the kickoff day). */
  offsetDays: number;
}

export interface TemplatePredecessor {
  /** Key of the predecessor task. */
  task: string;
  type: LinkType;
  /** Working days; negative overlaps. */
  lagDays: number;
}

export interface TemplateTask {
  key: string;
  name: string;
  phase: PhaseKind;
  /** Key of the WBS summary this task sits under. */
  parent?: string;
  /** Whole working days; 0 for a milestone. Ignored for summaries (they span their children). */
  durationDays: number;
  milestone?: boolean;
  assigneeRole?: string;
  notes?: string;
  constraint?: TemplateConstraint;
  predecessors?: TemplatePredecessor[];
}

export interface TemplateGoal {
  name: string;
  unit: string;
  baseline?: number;
  target: number;
  ownerRole?: string;
  /** Due on the finish of this task. */
  dueTaskKey?: string;
}

export interface TemplateResource {
  kind: ResourceKind;
  name: string;
  unit: string;
  planned: number;
}

export interface ProjectTemplate {
  format: typeof TEMPLATE_FORMAT;
  formatVersion: typeof TEMPLATE_FORMAT_VERSION;
  key: string;
  name: string;
  language: TemplateLanguage;
  kind: TemplateKind;
  version: number;
  description: string;
  /** ISO weekdays that work (1 = Monday … 7 = Sunday). */
  workingWeek: number[];
  /** The milestone that go-live anchoring puts on the chosen date. */
  goLiveTaskKey?: string;
  roles: TemplateRole[];
  phases: TemplatePhase[];
  tasks: TemplateTask[];
  goals: TemplateGoal[];
  resources: TemplateResource[];
}

export type TemplateProblemParams = Record<string, string | number>;

export interface TemplateProblem {
  /** Where, e.g. `tasks[12].predecessors[0].task` ("" for the document itself). */
  path: string;
  /** i18n key, e.g. "template.errors.unknownTask". */
  key: string;
  params: TemplateProblemParams;
}

export type TemplateValidation = { ok: true; template: ProjectTemplate } | { ok: false; problems: TemplateProblem[] };

/** English texts of the problem and warning keys (tests, CLI, and the catalogue server/i18n/en/templates.ts); `{name}` placeholders take the params. */
export const TEMPLATE_PROBLEM_MESSAGES_EN = {
  "template.errors.badJson": "is not valid JSON: {message}",
  "template.errors.notObject": "must be an object",
  "template.errors.notArray": "must be an array",
  "template.errors.notString": "must be a string",
  "template.errors.notInteger": "must be an integer",
  "template.errors.notNumber": "must be a finite number",
  "template.errors.notBoolean": "must be true or false",
  "template.errors.required": "is required",
  "template.errors.unknownField": 'unknown field "{field}"',
  "template.errors.empty": "must not be empty",
  "template.errors.tooLong": "is longer than {max} characters",
  "template.errors.tooMany": "has more than {max} entries",
  "template.errors.outOfRange": "must be between {min} and {max}",
  "template.errors.badFormat": 'must be "{expected}"',
  "template.errors.badFormatVersion": "format version {version} is not supported (expected {expected})",
  "template.errors.badKey": 'invalid key "{value}"',
  "template.errors.badEnum": 'invalid value "{value}" (allowed: {allowed})',
  "template.errors.duplicateWeekday": "weekday {day} is listed twice",
  "template.errors.duplicateKey": 'duplicate key "{key}"',
  "template.errors.duplicatePhase": 'phase "{kind}" is listed twice',
  "template.errors.unknownPhase": 'unknown phase "{kind}"',
  "template.errors.unknownTask": 'unknown task key "{key}"',
  "template.errors.unknownRole": 'unknown role key "{key}"',
  "template.errors.notMilestone": 'task "{key}" is not a milestone',
  "template.errors.milestoneDuration": "a milestone lasts 0 days",
  "template.errors.parentLoop": "WBS parents form a loop: {loop}",
  "template.errors.parentPhase": 'parent "{key}" is in another phase',
  "template.errors.selfLink": "a task cannot be its own predecessor",
  "template.errors.duplicateLink": 'task "{key}" is listed twice',
  "template.errors.summaryLink": 'task "{key}" is a WBS ancestor or descendant',
  "template.errors.cycle": "dependency loop: {loop}",
  // Instantiation (template-instantiation.ts).
  "template.errors.badDate": "“{value}” is not a valid date",
  "template.warnings.kickoffNotWorkingDay": "{requested} is not a working day: the kickoff moves to {used}.",
  "template.warnings.goLiveNotWorkingDay": "{requested} is not a working day: go-live lands on {used}.",
  "template.warnings.goLiveNotExact": "Go-live could not be placed on {requested}; it lands on {landed}.",
} as const;

/** Renders a problem in English: `tasks[12].predecessors[0].task: unknown task key "FD-99"`. */
export function renderTemplateProblem(p: TemplateProblem): string {
  const messages: Record<string, string> = TEMPLATE_PROBLEM_MESSAGES_EN;
  const text = (messages[p.key] ?? p.key).replace(/\{(\w+)\}/g, (m, name: string) =>
    name in p.params ? String(p.params[name]) : m,
  );
  return p.path ? `${p.path}: ${text}` : text;
}

// ---------------------------------------------------------------------------------------------
// Validation

type Obj = Record<string, unknown>;

class Collector {
  readonly problems: TemplateProblem[] = [];
  add(path: string, key: string, params: TemplateProblemParams = {}): void {
    this.problems.push({ path, key: `template.errors.${key}`, params });
  }
}

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const join = (path: string, field: string) => (path ? `${path}.${field}` : field);

/** Checks an object's fields against the allowed list; reports unknown ones. */
function objectAt(c: Collector, v: unknown, path: string, allowed: readonly string[]): Obj | null {
  if (!isObj(v)) {
    c.add(path, "notObject");
    return null;
  }
  for (const f of Object.keys(v)) if (!allowed.includes(f)) c.add(join(path, f), "unknownField", { field: f });
  return v;
}

function arrayAt(c: Collector, o: Obj, field: string, path: string, max: number, optional = false): unknown[] | null {
  const p = join(path, field);
  const v = o[field];
  if (v === undefined) {
    if (!optional) c.add(p, "required");
    return null;
  }
  if (!Array.isArray(v)) {
    c.add(p, "notArray");
    return null;
  }
  if (v.length > max) {
    c.add(p, "tooMany", { max });
    return null;
  }
  return v;
}

function stringAt(
  c: Collector,
  o: Obj,
  field: string,
  path: string,
  opts: { max: number; optional?: boolean; allowEmpty?: boolean; pattern?: RegExp },
): string | undefined {
  const p = join(path, field);
  const v = o[field];
  if (v === undefined) {
    if (!opts.optional) c.add(p, "required");
    return undefined;
  }
  if (typeof v !== "string") {
    c.add(p, "notString");
    return undefined;
  }
  if (!opts.allowEmpty && v.trim() === "") {
    c.add(p, "empty");
    return undefined;
  }
  if (v.length > opts.max) {
    c.add(p, "tooLong", { max: opts.max });
    return undefined;
  }
  if (opts.pattern && !opts.pattern.test(v)) {
    c.add(p, "badKey", { value: v });
    return undefined;
  }
  return v;
}

function enumAt<T extends string>(c: Collector, o: Obj, field: string, path: string, list: readonly T[]): T | undefined {
  const p = join(path, field);
  const v = o[field];
  if (v === undefined) {
    c.add(p, "required");
    return undefined;
  }
  if (!isOneOf(list, v)) {
    c.add(p, "badEnum", { value: typeof v === "string" ? v : JSON.stringify(v) ?? String(v), allowed: list.join(", ") });
    return undefined;
  }
  return v;
}

function integerAt(c: Collector, o: Obj, field: string, path: string, min: number, max: number, optional = false): number | undefined {
  const p = join(path, field);
  const v = o[field];
  if (v === undefined) {
    if (!optional) c.add(p, "required");
    return undefined;
  }
  if (typeof v !== "number" || !Number.isInteger(v)) {
    c.add(p, "notInteger");
    return undefined;
  }
  if (v < min || v > max) {
    c.add(p, "outOfRange", { min, max });
    return undefined;
  }
  return v;
}

function numberAt(c: Collector, o: Obj, field: string, path: string, optional = false, min = -Number.MAX_VALUE): number | undefined {
  const p = join(path, field);
  const v = o[field];
  if (v === undefined) {
    if (!optional) c.add(p, "required");
    return undefined;
  }
  if (typeof v !== "number" || !Number.isFinite(v)) {
    c.add(p, "notNumber");
    return undefined;
  }
  if (v < min) {
    c.add(p, "outOfRange", { min, max: Number.MAX_VALUE });
    return undefined;
  }
  return v;
}

function booleanAt(c: Collector, o: Obj, field: string, path: string): boolean | undefined {
  const v = o[field];
  if (v === undefined) return undefined;
  if (typeof v !== "boolean") {
    c.add(join(path, field), "notBoolean");
    return undefined;
  }
  return v;
}

const TOP_FIELDS = [
  "format", "formatVersion", "key", "name", "language", "kind", "version", "description", "workingWeek",
  "goLiveTaskKey", "roles", "phases", "tasks", "goals", "resources",
] as const;
/** Top-level fields every template must have (all but goLiveTaskKey). */
export const TEMPLATE_REQUIRED_FIELDS: readonly string[] = TOP_FIELDS.filter((f) => f !== "goLiveTaskKey");
const ROLE_FIELDS = ["key", "title"];
const PHASE_FIELDS = ["kind", "checklist"];
const CHECKLIST_FIELDS = ["category", "text", "ownerRole", "dueOffsetDays", "note"];
const TASK_FIELDS = ["key", "name", "phase", "parent", "durationDays", "milestone", "assigneeRole", "notes", "constraint", "predecessors"];
const CONSTRAINT_FIELDS = ["type", "offsetDays"];
const PREDECESSOR_FIELDS = ["task", "type", "lagDays"];
const GOAL_FIELDS = ["name", "unit", "baseline", "target", "ownerRole", "dueTaskKey"];
const RESOURCE_FIELDS = ["kind", "name", "unit", "planned"];

const L = TEMPLATE_LIMITS;

/**
 * Validates a parsed JSON document as a format-1 template. On success returns a fresh, canonical copy
 * (only known fields, fixed order); otherwise every problem found, each with its path.
 */
export function validateTemplate(json: unknown): TemplateValidation {
  const c = new Collector();
  const root = objectAt(c, json, "", TOP_FIELDS);
  if (!root) return { ok: false, problems: c.problems };

  if (root.format === undefined) c.add("format", "required");
  else if (root.format !== TEMPLATE_FORMAT) c.add("format", "badFormat", { expected: TEMPLATE_FORMAT });
  if (root.formatVersion === undefined) c.add("formatVersion", "required");
  else if (root.formatVersion !== TEMPLATE_FORMAT_VERSION) {
    c.add("formatVersion", "badFormatVersion", { version: String(root.formatVersion), expected: TEMPLATE_FORMAT_VERSION });
  }
  const key = stringAt(c, root, "key", "", { max: L.templateKeyLength, pattern: TEMPLATE_KEY_PATTERN });
  const name = stringAt(c, root, "name", "", { max: L.nameLength });
  const language = enumAt(c, root, "language", "", TEMPLATE_LANGUAGES);
  const kind = enumAt(c, root, "kind", "", TEMPLATE_KINDS);
  const version = integerAt(c, root, "version", "", 1, L.maxVersion);
  const description = stringAt(c, root, "description", "", { max: L.descriptionLength, allowEmpty: true });

  // Working week: unique ISO weekdays, at least one.
  const workingWeek: number[] = [];
  const weekRaw = arrayAt(c, root, "workingWeek", "", 7);
  if (weekRaw) {
    if (weekRaw.length === 0) c.add("workingWeek", "empty");
    weekRaw.forEach((d, i) => {
      const p = `workingWeek[${i}]`;
      if (typeof d !== "number" || !Number.isInteger(d)) c.add(p, "notInteger");
      else if (d < 1 || d > 7) c.add(p, "outOfRange", { min: 1, max: 7 });
      else if (workingWeek.includes(d)) c.add(p, "duplicateWeekday", { day: d });
      else workingWeek.push(d);
    });
  }

  // Roles.
  const roles: TemplateRole[] = [];
  const roleKeys = new Set<string>();
  const rolesRaw = arrayAt(c, root, "roles", "", L.roles);
  rolesRaw?.forEach((r, i) => {
    const p = `roles[${i}]`;
    const o = objectAt(c, r, p, ROLE_FIELDS);
    if (!o) return;
    const k = stringAt(c, o, "key", p, { max: L.keyLength, pattern: ITEM_KEY_PATTERN });
    const title = stringAt(c, o, "title", p, { max: L.titleLength });
    if (k !== undefined) {
      if (roleKeys.has(k)) c.add(`${p}.key`, "duplicateKey", { key: k });
      roleKeys.add(k);
    }
    if (k !== undefined && title !== undefined) roles.push({ key: k, title });
  });
  const roleRef = (o: Obj, field: string, path: string): string | undefined => {
    const v = stringAt(c, o, field, path, { max: L.keyLength, optional: true });
    // Without a readable role list, references cannot be checked (the list's problem is reported).
    if (v !== undefined && rolesRaw && !roleKeys.has(v)) {
      c.add(join(path, field), "unknownRole", { key: v });
      return undefined;
    }
    return v;
  };

  // Tasks, first pass: fields and keys (references need every key).
  interface RawTask { o: Obj; path: string; task: Partial<TemplateTask> }
  const rawTasks: RawTask[] = [];
  const taskIndex = new Map<string, number>();
  const tasksRaw = arrayAt(c, root, "tasks", "", L.tasks);
  tasksRaw?.forEach((t, i) => {
    const p = `tasks[${i}]`;
    const o = objectAt(c, t, p, TASK_FIELDS);
    if (!o) return;
    const k = stringAt(c, o, "key", p, { max: L.keyLength, pattern: ITEM_KEY_PATTERN });
    if (k !== undefined) {
      if (taskIndex.has(k)) {
        c.add(`${p}.key`, "duplicateKey", { key: k });
        // A duplicate joins no further check: its links and children would be ambiguous.
        rawTasks.push({ o, path: p, task: {} });
        return;
      }
      taskIndex.set(k, rawTasks.length);
    }
    rawTasks.push({ o, path: p, task: { key: k } });
  });

  // Phases and their checklists.
  const phases: TemplatePhase[] = [];
  const phaseKinds = new Set<PhaseKind>();
  arrayAt(c, root, "phases", "", PHASE_KINDS.length * 2)?.forEach((ph, i) => {
    const p = `phases[${i}]`;
    const o = objectAt(c, ph, p, PHASE_FIELDS);
    if (!o) return;
    const k = enumAt(c, o, "kind", p, PHASE_KINDS);
    if (k !== undefined) {
      if (phaseKinds.has(k)) c.add(`${p}.kind`, "duplicatePhase", { kind: k });
      phaseKinds.add(k);
    }
    const checklist: TemplateChecklistItem[] = [];
    arrayAt(c, o, "checklist", p, L.checklistItemsPerPhase)?.forEach((it, j) => {
      const ip = `${p}.checklist[${j}]`;
      const io = objectAt(c, it, ip, CHECKLIST_FIELDS);
      if (!io) return;
      const category = stringAt(c, io, "category", ip, { max: L.categoryLength });
      const text = stringAt(c, io, "text", ip, { max: L.textLength });
      const ownerRole = roleRef(io, "ownerRole", ip);
      const dueOffsetDays = integerAt(c, io, "dueOffsetDays", ip, 0, L.maxDays, true);
      const note = stringAt(c, io, "note", ip, { max: L.notesLength, optional: true, allowEmpty: true });
      if (category === undefined || text === undefined) return;
      const item: TemplateChecklistItem = { category, text };
      if (ownerRole !== undefined) item.ownerRole = ownerRole;
      if (dueOffsetDays !== undefined) item.dueOffsetDays = dueOffsetDays;
      if (note !== undefined) item.note = note;
      checklist.push(item);
    });
    if (k !== undefined) phases.push({ kind: k, checklist });
  });

  // Tasks, second pass: fields and references.
  const taskRef = (o: Obj, field: string, path: string): string | undefined => {
    const v = stringAt(c, o, field, path, { max: L.keyLength, optional: true });
    if (v !== undefined && tasksRaw && !taskIndex.has(v)) {
      c.add(join(path, field), "unknownTask", { key: v });
      return undefined;
    }
    return v;
  };
  for (const rt of rawTasks) {
    const { o, path: p, task } = rt;
    task.name = stringAt(c, o, "name", p, { max: L.nameLength });
    task.phase = enumAt(c, o, "phase", p, PHASE_KINDS);
    if (task.phase !== undefined && phases.length > 0 && !phaseKinds.has(task.phase)) {
      c.add(`${p}.phase`, "unknownPhase", { kind: task.phase });
    }
    task.parent = taskRef(o, "parent", p);
    task.durationDays = integerAt(c, o, "durationDays", p, 0, L.maxDays);
    task.milestone = booleanAt(c, o, "milestone", p);
    if (task.milestone === true && task.durationDays !== undefined && task.durationDays !== 0) c.add(`${p}.durationDays`, "milestoneDuration");
    task.assigneeRole = roleRef(o, "assigneeRole", p);
    task.notes = stringAt(c, o, "notes", p, { max: L.notesLength, optional: true, allowEmpty: true });
    if (o.constraint !== undefined) {
      const cp = `${p}.constraint`;
      const co = objectAt(c, o.constraint, cp, CONSTRAINT_FIELDS);
      if (co) {
        const type = enumAt(c, co, "type", cp, TEMPLATE_CONSTRAINT_TYPES);
        const offsetDays = integerAt(c, co, "offsetDays", cp, 0, L.maxDays);
        if (type !== undefined && offsetDays !== undefined) task.constraint = { type, offsetDays };
      }
    }
    const preds = arrayAt(c, o, "predecessors", p, L.predecessorsPerTask, true);
    if (preds) {
      task.predecessors = [];
      preds.forEach((l, j) => {
        const lp = `${p}.predecessors[${j}]`;
        const lo = objectAt(c, l, lp, PREDECESSOR_FIELDS);
        if (!lo) return;
        const pred = taskRef(lo, "task", lp);
        if (lo.task === undefined) c.add(`${lp}.task`, "required");
        const type = enumAt(c, lo, "type", lp, LINK_TYPES);
        const lagDays = integerAt(c, lo, "lagDays", lp, -L.maxDays, L.maxDays);
        if (pred !== undefined && type !== undefined && lagDays !== undefined) task.predecessors!.push({ task: pred, type, lagDays });
      });
    }
  }

  // WBS: parent loops, parents in the same phase.
  const parentOf = (k: string): string | undefined => {
    const i = taskIndex.get(k);
    return i === undefined ? undefined : rawTasks[i].task.parent;
  };
  const inLoop = new Set<string>();
  for (const rt of rawTasks) {
    const k = rt.task.key;
    if (k === undefined || taskIndex.get(k) !== rawTasks.indexOf(rt) || inLoop.has(k)) continue;
    const chain: string[] = [k];
    const seen = new Set<string>([k]);
    let cur = parentOf(k);
    while (cur !== undefined && !inLoop.has(cur)) {
      if (seen.has(cur)) {
        const loop = chain.slice(chain.indexOf(cur));
        loop.forEach((x) => inLoop.add(x));
        // Report once, at the loop member listed first.
        const first = loop.reduce((a, b) => (taskIndex.get(a)! <= taskIndex.get(b)! ? a : b));
        const from = loop.indexOf(first);
        const ordered = [...loop.slice(from), ...loop.slice(0, from), first];
        c.add(`${rawTasks[taskIndex.get(first)!].path}.parent`, "parentLoop", { loop: ordered.join(" → ") });
        break;
      }
      seen.add(cur);
      chain.push(cur);
      cur = parentOf(cur);
    }
  }
  for (const rt of rawTasks) {
    const par = rt.task.parent;
    if (par === undefined || rt.task.key === undefined || inLoop.has(rt.task.key)) continue;
    const pp = rawTasks[taskIndex.get(par)!].task.phase;
    if (pp !== undefined && rt.task.phase !== undefined && pp !== rt.task.phase) c.add(`${rt.path}.parent`, "parentPhase", { key: par });
  }
  const ancestors = (k: string): Set<string> => {
    const out = new Set<string>();
    let cur = parentOf(k);
    while (cur !== undefined && !out.has(cur)) {
      out.add(cur);
      cur = parentOf(cur);
    }
    return out;
  };
  const childrenOf = new Map<string, string[]>();
  for (const rt of rawTasks) {
    const par = rt.task.parent;
    if (par !== undefined && rt.task.key !== undefined && !inLoop.has(rt.task.key)) {
      childrenOf.set(par, [...(childrenOf.get(par) ?? []), rt.task.key]);
    }
  }

  // Links: self, duplicates, WBS ancestors; then cycles over the expanded graph the scheduler uses
  // (a link to a summary binds its leaf tasks; a summary depends on its children).
  interface Edge { from: number; to: number; path: string }
  const edges: Edge[] = [];
  const leavesOf = (k: string): string[] => {
    const out: string[] = [];
    const stack = [k];
    const seen = new Set<string>();
    while (stack.length) {
      const x = stack.pop()!;
      if (seen.has(x)) continue;
      seen.add(x);
      const ch = childrenOf.get(x);
      if (ch && ch.length) stack.push(...ch);
      else out.push(x);
    }
    return out;
  };
  for (const rt of rawTasks) {
    const k = rt.task.key;
    if (k === undefined || !rt.task.predecessors) continue;
    const seen = new Set<string>();
    const anc = inLoop.has(k) ? new Set<string>() : ancestors(k);
    // Paths: the index among the raw predecessors (some may have been dropped as invalid).
    const raw = rt.o.predecessors as unknown[];
    raw.forEach((x, j) => {
      if (!isObj(x) || typeof x.task !== "string" || !taskIndex.has(x.task)) return;
      const pred = x.task;
      const lp = `${rt.path}.predecessors[${j}].task`;
      if (pred === k) return c.add(lp, "selfLink");
      if (seen.has(pred)) return c.add(lp, "duplicateLink", { key: pred });
      seen.add(pred);
      if (anc.has(pred) || (!inLoop.has(pred) && ancestors(pred).has(k))) return c.add(lp, "summaryLink", { key: pred });
      if (inLoop.has(pred) || inLoop.has(k)) return;
      for (const leaf of leavesOf(k)) edges.push({ from: taskIndex.get(pred)!, to: taskIndex.get(leaf)!, path: `${rt.path}.predecessors` });
    });
  }
  const wbsEdges: { from: number; to: number }[] = [];
  for (const [par, ch] of childrenOf) for (const x of ch) wbsEdges.push({ from: taskIndex.get(x)!, to: taskIndex.get(par)! });
  const keyAt = (i: number) => rawTasks[i].task.key ?? `#${i}`;
  const active = [...edges];
  for (let round = 0; round < 20; round++) {
    const loop = findCycle([...active, ...wbsEdges].map((e) => ({ predecessorId: e.from, successorId: e.to })));
    if (!loop) break;
    // Report at the successor of the loop's first link edge, then drop that edge and look again.
    let reported = false;
    for (let i = 0; i + 1 < loop.length && !reported; i++) {
      const idx = active.findIndex((e) => e.from === loop[i] && e.to === loop[i + 1]);
      if (idx < 0) continue;
      c.add(active[idx].path, "cycle", { loop: loop.map(keyAt).join(" → ") });
      active.splice(idx, 1);
      reported = true;
    }
    if (!reported) break; // a loop of WBS edges alone is a parent loop, reported above
  }

  // Go-live milestone.
  let goLiveTaskKey: string | undefined;
  if (root.goLiveTaskKey !== undefined) {
    goLiveTaskKey = taskRef(root, "goLiveTaskKey", "");
    const gi = goLiveTaskKey === undefined ? undefined : taskIndex.get(goLiveTaskKey);
    if (goLiveTaskKey !== undefined && gi !== undefined) {
      const t = rawTasks[gi].task;
      if (t.milestone !== true || childrenOf.has(goLiveTaskKey)) {
        c.add("goLiveTaskKey", "notMilestone", { key: goLiveTaskKey });
        goLiveTaskKey = undefined;
      }
    }
  }

  // Goals and resources.
  const goals: TemplateGoal[] = [];
  arrayAt(c, root, "goals", "", L.goals)?.forEach((g, i) => {
    const p = `goals[${i}]`;
    const o = objectAt(c, g, p, GOAL_FIELDS);
    if (!o) return;
    const gName = stringAt(c, o, "name", p, { max: L.nameLength });
    const unit = stringAt(c, o, "unit", p, { max: L.unitLength, allowEmpty: true });
    const baseline = numberAt(c, o, "baseline", p, true);
    const target = numberAt(c, o, "target", p);
    const ownerRole = roleRef(o, "ownerRole", p);
    const dueTaskKey = taskRef(o, "dueTaskKey", p);
    if (gName === undefined || unit === undefined || target === undefined) return;
    const goal: TemplateGoal = { name: gName, unit, target };
    if (baseline !== undefined) goal.baseline = baseline;
    if (ownerRole !== undefined) goal.ownerRole = ownerRole;
    if (dueTaskKey !== undefined) goal.dueTaskKey = dueTaskKey;
    goals.push(goal);
  });
  const resources: TemplateResource[] = [];
  arrayAt(c, root, "resources", "", L.resources)?.forEach((r, i) => {
    const p = `resources[${i}]`;
    const o = objectAt(c, r, p, RESOURCE_FIELDS);
    if (!o) return;
    const rKind = enumAt(c, o, "kind", p, RESOURCE_KINDS);
    const rName = stringAt(c, o, "name", p, { max: L.nameLength });
    const unit = stringAt(c, o, "unit", p, { max: L.unitLength, allowEmpty: true });
    const planned = numberAt(c, o, "planned", p, false, 0);
    if (rKind !== undefined && rName !== undefined && unit !== undefined && planned !== undefined) resources.push({ kind: rKind, name: rName, unit, planned });
  });

  if (c.problems.length > 0) return { ok: false, problems: c.problems };

  const tasks: TemplateTask[] = rawTasks.map(({ task: t }) => {
    const out: TemplateTask = { key: t.key!, name: t.name!, phase: t.phase!, durationDays: t.durationDays! };
    if (t.parent !== undefined) out.parent = t.parent;
    if (t.milestone !== undefined) out.milestone = t.milestone;
    if (t.assigneeRole !== undefined) out.assigneeRole = t.assigneeRole;
    if (t.notes !== undefined) out.notes = t.notes;
    if (t.constraint !== undefined) out.constraint = t.constraint;
    if (t.predecessors !== undefined) out.predecessors = t.predecessors;
    return out;
  });
  const template: ProjectTemplate = {
    format: TEMPLATE_FORMAT,
    formatVersion: TEMPLATE_FORMAT_VERSION,
    key: key!,
    name: name!,
    language: language!,
    kind: kind!,
    version: version!,
    description: description!,
    workingWeek,
    roles,
    phases,
    tasks,
    goals,
    resources,
  };
  if (goLiveTaskKey !== undefined) template.goLiveTaskKey = goLiveTaskKey;
  return { ok: true, template };
}

// ---------------------------------------------------------------------------------------------
// Canonical serialisation

/** Copies `fields` of `o` in that order, leaving out the ones that are undefined. */
function ordered<T extends object>(o: T, fields: readonly (keyof T)[]): Partial<T> {
  const out: Partial<T> = {};
  for (const f of fields) if (o[f] !== undefined) out[f] = o[f];
  return out;
}

/**
 * The canonical JSON text of a template: fields in the documented order, absent optional fields left
 * out, 2-space indent, trailing newline. Serialising a template read back from this text gives the
 * same bytes.
 */
export function serializeTemplate(t: ProjectTemplate): string {
  const doc = {
    ...ordered(t, ["format", "formatVersion", "key", "name", "language", "kind", "version", "description"]),
    workingWeek: [...t.workingWeek],
    ...ordered(t, ["goLiveTaskKey"]),
    roles: t.roles.map((r) => ordered(r, ["key", "title"])),
    phases: t.phases.map((p) => ({
      kind: p.kind,
      checklist: p.checklist.map((i) => ordered(i, ["category", "text", "ownerRole", "dueOffsetDays", "note"])),
    })),
    tasks: t.tasks.map((task) => ({
      ...ordered(task, ["key", "name", "phase", "parent", "durationDays", "milestone", "assigneeRole", "notes"]),
      ...(task.constraint ? { constraint: ordered(task.constraint, ["type", "offsetDays"]) } : {}),
      ...(task.predecessors ? { predecessors: task.predecessors.map((l) => ordered(l, ["task", "type", "lagDays"])) } : {}),
    })),
    goals: t.goals.map((g) => ordered(g, ["name", "unit", "baseline", "target", "ownerRole", "dueTaskKey"])),
    resources: t.resources.map((r) => ordered(r, ["kind", "name", "unit", "planned"])),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** Parses JSON text and validates it; a syntax error is one problem at the document root. */
export function parseTemplate(text: string): TemplateValidation {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [{ path: "", key: "template.errors.badJson", params: { message: e instanceof Error ? e.message : String(e) } }] };
  }
  return validateTemplate(json);
}

/** A checklist item's category as the project stores it: a built-in key, or else a custom name. */
export function templateCategory(category: string): { builtin: BuiltinChecklistCategory } | { custom: string } {
  return isOneOf(BUILTIN_CHECKLIST_CATEGORIES, category) ? { builtin: category } : { custom: category };
}
