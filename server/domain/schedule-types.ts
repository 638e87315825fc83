// The scheduler's contract: plain inputs (tasks, links, calendar) and the computed schedule per task.
import type { LinkType } from "./types";

export const CONSTRAINT_TYPES = ["ASAP", "SNET", "FNLT", "MFO"] as const;
/** ASAP (as soon as possible), SNET (start no earlier than), FNLT (finish no later than), MFO (must finish on). */
export type ConstraintType = (typeof CONSTRAINT_TYPES)[number];

export interface CalendarSpec {
  /** ISO weekdays that work (1 = Monday … 7 = Sunday). */
  workingWeek: readonly number[];
  /** Dated exceptions: holidays on working weekdays (working = false) or extra working days. */
  exceptions: readonly { date: string; working: boolean }[];
}

export interface ScheduleTaskInput {
  id: number;
  /** WBS parent; a task with children is a summary and is not scheduled itself. */
  parentId: number | null;
  /** Whole working days; 0 = milestone. */
  durationDays: number;
  /** A manual (pinned) task keeps `start`; links do not move it (it still drives its successors). */
  manual: boolean;
  /** The stored start: used for manual tasks, ignored for automatic ones. */
  start: string;
  constraint: ConstraintType;
  constraintDate: string | null;
}

export interface ScheduleLinkInput {
  predecessorId: number;
  successorId: number;
  type: LinkType;
  /** Working days; negative overlaps. */
  lagDays: number;
}

export interface ScheduleInput {
  /** Tasks without predecessors start here (the project's kickoff). */
  projectStart: string;
  calendar: CalendarSpec;
  tasks: readonly ScheduleTaskInput[];
  links: readonly ScheduleLinkInput[];
}

/** The computed schedule of one task; all dates ISO, finishes inclusive, slack in working days. */
export interface ScheduledTask {
  id: number;
  /** Scheduled dates (= early dates, except a manual task's own dates). */
  start: string;
  finish: string;
  earlyStart: string;
  earlyFinish: string;
  lateStart: string;
  lateFinish: string;
  totalSlack: number;
  freeSlack: number;
  critical: boolean;
  /** A FNLT / MFO date the links cannot meet: negative slack. */
  constraintViolated: boolean;
  isSummary: boolean;
  /** Working days from start to finish (a summary's span; a task's own duration). */
  durationDays: number;
}

export interface ScheduleResult {
  tasks: Map<number, ScheduledTask>;
  /** Latest early finish (ISO) — the project finish. */
  projectFinish: string;
}
