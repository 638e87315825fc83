// Plain domain vocabulary shared by the pure core: phases, link types, registers' enumerations.

export const PHASE_KINDS = ["planning", "foundation", "rollout"] as const;
export type PhaseKind = (typeof PHASE_KINDS)[number];

export const LINK_TYPES = ["FS", "SS", "FF", "SF"] as const;
export type LinkType = (typeof LINK_TYPES)[number];

export const BUILTIN_CHECKLIST_CATEGORIES = ["scope", "roles", "goals", "resources", "expectations"] as const;
export type BuiltinChecklistCategory = (typeof BUILTIN_CHECKLIST_CATEGORIES)[number];

export const RESOURCE_KINDS = ["people", "budget", "tool", "environment"] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export const MOSCOW = ["must", "should", "could", "wont"] as const;
export type Moscow = (typeof MOSCOW)[number];

export const EXPECTATION_SOURCES = ["workshop", "interview", "survey", "observation", "document", "other"] as const;
export type ExpectationSource = (typeof EXPECTATION_SOURCES)[number];

export const EXPECTATION_STATUSES = ["new", "accepted", "in_progress", "delivered", "rejected"] as const;
export type ExpectationStatus = (typeof EXPECTATION_STATUSES)[number];

export const GATE_STATES = ["not_started", "in_progress", "awaiting_signoff", "signed_off"] as const;
export type GateState = (typeof GATE_STATES)[number];

/** The roles a user account can have in a project (the permission table lives in ./permissions). */
export { PROJECT_ROLES, type ProjectRole } from "./permissions";

/** What an activity-log entry is about (server/services/activity.ts); link changes ride on their task's entry. */
export const ACTIVITY_SUBJECT_TYPES = [
  "project",
  "phase",
  "task",
  "link",
  "checklist_item",
  "category",
  "member",
  "goal",
  "resource",
  "expectation",
  "baseline",
  "calendar",
  "import",
  "access",
] as const;
export type ActivitySubjectType = (typeof ACTIVITY_SUBJECT_TYPES)[number];

/** What was done, as an activity-log entry records it. */
export const ACTIVITY_ACTIONS = [
  "created",
  "updated",
  "deleted",
  "signed_off",
  "reopened",
  "toggled_done",
  "toggled_open",
  "commented",
  "imported",
  "archived",
  "unarchived",
  "compared",
  "saved_as_template",
  "template_updated",
] as const;
export type ActivityAction = (typeof ACTIVITY_ACTIONS)[number];

/** The records comments can be written on. */
export const COMMENT_SUBJECT_TYPES = ["task", "checklist_item"] as const;
export type CommentSubjectType = (typeof COMMENT_SUBJECT_TYPES)[number];

/** A task as the pure core sees it (dates ISO, duration in working days). */
export interface TaskData {
  id: number;
  phaseId: number;
  parentId: number | null;
  position: number;
  name: string;
  startDate: string;
  durationDays: number;
  finishDate: string;
  milestone: boolean;
  progress: number;
}

export interface LinkData {
  id?: number;
  predecessorId: number;
  successorId: number;
  type: LinkType;
  lagDays: number;
}

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (list as readonly string[]).includes(value);
}
