// Factories: build just the records a test needs, with overridable defaults.
import type { DataSource } from "typeorm";
import { ChecklistCategory, ChecklistItem, Member, Phase, Project, Task, TaskLink } from "../../entities";
import { ProjectService } from "../../server/services/project-service";
import type { ProjectInput } from "../../server/forms/projects";

export async function makeProject(ds: DataSource, over: Partial<ProjectInput> = {}): Promise<Project> {
  return new ProjectService(ds).create({
    name: "Acme CRM rollout",
    clientOrganisation: "Acme Ltd",
    description: "Sales CRM for 80 users",
    kickoffDate: "2026-03-02",
    workingDays: [1, 2, 3, 4, 5],
    ...over,
  });
}

export async function phaseOf(ds: DataSource, projectId: number, kind = "planning"): Promise<Phase> {
  return ds.getRepository(Phase).findOneOrFail({ where: { projectId, kind } });
}

export async function makeMember(ds: DataSource, projectId: number, over: Partial<Member> = {}): Promise<Member> {
  const repo = ds.getRepository(Member);
  return repo.save(repo.create({ projectId, name: "Sara Ahmadi", email: "sara@example.com", organisation: "Acme", roleTitle: "Project manager", ...over }));
}

export async function makeTask(ds: DataSource, projectId: number, over: Partial<Task> = {}): Promise<Task> {
  const phaseId = over.phaseId ?? (await phaseOf(ds, projectId)).id;
  const repo = ds.getRepository(Task);
  return repo.save(
    repo.create({
      projectId,
      phaseId,
      parentId: null,
      position: 1,
      key: null,
      name: "Define goals",
      startDate: "2026-03-02",
      durationDays: 5,
      finishDate: "2026-03-06",
      milestone: false,
      progress: 0,
      assigneeId: null,
      notes: "",
      ...over,
    }),
  );
}

export async function makeLink(ds: DataSource, projectId: number, predecessorId: number, successorId: number, over: Partial<TaskLink> = {}): Promise<TaskLink> {
  const repo = ds.getRepository(TaskLink);
  return repo.save(repo.create({ projectId, predecessorId, successorId, type: "FS", lagDays: 0, ...over }));
}

export async function categoryOf(ds: DataSource, projectId: number, builtinKey = "scope"): Promise<ChecklistCategory> {
  return ds.getRepository(ChecklistCategory).findOneOrFail({ where: { projectId, builtinKey } });
}

export async function makeChecklistItem(ds: DataSource, projectId: number, over: Partial<ChecklistItem> = {}): Promise<ChecklistItem> {
  const phaseId = over.phaseId ?? (await phaseOf(ds, projectId)).id;
  const categoryId = over.categoryId ?? (await categoryOf(ds, projectId)).id;
  const repo = ds.getRepository(ChecklistItem);
  return repo.save(
    repo.create({ projectId, phaseId, categoryId, text: "Scope statement signed", ownerId: null, dueDate: null, done: false, doneById: null, doneAt: null, note: "", position: 1, ...over }),
  );
}
