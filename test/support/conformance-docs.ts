// Small MSPDI documents written inline for tests (the real MS Project samples stay in ../shared/mspdi and
// are never copied here): a builder for tasks, links, calendars and exceptions as MS Project writes them.

export interface LinkSpec {
  uid: number;
  /** MSPDI Type: 0 = FF, 1 = FS, 2 = SF, 3 = SS (omitted: element left out). */
  type?: number;
  /** LinkLag in tenths of a minute (or a percent with format 19). */
  lag?: number;
  format?: number;
  crossProject?: boolean;
}

export interface TaskSpec {
  uid: number;
  name?: string;
  /** OutlineLevel (default 1); null leaves the element out. */
  level?: number | null;
  outlineNumber?: string;
  /** ISO 8601, e.g. "PT16H0M0S"; null leaves the element out. */
  duration?: string | null;
  start?: string;
  finish?: string;
  milestone?: boolean;
  summary?: boolean;
  manual?: boolean;
  active?: boolean;
  constraint?: number;
  constraintDate?: string;
  percent?: number;
  early?: [string, string];
  late?: [string, string];
  /** Tenths of a minute. */
  totalSlack?: number;
  freeSlack?: number;
  critical?: boolean;
  preds?: LinkSpec[];
  /** Raw XML appended inside <Task>. */
  extra?: string;
}

export const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const el = (name: string, value: string | number | boolean | undefined | null) =>
  value === undefined || value === null ? "" : `<${name}>${typeof value === "boolean" ? (value ? 1 : 0) : typeof value === "string" ? escapeXml(value) : value}</${name}>`;

export function taskXml(t: TaskSpec): string {
  const links = (t.preds ?? [])
    .map(
      (p) =>
        `<PredecessorLink>${el("PredecessorUID", p.uid)}${el("Type", p.type)}${el("CrossProject", p.crossProject)}${el("LinkLag", p.lag ?? 0)}${el("LagFormat", p.format ?? 7)}</PredecessorLink>`,
    )
    .join("");
  return (
    `<Task>${el("UID", t.uid)}${el("ID", t.uid)}${el("Name", t.name ?? `Task ${t.uid}`)}${el("Active", t.active)}${el("Manual", t.manual)}` +
    `${el("WBS", t.outlineNumber)}${el("OutlineNumber", t.outlineNumber)}${t.level === null ? "" : el("OutlineLevel", t.level ?? 1)}` +
    `${el("Start", t.start)}${el("Finish", t.finish)}${t.duration === null ? "" : el("Duration", t.duration ?? "PT8H0M0S")}` +
    `${el("Milestone", t.milestone ?? false)}${el("Summary", t.summary ?? false)}${el("Critical", t.critical)}` +
    `${el("EarlyStart", t.early?.[0])}${el("EarlyFinish", t.early?.[1])}${el("LateStart", t.late?.[0])}${el("LateFinish", t.late?.[1])}` +
    `${el("FreeSlack", t.freeSlack)}${el("TotalSlack", t.totalSlack)}${el("PercentComplete", t.percent)}` +
    `${el("ConstraintType", t.constraint ?? 0)}${el("ConstraintDate", t.constraintDate)}${links}${t.extra ?? ""}</Task>`
  );
}

/** WeekDays with the given MSPDI DayTypes (1 = Sunday … 7 = Saturday) working 08:00–12:00 and 13:00–17:00. */
export function weekDaysXml(workingDayTypes: readonly number[] = [2, 3, 4, 5, 6]): string {
  const days = [1, 2, 3, 4, 5, 6, 7].map((d) =>
    workingDayTypes.includes(d)
      ? `<WeekDay><DayType>${d}</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime><WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>`
      : `<WeekDay><DayType>${d}</DayType><DayWorking>0</DayWorking></WeekDay>`,
  );
  return `<WeekDays>${days.join("")}</WeekDays>`;
}

export interface ExceptionSpec {
  from: string;
  to?: string;
  type?: number;
  occurrences?: number;
  period?: number;
  daysOfWeek?: number;
  monthDay?: number;
  month?: number;
  monthItem?: number;
  monthPosition?: number;
  working?: boolean;
  name?: string;
}

export function exceptionXml(e: ExceptionSpec): string {
  const times = e.working ? "<WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes>" : "";
  return (
    `<Exception>${el("EnteredByOccurrences", e.occurrences !== undefined)}<TimePeriod>${el("FromDate", `${e.from}T00:00:00`)}${el("ToDate", e.to ? `${e.to}T23:59:00` : undefined)}</TimePeriod>` +
    `${el("Occurrences", e.occurrences)}${el("Name", e.name ?? "Exception")}${el("Type", e.type ?? 1)}${el("Period", e.period)}${el("DaysOfWeek", e.daysOfWeek)}` +
    `${el("MonthItem", e.monthItem)}${el("MonthPosition", e.monthPosition)}${el("Month", e.month)}${el("MonthDay", e.monthDay)}${el("DayWorking", e.working ?? false)}${times}</Exception>`
  );
}

export function calendarXml(opts: { uid?: number; base?: number; isBase?: boolean; workingDayTypes?: number[]; weekDays?: string; exceptions?: string } = {}): string {
  return (
    `<Calendar>${el("UID", opts.uid ?? 1)}<Name>Standard</Name>${el("IsBaseCalendar", opts.isBase ?? true)}${el("BaseCalendarUID", opts.base ?? -1)}` +
    `${opts.weekDays ?? weekDaysXml(opts.workingDayTypes)}${opts.exceptions === undefined ? "" : `<Exceptions>${opts.exceptions}</Exceptions>`}</Calendar>`
  );
}

export interface DocSpec {
  title?: string;
  name?: string;
  /** StartDate; null leaves it out. */
  start?: string | null;
  finish?: string;
  minutesPerDay?: number;
  calendarUid?: number;
  /** The <Calendar> elements (default: one Standard Monday–Friday calendar). */
  calendars?: string;
  /** Adds MS Project's project summary task (UID 0, outline level 0); default true. */
  projectSummary?: boolean;
  tasks: TaskSpec[];
}

/** A complete MSPDI document. */
export function mspdiXml(d: DocSpec): string {
  const summary = d.projectSummary === false ? "" : taskXml({ uid: 0, name: d.title ?? "Project", level: 0, summary: true, duration: "PT0H0M0S" });
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Project xmlns="http://schemas.microsoft.com/project">` +
    `<SaveVersion>14</SaveVersion>${el("Name", d.name ?? "plan.xml")}${el("Title", d.title)}<ScheduleFromStart>1</ScheduleFromStart>` +
    `${d.start === null ? "" : el("StartDate", d.start ?? "2024-06-03T08:00:00")}${el("FinishDate", d.finish)}<CriticalSlackLimit>0</CriticalSlackLimit>` +
    `${el("CalendarUID", d.calendarUid ?? 1)}<DefaultStartTime>08:00:00</DefaultStartTime><DefaultFinishTime>17:00:00</DefaultFinishTime>` +
    `${el("MinutesPerDay", d.minutesPerDay ?? 480)}<MinutesPerWeek>2400</MinutesPerWeek><DaysPerMonth>20</DaysPerMonth>` +
    `<Calendars>${d.calendars ?? calendarXml()}</Calendars><Tasks>${summary}${d.tasks.map(taskXml).join("")}</Tasks></Project>`
  );
}
