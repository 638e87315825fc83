// Builds a built-in template for one language from a structure written once with both languages'
// texts, so the English and Persian versions share task keys, links, durations and roles by design.
import {
  TEMPLATE_FORMAT,
  TEMPLATE_FORMAT_VERSION,
  type ProjectTemplate,
  type TemplateChecklistItem,
  type TemplateKind,
  type TemplateLanguage,
  type TemplatePredecessor,
  type TemplateTask,
} from "../../server/domain/template-format";
import type { LinkType, PhaseKind } from "../../server/domain/types";
import { CHECKS, CUSTOM_CATEGORIES, GOALS, ROLES, TASKS, type Bi, type ResourceRow, type RoleKey, type RoleRef } from "./library";

export type Dep = string | { task: string; type?: LinkType; lag?: number };

export interface TaskSpec {
  key: string;
  /** Defaults to the library name of `key` (DOMAIN.md §2). */
  name?: Bi;
  /** Defaults from the key's prefix (PL, FD, RO). */
  phase?: PhaseKind;
  parent?: string;
  /** Working days; ignored for summaries; 0 with `milestone`. */
  days: number;
  milestone?: boolean;
  /** WBS summary: no duration or assignee of its own. */
  summary?: boolean;
  /** Defaults to the library's R role, else to the R role of the summary it sits under. */
  role?: RoleRef;
  /** Replaces the library's "Depends on" links. */
  after?: Dep[];
  /** Added to the (library or `after`) links: the outline's extra ordering. */
  also?: Dep[];
  notes?: Bi;
}

export interface TemplateSpec {
  key: string;
  kind: TemplateKind;
  name: Bi;
  description: Bi;
  /** The business lead ("BL") of this kind of project. */
  businessLead: RoleKey;
  goLive: string;
  tasks: TaskSpec[];
  /** Checklist item ids of library CHECKS, with optional notes. */
  checks: (string | { id: string; note: Bi })[];
  /** KPI ids of library GOALS, with an optional due task override. */
  goals: (string | { id: string; due: string })[];
  resources: ResourceRow[];
}

/** ISO weekdays: Monday–Friday for English, Saturday–Wednesday for the Persian templates (Friday off). */
export const WORKING_WEEK: Record<TemplateLanguage, number[]> = { en: [1, 2, 3, 4, 5], fa: [6, 7, 1, 2, 3] };

const PHASE_BY_PREFIX: Record<string, PhaseKind> = { PL: "planning", FD: "foundation", RO: "rollout" };
const PHASE_ORDER: PhaseKind[] = ["planning", "foundation", "rollout"];

function phaseOf(t: TaskSpec): PhaseKind {
  const p = t.phase ?? PHASE_BY_PREFIX[t.key.slice(0, 2)];
  if (!p) throw new Error(`template task ${t.key}: no phase`);
  return p;
}

function link(d: Dep): TemplatePredecessor {
  return typeof d === "string" ? { task: d, type: "FS", lagDays: 0 } : { task: d.task, type: d.type ?? "FS", lagDays: d.lag ?? 0 };
}

/** Working-day offsets from the kickoff: start inclusive, finish exclusive (a milestone has start = finish). */
export interface Span {
  start: number;
  finish: number;
}

/**
 * Forward pass over a template's tasks, in working days from the kickoff (day 0). A link to or from a
 * summary binds its leaf tasks, as the scheduler does; a summary spans its leaves. Throws on a loop.
 */
export function scheduleTemplate(tasks: readonly TemplateTask[]): Map<string, Span> {
  const byKey = new Map(tasks.map((t) => [t.key, t]));
  const children = new Map<string, string[]>();
  for (const t of tasks) if (t.parent) children.set(t.parent, [...(children.get(t.parent) ?? []), t.key]);
  const leaves = (k: string): string[] => (children.has(k) ? children.get(k)!.flatMap(leaves) : [k]);
  const out = new Map<string, Span>();
  const busy = new Set<string>();
  const span = (k: string): Span => {
    const done = out.get(k);
    if (done) return done;
    if (busy.has(k)) throw new Error(`dependency loop at ${k}`);
    busy.add(k);
    let s: Span;
    if (children.has(k)) {
      const ls = leaves(k).map(span);
      s = { start: Math.min(...ls.map((x) => x.start)), finish: Math.max(...ls.map((x) => x.finish)) };
    } else {
      const t = byKey.get(k)!;
      const d = t.durationDays;
      let es = 0;
      for (let cur: TemplateTask | undefined = t; cur; cur = cur.parent ? byKey.get(cur.parent) : undefined) {
        for (const l of cur.predecessors ?? []) {
          const p = span(l.task);
          const bound =
            l.type === "FS" ? p.finish + l.lagDays : l.type === "SS" ? p.start + l.lagDays : l.type === "FF" ? p.finish + l.lagDays - d : p.start + l.lagDays - d;
          es = Math.max(es, bound);
        }
      }
      s = { start: es, finish: es + d };
    }
    busy.delete(k);
    out.set(k, s);
    return s;
  };
  for (const t of tasks) span(t.key);
  return out;
}

/** The template for one language. */
export function buildTemplate(spec: TemplateSpec, lang: TemplateLanguage): ProjectTemplate {
  const role = (r: RoleRef): RoleKey => (r === "BL" ? spec.businessLead : r);
  const keys = new Set(spec.tasks.map((t) => t.key));
  const tasks: TemplateTask[] = spec.tasks.map((t) => {
    const lib = TASKS[t.key];
    const name = t.name ?? lib?.name;
    if (!name) throw new Error(`template ${spec.key}: task ${t.key} needs a name`);
    const deps = [...(t.after ?? (lib?.deps ?? []).filter((d) => keys.has(d))), ...(t.also ?? [])];
    const out: TemplateTask = { key: t.key, name: name[lang], phase: phaseOf(t), durationDays: t.summary || t.milestone ? 0 : t.days };
    if (t.parent) out.parent = t.parent;
    if (t.milestone) out.milestone = true;
    if (!t.summary) {
      // A child without its own library row (a sprint, a channel, a mock run) takes its summary's R role.
      const r = t.role ?? lib?.r ?? (t.parent ? TASKS[t.parent]?.r : undefined);
      if (r) out.assigneeRole = role(r);
    }
    if (t.notes) out.notes = t.notes[lang];
    if (deps.length) out.predecessors = deps.map(link);
    return out;
  });

  // Checklist items fall due on their task's last day, counted from the phase's first working day.
  const spans = scheduleTemplate(tasks);
  const phaseStart = new Map<PhaseKind, number>();
  for (const t of tasks) {
    const s = spans.get(t.key)!.start;
    phaseStart.set(t.phase, Math.min(phaseStart.get(t.phase) ?? Infinity, s));
  }
  const phaseOfKey = new Map(tasks.map((t) => [t.key, t.phase]));
  const checklists = new Map<PhaseKind, TemplateChecklistItem[]>(PHASE_ORDER.map((p) => [p, []]));
  for (const c of spec.checks) {
    const id = typeof c === "string" ? c : c.id;
    const lib = CHECKS[id];
    if (!lib) throw new Error(`template ${spec.key}: unknown checklist item ${id}`);
    const category = lib.category in CUSTOM_CATEGORIES ? CUSTOM_CATEGORIES[lib.category as keyof typeof CUSTOM_CATEGORIES][lang] : lib.category;
    const item: TemplateChecklistItem = { category, text: lib.text[lang], ownerRole: role(lib.owner) };
    const due = spans.get(lib.due);
    if (due && phaseOfKey.get(lib.due) === lib.phase) {
      const day = Math.max(due.start, due.finish - 1) - phaseStart.get(lib.phase)!;
      if (day >= 0) item.dueOffsetDays = day;
    }
    if (typeof c !== "string") item.note = c.note[lang];
    checklists.get(lib.phase)!.push(item);
  }

  return {
    format: TEMPLATE_FORMAT,
    formatVersion: TEMPLATE_FORMAT_VERSION,
    key: spec.key,
    name: spec.name[lang],
    language: lang,
    kind: spec.kind,
    version: 1,
    description: spec.description[lang],
    workingWeek: [...WORKING_WEEK[lang]],
    goLiveTaskKey: spec.goLive,
    roles: ROLES.map((r) => ({ key: r.key, title: r.title[lang] })),
    phases: PHASE_ORDER.map((kind) => ({ kind, checklist: checklists.get(kind)! })),
    tasks,
    goals: spec.goals.map((g) => {
      const id = typeof g === "string" ? g : g.id;
      const lib = GOALS[id];
      if (!lib) throw new Error(`template ${spec.key}: unknown goal ${id}`);
      const due = typeof g === "string" ? lib.due : g.due;
      return { name: lib.name[lang], unit: lib.unit[lang], target: lib.target, ownerRole: role(lib.owner), ...(keys.has(due) ? { dueTaskKey: due } : {}) };
    }),
    resources: spec.resources.map((r) => ({ kind: r.kind, name: r.name[lang], unit: r.unit[lang], planned: r.planned })),
  };
}
