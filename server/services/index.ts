// Builds every service over one DataSource.
import type { DataSource } from "typeorm";
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
import { GanttService } from "./gantt-service";
import { BaselineService } from "./baseline-service";
import { CalendarService } from "./calendar-service";
import { ScheduleExportService } from "./schedule-export-service";

export function createServices(ds: DataSource) {
  return {
    projects: new ProjectService(ds),
    phases: new PhaseService(ds),
    checklists: new ChecklistService(ds),
    tasks: new TaskService(ds),
    members: new MemberService(ds),
    goals: new GoalService(ds),
    resources: new ResourceService(ds),
    expectations: new ExpectationService(ds),
    overview: new OverviewService(ds),
    imports: new ImportService(ds),
    gantt: new GanttService(ds),
    baselines: new BaselineService(ds),
    calendar: new CalendarService(ds),
    scheduleExport: new ScheduleExportService(ds),
  };
}

export type Services = ReturnType<typeof createServices>;
