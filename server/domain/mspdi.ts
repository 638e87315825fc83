// Reads an MS Project XML (MSPDI) document — the plain object an XML parser made of it — into the app's
// vocabulary: whole working days, inclusive ISO finishes, FS/SS/FF/SF links and a day-level calendar,
// plus MS Project's own computed dates per task (for the conformance check). Pure; parsing happens at the edge.
import { DomainError } from "./errors";
import { findCycle } from "./dependency-graph";
import type { CalendarSpec, ConstraintType } from "./schedule-types";
import type { LinkType } from "./types";
import { dayNumber, readProjectCalendar } from "./mspdi-calendar";
import { readLinks } from "./mspdi-links";
import { dateRules, readTask } from "./mspdi-tasks";
import { child, children, flag, instant, int, isNode, MAX_DATE, MIN_DATE, num, text, timeOfDay, type ImportWarning, type Instant, type Node } from "./mspdi-values";

export { MAX_DAYS, type ImportWarning } from "./mspdi-values";

/** The most tasks one file may hold. */
export const MAX_TASKS = 10_000;

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
  /** The calendar's exceptions with the names the file gives them (the same dates as calendar.exceptions). */
  exceptionNames: { date: string; name: string }[];
  /** In outline order: a parent comes before its children. */
  tasks: MspdiTask[];
  links: MspdiLink[];
  warnings: ImportWarning[];
}

/** Elements only an MSPDI Project has; a <Project> with none of them is some other XML. */
const MSPDI_MARKERS = ["Tasks", "Calendars", "StartDate", "SaveVersion", "MinutesPerDay", "ScheduleFromStart", "CalendarUID"];
/** Exceptions are expanded this many days beyond the last date the file mentions, for later slips. */
const CALENDAR_MARGIN_DAYS = 731;

export interface OutlineRow {
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
  const exceptionNames = calendar.named.map(({ date, name }) => ({ date, name }));
  return { name: projectName(project), startDate, minutesPerDay, calendar: calendar.spec, exceptionNames, tasks, links, warnings };
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
