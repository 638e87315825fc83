// Early-warning signals of the risks in DOMAIN.md §5 that the project's data can show (R1, R7, R8, R9),
// each with an i18n key, params and the risk's mitigation. Pure: today and the calendar are arguments.
import type { CalendarSpec } from "./schedule-types";
import { WorkCalendar } from "./work-calendar";
import { workingDaysLate, type Rag } from "./rag";

/** The risks whose signals this module can detect; the others need data the app does not hold yet. */
export const CHECKED_RISKS = ["R1", "R7", "R8", "R9"] as const;
export type CheckedRisk = (typeof CHECKED_RISKS)[number];

export interface RiskSignal {
  risk: CheckedRisk;
  level: Exclude<Rag, "green">;
  /** What was detected (i18n key and params). */
  key: string;
  params: Record<string, string | number>;
  /** The risk's name and what to do about it (i18n keys). */
  titleKey: string;
  mitigationKey: string;
}

export interface RiskInput {
  today: string;
  calendar: CalendarSpec;
  projectStart: string;
  goals: readonly { baseline: number | null }[];
  /** Tasks with their library key ("RO-03"), if any. */
  tasks: readonly { key: string | null; start: string; finish: string; progress: number }[];
  /** Each phase's gate: signed off or not, and when it was due (see plannedPhaseEnd in rag.ts). */
  phases: readonly { phase: string; signedOff: boolean; plannedEnd: string | null }[];
}

/** Thresholds in working days (see docs/DASHBOARD.md). */
export const RISK_RULES = {
  /** R7: a gate sign-off more than this late ("more than 1 week"). */
  signOffLateDays: 5,
  /** R8: the go/no-go decision (RO-06) this close while the mock cutover (RO-03) is unfinished. */
  mockCutoverWindowDays: 10,
} as const;

/** Every detected signal, in risk order. */
export function riskSignals(input: RiskInput): RiskSignal[] {
  const cal = new WorkCalendar(input.calendar, input.projectStart);
  const byKey = new Map<string, RiskInput["tasks"][number]>();
  for (const t of input.tasks) if (t.key) byKey.set(t.key.trim().toUpperCase(), t);
  const out: RiskSignal[] = [];
  const signal = (risk: CheckedRisk, level: RiskSignal["level"], key: string, params: RiskSignal["params"] = {}) =>
    out.push({ risk, level, key, params, titleKey: `risks.${risk}.title`, mitigationKey: `risks.${risk}.mitigation` });

  // R1: no measurable objectives — no goals at all, or goals without a baseline value (PL-01).
  const withoutBaseline = input.goals.filter((g) => g.baseline === null).length;
  if (input.goals.length === 0) signal("R1", "amber", "risks.R1.noGoals");
  else if (withoutBaseline > 0) signal("R1", "amber", "risks.R1.noBaseline", { count: withoutBaseline });

  // R7: decision latency — a gate not signed off more than a week after it was due.
  for (const p of input.phases) {
    if (p.signedOff || p.plannedEnd === null) continue;
    const days = workingDaysLate(cal, p.plannedEnd, input.today);
    if (days > RISK_RULES.signOffLateDays) signal("R7", "red", "risks.R7.signOffLate", { phase: p.phase, count: days, date: p.plannedEnd });
  }

  // R8: no rehearsal — the mock cutover (RO-03) unfinished with the go/no-go (RO-06) close or past.
  const mock = byKey.get("RO-03");
  const goNoGo = byKey.get("RO-06");
  if (mock && goNoGo && mock.progress < 100 && goNoGo.progress < 100) {
    if (goNoGo.finish <= input.today) signal("R8", "red", "risks.R8.noMockCutoverDue", { date: goNoGo.finish });
    else {
      const days = cal.indexAfter(goNoGo.finish) - cal.indexAfter(input.today);
      if (days <= RISK_RULES.mockCutoverWindowDays) signal("R8", "red", "risks.R8.noMockCutover", { count: days, date: goNoGo.finish });
    }
  }

  // R9: channels launched before their processes are designed — RO-05 under way while FD-02 is unfinished.
  const processes = byKey.get("FD-02");
  const channels = byKey.get("RO-05");
  if (processes && channels && processes.progress < 100 && (channels.progress > 0 || channels.start <= input.today)) {
    signal("R9", "amber", "risks.R9.channelsBeforeProcesses");
  }
  return out;
}
