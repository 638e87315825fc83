// What the template library shows and compares, as plain data: a template's size and duration, a
// free key for a copy, and what a newer template version adds that a project lacks. Pure.
import { instantiateTemplate } from "./template-instantiation";
import { TEMPLATE_LIMITS, type ProjectTemplate, type TemplateChecklistItem, type TemplateTask } from "./template-format";
import type { PhaseKind } from "./types";
import { WorkCalendar } from "./work-calendar";

/** Monday 2026-01-05: the date previews and durations are laid out from (any date gives the same counts). */
export const PREVIEW_KICKOFF = "2026-01-05";

export interface TemplateStats {
  taskCount: number;
  milestoneCount: number;
  /** Working days from the kickoff through the last finish. */
  durationDays: number;
  checklistCount: number;
}

export function templateStats(t: ProjectTemplate): TemplateStats {
  const plan = instantiateTemplate(t, { anchor: "kickoff", date: PREVIEW_KICKOFF });
  const cal = new WorkCalendar({ workingWeek: plan.workingWeek, exceptions: [] }, plan.kickoff);
  return {
    taskCount: t.tasks.length,
    milestoneCount: plan.tasks.filter((x) => x.milestone).length,
    durationDays: plan.tasks.length === 0 ? 0 : cal.indexOf(plan.finish) + 1,
    checklistCount: t.phases.reduce((n, p) => n + p.checklist.length, 0),
  };
}

/** `base` when free, else base-2, base-3, … (within the key length limit). */
export function freeKey(base: string, taken: ReadonlySet<string>): string {
  const stem = base.slice(0, TEMPLATE_LIMITS.templateKeyLength - 6).replace(/-+$/, "") || "template";
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

/** What a project already has, to compare a template against. */
export interface ProjectContents {
  taskKeys: ReadonlySet<string>;
  /** Checklist items as `${phase}\u0000${text}` (texts compared trimmed and case-folded). */
  checklist: ReadonlySet<string>;
}

export const checklistIdentity = (phase: PhaseKind | string, text: string): string => `${phase}\u0000${text.trim().toLocaleLowerCase()}`;

export interface TemplateAdditions {
  /** Tasks whose key the project lacks, in template order. `index` is the position in template.tasks. */
  tasks: { index: number; task: TemplateTask }[];
  /** Checklist items the project lacks. `id` is "phase:index" within that phase's checklist. */
  checklist: { id: string; phase: PhaseKind; item: TemplateChecklistItem }[];
}

/** The tasks and checklist items of the template that the project lacks (by task key; by phase and text). */
export function templateAdditions(t: ProjectTemplate, project: ProjectContents): TemplateAdditions {
  return {
    tasks: t.tasks.flatMap((task, index) => (project.taskKeys.has(task.key) ? [] : [{ index, task }])),
    checklist: t.phases.flatMap((p) =>
      p.checklist.flatMap((item, i) =>
        project.checklist.has(checklistIdentity(p.kind, item.text)) ? [] : [{ id: `${p.kind}:${i}`, phase: p.kind, item }],
      ),
    ),
  };
}

/**
 * The chosen tasks plus every WBS ancestor they need that the project lacks, in template order, so a
 * chosen child never arrives without its summary.
 */
export function withMissingParents(t: ProjectTemplate, chosen: ReadonlySet<string>, projectTaskKeys: ReadonlySet<string>): TemplateTask[] {
  const byKey = new Map(t.tasks.map((x) => [x.key, x]));
  const needed = new Set<string>();
  for (const key of chosen) {
    let k: string | undefined = key;
    while (k !== undefined && byKey.has(k) && !projectTaskKeys.has(k) && !needed.has(k)) {
      needed.add(k);
      k = byKey.get(k)!.parent;
    }
  }
  return t.tasks.filter((x) => needed.has(x.key));
}

export interface PreviewBar {
  key: string;
  name: string;
  phase: PhaseKind;
  depth: number;
  summary: boolean;
  milestone: boolean;
  /** Working-day index of the first day and the number of days (a milestone: its day, 0). */
  from: number;
  days: number;
}

export interface PreviewPhase {
  kind: PhaseKind;
  taskCount: number;
  checklistCount: number;
  /** Working days from the kickoff to the phase start, and its length (0 without tasks). */
  from: number;
  days: number;
}

export interface TemplatePreview {
  /** Working days in the plan (the chart's width). */
  totalDays: number;
  bars: PreviewBar[];
  phases: PreviewPhase[];
}

/** The template laid out from PREVIEW_KICKOFF in working-day units, for a small Gantt and the phase table. */
export function templatePreview(t: ProjectTemplate): TemplatePreview {
  const plan = instantiateTemplate(t, { anchor: "kickoff", date: PREVIEW_KICKOFF });
  const cal = new WorkCalendar({ workingWeek: plan.workingWeek, exceptions: [] }, plan.kickoff);
  const parentOf = new Map(plan.tasks.map((x) => [x.key, x.parentKey]));
  const depthOf = new Map<string, number>();
  for (const task of plan.tasks) {
    let depth = 0;
    for (let p = task.parentKey; p !== null && depth <= plan.tasks.length; p = parentOf.get(p) ?? null) depth++;
    depthOf.set(task.key, depth);
  }
  const bars: PreviewBar[] = plan.tasks.map((task) => {
    const from = cal.indexOf(task.start);
    return {
      key: task.key,
      name: task.name,
      phase: task.phase,
      depth: depthOf.get(task.key) ?? 0,
      summary: task.summary,
      milestone: task.milestone,
      from,
      days: task.milestone ? 0 : cal.indexOf(task.finish) - from + 1,
    };
  });
  const totalDays = bars.reduce((n, b) => Math.max(n, b.from + Math.max(b.days, 1)), 1);
  const phases = t.phases.map((p) => {
    const own = bars.filter((b) => b.phase === p.kind);
    const from = own.length ? Math.min(...own.map((b) => b.from)) : 0;
    const to = own.length ? Math.max(...own.map((b) => b.from + Math.max(b.days, 1))) : 0;
    return { kind: p.kind, taskCount: own.length, checklistCount: p.checklist.length, from, days: to - from };
  });
  return { totalDays, bars, phases };
}
