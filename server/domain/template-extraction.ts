// Saving a project as a template: the inverse of template-instantiation.ts. Dates become working-day
// offsets on the project's own calendar, people become roles, ids become keys; actuals, progress and
// manual scheduling are not part of the format and are dropped. Pure: the caller loads the snapshot.
import { findCycle } from "./dependency-graph";
import type { ConstraintType } from "./schedule-types";
import { ITEM_KEY_PATTERN, TEMPLATE_FORMAT, TEMPLATE_FORMAT_VERSION, TEMPLATE_LIMITS } from "./template-format";
import type {
  ProjectTemplate,
  TemplateChecklistItem,
  TemplateGoal,
  TemplateKind,
  TemplateLanguage,
  TemplatePhase,
  TemplatePredecessor,
  TemplateResource,
  TemplateRole,
  TemplateTask,
} from "./template-format";
import { PHASE_KINDS } from "./types";
import type { LinkType, PhaseKind, ResourceKind } from "./types";
import { WorkCalendar, dayNumber, isoOf } from "./work-calendar";

export interface SnapshotMember {
  id: number;
  name: string;
  roleTitle: string;
}

export interface SnapshotCategory {
  id: number;
  /** A built-in category key ("scope", …), or null for a custom category with a name. */
  builtinKey: string | null;
  name: string;
}

export interface SnapshotTask {
  id: number;
  phaseId: number;
  parentId: number | null;
  /** Order among the tasks with the same phase and parent. */
  position: number;
  key: string | null;
  name: string;
  /** Working days (a summary's is ignored: the format gives summaries 0). */
  durationDays: number;
  milestone: boolean;
  summary: boolean;
  start: string;
  finish: string;
  assigneeId: number | null;
  notes: string;
  constraintType: ConstraintType;
  constraintDate: string | null;
}

export interface SnapshotLink {
  predecessorId: number;
  successorId: number;
  type: LinkType;
  lagDays: number;
}

export interface SnapshotChecklistItem {
  phaseId: number;
  categoryId: number;
  position: number;
  text: string;
  ownerId: number | null;
  dueDate: string | null;
  note: string;
}

export interface SnapshotGoal {
  name: string;
  unit: string;
  baseline: number | null;
  target: number;
  dueDate: string | null;
  ownerId: number | null;
}

export interface SnapshotResource {
  kind: ResourceKind;
  name: string;
  unit: string;
  planned: number;
}

/** What a project contributes to a template: plans only (no actuals, no progress). */
export interface ProjectSnapshot {
  /** ISO date; working-day offsets count from the first working day on or after it. */
  kickoffDate: string;
  /** ISO weekdays 1..7, in the order the template should list them. */
  workingWeek: number[];
  /** ISO dates that do not work. */
  holidays: string[];
  /** The project's person records; each becomes (part of) a role. */
  members: SnapshotMember[];
  phases: { id: number; kind: PhaseKind }[];
  categories: SnapshotCategory[];
  tasks: SnapshotTask[];
  /** In creation order: a successor's predecessors keep this order. */
  links: SnapshotLink[];
  checklist: SnapshotChecklistItem[];
  goals: SnapshotGoal[];
  resources: SnapshotResource[];
}

export interface ExtractOptions {
  key: string;
  name: string;
  language: TemplateLanguage;
  kind: TemplateKind;
  version: number;
  description: string;
  include: { checklists: boolean; goals: boolean; resources: boolean };
  /** Role keys to reuse, by role title (e.g. from the template the project came from). */
  roleKeys?: ReadonlyMap<string, string>;
  /** Preferred go-live milestone key (used when it names a milestone of the result). */
  goLiveTaskKey?: string;
}

const L = TEMPLATE_LIMITS;

/** At most `max` UTF-16 units (the validator's measure), never ending on half a surrogate pair. */
function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/** An integer in [lo, hi]; NaN and infinities become lo. */
function clamp(n: number, lo: number, hi: number): number {
  return Number.isFinite(n) ? Math.min(hi, Math.max(lo, Math.round(n))) : lo;
}

function isIsoDate(s: unknown): s is string {
  return typeof s === "string" && /^\d{4}-\d{2}-\d{2}$/.test(s) && isoOf(dayNumber(s)) === s;
}

const isItemKey = (k: string): boolean => k.length <= L.keyLength && ITEM_KEY_PATTERN.test(k);

/** `prefix` + 1, 2, … : the first not in `used` (which it joins). */
function nextFree(prefix: string, used: Set<string>, counter: { n: number }): string {
  let k: string;
  do k = `${prefix}${++counter.n}`;
  while (used.has(k));
  used.add(k);
  return k;
}

function pushTo<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

// ---------------------------------------------------------------------------------------------
// Roles

/** "Project manager" → "PM": the upper-cased initials of the latin words (digits count as words). */
export function roleKeyFromTitle(title: string): string {
  return (title.match(/[A-Za-z0-9]+/g) ?? []).map((w) => w[0].toUpperCase()).join("").slice(0, L.keyLength);
}

/**
 * One role per distinct title (`roleTitle`, else the member's name), in order of first appearance. Keys:
 * the caller's key for the title when valid and free, else the title's initials, else R1, R2, …; the
 * caller's keys are placed first so that no generated key takes one of them.
 */
function extractRoles(members: readonly SnapshotMember[], reuse: ReadonlyMap<string, string> | undefined) {
  const titles = new Set<string>();
  const titleOfMember = new Map<number, string>();
  for (const m of members) {
    const title = clip(m.roleTitle.trim() || m.name.trim(), L.titleLength);
    if (!titles.has(title)) {
      if (titles.size >= L.roles) continue; // the members of further roles stay unassigned
      titles.add(title);
    }
    titleOfMember.set(m.id, title);
  }
  const used = new Set<string>();
  const keyOf = new Map<string, string>();
  for (const t of titles) {
    const k = reuse?.get(t);
    if (k !== undefined && isItemKey(k) && !used.has(k)) {
      keyOf.set(t, k);
      used.add(k);
    }
  }
  const counter = { n: 0 };
  for (const t of titles) {
    if (keyOf.has(t)) continue;
    const initials = roleKeyFromTitle(t);
    if (initials !== "" && isItemKey(initials) && !used.has(initials)) {
      keyOf.set(t, initials);
      used.add(initials);
    } else keyOf.set(t, nextFree("R", used, counter));
  }
  // A member without a title or a name still needs a role title: its key.
  const roles: TemplateRole[] = [...titles].map((t) => ({ key: keyOf.get(t)!, title: t === "" ? keyOf.get(t)! : t }));
  const roleOfMember = new Map<number, string>();
  for (const [id, t] of titleOfMember) roleOfMember.set(id, keyOf.get(t)!);
  return { roles, roleOfMember };
}

// ---------------------------------------------------------------------------------------------
// Tasks: display order and keys

interface Placed {
  task: SnapshotTask;
  phase: PhaseKind;
  /** The WBS parent kept in the template (null when missing, in another phase, or in a parent loop). */
  parentId: number | null;
}

const byPosition = (a: SnapshotTask, b: SnapshotTask) => a.position - b.position || a.id - b.id;

/** Display order: phases in PHASE_KINDS order, then the WBS depth-first by position (ties by id). */
function orderTasks(tasks: readonly SnapshotTask[], phaseOf: ReadonlyMap<number, PhaseKind>): Placed[] {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const out: Placed[] = [];
  for (const kind of PHASE_KINDS) {
    const own = tasks.filter((t) => phaseOf.get(t.phaseId) === kind).sort(byPosition);
    const parentOk = (t: SnapshotTask) => t.parentId !== null && t.parentId !== t.id && phaseOf.get(byId.get(t.parentId)?.phaseId ?? -1) === kind;
    const children = new Map<number, SnapshotTask[]>();
    for (const t of own) if (parentOk(t)) pushTo(children, t.parentId!, t);
    const seen = new Set<number>();
    const visit = (root: SnapshotTask) => {
      const stack: { t: SnapshotTask; parentId: number | null }[] = [{ t: root, parentId: null }];
      while (stack.length) {
        const { t, parentId } = stack.pop()!;
        if (seen.has(t.id)) continue;
        seen.add(t.id);
        out.push({ task: t, phase: kind, parentId });
        const ch = children.get(t.id) ?? [];
        for (let i = ch.length - 1; i >= 0; i--) stack.push({ t: ch[i], parentId: t.id });
      }
    };
    for (const t of own) if (!parentOk(t)) visit(t);
    // Tasks in a parent loop are reachable from no root: the first of each loop becomes one.
    for (const t of own) if (!seen.has(t.id)) visit(t);
  }
  return out;
}

/** A task keeps its key when it is a valid item key not taken earlier in display order; others get T-1, T-2, …. */
function assignTaskKeys(placed: readonly Placed[]): Map<number, string> {
  const used = new Set<string>();
  const keyOf = new Map<number, string>();
  for (const p of placed) {
    const k = p.task.key?.trim() ?? "";
    if (k !== "" && isItemKey(k) && !used.has(k)) {
      keyOf.set(p.task.id, k);
      used.add(k);
    }
  }
  const counter = { n: 0 };
  for (const p of placed) if (!keyOf.has(p.task.id)) keyOf.set(p.task.id, nextFree("T-", used, counter));
  return keyOf;
}

/**
 * Each successor's predecessors, in the snapshot's link order, without what the format rejects: links
 * to unknown tasks, self-links, repeats, links along the WBS, links past the per-task limit, and links
 * that close a loop in the graph the scheduler uses (the loop's last-listed link is dropped).
 */
function predecessorsOf(links: readonly SnapshotLink[], placed: readonly Placed[]): Map<number, SnapshotLink[]> {
  const parentOf = new Map(placed.map((p) => [p.task.id, p.parentId]));
  const children = new Map<number, number[]>();
  for (const p of placed) if (p.parentId !== null) pushTo(children, p.parentId, p.task.id);
  const isAncestor = (a: number, of: number) => {
    for (let cur = parentOf.get(of) ?? null; cur !== null; cur = parentOf.get(cur) ?? null) if (cur === a) return true;
    return false;
  };
  const kept: SnapshotLink[] = [];
  const seen = new Set<string>();
  const count = new Map<number, number>();
  for (const l of links) {
    const { predecessorId: p, successorId: s } = l;
    if (p === s || !parentOf.has(p) || !parentOf.has(s) || seen.has(`${p}>${s}`)) continue;
    if (isAncestor(p, s) || isAncestor(s, p) || (count.get(s) ?? 0) >= L.predecessorsPerTask) continue;
    seen.add(`${p}>${s}`);
    count.set(s, (count.get(s) ?? 0) + 1);
    kept.push(l);
  }

  // Loops over the expanded graph, as validateTemplate checks it: a link binds its successor's leaves.
  const leaves = (id: number): number[] => {
    const ch = children.get(id);
    return ch ? ch.flatMap(leaves) : [id];
  };
  const wbsEdges = placed.filter((p) => p.parentId !== null).map((p) => ({ predecessorId: p.task.id, successorId: p.parentId!, link: -1 }));
  const expanded = kept.map((l, i) => leaves(l.successorId).map((leaf) => ({ predecessorId: l.predecessorId, successorId: leaf, link: i })));
  const dropped = new Set<number>();
  for (;;) {
    const edges = [...wbsEdges, ...expanded.filter((_, i) => !dropped.has(i)).flat()];
    const loop = findCycle(edges);
    if (!loop) break;
    const inLoop = new Set(loop.slice(0, -1).map((id, i) => `${id}>${loop[i + 1]}`));
    const culprit = Math.max(...edges.filter((e) => inLoop.has(`${e.predecessorId}>${e.successorId}`)).map((e) => e.link));
    if (culprit < 0) break; // a loop of WBS edges alone cannot happen: orderTasks breaks parent loops
    dropped.add(culprit);
  }

  const out = new Map<number, SnapshotLink[]>();
  kept.forEach((l, i) => dropped.has(i) || pushTo(out, l.successorId, l));
  return out;
}

// ---------------------------------------------------------------------------------------------
// The template

/**
 * A template from a project. Task constraints become working days from the kickoff, checklist due
 * dates working days from their phase's start (the earliest start of the phase's tasks, else the
 * kickoff), both counted on the project's working week and holidays; a date on a non-working day
 * counts as the next working day, and offsets are clamped into 0…TEMPLATE_LIMITS.maxDays. Texts are
 * cut to the format's limits, so the result always passes validateTemplate.
 */
export function projectToTemplate(project: ProjectSnapshot, options: ExtractOptions): ProjectTemplate {
  const phaseOf = new Map(project.phases.map((p) => [p.id, p.kind]));
  const phaseKinds = PHASE_KINDS.filter((k) => project.phases.some((p) => p.kind === k));
  const placed = orderTasks(project.tasks, phaseOf).slice(0, L.tasks);
  const keyOf = assignTaskKeys(placed);
  const hasChildren = new Set(placed.filter((p) => p.parentId !== null).map((p) => p.parentId!));
  const { roles, roleOfMember } = extractRoles(project.members, options.roleKeys);
  const roleRef = (memberId: number | null) => (memberId === null ? undefined : roleOfMember.get(memberId));

  const workingWeek = [...new Set(project.workingWeek.filter((d) => Number.isInteger(d) && d >= 1 && d <= 7))];
  if (workingWeek.length === 0) workingWeek.push(1, 2, 3, 4, 5);
  const starts = placed.map((p) => p.task.start).filter(isIsoDate).sort();
  const kickoff = isIsoDate(project.kickoffDate) ? project.kickoffDate : (starts[0] ?? "2000-01-03");
  const holidays = project.holidays.filter(isIsoDate).map((date) => ({ date, working: false }));
  const cal = new WorkCalendar({ workingWeek, exceptions: holidays }, kickoff);
  const index = (date: string) => cal.indexOf(date);

  // Tasks.
  const preds = predecessorsOf(project.links, placed);
  const tasks: TemplateTask[] = placed.map(({ task: t, phase, parentId }) => {
    const key = keyOf.get(t.id)!;
    const summary = hasChildren.has(t.id);
    const milestone = !summary && t.milestone;
    const name = clip(t.name, L.nameLength);
    const durationDays = summary || milestone ? 0 : clamp(t.durationDays, 0, L.maxDays);
    const out: TemplateTask = { key, name: name.trim() === "" ? key : name, phase, durationDays };
    if (parentId !== null) out.parent = keyOf.get(parentId)!;
    if (milestone) out.milestone = true;
    const assignee = roleRef(t.assigneeId);
    if (assignee !== undefined) out.assigneeRole = assignee;
    if (t.notes !== "") out.notes = clip(t.notes, L.notesLength);
    if (t.constraintType !== "ASAP" && isIsoDate(t.constraintDate)) out.constraint = { type: t.constraintType, offsetDays: clamp(index(t.constraintDate), 0, L.maxDays) };
    const ps = preds.get(t.id);
    if (ps) out.predecessors = ps.map((l): TemplatePredecessor => ({ task: keyOf.get(l.predecessorId)!, type: l.type, lagDays: clamp(l.lagDays, -L.maxDays, L.maxDays) }));
    return out;
  });

  const template: ProjectTemplate = {
    format: TEMPLATE_FORMAT,
    formatVersion: TEMPLATE_FORMAT_VERSION,
    key: options.key,
    name: clip(options.name, L.nameLength),
    language: options.language,
    kind: options.kind,
    version: options.version,
    description: clip(options.description, L.descriptionLength),
    workingWeek,
    roles,
    phases: phaseKinds.map((kind): TemplatePhase => ({ kind, checklist: [] })),
    tasks,
    goals: [],
    resources: [],
  };
  const goLive = pickGoLive(placed, tasks, options.goLiveTaskKey);
  if (goLive !== undefined) template.goLiveTaskKey = goLive;
  if (options.include.checklists) fillChecklists(template, project, placed, roleRef, index, kickoff);
  if (options.include.goals) template.goals = extractGoals(project.goals, placed, tasks, roleRef);
  if (options.include.resources) template.resources = extractResources(project.resources);
  return template;
}

/** The caller's go-live key when it names a milestone; else the milestone finishing last (last in display order on a tie). */
function pickGoLive(placed: readonly Placed[], tasks: readonly TemplateTask[], preferred: string | undefined): string | undefined {
  if (preferred !== undefined && tasks.some((t) => t.key === preferred && t.milestone === true)) return preferred;
  let best: number | undefined;
  tasks.forEach((t, i) => {
    if (t.milestone === true && (best === undefined || placed[i].task.finish >= placed[best].task.finish)) best = i;
  });
  return best === undefined ? undefined : tasks[best].key;
}

/** Checklist items per phase by position; an item without text or a known category is left out. */
function fillChecklists(
  template: ProjectTemplate,
  project: ProjectSnapshot,
  placed: readonly Placed[],
  roleRef: (id: number | null) => string | undefined,
  index: (date: string) => number,
  kickoff: string,
): void {
  const phaseOf = new Map(project.phases.map((p) => [p.id, p.kind]));
  const categoryOf = new Map(project.categories.map((c) => [c.id, clip((c.builtinKey ?? c.name).trim(), L.categoryLength)]));
  for (const phase of template.phases) {
    // The phase start exactly as instantiation computes it.
    const starts = placed.filter((p) => p.phase === phase.kind).map((p) => p.task.start).filter(isIsoDate);
    const from = index(starts.length ? starts.reduce((a, s) => (s < a ? s : a)) : kickoff);
    // Positions count within a category: keep the snapshot's (creation) order across categories and
    // order each category's items by position within the slots that category holds.
    const inPhase = project.checklist.map((item, i) => ({ item, i })).filter(({ item }) => phaseOf.get(item.phaseId) === phase.kind);
    const byCategory = new Map<number, { item: SnapshotChecklistItem; i: number }[]>();
    for (const x of inPhase) byCategory.set(x.item.categoryId, [...(byCategory.get(x.item.categoryId) ?? []), x]);
    for (const group of byCategory.values()) group.sort((a, b) => a.item.position - b.item.position || a.i - b.i);
    const next = new Map<number, number>();
    const items = inPhase.map(({ item }) => {
      const k = next.get(item.categoryId) ?? 0;
      next.set(item.categoryId, k + 1);
      return byCategory.get(item.categoryId)![k];
    });
    for (const { item } of items) {
      const category = categoryOf.get(item.categoryId) ?? "";
      const text = clip(item.text, L.textLength);
      if (category === "" || text.trim() === "" || phase.checklist.length >= L.checklistItemsPerPhase) continue;
      const out: TemplateChecklistItem = { category, text };
      const owner = roleRef(item.ownerId);
      if (owner !== undefined) out.ownerRole = owner;
      if (isIsoDate(item.dueDate)) out.dueOffsetDays = clamp(index(item.dueDate) - from, 0, L.maxDays);
      if (item.note !== "") out.note = clip(item.note, L.notesLength);
      phase.checklist.push(out);
    }
  }
}

/**
 * Goals with a due date point at a task finishing on that date: a milestone first, then a leaf task,
 * then a summary, the first in display order within each; no such task leaves the goal without one.
 */
function extractGoals(
  goals: readonly SnapshotGoal[],
  placed: readonly Placed[],
  tasks: readonly TemplateTask[],
  roleRef: (id: number | null) => string | undefined,
): TemplateGoal[] {
  const summaries = new Set(tasks.filter((t) => t.parent !== undefined).map((t) => t.parent!));
  const rank = (t: TemplateTask) => (t.milestone === true ? 0 : summaries.has(t.key) ? 2 : 1);
  const byFinish = new Map<string, TemplateTask>();
  tasks.forEach((t, i) => {
    const f = placed[i].task.finish;
    const cur = byFinish.get(f);
    if (cur === undefined || rank(t) < rank(cur)) byFinish.set(f, t);
  });
  const out: TemplateGoal[] = [];
  for (const g of goals) {
    const name = clip(g.name, L.nameLength);
    if (name.trim() === "" || !Number.isFinite(g.target) || out.length >= L.goals) continue;
    const goal: TemplateGoal = { name, unit: clip(g.unit, L.unitLength), target: g.target };
    if (g.baseline !== null && Number.isFinite(g.baseline)) goal.baseline = g.baseline;
    const owner = roleRef(g.ownerId);
    if (owner !== undefined) goal.ownerRole = owner;
    const due = g.dueDate === null ? undefined : byFinish.get(g.dueDate);
    if (due !== undefined) goal.dueTaskKey = due.key;
    out.push(goal);
  }
  return out;
}

function extractResources(resources: readonly SnapshotResource[]): TemplateResource[] {
  const out: TemplateResource[] = [];
  for (const r of resources) {
    const name = clip(r.name, L.nameLength);
    if (name.trim() === "" || out.length >= L.resources) continue;
    out.push({ kind: r.kind, name, unit: clip(r.unit, L.unitLength), planned: Number.isFinite(r.planned) && r.planned > 0 ? r.planned : 0 });
  }
  return out;
}
