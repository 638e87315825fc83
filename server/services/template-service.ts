// The template library: built-in templates seeded by key, custom templates imported from files, cloned,
// saved from projects, edited in a draft project and published as a new version; and what a newer
// version of a project's template adds. Every multi-row write runs in one transaction.
import type { DataSource, EntityManager } from "typeorm";
import {
  CalendarException,
  ChecklistCategory,
  ChecklistItem,
  Goal,
  Member,
  Phase,
  Project,
  Resource,
  Task,
  TaskLink,
  Template,
} from "../../entities";
import { DomainError, NotFound } from "../domain/errors";
import {
  parseTemplate,
  serializeTemplate,
  templateCategory,
  validateTemplate,
  type ProjectTemplate,
  type TemplateKind,
  type TemplateLanguage,
  type TemplateProblem,
} from "../domain/template-format";
import { projectToTemplate, type ProjectSnapshot } from "../domain/template-extraction";
import { checklistIdentity, freeKey, templateAdditions, templateStats, withMissingParents, type TemplateAdditions } from "../domain/template-library";
import { parseWorkingWeek } from "../domain/calendar";
import { PHASE_KINDS, isOneOf, type PhaseKind } from "../domain/types";
import { WorkCalendar } from "../domain/work-calendar";
import { TemplateProjectService } from "./template-project-service";
import { reschedule } from "./schedule-service";
import { record, systemClock, type Clock } from "./activity";

export interface TemplateFilter {
  q?: string;
  language?: string;
  kind?: string;
}

export interface TemplateRow {
  id: number;
  key: string;
  language: TemplateLanguage;
  name: string;
  kind: TemplateKind;
  version: number;
  description: string;
  builtIn: boolean;
  taskCount: number;
  durationDays: number;
  draftProjectId: number | null;
  updatedAt: Date;
}

export interface LoadedTemplate extends TemplateRow {
  template: ProjectTemplate;
  /** The canonical file text. */
  document: string;
}

export type ImportOutcome =
  | { ok: true; status: "created" | "updated" | "unchanged"; template: TemplateRow }
  | { ok: false; problems: TemplateProblem[] };

export interface SaveFromProjectInput {
  key: string;
  name: string;
  language: TemplateLanguage;
  kind: TemplateKind;
  description: string;
  include: { checklists: boolean; goals: boolean; resources: boolean };
}

/** A project's template and what its current version adds (null when nothing newer). */
export interface TemplateUpdate {
  template: LoadedTemplate;
  projectVersion: number;
  additions: TemplateAdditions;
}

const rowOf = (t: Template): TemplateRow => ({
  id: t.id,
  key: t.key,
  language: t.language as TemplateLanguage,
  name: t.name,
  kind: t.kind as TemplateKind,
  version: t.version,
  description: t.description,
  builtIn: t.builtIn,
  taskCount: t.taskCount,
  durationDays: t.durationDays,
  draftProjectId: t.draftProjectId,
  updatedAt: t.updatedAt,
});

/** The fields a template row stores besides its document. */
function columnsOf(t: ProjectTemplate) {
  const stats = templateStats(t);
  return {
    key: t.key,
    language: t.language,
    name: t.name,
    kind: t.kind,
    version: t.version,
    description: t.description,
    document: serializeTemplate(t),
    taskCount: stats.taskCount,
    durationDays: stats.durationDays,
  };
}

export class TemplateService {
  constructor(
    private readonly ds: DataSource,
    private readonly now: Clock = systemClock,
  ) {}

  /** Built-ins by stable key and language: inserted when missing, replaced when the code's copy differs and is not older. */
  async seedBuiltIns(templates: readonly ProjectTemplate[]): Promise<{ created: number; updated: number }> {
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(Template);
      let created = 0;
      let updated = 0;
      for (const t of templates) {
        const existing = await repo.findOne({ where: { key: t.key, language: t.language } });
        const columns = columnsOf(t);
        if (!existing) {
          await repo.save(repo.create({ ...columns, builtIn: true, draftProjectId: null, updatedById: null }));
          created++;
        } else if (existing.document !== columns.document && t.version >= existing.version) {
          await repo.update({ id: existing.id }, { ...columns, builtIn: true });
          updated++;
        }
      }
      return { created, updated };
    });
  }

  async list(filter: TemplateFilter = {}): Promise<TemplateRow[]> {
    const rows = await this.ds.getRepository(Template).find({ order: { builtIn: "DESC", name: "ASC", language: "ASC" } });
    const q = (filter.q ?? "").trim().toLocaleLowerCase();
    return rows
      .filter((r) => !filter.language || r.language === filter.language)
      .filter((r) => !filter.kind || r.kind === filter.kind)
      .filter((r) => !q || `${r.name}\n${r.description}\n${r.key}`.toLocaleLowerCase().includes(q))
      .map(rowOf);
  }

  async get(id: number): Promise<LoadedTemplate> {
    const row = await this.ds.getRepository(Template).findOne({ where: { id } });
    if (!row) throw new NotFound("template");
    return this.load(row);
  }

  async findByKey(key: string, language: string): Promise<LoadedTemplate | null> {
    const row = await this.ds.getRepository(Template).findOne({ where: { key, language } });
    return row ? this.load(row) : null;
  }

  private load(row: Template): LoadedTemplate {
    const parsed = parseTemplate(row.document);
    if (!parsed.ok) throw new Error(`Stored template ${row.id} does not validate`);
    return { ...rowOf(row), template: parsed.template, document: row.document };
  }

  /**
   * Imports a template file. Every problem is reported with its path and nothing is written when any is
   * found. A new key (per language) is added; a known custom one is replaced only by a higher version;
   * built-in keys cannot be overwritten.
   */
  async importFile(text: string, userId: number | null): Promise<ImportOutcome> {
    const parsed = parseTemplate(text.replace(/^\uFEFF/, ""));
    if (!parsed.ok) return parsed;
    const t = parsed.template;
    return this.ds.transaction(async (m): Promise<ImportOutcome> => {
      const repo = m.getRepository(Template);
      const existing = await repo.findOne({ where: { key: t.key, language: t.language } });
      const columns = columnsOf(t);
      const conflict = (key: string, params: Record<string, string | number>): ImportOutcome => ({ ok: false, problems: [{ path: "key", key, params }] });
      if (!existing) {
        const saved = await repo.save(repo.create({ ...columns, builtIn: false, draftProjectId: null, updatedById: userId }));
        return { ok: true, status: "created", template: rowOf(saved) };
      }
      if (existing.document === columns.document) return { ok: true, status: "unchanged", template: rowOf(existing) };
      if (existing.builtIn) return conflict("templates.errors.builtInKey", { key: t.key });
      if (t.version <= existing.version) return conflict("templates.errors.notNewer", { key: t.key, installed: existing.version, version: t.version });
      if (existing.draftProjectId !== null) return conflict("templates.errors.draftOpen", { key: t.key });
      Object.assign(existing, columns, { updatedById: userId });
      return { ok: true, status: "updated", template: rowOf(await repo.save(existing)) };
    });
  }

  /** A custom copy of any template (version 1, a free key), to edit. */
  async clone(id: number, name: string, userId: number | null): Promise<TemplateRow> {
    const source = await this.get(id);
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(Template);
      const taken = new Set((await repo.find({ where: { language: source.language }, select: { key: true } })).map((r) => r.key));
      const template: ProjectTemplate = { ...source.template, key: freeKey(`${source.key}-copy`, taken), name: name.slice(0, 200), kind: source.template.kind, version: 1 };
      return rowOf(await repo.save(repo.create({ ...columnsOf(template), builtIn: false, draftProjectId: null, updatedById: userId })));
    });
  }

  /** Deletes a custom template and its draft project. */
  async delete(id: number): Promise<void> {
    await this.ds.transaction(async (m) => {
      const row = await m.getRepository(Template).findOne({ where: { id } });
      if (!row) throw new NotFound("template");
      if (row.builtIn) throw new DomainError("templates.errors.builtInReadOnly");
      if (row.draftProjectId !== null) await m.getRepository(Project).delete({ id: row.draftProjectId });
      await m.getRepository(Template).delete({ id });
    });
  }

  /**
   * Opens the template for editing: a draft project laid out from `today`, edited with the project forms,
   * published back as the next version. Returns the draft's id (the existing one if a draft is open).
   */
  async openDraft(id: number, today: string, userId: number): Promise<number> {
    const source = await this.get(id);
    if (source.builtIn) throw new DomainError("templates.errors.builtInReadOnly");
    if (source.draftProjectId !== null && (await this.ds.getRepository(Project).exists({ where: { id: source.draftProjectId } }))) {
      return source.draftProjectId;
    }
    const { projectId } = await new TemplateProjectService(this.ds, this.now).create(
      { template: source.template, name: source.name, clientOrganisation: "", anchor: "kickoff", date: today, holidays: [], draftOfTemplateId: id },
      userId,
    );
    await this.ds.getRepository(Template).update({ id }, { draftProjectId: projectId });
    return projectId;
  }

  /** Writes the draft back as the next version of its template (name and description from the draft's settings) and closes the draft. */
  async publishDraft(id: number, userId: number): Promise<TemplateRow> {
    const source = await this.get(id);
    if (source.draftProjectId === null) throw new NotFound("draft");
    const draftId = source.draftProjectId;
    return this.ds.transaction(async (m) => {
      const project = await m.getRepository(Project).findOne({ where: { id: draftId } });
      if (!project) throw new NotFound("draft");
      const extracted = projectToTemplate(await snapshotOf(m, draftId), {
        key: source.key,
        name: project.name,
        language: source.language,
        kind: source.kind,
        version: source.version + 1,
        description: project.description,
        include: { checklists: true, goals: true, resources: true },
        roleKeys: new Map(source.template.roles.map((r) => [r.title, r.key])),
        goLiveTaskKey: source.template.goLiveTaskKey,
      });
      const checked = checkedTemplate(withWeekOrderOf(extracted, source.template));
      await m.getRepository(Project).delete({ id: draftId });
      await m.getRepository(Template).update({ id }, { ...columnsOf(checked), draftProjectId: null, updatedById: userId });
      return rowOf(await m.getRepository(Template).findOneOrFail({ where: { id } }));
    });
  }

  async discardDraft(id: number): Promise<void> {
    const source = await this.get(id);
    await this.ds.transaction(async (m) => {
      if (source.draftProjectId !== null) await m.getRepository(Project).delete({ id: source.draftProjectId });
      await m.getRepository(Template).update({ id }, { draftProjectId: null });
    });
  }

  /** The template a draft project edits, if it is one. */
  async draftOwner(projectId: number): Promise<TemplateRow | null> {
    const row = await this.ds.getRepository(Template).findOne({ where: { draftProjectId: projectId } });
    return row ? rowOf(row) : null;
  }

  /** Saves a project as a new custom template (version 1): dates become offsets, people roles; actuals are dropped. */
  async saveFromProject(projectId: number, input: SaveFromProjectInput, userId: number | null): Promise<TemplateRow> {
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(Template);
      if (await repo.exists({ where: { key: input.key, language: input.language } })) {
        throw new DomainError("templates.errors.keyTaken", { key: input.key }, "key");
      }
      const project = await m.getRepository(Project).findOne({ where: { id: projectId } });
      if (!project) throw new NotFound("project");
      const origin = project.templateKey && project.templateLanguage ? await repo.findOne({ where: { key: project.templateKey, language: project.templateLanguage } }) : null;
      const originTemplate = origin ? this.load(origin).template : null;
      const extracted = projectToTemplate(await snapshotOf(m, projectId), {
          key: input.key,
          name: input.name,
          language: input.language,
          kind: input.kind,
          version: 1,
          description: input.description,
          include: input.include,
          roleKeys: originTemplate ? new Map(originTemplate.roles.map((r) => [r.title, r.key])) : undefined,
          goLiveTaskKey: originTemplate?.goLiveTaskKey,
        });
      const template = checkedTemplate(originTemplate ? withWeekOrderOf(extracted, originTemplate) : extracted);
      const saved = await repo.save(repo.create({ ...columnsOf(template), builtIn: false, draftProjectId: null, updatedById: userId }));
      await record(m, { projectId, at: this.now(), subjectType: "project", subjectId: projectId, subjectLabel: project.name, action: "saved_as_template", changes: [{ field: "template", from: null, to: `${template.name} (${template.key})` }] });
      return rowOf(saved);
    });
  }

  /** What the current version of the project's template adds, when it is newer than the project's. */
  async updateFor(project: Project): Promise<TemplateUpdate | null> {
    if (!project.templateKey || !project.templateLanguage || project.templateVersion === null) return null;
    const source = await this.findByKey(project.templateKey, project.templateLanguage);
    if (!source || source.version <= project.templateVersion) return null;
    const additions = templateAdditions(source.template, await contentsOf(this.ds.manager, project.id));
    return { template: source, projectVersion: project.templateVersion, additions };
  }

  /**
   * Adds the chosen tasks (with any WBS parents they need, and their links to tasks the project has) and
   * checklist items of the template's current version, then records that the project has seen it.
   */
  async applyUpdate(projectId: number, chosen: { tasks: string[]; checklist: string[] }): Promise<{ tasks: number; checklist: number }> {
    return this.ds.transaction(async (m) => {
      const project = await m.getRepository(Project).findOne({ where: { id: projectId } });
      if (!project) throw new NotFound("project");
      const source = project.templateKey && project.templateLanguage ? await m.getRepository(Template).findOne({ where: { key: project.templateKey, language: project.templateLanguage } }) : null;
      if (!source || project.templateVersion === null) throw new NotFound("template");
      const template = this.load(source).template;
      const contents = await contentsOf(m, projectId);
      const additions = templateAdditions(template, contents);
      const offeredTasks = new Set(additions.tasks.map((a) => a.task.key));
      const offeredItems = new Map(additions.checklist.map((a) => [a.id, a]));
      const tasks = withMissingParents(template, new Set(chosen.tasks.filter((k) => offeredTasks.has(k))), contents.taskKeys);
      const items = [...new Set(chosen.checklist)].flatMap((id) => (offeredItems.has(id) ? [offeredItems.get(id)!] : []));

      const phases = new Map((await m.getRepository(Phase).find({ where: { projectId } })).map((p) => [p.kind, p.id]));
      const members = await m.getRepository(Member).find({ where: { projectId } });
      const memberOfRole = (roleKey: string | undefined): number | null => {
        const title = template.roles.find((r) => r.key === roleKey)?.title;
        return title === undefined ? null : (members.find((x) => x.roleTitle === title)?.id ?? null);
      };

      // Tasks: parents first (template order puts a summary before its children); appended to their group.
      const taskRepo = m.getRepository(Task);
      const existing = await taskRepo.find({ where: { projectId }, select: { id: true, key: true, parentId: true, phaseId: true, position: true } });
      const idOf = new Map(existing.filter((x) => x.key !== null).map((x) => [x.key!, x.id]));
      const lastPosition = new Map<string, number>();
      for (const x of existing) {
        const group = `${x.phaseId}/${x.parentId ?? ""}`;
        lastPosition.set(group, Math.max(lastPosition.get(group) ?? 0, x.position));
      }
      for (const task of tasks) {
        const phaseId = phases.get(task.phase)!;
        const parentId = task.parent === undefined ? null : (idOf.get(task.parent) ?? null);
        const group = `${phaseId}/${parentId ?? ""}`;
        const position = (lastPosition.get(group) ?? 0) + 1;
        lastPosition.set(group, position);
        const saved = await taskRepo.save(
          taskRepo.create({
            projectId,
            phaseId,
            parentId,
            position,
            key: task.key,
            name: task.name,
            startDate: project.kickoffDate,
            durationDays: task.milestone ? 0 : task.durationDays,
            finishDate: project.kickoffDate,
            milestone: task.milestone === true || task.durationDays === 0,
            progress: 0,
            assigneeId: memberOfRole(task.assigneeRole),
            notes: task.notes ?? "",
            manual: false,
            constraintType: "ASAP",
            constraintDate: null,
            importUid: null,
          }),
        );
        idOf.set(task.key, saved.id);
      }
      // Links of the added tasks, to and from tasks the project now has.
      const added = new Set(tasks.map((x) => x.key));
      const links = template.tasks.flatMap((succ) =>
        (succ.predecessors ?? [])
          .filter((p) => (added.has(succ.key) || added.has(p.task)) && idOf.has(p.task) && idOf.has(succ.key))
          .map((p) => ({ projectId, predecessorId: idOf.get(p.task)!, successorId: idOf.get(succ.key)!, type: p.type, lagDays: p.lagDays })),
      );
      if (links.length > 0) await m.getRepository(TaskLink).insert(links);

      // Checklist items, due on the offset from their phase's current start.
      if (items.length > 0) {
        const categories = await m.getRepository(ChecklistCategory).find({ where: { projectId } });
        const calendar = await calendarOf(m, project);
        const phaseStart = await phaseStarts(m, projectId, project.kickoffDate);
        for (const a of items) {
          const c = templateCategory(a.item.category);
          let category = "builtin" in c ? categories.find((x) => x.builtinKey === c.builtin) : categories.find((x) => x.builtinKey === null && x.name === c.custom);
          if (!category && "custom" in c) {
            category = await m.getRepository(ChecklistCategory).save(
              m.getRepository(ChecklistCategory).create({ projectId, builtinKey: null, name: c.custom.slice(0, 100), position: categories.length + 1 }),
            );
            categories.push(category);
          }
          const phaseId = phases.get(a.phase)!;
          const position = ((await m.getRepository(ChecklistItem).maximum("position", { projectId, phaseId, categoryId: category!.id })) ?? 0) + 1;
          const start = phaseStart.get(a.phase) ?? project.kickoffDate;
          await m.getRepository(ChecklistItem).insert({
            projectId,
            phaseId,
            categoryId: category!.id,
            text: a.item.text,
            ownerId: memberOfRole(a.item.ownerRole),
            dueDate: a.item.dueOffsetDays === undefined ? null : calendar.dateOf(calendar.indexOf(start) + a.item.dueOffsetDays),
            done: false,
            doneById: null,
            doneAt: null,
            note: a.item.note ?? "",
            position,
          });
        }
      }

      await m.getRepository(Project).update({ id: projectId }, { templateVersion: source.version });
      await reschedule(m, projectId);
      await record(m, {
        projectId,
        at: this.now(),
        subjectType: "project",
        subjectId: projectId,
        subjectLabel: project.name,
        action: "template_updated",
        changes: [
          { field: "templateVersion", from: project.templateVersion, to: source.version },
          { field: "addedTasks", from: null, to: tasks.length },
          { field: "addedChecklistItems", from: null, to: items.length },
        ],
      });
      return { tasks: tasks.length, checklist: items.length };
    });
  }
}

/** Projects store the working week sorted; keep the source template's order ([6,7,1,2,3]: Saturday first) when the days are the same. */
function withWeekOrderOf(t: ProjectTemplate, source: ProjectTemplate): ProjectTemplate {
  const same = t.workingWeek.length === source.workingWeek.length && source.workingWeek.every((d) => t.workingWeek.includes(d));
  return same ? { ...t, workingWeek: [...source.workingWeek] } : t;
}

/** Validates a template built from a project (a defect if it does not validate: the extraction must produce valid templates). */
function checkedTemplate(t: ProjectTemplate): ProjectTemplate {
  const v = validateTemplate(JSON.parse(serializeTemplate(t)));
  if (!v.ok) throw new DomainError("templates.errors.invalidProject", { problem: `${v.problems[0].path}: ${v.problems[0].key}` });
  return v.template;
}

async function contentsOf(m: EntityManager, projectId: number) {
  const tasks = await m.getRepository(Task).find({ where: { projectId }, select: { id: true, key: true } });
  const phases = new Map((await m.getRepository(Phase).find({ where: { projectId } })).map((p) => [p.id, p.kind]));
  const items = await m.getRepository(ChecklistItem).find({ where: { projectId }, select: { id: true, phaseId: true, text: true } });
  return {
    taskKeys: new Set(tasks.flatMap((x) => (x.key === null ? [] : [x.key]))),
    checklist: new Set(items.map((x) => checklistIdentity(phases.get(x.phaseId) ?? "", x.text))),
  };
}

async function calendarOf(m: EntityManager, project: Project): Promise<WorkCalendar> {
  const exceptions = await m.getRepository(CalendarException).find({ where: { projectId: project.id } });
  return new WorkCalendar({ workingWeek: [...parseWorkingWeek(project.workingDays)], exceptions: exceptions.map((e) => ({ date: e.date, working: e.working })) }, project.kickoffDate);
}

/** Earliest start of each phase's tasks. */
async function phaseStarts(m: EntityManager, projectId: number, kickoff: string): Promise<Map<PhaseKind, string>> {
  const phases = await m.getRepository(Phase).find({ where: { projectId } });
  const tasks = await m.getRepository(Task).find({ where: { projectId }, select: { id: true, phaseId: true, startDate: true } });
  const out = new Map<PhaseKind, string>();
  for (const p of phases) {
    if (!isOneOf(PHASE_KINDS, p.kind)) continue;
    const starts = tasks.filter((x) => x.phaseId === p.id).map((x) => x.startDate);
    out.set(p.kind, starts.length ? starts.reduce((a, b) => (b < a ? b : a)) : kickoff);
  }
  return out;
}

/** The project as plain data for projectToTemplate. */
export async function snapshotOf(m: EntityManager, projectId: number): Promise<ProjectSnapshot> {
  const project = await m.getRepository(Project).findOneOrFail({ where: { id: projectId } });
  const where = { where: { projectId } };
  const [members, phases, categories, tasks, links, checklist, goals, resources, exceptions] = await Promise.all([
    m.getRepository(Member).find({ ...where, order: { id: "ASC" } }),
    m.getRepository(Phase).find({ ...where, order: { position: "ASC" } }),
    m.getRepository(ChecklistCategory).find({ ...where, order: { position: "ASC" } }),
    m.getRepository(Task).find({ ...where, order: { position: "ASC", id: "ASC" } }),
    m.getRepository(TaskLink).find({ ...where, order: { id: "ASC" } }),
    m.getRepository(ChecklistItem).find({ ...where, order: { id: "ASC" } }),
    m.getRepository(Goal).find({ ...where, order: { id: "ASC" } }),
    m.getRepository(Resource).find({ ...where, order: { id: "ASC" } }),
    m.getRepository(CalendarException).find(where),
  ]);
  const parents = new Set(tasks.flatMap((x) => (x.parentId === null ? [] : [x.parentId])));
  return {
    kickoffDate: project.kickoffDate,
    workingWeek: [...parseWorkingWeek(project.workingDays)],
    holidays: exceptions.filter((e) => !e.working).map((e) => e.date),
    members: members.map((x) => ({ id: x.id, name: x.name, roleTitle: x.roleTitle })),
    phases: phases.flatMap((p) => (isOneOf(PHASE_KINDS, p.kind) ? [{ id: p.id, kind: p.kind }] : [])),
    categories: categories.map((c) => ({ id: c.id, builtinKey: c.builtinKey, name: c.name })),
    tasks: tasks.map((x) => ({
      id: x.id,
      phaseId: x.phaseId,
      parentId: x.parentId,
      position: x.position,
      key: x.key,
      name: x.name,
      durationDays: x.durationDays,
      milestone: x.milestone,
      summary: parents.has(x.id),
      start: x.startDate,
      finish: x.finishDate,
      assigneeId: x.assigneeId,
      notes: x.notes,
      constraintType: isOneOf(["ASAP", "SNET", "FNLT", "MFO"] as const, x.constraintType) ? x.constraintType : "ASAP",
      constraintDate: x.constraintDate,
    })),
    links: links.map((l) => ({ predecessorId: l.predecessorId, successorId: l.successorId, type: l.type as ProjectSnapshot["links"][number]["type"], lagDays: l.lagDays })),
    checklist: checklist.map((c) => ({ phaseId: c.phaseId, categoryId: c.categoryId, position: c.position, text: c.text, ownerId: c.ownerId, dueDate: c.dueDate, note: c.note })),
    goals: goals.map((g) => ({ name: g.name, unit: g.unit, baseline: g.baseline, target: g.target, dueDate: g.dueDate, ownerId: g.ownerId })),
    resources: resources.map((r) => ({ kind: r.kind as ProjectSnapshot["resources"][number]["kind"], name: r.name, unit: r.unit, planned: r.planned })),
  };
}

