// Creating a project from a template, as plain data: the scheduler lays the tasks out from a kickoff
// date, or backwards from a go-live date so the template's go-live milestone lands on it. Pure: the
// caller stores the result. The template must have passed validateTemplate (template-format.ts).
import { DomainError } from "./errors";
import { schedule } from "./scheduler";
import type { CalendarSpec, ConstraintType, ScheduleLinkInput, ScheduleResult, ScheduleTaskInput } from "./schedule-types";
import { templateCategory } from "./template-format";
import type { ProjectTemplate, TemplateKind, TemplateLanguage, TemplateRole } from "./template-format";
import type { BuiltinChecklistCategory, LinkType, PhaseKind, ResourceKind } from "./types";
import { WorkCalendar, dayNumber, isoOf } from "./work-calendar";

export interface InstantiateOptions {
  /** "kickoff": the plan starts on `date`; "golive": the go-live milestone lands on `date`. */
  anchor: "kickoff" | "golive";
  /** ISO date (YYYY-MM-DD). */
  date: string;
  /** Overrides the template's working week (ISO weekdays). */
  workingWeek?: number[];
  /** ISO dates that do not work. */
  holidays?: string[];
}

export interface InstantiationWarning {
  /** i18n key, e.g. "template.warnings.goLiveNotWorkingDay". */
  key: string;
  params: Record<string, string | number>;
}

export interface InstantiatedPhase {
  kind: PhaseKind;
  /** Earliest start / latest finish of the phase's tasks; the kickoff for a phase without tasks. */
  start: string;
  finish: string;
}

export interface InstantiatedTask {
  key: string;
  name: string;
  phase: PhaseKind;
  parentKey: string | null;
  /** Order among the tasks with the same phase and parent (0, 1, …). */
  position: number;
  /** Working days (a summary's: its span). */
  durationDays: number;
  milestone: boolean;
  summary: boolean;
  assigneeRole: string | null;
  notes: string;
  constraint: ConstraintType;
  constraintDate: string | null;
  start: string;
  finish: string;
}

export interface InstantiatedLink {
  predecessorKey: string;
  successorKey: string;
  type: LinkType;
  lagDays: number;
}

export interface InstantiatedChecklistItem {
  phase: PhaseKind;
  category: { builtin: BuiltinChecklistCategory } | { custom: string };
  text: string;
  ownerRole: string | null;
  /** Phase start + dueOffsetDays working days; null without an offset. */
  dueDate: string | null;
  note: string;
}

export interface InstantiatedGoal {
  name: string;
  unit: string;
  baseline: number | null;
  target: number;
  ownerRole: string | null;
  /** Finish of the goal's due task; null without one. */
  dueDate: string | null;
}

export interface InstantiatedResource {
  kind: ResourceKind;
  name: string;
  unit: string;
  planned: number;
}

export interface InstantiatedProject {
  templateKey: string;
  templateVersion: number;
  name: string;
  description: string;
  language: TemplateLanguage;
  kind: TemplateKind;
  /** First working day of the plan. */
  kickoff: string;
  /** Date of the go-live milestone (or, without one, the project finish). */
  goLive: string;
  /** Latest finish of any task. */
  finish: string;
  workingWeek: number[];
  holidays: string[];
  roles: TemplateRole[];
  phases: InstantiatedPhase[];
  /** Custom checklist category names, in order of first use. */
  customCategories: string[];
  tasks: InstantiatedTask[];
  links: InstantiatedLink[];
  checklist: InstantiatedChecklistItem[];
  goals: InstantiatedGoal[];
  resources: InstantiatedResource[];
  warnings: InstantiationWarning[];
}

/** Go-live anchoring re-lays the plan at most this many times. */
const MAX_ROUNDS = 6;

function isIsoDate(s: unknown): s is string {
  return typeof s === "string" && /^\d{4}-\d{2}-\d{2}$/.test(s) && isoOf(dayNumber(s)) === s;
}

/** Lays out a new project from a template. Throws DomainError "template.errors.badDate" on a bad date. */
export function instantiateTemplate(t: ProjectTemplate, opts: InstantiateOptions): InstantiatedProject {
  if (!isIsoDate(opts.date)) throw new DomainError("template.errors.badDate", { value: String(opts.date) }, "date");
  const holidays = [...new Set(opts.holidays ?? [])].sort();
  for (const h of holidays) if (!isIsoDate(h)) throw new DomainError("template.errors.badDate", { value: String(h) }, "holidays");
  const workingWeek = [...(opts.workingWeek ?? t.workingWeek)];
  const spec: CalendarSpec = { workingWeek, exceptions: holidays.map((date) => ({ date, working: false })) };
  const warnings: InstantiationWarning[] = [];

  // Tasks as scheduler input (ids = index + 1), built per kickoff because constraint dates move with it.
  const idOf = new Map(t.tasks.map((task, i) => [task.key, i + 1]));
  const hasChildren = new Set(t.tasks.filter((x) => x.parent !== undefined).map((x) => x.parent!));
  const links: ScheduleLinkInput[] = [];
  for (const task of t.tasks) {
    for (const p of task.predecessors ?? []) {
      links.push({ predecessorId: idOf.get(p.task)!, successorId: idOf.get(task.key)!, type: p.type, lagDays: p.lagDays });
    }
  }
  const constraintDates = (kickoff: string) => {
    const cal = new WorkCalendar(spec, kickoff);
    return t.tasks.map((task) => (task.constraint ? cal.dateOf(task.constraint.offsetDays) : null));
  };
  const layOut = (kickoff: string): ScheduleResult => {
    const dates = constraintDates(kickoff);
    const tasks: ScheduleTaskInput[] = t.tasks.map((task, i) => ({
      id: i + 1,
      parentId: task.parent === undefined ? null : idOf.get(task.parent)!,
      durationDays: task.milestone ? 0 : task.durationDays,
      manual: false,
      start: kickoff,
      constraint: task.constraint?.type ?? "ASAP",
      constraintDate: dates[i],
    }));
    return schedule({ projectStart: kickoff, calendar: spec, tasks, links });
  };
  const goLiveId = t.goLiveTaskKey === undefined ? undefined : idOf.get(t.goLiveTaskKey);
  const goLiveOf = (r: ScheduleResult): string => (goLiveId === undefined ? r.projectFinish : r.tasks.get(goLiveId)!.finish);

  let kickoff: string;
  let result: ScheduleResult;
  const dateCal = new WorkCalendar(spec, opts.date);
  const firstOnOrAfter = dateCal.dateOf(dateCal.indexOf(opts.date));
  if (opts.anchor === "kickoff") {
    kickoff = firstOnOrAfter;
    if (kickoff !== opts.date) warnings.push({ key: "template.warnings.kickoffNotWorkingDay", params: { requested: opts.date, used: kickoff } });
    result = layOut(kickoff);
  } else {
    const target = firstOnOrAfter === opts.date ? opts.date : dateCal.dateOf(dateCal.indexOf(opts.date) - 1);
    if (target !== opts.date) warnings.push({ key: "template.warnings.goLiveNotWorkingDay", params: { requested: opts.date, used: target } });
    // Lay out from a provisional kickoff, then move the kickoff by the working days between the
    // milestone and the target; repeat while constraints or the calendar still leave a gap.
    kickoff = target;
    result = layOut(kickoff);
    for (let round = 0; round < MAX_ROUNDS && goLiveOf(result) !== target; round++) {
      const cal = new WorkCalendar(spec, kickoff);
      const next = cal.dateOf(cal.indexOf(target) - cal.indexOf(goLiveOf(result)));
      if (next === kickoff) break;
      kickoff = next;
      result = layOut(kickoff);
    }
    if (goLiveOf(result) !== target) {
      warnings.push({ key: "template.warnings.goLiveNotExact", params: { requested: target, landed: goLiveOf(result) } });
    }
  }

  // Tasks and phases.
  const dates = constraintDates(kickoff);
  const positions = new Map<string, number>();
  const tasks: InstantiatedTask[] = t.tasks.map((task, i) => {
    const s = result.tasks.get(i + 1)!;
    const group = `${task.phase}\u0000${task.parent ?? ""}`;
    const position = positions.get(group) ?? 0;
    positions.set(group, position + 1);
    return {
      key: task.key,
      name: task.name,
      phase: task.phase,
      parentKey: task.parent ?? null,
      position,
      durationDays: s.durationDays,
      milestone: !hasChildren.has(task.key) && (task.milestone === true || task.durationDays === 0),
      summary: hasChildren.has(task.key),
      assigneeRole: task.assigneeRole ?? null,
      notes: task.notes ?? "",
      constraint: task.constraint?.type ?? "ASAP",
      constraintDate: dates[i],
      start: s.start,
      finish: s.finish,
    };
  });
  const phases: InstantiatedPhase[] = t.phases.map((p) => {
    const own = tasks.filter((x) => x.phase === p.kind);
    if (own.length === 0) return { kind: p.kind, start: kickoff, finish: kickoff };
    return {
      kind: p.kind,
      start: own.reduce((a, x) => (x.start < a ? x.start : a), own[0].start),
      finish: own.reduce((a, x) => (x.finish > a ? x.finish : a), own[0].finish),
    };
  });

  // Checklists: due dates count working days from the phase start.
  const cal = new WorkCalendar(spec, kickoff);
  const customCategories: string[] = [];
  const checklist: InstantiatedChecklistItem[] = [];
  t.phases.forEach((p, pi) => {
    for (const item of p.checklist) {
      const category = templateCategory(item.category);
      if ("custom" in category && !customCategories.includes(category.custom)) customCategories.push(category.custom);
      checklist.push({
        phase: p.kind,
        category,
        text: item.text,
        ownerRole: item.ownerRole ?? null,
        dueDate: item.dueOffsetDays === undefined ? null : cal.dateOf(cal.indexOf(phases[pi].start) + item.dueOffsetDays),
        note: item.note ?? "",
      });
    }
  });

  const finishOf = new Map(tasks.map((x) => [x.key, x.finish]));
  return {
    templateKey: t.key,
    templateVersion: t.version,
    name: t.name,
    description: t.description,
    language: t.language,
    kind: t.kind,
    kickoff,
    goLive: goLiveOf(result),
    finish: result.projectFinish,
    workingWeek,
    holidays,
    roles: t.roles.map((r) => ({ ...r })),
    phases,
    customCategories,
    tasks,
    links: t.tasks.flatMap((task) =>
      (task.predecessors ?? []).map((p) => ({ predecessorKey: p.task, successorKey: task.key, type: p.type, lagDays: p.lagDays })),
    ),
    checklist,
    goals: t.goals.map((g) => ({
      name: g.name,
      unit: g.unit,
      baseline: g.baseline ?? null,
      target: g.target,
      ownerRole: g.ownerRole ?? null,
      dueDate: g.dueTaskKey === undefined ? null : (finishOf.get(g.dueTaskKey) ?? null),
    })),
    resources: t.resources.map((r) => ({ ...r })),
    warnings,
  };
}
