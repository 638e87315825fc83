// Mounts every router: the one file that lists all URLs.
import type { Express } from "express";
import type { Services } from "../services";
import { authRoutes } from "./auth";
import { adminRoutes } from "./admin";
import { projectRoutes, projectSettingsRoutes } from "./projects";
import { importRoutes } from "./import";
import { fromTemplateRoutes } from "./from-template";
import { templateRoutes } from "./templates";
import { templateUpdateRoutes } from "./template-updates";
import { crmRoutes } from "./crm";
// CRM register routers (keep one import each):
import { projectContext } from "./project-context";
import { overviewRoutes } from "./overview";
import { phaseRoutes } from "./phases";
import { checklistRoutes } from "./checklists";
import { taskRoutes } from "./tasks";
import { memberRoutes } from "./members";
import { goalRoutes } from "./goals";
import { resourceRoutes } from "./resources";
import { expectationRoutes } from "./expectations";
import { ganttRoutes } from "./gantt";
import { baselineRoutes } from "./baselines";
import { calendarRoutes } from "./calendar";
import { scheduleExportRoutes } from "./schedule-export";
import { activityRoutes } from "./activity";
import { commentRoutes } from "./comments";
import { dashboardRoutes } from "./dashboard";
import { shareRoutes } from "./share";
import { publicShareRoutes } from "./public-share";
import { accessRoutes } from "./access";

export interface RouteDeps {
  services: Services;
  today: () => string;
  /** The current instant as an ISO timestamp (injected for tests). */
  now: () => string;
}

export function mountRoutes(app: Express, deps: RouteDeps): void {
  app.use(authRoutes(deps));
  app.use("/admin/users", adminRoutes(deps));
  app.get("/", (_req, res) => res.redirect(302, "/projects"));
  app.get("/health", (_req, res) => {
    res.json({ ok: true });
  });
  // /projects and /projects/new; settings, archive and delete live under the project.
  app.use("/projects/import", importRoutes(deps));
  app.use("/projects/from-template", fromTemplateRoutes(deps));
  app.use("/templates", templateRoutes(deps));
  app.use("/projects", projectRoutes(deps));
  // Everything below /projects/:projectId has the project loaded by projectContext.
  const scoped = `/projects/:projectId`;
  app.use(scoped, projectContext(deps));
  app.use(scoped, overviewRoutes(deps));
  app.use(scoped, dashboardRoutes(deps));
  app.use(scoped, projectSettingsRoutes(deps));
  app.use(`${scoped}/phases`, phaseRoutes(deps));
  app.use(`${scoped}/checklist`, checklistRoutes(deps));
  app.use(`${scoped}/tasks`, taskRoutes(deps));
  app.use(`${scoped}/people`, memberRoutes(deps));
  app.use(`${scoped}/goals`, goalRoutes(deps));
  app.use(`${scoped}/resources`, resourceRoutes(deps));
  app.use(`${scoped}/expectations`, expectationRoutes(deps));
  app.use(`${scoped}/gantt`, ganttRoutes(deps));
  app.use(`${scoped}/baselines`, baselineRoutes(deps));
  app.use(`${scoped}/calendar`, calendarRoutes(deps));
  app.use(`${scoped}/activity`, activityRoutes(deps));
  app.use(scoped, commentRoutes(deps));
  app.use(scoped, scheduleExportRoutes(deps));
  app.use(`${scoped}/share`, shareRoutes(deps));
  app.use(`${scoped}/access`, accessRoutes(deps));
  app.use(`${scoped}/template-update`, templateUpdateRoutes(deps));
  // The CRM workspace: the hub, then one router per register (below /crm/<register>).
  app.use(`${scoped}/crm`, crmRoutes(deps));
  // CRM registers (keep one line each):
  // Public, read-only share links: no project context, no account.
  app.use("/s", publicShareRoutes(deps));
}
