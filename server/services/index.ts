// Builds every service over one DataSource.
import type { DataSource } from "typeorm";
import { UserService } from "./user-service";
import { ProjectService } from "./project-service";
import { PhaseService } from "./phase-service";
import { ChecklistService } from "./checklist-service";
import { TaskService } from "./task-service";
import { MemberService } from "./member-service";
import { GoalService } from "./goal-service";
import { ResourceService } from "./resource-service";
import { ExpectationService } from "./expectation-service";
import { OverviewService } from "./overview-service";
import { ImportService } from "./import-service";
import { TemplateProjectService } from "./template-project-service";
import { TemplateService } from "./template-service";
import { GanttService } from "./gantt-service";
import { BaselineService } from "./baseline-service";
import { CalendarService } from "./calendar-service";
import { ScheduleExportService } from "./schedule-export-service";
import { DashboardService } from "./dashboard-service";
import { ShareLinkService } from "./share-link-service";
import { CommentService } from "./comment-service";
import { ActivityService } from "./activity-service";
import { CrmWorkspaceService } from "./crm-workspace";
import "./crm-registers";
import { systemClock, type Clock } from "./activity";

/** `now` is the clock every write command stamps its activity-log entry with. */
export function createServices(ds: DataSource, now: Clock = systemClock) {
  return {
    users: new UserService(ds),
    projects: new ProjectService(ds, now),
    phases: new PhaseService(ds, now),
    checklists: new ChecklistService(ds, now),
    tasks: new TaskService(ds, now),
    members: new MemberService(ds, now),
    goals: new GoalService(ds, now),
    resources: new ResourceService(ds, now),
    expectations: new ExpectationService(ds, now),
    overview: new OverviewService(ds),
    imports: new ImportService(ds, now),
    templateProjects: new TemplateProjectService(ds, now),
    templates: new TemplateService(ds, now),
    gantt: new GanttService(ds),
    baselines: new BaselineService(ds, now),
    calendar: new CalendarService(ds, now),
    scheduleExport: new ScheduleExportService(ds),
    dashboard: new DashboardService(ds),
    shareLinks: new ShareLinkService(ds),
    comments: new CommentService(ds, now),
    activity: new ActivityService(ds),
    crmWorkspace: new CrmWorkspaceService(ds),
  };
}

export type Services = ReturnType<typeof createServices>;
