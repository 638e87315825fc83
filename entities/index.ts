// Every entity, in one list for the DataSource.
import { Project } from "./project";
import { Phase } from "./phase";
import { Member } from "./member";
import { ChecklistCategory } from "./checklist-category";
import { ChecklistItem } from "./checklist-item";
import { Task } from "./task";
import { TaskLink } from "./task-link";
import { Goal } from "./goal";
import { Resource } from "./resource";
import { Expectation } from "./expectation";
import { CalendarException } from "./calendar-exception";
import { Baseline } from "./baseline";
import { BaselineTask } from "./baseline-task";
import { ShareLink } from "./share-link";
import { ProgressSnapshot } from "./progress-snapshot";
import { ActivityEntry } from "./activity-entry";
import { Comment } from "./comment";
import { User } from "./user";
import { ProjectMembership } from "./project-membership";
import { Session } from "./session";
import { AppSetting } from "./app-setting";
import { LoginThrottle } from "./login-throttle";
import { Template } from "./template";
// CRM workspace register entities (one import each):

export {
  Project,
  Phase,
  Member,
  ChecklistCategory,
  ChecklistItem,
  Task,
  TaskLink,
  Goal,
  Resource,
  Expectation,
  CalendarException,
  Baseline,
  BaselineTask,
  ActivityEntry,
  Comment,
  ShareLink,
  ProgressSnapshot,
  User,
  ProjectMembership,
  Session,
  AppSetting,
  LoginThrottle,
  Template,
  // CRM workspace registers (one line each):
};

export const entities = [
  Project,
  Phase,
  Member,
  ChecklistCategory,
  ChecklistItem,
  Task,
  TaskLink,
  Goal,
  Resource,
  Expectation,
  CalendarException,
  Baseline,
  BaselineTask,
  ActivityEntry,
  Comment,
  ShareLink,
  ProgressSnapshot,
  User,
  ProjectMembership,
  Session,
  AppSetting,
  LoginThrottle,
  Template,
  // CRM workspace registers (one line each):
];
