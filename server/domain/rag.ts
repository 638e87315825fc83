// RAG status (red / amber / green) of each phase and of the project, by the rules of docs/DASHBOARD.md,
// with the reasons behind it as i18n keys and params. Pure: today and the calendar are arguments.
import type { CalendarSpec } from "./schedule-types";
import { WorkCalendar } from "./work-calendar";

export const RAG_LEVELS = ["green", "amber", "red"] as const;
export type Rag = (typeof RAG_LEVELS)[number];

/** A leaf task as the RAG rules see it (dates ISO, finish inclusive, duration in working days). */
export interface RagTask {
  start: string;
  finish: string;
  durationDays: number;
  progress: number;
  critical: boolean;
  /** The compared baseline's finish of this task, or null (no baseline, or the task is newer). */
  baselineFinish: string | null;
}

export interface PhaseRagInput {
  /** The phase's kind (or any label the caller uses to tell phases apart). */
  phase: string;
  /** The phase's leaf tasks (milestones included). */
  tasks: readonly RagTask[];
  gate: {
    signedOff: boolean;
    /** When the gate was due: see plannedPhaseEnd; null for a phase without tasks. */
    plannedEnd: string | null;
  };
  /** Open checklist items of the phase whose due date is before today. */
  overdueChecklistItems: number;
}

export interface RagReason {
  level: Rag;
  key: string;
  params: Record<string, string | number>;
}

export interface PhaseRag {
  phase: string;
  status: Rag;
  reasons: RagReason[];
  /** Latest finish of the phase's tasks in the current schedule (null without tasks). */
  forecastFinish: string | null;
  /** Latest baseline finish of the phase's tasks (null without a baseline). */
  baselineFinish: string | null;
  /** Working days the forecast finish lies past the baseline finish (negative: ahead); null without both. */
  slipDays: number | null;
}

export interface ProjectRag {
  status: Rag;
  /** Every amber and red reason of the phases, each with its phase. */
  reasons: (RagReason & { phase: string })[];
  phases: PhaseRag[];
}

/** Thresholds of the rules, in working days or items (see docs/DASHBOARD.md). */
export const RAG_RULES = {
  /** Red when the forecast finish slips more than this past the baseline; amber from 1 day. */
  slipRedDays: 10,
  /** Red when an unsigned gate is more than this past its planned date; amber from 1 day. */
  gateRedDays: 5,
  /** Amber when more checklist items than this are overdue. */
  checklistAmberItems: 3,
} as const;

const RANK: Record<Rag, number> = { green: 0, amber: 1, red: 2 };

/** The worse of two statuses. */
export function worst(a: Rag, b: Rag): Rag {
  return RANK[b] > RANK[a] ? b : a;
}

/**
 * Working days after `date` up to and including `today` (0 when today is on or before it): how late
 * something due on `date` is. A due date on Friday is 1 working day late on the next Monday.
 */
export function workingDaysLate(cal: WorkCalendar, date: string, today: string): number {
  if (today <= date) return 0;
  return cal.indexAfter(today) - cal.indexAfter(date);
}

/**
 * When a phase's gate is due: the latest baseline finish of its tasks when a baseline is compared,
 * else the latest finish of the current schedule; null without tasks.
 */
export function plannedPhaseEnd(tasks: readonly Pick<RagTask, "finish" | "baselineFinish">[]): string | null {
  const { forecast, baseline } = phaseFinishes(tasks);
  return baseline ?? forecast;
}

function phaseFinishes(tasks: readonly Pick<RagTask, "finish" | "baselineFinish">[]): { forecast: string | null; baseline: string | null } {
  let forecast: string | null = null;
  let baseline: string | null = null;
  for (const t of tasks) {
    if (forecast === null || t.finish > forecast) forecast = t.finish;
    if (t.baselineFinish !== null && (baseline === null || t.baselineFinish > baseline)) baseline = t.baselineFinish;
  }
  return { forecast, baseline };
}

/** One phase's status and reasons on `today` over the project's working calendar. */
export function phaseRag(input: PhaseRagInput, today: string, cal: WorkCalendar): PhaseRag {
  const { forecast, baseline } = phaseFinishes(input.tasks);
  const slipDays = forecast !== null && baseline !== null ? cal.indexOf(forecast) - cal.indexOf(baseline) : null;
  const result = (reasons: RagReason[]): PhaseRag => ({
    phase: input.phase,
    status: reasons.reduce<Rag>((s, r) => worst(s, r.level), "green"),
    reasons,
    forecastFinish: forecast,
    baselineFinish: baseline,
    slipDays,
  });

  // Nothing started and nothing due yet: too early to judge (a slip shows in the phase row, not its colour).
  const started = input.tasks.some((t) => t.progress > 0);
  const firstStart = input.tasks.reduce<string | null>((s, t) => (s === null || t.start < s ? t.start : s), null);
  if (!started && firstStart !== null && firstStart > today && input.overdueChecklistItems === 0 && !input.gate.signedOff) {
    return result([{ level: "green", key: "rag.reason.notStarted", params: { date: firstStart } }]);
  }

  const reasons: RagReason[] = [];
  let criticalOverdue = 0;
  let otherOverdue = 0;
  for (const t of input.tasks) {
    if (t.progress >= 100 || t.finish >= today) continue;
    if (t.critical) criticalOverdue++;
    else otherOverdue++;
  }
  if (criticalOverdue > 0) reasons.push({ level: "red", key: "rag.reason.criticalOverdue", params: { count: criticalOverdue } });
  if (otherOverdue > 0) reasons.push({ level: "amber", key: "rag.reason.tasksOverdue", params: { count: otherOverdue } });

  // A slip is a forecast while work remains; once everything is done it is history.
  const unfinished = input.tasks.some((t) => t.progress < 100);
  if (unfinished && slipDays !== null && slipDays > 0) {
    const level: Rag = slipDays > RAG_RULES.slipRedDays ? "red" : "amber";
    reasons.push({ level, key: "rag.reason.slip", params: { count: slipDays } });
  }

  const plannedEnd = input.gate.plannedEnd;
  if (!input.gate.signedOff && plannedEnd !== null) {
    const late = workingDaysLate(cal, plannedEnd, today);
    if (late > 0) {
      const level: Rag = late > RAG_RULES.gateRedDays ? "red" : "amber";
      reasons.push({ level, key: "rag.reason.gateLate", params: { count: late, date: plannedEnd } });
    }
  }

  if (input.overdueChecklistItems > RAG_RULES.checklistAmberItems) {
    reasons.push({ level: "amber", key: "rag.reason.checklistOverdue", params: { count: input.overdueChecklistItems } });
  }
  return result(reasons);
}

/** Every phase's status, and the project's: the worst of its phases, with their amber and red reasons. */
export function projectRag(input: { today: string; calendar: CalendarSpec; projectStart: string; phases: readonly PhaseRagInput[] }): ProjectRag {
  const cal = new WorkCalendar(input.calendar, input.projectStart);
  const phases = input.phases.map((p) => phaseRag(p, input.today, cal));
  return {
    status: phases.reduce<Rag>((s, p) => worst(s, p.status), "green"),
    reasons: phases.flatMap((p) => p.reasons.filter((r) => r.level !== "green").map((r) => ({ ...r, phase: p.phase }))),
    phases,
  };
}
