// Which permission each project route needs: the one table the permission middleware and the
// route × role test both read. Paths are relative to /projects/:projectId; ":x" matches one segment.
import type { Permission } from "./permissions";

export interface RouteRule {
  method: "GET" | "POST";
  path: string;
  permission: Permission;
  /** For plan.editAssigned: the record whose assignee decides ("task" or "checklist item"). */
  assigned?: "task" | "checklistItem";
}

const REGISTERS = ["people", "goals", "resources", "expectations"];

const rules: RouteRule[] = [
  { method: "GET", path: "", permission: "project.view" },
  { method: "GET", path: "/dashboard", permission: "project.view" },
  { method: "GET", path: "/status-report", permission: "project.view" },
  { method: "GET", path: "/gantt", permission: "project.view" },
  { method: "GET", path: "/tasks", permission: "project.view" },
  { method: "GET", path: "/schedule.json", permission: "project.view" },
  { method: "GET", path: "/schedule.csv", permission: "project.view" },
  { method: "GET", path: "/phases/:kind", permission: "project.view" },
  { method: "GET", path: "/baselines", permission: "project.view" },
  { method: "GET", path: "/calendar", permission: "project.view" },
  { method: "GET", path: "/activity", permission: "project.viewInternal" },
  { method: "GET", path: "/settings", permission: "project.edit" },
  { method: "GET", path: "/template-update", permission: "plan.edit" },
  { method: "POST", path: "/template-update", permission: "plan.edit" },
  { method: "POST", path: "/settings", permission: "project.edit" },
  { method: "POST", path: "/archive", permission: "project.edit" },
  { method: "POST", path: "/unarchive", permission: "project.edit" },
  { method: "GET", path: "/delete", permission: "project.delete" },
  { method: "POST", path: "/delete", permission: "project.delete" },
  { method: "GET", path: "/access", permission: "project.manageMembers" },
  { method: "POST", path: "/access", permission: "project.manageMembers" },
  { method: "POST", path: "/access/:membershipId", permission: "project.manageMembers" },
  { method: "POST", path: "/access/:membershipId/delete", permission: "project.manageMembers" },
  { method: "POST", path: "/phases/:kind/checklist", permission: "plan.edit" },
  { method: "POST", path: "/phases/:kind/categories", permission: "plan.edit" },
  { method: "POST", path: "/phases/:kind/gate", permission: "gate.signOff" },
  { method: "POST", path: "/phases/:kind/gate/reopen", permission: "gate.signOff" },
  { method: "POST", path: "/checklist/categories/:categoryId/delete", permission: "plan.edit" },
  { method: "GET", path: "/checklist/:itemId/edit", permission: "plan.editAssigned", assigned: "checklistItem" },
  { method: "POST", path: "/checklist/:itemId", permission: "plan.editAssigned", assigned: "checklistItem" },
  { method: "POST", path: "/checklist/:itemId/toggle", permission: "plan.editAssigned", assigned: "checklistItem" },
  { method: "GET", path: "/checklist/:itemId/delete", permission: "plan.edit" },
  { method: "POST", path: "/checklist/:itemId/delete", permission: "plan.edit" },
  { method: "POST", path: "/checklist/:itemId/comments", permission: "comment.add" },
  { method: "GET", path: "/tasks/new", permission: "plan.edit" },
  { method: "POST", path: "/tasks", permission: "plan.edit" },
  { method: "GET", path: "/tasks/:taskId/edit", permission: "plan.editAssigned", assigned: "task" },
  { method: "POST", path: "/tasks/:taskId", permission: "plan.editAssigned", assigned: "task" },
  { method: "GET", path: "/tasks/:taskId/delete", permission: "plan.edit" },
  { method: "POST", path: "/tasks/:taskId/delete", permission: "plan.edit" },
  { method: "POST", path: "/tasks/:taskId/comments", permission: "comment.add" },
  ...REGISTERS.flatMap((r): RouteRule[] => [
    { method: "GET", path: `/${r}`, permission: "project.view" },
    { method: "GET", path: `/${r}/new`, permission: "plan.edit" },
    { method: "POST", path: `/${r}`, permission: "plan.edit" },
    { method: "GET", path: `/${r}/:id/edit`, permission: "plan.edit" },
    { method: "POST", path: `/${r}/:id/edit`, permission: "plan.edit" },
    { method: "GET", path: `/${r}/:id/delete`, permission: "plan.edit" },
    { method: "POST", path: `/${r}/:id/delete`, permission: "plan.edit" },
  ]),
  { method: "POST", path: "/baselines", permission: "project.edit" },
  { method: "POST", path: "/baselines/:baselineId/compare", permission: "project.edit" },
  { method: "GET", path: "/baselines/:baselineId/delete", permission: "project.edit" },
  { method: "POST", path: "/baselines/:baselineId/delete", permission: "project.edit" },
  { method: "POST", path: "/calendar", permission: "project.edit" },
  { method: "POST", path: "/calendar/:exceptionId/delete", permission: "project.edit" },
  { method: "GET", path: "/calendar/holidays", permission: "project.edit" },
  // CRM workspace: the hub, then each register's rules (keep one block per register).
  { method: "GET", path: "/crm", permission: "project.view" },
  { method: "POST", path: "/calendar/holidays", permission: "project.edit" },
  { method: "GET", path: "/share", permission: "share.manage" },
  { method: "POST", path: "/share", permission: "share.manage" },
  { method: "GET", path: "/share/:linkId/revoke", permission: "share.manage" },
  { method: "POST", path: "/share/:linkId/revoke", permission: "share.manage" },
];

export const PROJECT_ROUTES: readonly RouteRule[] = rules;

function matches(pattern: string, path: string): boolean {
  const a = pattern.split("/");
  const b = path.split("/");
  if (a.length !== b.length) return false;
  return a.every((seg, i) => seg.startsWith(":") || seg === b[i]);
}

/**
 * The rule for a request path under a project, literal segments winning over parameters (so
 * "/tasks/new" is not read as "/tasks/:taskId"). Unknown GETs need project.view (they end in a 404);
 * unknown POSTs match nothing and are refused by the caller.
 */
export function ruleFor(method: string, relativePath: string): RouteRule | null {
  const path = relativePath.replace(/\/+$/, "");
  const candidates = rules.filter((r) => r.method === method && matches(r.path, path));
  if (candidates.length === 0) return method === "GET" ? { method: "GET", path, permission: "project.view" } : null;
  const literal = (r: RouteRule) => r.path.split("/").filter((s) => s && !s.startsWith(":")).length;
  return candidates.sort((x, y) => literal(y) - literal(x))[0];
}
