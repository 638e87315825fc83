// The project calendar of an MSPDI document: the base calendar's working week (with inheritance),
// its working hours per weekday, and its exceptions expanded from ranges and recurrences to dates.
import type { CalendarSpec } from "./schedule-types";
import { child, children, flag, instant, int, text, timeOfDay, type ImportWarning, type Node } from "./mspdi-values";

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 (UTC) of an ISO date. */
export function dayNumber(iso: string): number {
  return Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY);
}

export function isoOf(dn: number): string {
  return new Date(dn * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
function weekday0(dn: number): number {
  return (((dn + 4) % 7) + 7) % 7;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of MSPDI DayType 1 = Sunday … 7 = Saturday. */
const isoOfDayType = (dayType: number) => (dayType === 1 ? 7 : dayType - 1);
const isoOfWeekday0 = (w: number) => (w === 0 ? 7 : w);

interface Window {
  start: number;
  end: number;
}

interface DayRule {
  working: boolean;
  window: Window | null;
  /** The exception's name ("" for the working week). */
  name: string;
}

/** The calendar the reader normalises instants with, and the spec the scheduler gets. */
export interface MspdiCalendar {
  spec: CalendarSpec;
  /** The same exceptions as spec, with the names the file gives them. */
  named: { date: string; working: boolean; name: string }[];
  isWorking(iso: string): boolean;
  /** First and last working minute of the day (the project's default hours when the day has none). */
  window(iso: string): Window;
  /** The date itself when it works, else the next working day (the date when none is found within ten years). */
  nextWorking(iso: string): string;
  /** The date itself when it works, else the previous working day. */
  prevWorking(iso: string): string;
}

export interface CalendarContext {
  /** Dates of interest: exceptions are expanded within [from, to] (day numbers). */
  from: number;
  to: number;
  defaultWindow: Window;
  warnings: ImportWarning[];
}

/** Reads the project's base calendar (Project/CalendarUID) from the Calendars section. */
export function readProjectCalendar(project: Node, ctx: CalendarContext): MspdiCalendar {
  const calendars = children(child(project, "Calendars"), "Calendar");
  const byUid = new Map<number, Node>();
  for (const c of calendars) {
    const uid = int(c, "UID");
    if (uid !== undefined && !byUid.has(uid)) byUid.set(uid, c);
  }
  const wanted = int(project, "CalendarUID");
  const base =
    (wanted !== undefined ? byUid.get(wanted) : undefined) ?? calendars.find((c) => flag(c, "IsBaseCalendar") === true) ?? calendars[0];
  if (!base) ctx.warnings.push({ key: "import.warnings.noCalendar", params: {} });

  // The chain from the base calendar up through BaseCalendarUID (guarded against loops).
  const chain: Node[] = [];
  for (let c: Node | undefined = base; c && !chain.includes(c) && chain.length < 10; ) {
    chain.unshift(c);
    const parent = int(c, "BaseCalendarUID");
    c = parent !== undefined && parent >= 0 ? byUid.get(parent) : undefined;
  }

  const week = new Map<number, DayRule>();
  for (let d = 1; d <= 7; d++) week.set(d, { working: d <= 5, window: null, name: "" });
  for (const c of chain) readWeekDays(c, week);
  if (![...week.values()].some((r) => r.working)) {
    ctx.warnings.push({ key: "import.warnings.noWorkingDays", params: {} });
    for (let d = 1; d <= 5; d++) week.set(d, { working: true, window: null, name: "" });
  }

  const exceptionDays = new Map<number, DayRule>();
  for (const c of chain) readExceptions(c, ctx, exceptionDays);
  return buildCalendar(week, exceptionDays, ctx.defaultWindow);
}

function windowOf(node: unknown): Window | null {
  let start = Infinity;
  let end = -Infinity;
  for (const wt of children(child(node, "WorkingTimes"), "WorkingTime")) {
    const from = timeOfDay(wt, "FromTime");
    const to = timeOfDay(wt, "ToTime", true);
    if (from === undefined || to === undefined || to <= from) continue;
    start = Math.min(start, from);
    end = Math.max(end, to);
  }
  return start < end ? { start, end } : null;
}

function readWeekDays(calendar: Node, week: Map<number, DayRule>): void {
  for (const wd of children(child(calendar, "WeekDays"), "WeekDay")) {
    const dayType = int(wd, "DayType");
    if (dayType === undefined || dayType < 1 || dayType > 7) continue;
    const window = windowOf(wd);
    week.set(isoOfDayType(dayType), { working: flag(wd, "DayWorking") ?? window !== null, window, name: "" });
  }
}

/** Exceptions of one calendar: the Exceptions section (Project 2007+), else WeekDay entries with DayType 0. */
function readExceptions(calendar: Node, ctx: CalendarContext, into: Map<number, DayRule>): void {
  const modern = children(child(calendar, "Exceptions"), "Exception");
  const entries = modern.length ? modern : children(child(calendar, "WeekDays"), "WeekDay").filter((wd) => int(wd, "DayType") === 0);
  for (const e of entries) {
    const days = expandException(e, ctx);
    if (days === null) {
      ctx.warnings.push({ key: "import.warnings.unreadException", params: { name: text(e, "Name") ?? "" } });
      continue;
    }
    const window = windowOf(e);
    const rule: DayRule = { working: flag(e, "DayWorking") ?? window !== null, window, name: (text(e, "Name") ?? "").slice(0, 200) };
    for (const dn of days) into.set(dn, rule);
  }
}

/**
 * The days (day numbers within ctx.from…ctx.to) an exception covers, or null when it cannot be read.
 * Type 1 = daily (a plain date range when Period is 1), 7 = every n days, 6 = weekly (DaysOfWeek bitmask
 * 1 = Sunday … 64 = Saturday), 4 / 5 = monthly (day of month / n-th weekday), 2 / 3 = yearly (the same,
 * with a 0-based Month); MonthItem 3 = Sunday … 9 = Saturday, MonthPosition 0–3 = first–fourth, 4 = last.
 */
export function expandException(e: Node, ctx: Pick<CalendarContext, "from" | "to">): number[] | null {
  const period = child(e, "TimePeriod");
  const fromI = instant(period, "FromDate");
  if (!fromI) return null;
  const from = dayNumber(fromI.date);
  const toI = instant(period, "ToDate");
  const occurrences = int(e, "Occurrences");
  if (occurrences !== undefined && occurrences < 1) return null;
  const type = int(e, "Type") ?? 1;
  const every = Math.max(1, int(e, "Period") ?? 1);
  // Without an end date or a count, a recurrence runs to the edge of the span; a range is one day.
  const last = Math.min(toI ? dayNumber(toI.date) : occurrences !== undefined || type !== 1 ? ctx.to : from, ctx.to);
  if (last < from) return [];
  const out: number[] = [];
  let count = 0;
  /** Records an occurrence in order; false once the recurrence is over. */
  const emit = (dn: number): boolean => {
    if (dn > last) return false;
    if (occurrences !== undefined && count >= occurrences) return false;
    count++;
    if (dn >= ctx.from) out.push(dn);
    return true;
  };

  switch (type) {
    case 1:
    case 7: {
      // Jump straight to the first occurrence inside the span.
      const skip = Math.max(0, Math.ceil((ctx.from - from) / every));
      if (occurrences !== undefined && skip >= occurrences) return [];
      count = skip;
      for (let dn = from + skip * every; emit(dn); dn += every);
      return out;
    }
    case 6: {
      const mask = int(e, "DaysOfWeek");
      if (mask === undefined || mask <= 0 || mask > 127) return null;
      const weekStart = from - weekday0(from);
      for (let w = 0; weekStart + 7 * w <= last; w += every) {
        for (let d = 0; d < 7; d++) {
          const dn = weekStart + 7 * w + d;
          if (!(mask & (1 << d)) || dn < from) continue;
          if (!emit(dn)) return out;
        }
      }
      return out;
    }
    case 4:
    case 5:
    case 2:
    case 3: {
      const yearly = type === 2 || type === 3;
      const pick = dayPicker(e, type === 3 || type === 5);
      if (!pick) return null;
      const start = new Date(from * MS_PER_DAY);
      let year = start.getUTCFullYear();
      const monthField = int(e, "Month");
      if (yearly && (monthField === undefined || monthField < 0 || monthField > 11)) return null;
      let month = yearly ? monthField! : start.getUTCMonth();
      const stepMonths = yearly ? 12 : every;
      for (let i = 0; i < 20_000; i++) {
        const first = Date.UTC(year, month, 1) / MS_PER_DAY;
        if (first > last) break;
        const dn = pick(year, month);
        if (dn >= from && !emit(dn)) break;
        month += stepMonths;
        year += Math.floor(month / 12);
        month %= 12;
      }
      return out;
    }
    default:
      return null;
  }
}

/** The day of a month an absolute (MonthDay) or relative (MonthPosition + MonthItem) recurrence picks. */
function dayPicker(e: Node, relative: boolean): ((year: number, month: number) => number) | null {
  const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  if (!relative) {
    const day = int(e, "MonthDay");
    if (day === undefined || day < 1 || day > 31) return null;
    return (y, m) => Date.UTC(y, m, Math.min(day, daysIn(y, m))) / MS_PER_DAY;
  }
  const item = int(e, "MonthItem");
  const position = int(e, "MonthPosition");
  if (item === undefined || item < 3 || item > 9 || position === undefined || position < 0 || position > 4) return null;
  const wd = item - 3;
  return (y, m) => {
    if (position === 4) {
      const lastDay = Date.UTC(y, m, daysIn(y, m)) / MS_PER_DAY;
      return lastDay - ((weekday0(lastDay) - wd + 7) % 7);
    }
    const firstDay = Date.UTC(y, m, 1) / MS_PER_DAY;
    return firstDay + ((wd - weekday0(firstDay) + 7) % 7) + 7 * position;
  };
}

function buildCalendar(week: Map<number, DayRule>, exceptionDays: Map<number, DayRule>, defaultWindow: Window): MspdiCalendar {
  const weekWorking = (dn: number) => week.get(isoOfWeekday0(weekday0(dn)))!.working;
  const isWorkingDn = (dn: number) => exceptionDays.get(dn)?.working ?? weekWorking(dn);
  const named = [...exceptionDays.entries()]
    .filter(([dn, rule]) => rule.working !== weekWorking(dn))
    .sort((a, b) => a[0] - b[0])
    .map(([dn, rule]) => ({ date: isoOf(dn), working: rule.working, name: rule.name }));
  const workingWeek = [...week.entries()].filter(([, r]) => r.working).map(([d]) => d);
  const step = (iso: string, dir: 1 | -1) => {
    const start = dayNumber(iso);
    for (let i = 0; i < 3660; i++) if (isWorkingDn(start + dir * i)) return isoOf(start + dir * i);
    return iso;
  };
  return {
    spec: { workingWeek, exceptions: named.map(({ date, working }) => ({ date, working })) },
    named,
    isWorking: (iso) => isWorkingDn(dayNumber(iso)),
    window: (iso) => {
      const dn = dayNumber(iso);
      const rule = exceptionDays.get(dn) ?? week.get(isoOfWeekday0(weekday0(dn)))!;
      return (rule.working && rule.window) || defaultWindow;
    },
    nextWorking: (iso) => step(iso, 1),
    prevWorking: (iso) => step(iso, -1),
  };
}
