// Reads an MS Project XML (MSPDI) document — the plain object an XML parser made of it — into the app's
// vocabulary: whole working days, inclusive ISO finishes, FS/SS/FF/SF links and a day-level calendar,
// plus MS Project's own computed dates per task (for the conformance check). Pure; parsing happens at the edge.
import { DomainError } from "./errors";
import { findCycle } from "./dependency-graph";
import type { CalendarSpec, ConstraintType } from "./schedule-types";
import type { LinkType } from "./types";
import { dayNumber, isoOf, readProjectCalendar, type MspdiCalendar } from "./mspdi-calendar";
import { readLinks } from "./mspdi-links";
import {
  child,
  children,
  durationMinutes,
  flag,
  instant,
  int,
  isNode,
  MAX_DATE,
  MIN_DATE,
  num,
  roundDays,
  text,
  timeOfDay,
  type ImportWarning,
  type Instant,
  type Node,
} from "./mspdi-values";

export type { ImportWarning } from "./mspdi-values";

/** The most tasks one file may hold. */
export const MAX_TASKS = 10_000;
/** The longest duration or lag accepted, in working days (about forty years). */
export const MAX_DAYS = 10_000;

/** MS Project's computed schedule of a task, normalised to inclusive ISO days (null when the file lacks it). */
export interface MspdiExpected {
  earlyStart: string | null;
  earlyFinish: string | null;
  lateStart: string | null;
  lateFinish: string | null;
  /** Working days (fractional when the file's slack is not whole days). */
  totalSlackDays: number | null;
  freeSlackDays: number | null;
  critical: boolean | null;
}

export interface MspdiTask {
  uid: number;
  name: string;
  outlineLevel: number;
  wbs: string;
  parentUid: number | null;
  /** True when other tasks sit under it in the outline. */
  summary: boolean;
  /** Whole working days (rounded; see the warnings); 0 for a milestone. */
  durationDays: number;
  milestone: boolean;
  manual: boolean;
  /** MS Project's scheduled start and inclusive finish. */
  start: string;
  finish: string;
  constraint: ConstraintType;
  constraintDate: string | null;
  percentComplete: number;
  expected: MspdiExpected;
}

export interface MspdiLink {
  predecessorUid: number;
  successorUid: number;
  type: LinkType;
  /** Whole working days (rounded; see the warnings). */
  lagDays: number;
}

export interface MspdiProject {
  name: string;
  /** The project start (StartDate), an ISO date. */
  startDate: string;
  minutesPerDay: number;
  calendar: CalendarSpec;
  /** In outline order: a parent comes before its children. */
  tasks: MspdiTask[];
  links: MspdiLink[];
  warnings: ImportWarning[];
}

/** Elements only an MSPDI Project has; a <Project> with none of them is some other XML. */
const MSPDI_MARKERS = ["Tasks", "Calendars", "StartDate", "SaveVersion", "MinutesPerDay", "ScheduleFromStart", "CalendarUID"];
const CONSTRAINTS_BY_CODE: Record<number, ConstraintType> = { 0: "ASAP", 3: "MFO", 4: "SNET", 7: "FNLT" };
const UNSUPPORTED_CONSTRAINTS: Record<number, string> = { 1: "ALAP", 2: "MSO", 5: "SNLT", 6: "FNET" };
/** Exceptions are expanded this many days beyond the last date the file mentions, for later slips. */
const CALENDAR_MARGIN_DAYS = 731;

interface OutlineRow {
  node: Node;
  uid: number;
  name: string;
  level: number;
  parentUid: number | null;
  wbs: string;
}

/**
 * Reads the document into tasks, links and a calendar. Throws a DomainError with an i18n key when the
 * object is not an MSPDI project ("import.errors.notMspdi"), has nothing to import ("import.errors.noTasks"),
 * or holds a value that cannot be used ("import.errors.badValue", "import.errors.badLink", "import.errors.cycle", …).
 */
export function readMspdi(doc: unknown): MspdiProject {
  const project = child(doc, "Project");
  if (!isNode(project) || !MSPDI_MARKERS.some((k) => Object.prototype.hasOwnProperty.call(project, k))) {
    throw new DomainError("import.errors.notMspdi");
  }
  const warnings: ImportWarning[] = [];
  const mpd = num(project, "MinutesPerDay");
  const minutesPerDay = mpd !== undefined && mpd > 0 && mpd <= 1440 ? mpd : 480;
  const rawTasks = children(child(project, "Tasks"), "Task");
  if (rawTasks.length > MAX_TASKS) throw new DomainError("import.errors.tooManyTasks", { max: MAX_TASKS });
  const { rows, skipped } = readOutline(rawTasks, warnings);
  if (rows.length === 0) throw new DomainError("import.errors.noTasks");
  if (flag(project, "ScheduleFromStart") === false) warnings.push({ key: "import.warnings.scheduledFromFinish", params: {} });

  const span = dateSpan(project, rows);
  const defaultWindow = {
    start: timeOfDay(project, "DefaultStartTime") ?? 8 * 60,
    end: timeOfDay(project, "DefaultFinishTime", true) ?? 17 * 60,
  };
  const calendar = readProjectCalendar(project, { ...span, defaultWindow, warnings });
  const dates = dateRules(calendar);

  const projectStart = instant(project, "StartDate") ?? earliestStart(rows);
  if (!projectStart) throw new DomainError("import.errors.noStartDate");
  const startDate = dates.start(projectStart);

  const parents = new Set(rows.map((r) => r.parentUid).filter((u): u is number => u !== null));
  const projectCalendarUid = int(project, "CalendarUID");
  const minutesByUid = new Map<number, number>();
  const tasks = rows.map((row) => {
    const task = readTask(row, { summary: parents.has(row.uid), minutesPerDay, startDate, dates, warnings, minutesByUid });
    const own = int(row.node, "CalendarUID");
    if (own !== undefined && own >= 0 && own !== projectCalendarUid) warnings.push({ key: "import.warnings.taskCalendar", params: { task: row.name } });
    return task;
  });

  const links = readLinks(rows, tasks, { skipped, minutesPerDay, minutesByUid, workingDaysPerWeek: calendar.spec.workingWeek.length, warnings });
  assertNoCycle(tasks, links);
  return { name: projectName(project), startDate, minutesPerDay, calendar: calendar.spec, tasks, links, warnings };
}

function projectName(project: Node): string {
  const title = text(project, "Title");
  if (title) return title.slice(0, 200);
  return (text(project, "Name") ?? "").replace(/\.(mpp|xml|mpt)$/i, "").slice(0, 200);
}

/** The imported tasks with their outline parents; the project summary (UID 0 / level 0), blank rows and inactive or external tasks are left out. */
function readOutline(rawTasks: Node[], warnings: ImportWarning[]): { rows: OutlineRow[]; skipped: Set<number> } {
  const rows: OutlineRow[] = [];
  const skipped = new Set<number>();
  const seen = new Set<number>();
  // Ancestors by outline level (index = level − 1); a skipped ancestor skips its subtree.
  const stack: { uid: number; skip: boolean }[] = [];
  for (const node of rawTasks) {
    const uid = int(node, "UID");
    const rawName = (text(node, "Name") ?? "").slice(0, 300);
    if (uid === undefined || uid < 0 || uid > 2_147_483_647) {
      throw new DomainError("import.errors.badValue", { task: rawName || "?", field: "UID", value: text(node, "UID") ?? "" });
    }
    if (seen.has(uid)) throw new DomainError("import.errors.duplicateUid", { uid });
    seen.add(uid);
    const name = rawName || `#${uid}`;
    if (flag(node, "IsNull") === true) {
      skipped.add(uid);
      continue;
    }
    const declared = outlineLevelOf(node);
    if (declared === undefined) throw new DomainError("import.errors.badValue", { task: name, field: "OutlineLevel", value: text(node, "OutlineLevel") ?? "" });
    if (uid === 0 || declared === 0) {
      skipped.add(uid);
      continue;
    }
    const level = Math.min(declared, stack.length + 1);
    if (level < declared) warnings.push({ key: "import.warnings.outlineGap", params: { task: name } });
    stack.length = level - 1;
    const parent = level > 1 ? stack[level - 2] : undefined;
    const inactive = flag(node, "Active") === false || flag(node, "ExternalTask") === true || flag(node, "IsSubproject") === true;
    const skip = (parent?.skip ?? false) || inactive;
    stack.push({ uid, skip });
    if (skip) {
      skipped.add(uid);
      if (inactive && !parent?.skip) warnings.push({ key: "import.warnings.skippedTask", params: { task: name } });
      continue;
    }
    const wbs = (text(node, "WBS") || text(node, "OutlineNumber") || "").slice(0, 100);
    rows.push({ node, uid, name, level, parentUid: parent ? parent.uid : null, wbs });
  }
  return { rows, skipped };
}

/** OutlineLevel, else the depth of OutlineNumber ("1.2.3" → 3), else 1; undefined when malformed. */
function outlineLevelOf(node: Node): number | undefined {
  if (text(node, "OutlineLevel") !== undefined) {
    const level = int(node, "OutlineLevel");
    return level !== undefined && level >= 0 ? level : undefined;
  }
  const number = text(node, "OutlineNumber");
  if (number === undefined) return 1;
  return number === "0" ? 0 : number.split(".").length;
}

/** The day numbers to expand calendar exceptions over: every date the file mentions, plus a margin. */
function dateSpan(project: Node, rows: OutlineRow[]): { from: number; to: number } {
  let min = Infinity;
  let max = -Infinity;
  const see = (i: Instant | undefined) => {
    if (!i) return;
    const dn = dayNumber(i.date);
    min = Math.min(min, dn);
    max = Math.max(max, dn);
  };
  see(instant(project, "StartDate"));
  see(instant(project, "FinishDate"));
  for (const r of rows) for (const f of ["Start", "Finish", "ConstraintDate", "LateFinish"]) see(instant(r.node, f));
  const lo = dayNumber(MIN_DATE);
  const hi = dayNumber(MAX_DATE);
  if (min === Infinity) return { from: lo, to: lo };
  return { from: Math.max(lo, min - 7), to: Math.min(hi, max + CALENDAR_MARGIN_DAYS) };
}

function earliestStart(rows: OutlineRow[]): Instant | undefined {
  let best: Instant | undefined;
  for (const r of rows) {
    const s = instant(r.node, "Start");
    if (s && (!best || s.date < best.date)) best = s;
  }
  return best;
}

/**
 * MS Project's instants as inclusive days: a start at or after the end of the working day is the next
 * working morning; a finish at or before the start of the working day belongs to the previous working day.
 */
interface DateRules {
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

function dateRules(cal: MspdiCalendar): DateRules {
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

interface TaskContext {
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

function readTask(row: OutlineRow, ctx: TaskContext): MspdiTask {
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

/**
 * Rejects dependency loops, including those through the outline: a link into a summary constrains its
 * subtasks and a link out of a summary waits for them, so each summary is an entry and an exit node.
 */
function assertNoCycle(tasks: MspdiTask[], links: MspdiLink[]): void {
  const index = new Map(tasks.map((t, i) => [t.uid, i]));
  const entry = (i: number) => 2 * i;
  const exit = (i: number) => (tasks[i].summary ? 2 * i + 1 : 2 * i);
  const edges: { predecessorId: number; successorId: number }[] = [];
  for (const l of links) edges.push({ predecessorId: exit(index.get(l.predecessorUid)!), successorId: entry(index.get(l.successorUid)!) });
  tasks.forEach((t, i) => {
    if (t.parentUid === null) return;
    const p = index.get(t.parentUid)!;
    edges.push({ predecessorId: entry(p), successorId: entry(i) });
    edges.push({ predecessorId: exit(i), successorId: exit(p) });
  });
  const loop = findCycle(edges);
  if (!loop) return;
  const names: string[] = [];
  for (const node of loop) {
    const name = tasks[Math.floor(node / 2)].name;
    if (names[names.length - 1] !== name) names.push(name);
  }
  throw new DomainError("import.errors.cycle", { loop: names.join(" → ") });
}
