// One MSPDI task in the app's terms: MS Project's instants as inclusive days, ISO durations as whole
// working days (rounded, with a warning), constraints mapped or dropped, and MS Project's computed dates.
import { DomainError } from "./errors";
import type { ConstraintType } from "./schedule-types";
import { dayNumber, isoOf, type MspdiCalendar } from "./mspdi-calendar";
import type { MspdiExpected, MspdiTask, OutlineRow } from "./mspdi";
import { durationMinutes, flag, instant, int, MAX_DAYS, num, roundDays, text, type ImportWarning, type Instant, type Node } from "./mspdi-values";

/** MSPDI ConstraintType codes the scheduler supports (0 ASAP, 3 MFO, 4 SNET, 7 FNLT), and names of the others. */
const CONSTRAINTS_BY_CODE: Record<number, ConstraintType> = { 0: "ASAP", 3: "MFO", 4: "SNET", 7: "FNLT" };
const UNSUPPORTED_CONSTRAINTS: Record<number, string> = { 1: "ALAP", 2: "MSO", 5: "SNLT", 6: "FNET" };

/**
 * MS Project's instants as inclusive days: a start at or after the end of the working day is the next
 * working morning; a finish at or before the start of the working day belongs to the previous working day.
 */
export interface DateRules {
  start(i: Instant): string;
  finish(i: Instant): string;
  /**
   * A milestone's late date on MS Project's display convention: the next working morning. MS Project stores
   * the same instant either as 17:00 of a day or as 08:00 of the next working day; both become that morning.
   */
  milestoneLate(late: Instant): string;
  /** Working days from start to finish, both inclusive (capped at MAX_DAYS + 1). */
  workingDays(start: string, finish: string): number;
}

export function dateRules(cal: MspdiCalendar): DateRules {
  const shift = (iso: string, days: number) => isoOf(dayNumber(iso) + days);
  const evening = (i: Instant) => i.minutes >= cal.window(i.date).end;
  const morning = (i: Instant) => i.minutes <= cal.window(i.date).start;
  return {
    start: (i) => (evening(i) ? cal.nextWorking(shift(i.date, 1)) : cal.nextWorking(i.date)),
    finish: (i) => (morning(i) ? cal.prevWorking(shift(i.date, -1)) : cal.prevWorking(i.date)),
    milestoneLate: (late) => (evening(late) ? cal.nextWorking(shift(late.date, 1)) : late.date),
    workingDays: (start, finish) => {
      let count = 0;
      for (let dn = dayNumber(start), end = dayNumber(finish); dn <= end && count <= MAX_DAYS; dn++) if (cal.isWorking(isoOf(dn))) count++;
      return count;
    },
  };
}

export interface TaskContext {
  summary: boolean;
  minutesPerDay: number;
  startDate: string;
  dates: DateRules;
  warnings: ImportWarning[];
  /** Filled in: each task's exact duration in minutes (percent lags need it). */
  minutesByUid: Map<number, number>;
}

/** A date field the scheduler depends on: absent is undefined, present but unreadable is an error. */
function requiredInstant(node: Node, field: string, task: string): Instant | undefined {
  const raw = text(node, field);
  if (raw === undefined || raw === "") return undefined;
  const i = instant(node, field);
  if (!i) throw new DomainError("import.errors.badValue", { task, field, value: raw.slice(0, 40) });
  return i;
}

/** Reads one imported task (its outline place already known). */
export function readTask(row: OutlineRow, ctx: TaskContext): MspdiTask {
  const { node, name: task } = row;
  const { dates, warnings } = ctx;
  const startI = requiredInstant(node, "Start", task);
  const finishI = requiredInstant(node, "Finish", task);
  const { durationDays, milestone } = readDuration(row, ctx, startI, finishI);

  const start = milestone ? (startI?.date ?? ctx.startDate) : startI ? dates.start(startI) : ctx.startDate;
  const finished = milestone ? start : finishI ? dates.finish(finishI) : start;
  const finish = finished < start ? start : finished;

  const code = int(node, "ConstraintType") ?? 0;
  let constraint: ConstraintType = CONSTRAINTS_BY_CODE[code] ?? "ASAP";
  if (!(code in CONSTRAINTS_BY_CODE)) {
    warnings.push({ key: "import.warnings.constraint", params: { task, constraint: UNSUPPORTED_CONSTRAINTS[code] ?? String(code) } });
  }
  let constraintDate: string | null = null;
  if (constraint !== "ASAP") {
    const c = requiredInstant(node, "ConstraintDate", task);
    if (!c) {
      warnings.push({ key: "import.warnings.constraintNoDate", params: { task } });
      constraint = "ASAP";
    } else {
      constraintDate = milestone ? c.date : constraint === "SNET" ? dates.start(c) : dates.finish(c);
    }
  }

  const pct = num(node, "PercentComplete") ?? 0;
  return {
    uid: row.uid,
    name: task,
    outlineLevel: row.level,
    wbs: row.wbs,
    parentUid: row.parentUid,
    summary: ctx.summary,
    durationDays,
    milestone,
    manual: flag(node, "Manual") === true,
    start,
    finish,
    constraint,
    constraintDate,
    percentComplete: Math.min(100, Math.max(0, Math.round(pct))),
    expected: readExpected(node, milestone, ctx),
  };
}

/** Whole working days from the ISO duration; fractional days are rounded (never to 0 for a non-zero task) with a warning. */
function readDuration(row: OutlineRow, ctx: TaskContext, startI: Instant | undefined, finishI: Instant | undefined) {
  const { node, name: task } = row;
  const raw = text(node, "Duration");
  let minutes = raw ? durationMinutes(node, "Duration") : undefined;
  if (raw && (minutes === undefined || minutes < 0)) throw new DomainError("import.errors.badValue", { task, field: "Duration", value: raw.slice(0, 40) });
  let durationDays: number;
  if (minutes === undefined) {
    // No duration: the working days from start to finish, else one day.
    durationDays = startI && finishI ? Math.max(1, ctx.dates.workingDays(ctx.dates.start(startI), ctx.dates.finish(finishI))) : 1;
    minutes = durationDays * ctx.minutesPerDay;
    if (!ctx.summary) ctx.warnings.push({ key: "import.warnings.missingDuration", params: { task, days: durationDays } });
  } else {
    const exact = minutes / ctx.minutesPerDay;
    durationDays = roundDays(exact);
    if (minutes > 0 && durationDays === 0) durationDays = 1;
    if (!ctx.summary && Math.abs(exact - durationDays) > 1e-6) {
      ctx.warnings.push({ key: "import.warnings.roundedDuration", params: { task, hours: Math.round((minutes / 60) * 100) / 100, days: durationDays } });
    }
  }
  if (durationDays > MAX_DAYS) throw new DomainError("import.errors.badValue", { task, field: "Duration", value: (raw ?? "").slice(0, 40) });
  ctx.minutesByUid.set(row.uid, minutes);
  const flagged = flag(node, "Milestone") === true;
  if (flagged && durationDays > 0 && !ctx.summary) ctx.warnings.push({ key: "import.warnings.milestoneWithDuration", params: { task, days: durationDays } });
  return { durationDays, milestone: durationDays === 0 && !ctx.summary };
}

function readExpected(node: Node, milestone: boolean, ctx: TaskContext): MspdiExpected {
  const { dates } = ctx;
  const es = instant(node, "EarlyStart");
  const ef = instant(node, "EarlyFinish");
  const ls = instant(node, "LateStart");
  const lf = instant(node, "LateFinish");
  const slack = (field: string) => {
    const v = num(node, field);
    return v === undefined ? null : Math.round((v / (10 * ctx.minutesPerDay)) * 1000) / 1000;
  };
  return {
    earlyStart: es ? (milestone ? es.date : dates.start(es)) : null,
    earlyFinish: ef ? (milestone ? ef.date : dates.finish(ef)) : null,
    lateStart: ls ? (milestone ? dates.milestoneLate(ls) : dates.start(ls)) : null,
    lateFinish: lf ? (milestone ? dates.milestoneLate(lf) : dates.finish(lf)) : null,
    totalSlackDays: slack("TotalSlack"),
    freeSlackDays: slack("FreeSlack"),
    critical: flag(node, "Critical") ?? null,
  };
}
