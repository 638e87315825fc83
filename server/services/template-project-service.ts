// New project from a template: lays the template out (instantiateTemplate), then writes the project,
// its custom checklist categories, one person per template role, tasks (WBS, keys, assignees,
// constraints), links, checklist items, goals, resources and holidays in one transaction, and
// schedules it. A bad date writes nothing.
import { In, type DataSource, type EntityManager } from "typeorm";
import {
  CalendarException,
  ChecklistCategory,
  ChecklistItem,
  Goal,
  Member,
  Phase,
  Project,
  ProjectMembership,
  Resource,
  Task,
  TaskLink,
  User,
} from "../../entities";
import { isWorkingDay } from "../domain/calendar";
import { TEMPLATE_LIMITS, type ProjectTemplate } from "../domain/template-format";
import { instantiateTemplate, type InstantiatedProject } from "../domain/template-instantiation";
import { ProjectService } from "./project-service";
import { reschedule } from "./schedule-service";
import { record, systemClock, type Clock } from "./activity";

export interface TemplateProjectInput {
  template: ProjectTemplate;
  /** '' takes the template's name. */
  name: string;
  clientOrganisation: string;
  anchor: "kickoff" | "golive";
  /** ISO date of the kickoff or of go-live. */
  date: string;
  /** ISO dates that do not work. */
  holidays: string[];
  /** Overrides the template's working week (ISO weekdays). */
  workingWeek?: number[];
  /** Template role key → the user account who fills it; roles left out stay open (a person named after the role). */
  roleUsers?: ReadonlyMap<string, number>;
  /** Set when the project is the draft a template is edited in. */
  draftOfTemplateId?: number;
}

export interface TemplateProjectResult {
  projectId: number;
  plan: InstantiatedProject;
}

export class TemplateProjectService {
  constructor(
    private readonly ds: DataSource,
    private readonly now: Clock = systemClock,
  ) {}

  /** Throws DomainError "template.errors.badDate" (field "date" or "holidays") before writing anything. */
  async create(input: TemplateProjectInput, ownerUserId?: number): Promise<TemplateProjectResult> {
    const plan = instantiateTemplate(input.template, { anchor: input.anchor, date: input.date, holidays: input.holidays, workingWeek: input.workingWeek });
    const name = (input.name || plan.name).slice(0, 200);
    return this.ds.transaction(async (m) => {
      const projectId = await this.write(m, plan, name, input.clientOrganisation, ownerUserId, input.roleUsers ?? new Map());
      await m.getRepository(Project).update(
        { id: projectId },
        input.draftOfTemplateId === undefined
          ? { templateKey: input.template.key, templateLanguage: input.template.language, templateVersion: input.template.version }
          : { draftOfTemplateId: input.draftOfTemplateId },
      );
      await record(m, { projectId, at: this.now(), subjectType: "project", subjectId: projectId, subjectLabel: name, action: "created" });
      return { projectId, plan };
    });
  }

  private async write(m: EntityManager, plan: InstantiatedProject, name: string, clientOrganisation: string, ownerUserId: number | undefined, roleUsers: ReadonlyMap<string, number>): Promise<number> {
    const project = await new ProjectService(this.ds).createIn(
      m,
      { name, clientOrganisation, description: plan.description.slice(0, TEMPLATE_LIMITS.descriptionLength), kickoffDate: plan.kickoff, workingDays: [...plan.workingWeek] },
      { ownerUserId },
    );
    const projectId = project.id;
    const phases = new Map((await m.getRepository(Phase).find({ where: { projectId } })).map((p) => [p.kind, p.id]));
    const phaseId = (kind: string): number => phases.get(kind)!;

    // Holidays that fall on a working weekday (others change nothing).
    const holidays = plan.holidays.filter((date) => isWorkingDay(date, plan.workingWeek));
    if (holidays.length > 0) {
      await m.getRepository(CalendarException).insert(holidays.map((date) => ({ projectId, date, working: false, name: "" })));
    }

    // People: one record per role, named after the user who fills it, or after the role while it is open.
    // A user given a role becomes a project member (the creator stays owner) linked to that person record.
    const userIds = [...new Set(plan.roles.flatMap((r) => (roleUsers.has(r.key) ? [roleUsers.get(r.key)!] : [])))];
    const users = new Map((userIds.length ? await m.getRepository(User).find({ where: { id: In(userIds) } }) : []).map((u) => [u.id, u]));
    const userOf = (roleKey: string): User | undefined => users.get(roleUsers.get(roleKey) ?? -1);
    const memberRepo = m.getRepository(Member);
    const members = await memberRepo.save(
      plan.roles.map((r) => {
        const user = userOf(r.key);
        return memberRepo.create({ projectId, name: (user?.name ?? r.title).slice(0, 200), email: user?.email ?? "", organisation: "", roleTitle: r.title.slice(0, 200) });
      }),
    );
    const memberByRole = new Map(plan.roles.map((r, i) => [r.key, members[i].id]));
    const membershipRepo = m.getRepository(ProjectMembership);
    for (const [i, r] of plan.roles.entries()) {
      const user = userOf(r.key);
      if (!user) continue;
      const existing = await membershipRepo.findOne({ where: { projectId, userId: user.id } });
      if (!existing) await membershipRepo.insert({ projectId, userId: user.id, role: "member", memberId: members[i].id });
      else if (existing.memberId === null) await membershipRepo.update({ id: existing.id }, { memberId: members[i].id });
    }
    const memberOf = (role: string | null): number | null => (role === null ? null : (memberByRole.get(role) ?? null));

    // Tasks, level by level so children know their parent's id.
    const depthOf = new Map<string, number>();
    const parentOf = new Map(plan.tasks.map((t) => [t.key, t.parentKey]));
    const depth = (key: string): number => {
      const known = depthOf.get(key);
      if (known !== undefined) return known;
      const parent = parentOf.get(key) ?? null;
      const d = parent === null ? 0 : depth(parent) + 1;
      depthOf.set(key, d);
      return d;
    };
    const taskRepo = m.getRepository(Task);
    const idOf = new Map<string, number>();
    const levels = [...new Set(plan.tasks.map((t) => depth(t.key)))].sort((a, b) => a - b);
    for (const level of levels) {
      const rows = plan.tasks
        .filter((t) => depth(t.key) === level)
        .map((t) =>
          taskRepo.create({
            projectId,
            phaseId: phaseId(t.phase),
            parentId: t.parentKey === null ? null : idOf.get(t.parentKey)!,
            position: t.position + 1,
            key: t.key,
            name: t.name,
            startDate: t.start,
            durationDays: t.durationDays,
            finishDate: t.finish,
            milestone: t.milestone,
            progress: 0,
            assigneeId: memberOf(t.assigneeRole),
            notes: t.notes,
            manual: false,
            constraintType: t.constraint,
            constraintDate: t.constraintDate,
            importUid: null,
          }),
        );
      const saved = await taskRepo.save(rows, { chunk: 200 });
      for (const task of saved) idOf.set(task.key!, task.id);
    }

    const linkRepo = m.getRepository(TaskLink);
    await linkRepo.save(
      plan.links.map((l) =>
        linkRepo.create({ projectId, predecessorId: idOf.get(l.predecessorKey)!, successorId: idOf.get(l.successorKey)!, type: l.type, lagDays: l.lagDays }),
      ),
      { chunk: 200 },
    );

    // Checklists: the built-in categories exist already; the custom ones follow them.
    const categoryRepo = m.getRepository(ChecklistCategory);
    const builtins = await categoryRepo.find({ where: { projectId } });
    const customs = await categoryRepo.save(
      plan.customCategories.map((n, i) => categoryRepo.create({ projectId, builtinKey: null, name: n.slice(0, 100), position: builtins.length + i + 1 })),
    );
    const categoryIdOf = new Map<string, number>([
      ...builtins.map((b): [string, number] => [`builtin:${b.builtinKey}`, b.id]),
      ...plan.customCategories.map((n, i): [string, number] => [`custom:${n}`, customs[i].id]),
    ]);
    const positions = new Map<string, number>();
    const itemRepo = m.getRepository(ChecklistItem);
    await itemRepo.save(
      plan.checklist.map((item) => {
        const categoryId = categoryIdOf.get("builtin" in item.category ? `builtin:${item.category.builtin}` : `custom:${item.category.custom}`)!;
        const scope = `${item.phase}#${categoryId}`;
        const position = (positions.get(scope) ?? 0) + 1;
        positions.set(scope, position);
        return itemRepo.create({
          projectId,
          phaseId: phaseId(item.phase),
          categoryId,
          text: item.text,
          ownerId: memberOf(item.ownerRole),
          dueDate: item.dueDate,
          done: false,
          doneById: null,
          doneAt: null,
          note: item.note,
          position,
        });
      }),
      { chunk: 200 },
    );

    const goalRepo = m.getRepository(Goal);
    await goalRepo.save(
      plan.goals.map((g) =>
        goalRepo.create({
          projectId,
          name: g.name,
          unit: g.unit,
          baseline: g.baseline,
          target: g.target,
          actual: null,
          dueDate: g.dueDate,
          ownerId: memberOf(g.ownerRole),
          notes: "",
        }),
      ),
    );

    const resourceRepo = m.getRepository(Resource);
    await resourceRepo.save(
      plan.resources.map((r) =>
        resourceRepo.create({ projectId, kind: r.kind, name: r.name, unit: r.unit, planned: r.planned, committed: 0, memberId: null, notes: "" }),
      ),
    );

    // Store the computed schedule (early/late dates, slack, critical path) like every other change does.
    await reschedule(m, projectId);
    return projectId;
  }
}
