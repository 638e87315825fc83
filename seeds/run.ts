// Idempotent seed runner: creates the demo project (seedKey "demo") laid out around `today`, once.
// Called by server/main.ts at every start; `npm run seed` runs it on its own against the configured database.
import "reflect-metadata";
import type { DataSource, EntityManager } from "typeorm";
import { ChecklistCategory, ChecklistItem, Expectation, Goal, Member, Phase, Project, Resource, Task, TaskLink } from "../entities";
import { ProjectService } from "../server/services/project-service";
import { TemplateService } from "../server/services/template-service";
import { BUILT_IN_TEMPLATES } from "./templates";
import { reschedule } from "../server/services/schedule-service";
import { DEMO_SEED_KEY, KICKOFF_WEEKS_BEFORE_TODAY, demoProject, type DemoProject, type RoleCode, type SeedCategory } from "./demo-project";
import { kickoffFor, layoutTasks, type LaidOutTask } from "./layout";

/** Inserts or updates the built-in templates (seeds/templates) by their stable key; idempotent. */
export async function seedTemplates(ds: DataSource): Promise<void> {
  const { created, updated } = await new TemplateService(ds).seedBuiltIns(BUILT_IN_TEMPLATES);
  if (created || updated) console.log(`Built-in templates: ${created} added, ${updated} updated`);
}

/** Creates the demo project in one transaction unless a project with its seed key already exists. */
export async function runSeeds(ds: DataSource, today: string): Promise<void> {
  const created = await ds.transaction(async (m) => {
    if (await m.getRepository(Project).exists({ where: { seedKey: DEMO_SEED_KEY } })) return null;
    return seedDemo(ds, m, demoProject, today);
  });
  if (created) console.log(`Seeded demo project "${created.name}" (kickoff ${created.kickoffDate}, ${created.taskCount} tasks)`);
}

async function seedDemo(ds: DataSource, m: EntityManager, data: DemoProject, today: string): Promise<{ name: string; kickoffDate: string; taskCount: number }> {
  const week = data.project.workingDays;
  const kickoffDate = kickoffFor(today, KICKOFF_WEEKS_BEFORE_TODAY);
  const laid = layoutTasks(data.tasks, { kickoff: kickoffDate, week, today });
  const dateOf = (key: string): LaidOutTask => {
    const d = laid.get(key);
    if (!d) throw new Error(`Demo seed refers to unknown task ${key}`);
    return d;
  };

  const project = await new ProjectService(ds).createIn(m, { ...data.project, kickoffDate }, { seedKey: DEMO_SEED_KEY });
  const projectId = project.id;
  const phases = new Map((await m.getRepository(Phase).find({ where: { projectId } })).map((p) => [p.kind, p]));
  const phaseId = (kind: string): number => phases.get(kind)!.id;

  // Members, one per RACI role.
  const memberRepo = m.getRepository(Member);
  const savedMembers = await memberRepo.save(data.members.map(({ role: _role, ...mem }) => memberRepo.create({ projectId, ...mem })));
  const memberByRole = new Map<RoleCode, number>(data.members.map((mem, i) => [mem.role, savedMembers[i].id]));
  const memberId = (role: RoleCode): number => {
    const id = memberByRole.get(role);
    if (id === undefined) throw new Error(`Demo seed has no member for role ${role}`);
    return id;
  };

  // Tasks: roots (including summaries) first so children can point at their parent's id.
  const taskRepo = m.getRepository(Task);
  const positions = new Map<string, number>();
  const nextPosition = (scope: string): number => {
    const n = (positions.get(scope) ?? 0) + 1;
    positions.set(scope, n);
    return n;
  };
  const taskByKey = new Map<string, Task>();
  const build = (t: DemoProject["tasks"][number]): Task => {
    const d = dateOf(t.key);
    return taskRepo.create({
      projectId,
      phaseId: phaseId(t.phase),
      parentId: t.parent ? taskByKey.get(t.parent)!.id : null,
      position: nextPosition(`${t.phase}/${t.parent ?? ""}`),
      key: t.key,
      name: t.name,
      startDate: d.startDate,
      durationDays: d.durationDays,
      finishDate: d.finishDate,
      milestone: d.milestone,
      progress: d.progress,
      assigneeId: t.responsible ? memberId(t.responsible) : null,
      notes: t.notes ?? "",
    });
  };
  for (const batch of [data.tasks.filter((t) => !t.parent), data.tasks.filter((t) => t.parent)]) {
    const saved = await taskRepo.save(batch.map(build));
    saved.forEach((task) => taskByKey.set(task.key!, task));
  }
  const taskOf = (key: string): Task => {
    const task = taskByKey.get(key);
    if (!task) throw new Error(`Demo seed refers to unknown task ${key}`);
    return task;
  };

  const linkRepo = m.getRepository(TaskLink);
  await linkRepo.save(
    data.tasks.flatMap((t) =>
      t.predecessors.map((p) => linkRepo.create({ projectId, predecessorId: taskOf(p).id, successorId: taskOf(t.key).id, type: "FS", lagDays: 0 })),
    ),
  );

  // Checklist: built-in categories exist already; add the custom ones after them.
  const categoryRepo = m.getRepository(ChecklistCategory);
  const builtins = await categoryRepo.find({ where: { projectId } });
  const customs = await categoryRepo.save(
    data.customCategories.map((name, i) => categoryRepo.create({ projectId, builtinKey: null, name, position: builtins.length + i + 1 })),
  );
  const categoryId = (c: SeedCategory): number => {
    const found = "builtin" in c ? builtins.find((b) => b.builtinKey === c.builtin) : customs.find((b) => b.name === c.custom);
    if (!found) throw new Error(`Demo seed refers to unknown checklist category ${JSON.stringify(c)}`);
    return found.id;
  };
  const itemRepo = m.getRepository(ChecklistItem);
  await itemRepo.save(
    data.checklist.map((item) => {
      const d = dateOf(item.dueWith);
      const dueDate = item.dueAt === "start" ? d.startDate : d.finishDate;
      const done = dueDate < today && !item.staysOpen;
      const catId = categoryId(item.category);
      return itemRepo.create({
        projectId,
        phaseId: phaseId(item.phase),
        categoryId: catId,
        text: item.text,
        ownerId: memberId(item.owner),
        dueDate,
        done,
        doneById: done ? memberId(item.owner) : null,
        doneAt: done ? `${dueDate}T09:00:00.000Z` : null,
        note: item.note ?? "",
        position: nextPosition(`${item.phase}#${catId}`),
      });
    }),
  );

  const goalRepo = m.getRepository(Goal);
  await goalRepo.save(
    data.goals.map(({ dueWith, owner, ...g }) => goalRepo.create({ projectId, ...g, dueDate: dateOf(dueWith).finishDate, ownerId: memberId(owner) })),
  );

  const resourceRepo = m.getRepository(Resource);
  await resourceRepo.save(
    data.resources.map(({ member, ...r }) => resourceRepo.create({ projectId, ...r, memberId: member ? memberId(member) : null })),
  );

  const expectationRepo = m.getRepository(Expectation);
  await expectationRepo.save(
    data.expectations.map(({ taskKeys, ...e }) =>
      expectationRepo.create({ projectId, ...e, tasks: taskKeys.map(taskOf) }),
    ),
  );

  // The planning gate is signed off once all planning work is done (it is, with the default offset).
  const gate = data.planningGate;
  if (data.tasks.every((t) => t.phase !== "planning" || dateOf(t.key).progress === 100)) {
    await m.getRepository(Phase).update(
      { id: phaseId("planning") },
      { gateSignedOffById: memberId(gate.signedOffBy), gateSignedOffAt: `${dateOf(gate.taskKey).finishDate}T16:00:00.000Z`, gateNote: gate.note },
    );
  }

  // Store the computed schedule (early/late dates, slack, critical path) like every other change does.
  await reschedule(m, projectId);

  return { name: project.name, kickoffDate, taskCount: data.tasks.length };
}

/** `npm run seed`: migrate the configured database and seed it for today (UTC). */
async function main(): Promise<void> {
  const { loadConfig } = await import("../server/config");
  const { createDataSource } = await import("../server/db/data-source");
  const config = loadConfig();
  const ds = createDataSource({ databasePath: config.databasePath, databaseUrl: config.databaseUrl });
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: "each" });
    await seedTemplates(ds);
    await runSeeds(ds, new Date().toISOString().slice(0, 10));
  } finally {
    await ds.destroy();
  }
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
