// Projects: list with progress, create with phases and categories, edit, archive, delete.
import type { DataSource, EntityManager } from "typeorm";
import { In, IsNull, Not } from "typeorm";
import { ChecklistCategory, Phase, Project, ProjectMembership, Task, Template } from "../../entities";
import { NotFound } from "../domain/errors";
import { BUILTIN_CHECKLIST_CATEGORIES, PHASE_KINDS } from "../domain/types";
import { formatWorkingWeek } from "../domain/calendar";
import { leafTasks, rollUpProgress } from "../domain/progress";
import type { ProjectInput } from "../forms/projects";
import { reschedule } from "./schedule-service";
import { diffFields, type Snapshot } from "../domain/diff";
import { record, recordUpdate, systemClock, type Clock } from "./activity";

/** A project's logged settings. */
const settingsOf = (p: Project): Snapshot => ({
  name: p.name,
  clientOrganisation: p.clientOrganisation,
  description: p.description,
  kickoffDate: p.kickoffDate,
  workingDays: p.workingDays,
});

export interface ProjectListRow {
  project: Project;
  progress: number;
  taskCount: number;
}

export class ProjectService {
  constructor(
    private readonly ds: DataSource,
    private readonly now: Clock = systemClock,
  ) {}

  /** Active or archived projects; `onlyIds` limits the list to the projects shared with a user. */
  async list(opts: { archived: boolean; onlyIds?: number[] }): Promise<ProjectListRow[]> {
    if (opts.onlyIds && opts.onlyIds.length === 0) return [];
    const projects = await this.ds.getRepository(Project).find({
      // Drafts of templates are edited from the template library, not listed as projects.
      where: { archivedAt: opts.archived ? Not(IsNull()) : IsNull(), draftOfTemplateId: IsNull(), ...(opts.onlyIds ? { id: In(opts.onlyIds) } : {}) },
      order: { name: "ASC" },
    });
    if (projects.length === 0) return [];
    const tasks = await this.ds
      .getRepository(Task)
      .createQueryBuilder("t")
      .select(["t.id", "t.projectId", "t.parentId", "t.durationDays", "t.progress"])
      .where("t.projectId IN (:...ids)", { ids: projects.map((p) => p.id) })
      .getMany();
    const byProject = new Map<number, Task[]>();
    for (const t of tasks) {
      const list = byProject.get(t.projectId);
      if (list) list.push(t);
      else byProject.set(t.projectId, [t]);
    }
    return projects.map((project) => {
      const own = byProject.get(project.id) ?? [];
      return { project, progress: rollUpProgress(leafTasks(own)), taskCount: own.length };
    });
  }

  /** The project or NotFound. */
  async get(id: number): Promise<Project> {
    const project = await this.ds.getRepository(Project).findOne({ where: { id } });
    if (!project) throw new NotFound("project");
    return project;
  }

  async phases(projectId: number): Promise<Phase[]> {
    return this.ds.getRepository(Phase).find({ where: { projectId }, order: { position: "ASC" } });
  }

  /** Creates the project with its three phases and the built-in checklist categories, in one transaction. */
  async create(input: ProjectInput, extra: { seedKey?: string; ownerUserId?: number } = {}): Promise<Project> {
    return this.ds.transaction(async (m) => {
      const project = await this.createIn(m, input, extra);
      await record(m, { projectId: project.id, at: this.now(), subjectType: "project", subjectId: project.id, subjectLabel: project.name, action: "created" });
      return project;
    });
  }

  async createIn(m: EntityManager, input: ProjectInput, extra: { seedKey?: string; ownerUserId?: number } = {}): Promise<Project> {
    const project = await m.getRepository(Project).save(
      m.getRepository(Project).create({
        name: input.name,
        clientOrganisation: input.clientOrganisation,
        description: input.description,
        kickoffDate: input.kickoffDate,
        workingDays: formatWorkingWeek(input.workingDays),
        archivedAt: null,
        seedKey: extra.seedKey ?? null,
      }),
    );
    await m.getRepository(Phase).save(
      PHASE_KINDS.map((kind, i) => m.getRepository(Phase).create({ projectId: project.id, kind, position: i + 1, gateNote: "" })),
    );
    await m.getRepository(ChecklistCategory).save(
      BUILTIN_CHECKLIST_CATEGORIES.map((key, i) =>
        m.getRepository(ChecklistCategory).create({ projectId: project.id, builtinKey: key, name: "", position: i + 1 }),
      ),
    );
    // The creator owns the project.
    if (extra.ownerUserId !== undefined) {
      await m.getRepository(ProjectMembership).save({ projectId: project.id, userId: extra.ownerUserId, role: "owner", memberId: null });
    }
    return project;
  }

  async update(id: number, input: ProjectInput): Promise<void> {
    await this.ds.transaction(async (m) => {
      const repo = m.getRepository(Project);
      const project = await repo.findOne({ where: { id } });
      if (!project) throw new NotFound("project");
      const before = settingsOf(project);
      project.name = input.name;
      project.clientOrganisation = input.clientOrganisation;
      project.description = input.description;
      project.kickoffDate = input.kickoffDate;
      project.workingDays = formatWorkingWeek(input.workingDays);
      await repo.save(project);
      // Kickoff and working week move every automatic task.
      await reschedule(m, id);
      await recordUpdate(m, { projectId: id, at: this.now(), subjectType: "project", subjectId: id, subjectLabel: project.name }, diffFields(before, settingsOf(project)));
    });
  }

  async setArchived(id: number, archived: boolean, now: string): Promise<void> {
    await this.ds.transaction(async (m) => {
      const project = await m.getRepository(Project).findOne({ where: { id } });
      if (!project) throw new NotFound("project");
      await m.getRepository(Project).update({ id }, { archivedAt: archived ? now : null });
      await record(m, { projectId: id, at: now, subjectType: "project", subjectId: id, subjectLabel: project.name, action: archived ? "archived" : "unarchived" });
    });
  }

  /** Deletes the project; every row that belongs to it goes with it (foreign keys cascade). */
  async delete(id: number): Promise<void> {
    await this.ds.transaction(async (m) => {
      const result = await m.getRepository(Project).delete({ id });
      if (!result.affected) throw new NotFound("project");
      // A template's draft deleted from its settings page: the template is no longer being edited.
      await m.getRepository(Template).update({ draftProjectId: id }, { draftProjectId: null });
    });
  }
}
