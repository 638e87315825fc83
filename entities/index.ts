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

export { Project, Phase, Member, ChecklistCategory, ChecklistItem, Task, TaskLink, Goal, Resource, Expectation, CalendarException, Baseline, BaselineTask };

export const entities = [Project, Phase, Member, ChecklistCategory, ChecklistItem, Task, TaskLink, Goal, Resource, Expectation, CalendarException, Baseline, BaselineTask];
