// Who may do what: the one permission table every route will consult once accounts exist
// (docs/SECURITY.md). Pure: roles and permissions in, a yes/no out.

export const PROJECT_ROLES = ["owner", "manager", "member", "stakeholder", "consultant"] as const;
export type ProjectRole = (typeof PROJECT_ROLES)[number];

export const PERMISSIONS = [
  "project.view", // overview, phases, tasks, Gantt, dashboard, registers, status report
  "project.viewInternal", // notes, comments, activity log
  "project.edit", // settings, archive, calendar, baselines
  "project.delete",
  "project.manageMembers", // project roles of user accounts
  "plan.edit", // tasks, links, checklists, categories, people, goals, resources, expectations
  "plan.editAssigned", // progress, done and notes of the tasks and checklist items assigned to oneself
  "gate.signOff",
  "comment.add",
  "share.manage",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** The table. A member edits only what is assigned to them; a stakeholder only reads. */
const TABLE: Record<ProjectRole, readonly Permission[]> = {
  owner: PERMISSIONS,
  manager: PERMISSIONS.filter((p) => p !== "project.delete"),
  consultant: ["project.view", "project.viewInternal", "plan.edit", "plan.editAssigned", "comment.add"],
  member: ["project.view", "project.viewInternal", "plan.editAssigned", "comment.add"],
  stakeholder: ["project.view"],
};

export interface Actor {
  /** Administrators manage users and may do everything in every project. */
  isAdmin: boolean;
  /** The actor's role in the project at hand; null when not a member of it. */
  role: ProjectRole | null;
}

/**
 * True when the actor may use the permission in the project. `assigned` says whether the record being
 * changed is assigned to the actor (for plan.editAssigned); plan.edit implies plan.editAssigned.
 */
export function can(actor: Actor | null, permission: Permission, opts: { assigned?: boolean } = {}): boolean {
  if (!actor) return false;
  if (actor.isAdmin) return true;
  if (!actor.role) return false;
  const granted = TABLE[actor.role];
  if (permission === "plan.editAssigned") {
    return granted.includes("plan.edit") || (granted.includes("plan.editAssigned") && opts.assigned === true);
  }
  return granted.includes(permission);
}

/** The permissions of a role, for the documentation table and the route × role test. */
export function permissionsOf(role: ProjectRole): readonly Permission[] {
  return TABLE[role];
}

/** Template library management (import, clone, edit, delete, save a project as a template): consultants and administrators. */
export function mayManageTemplates(user: { isAdmin: boolean; isConsultant: boolean } | null | undefined): boolean {
  return user?.isAdmin === true || user?.isConsultant === true;
}
