// MS Project (MSPDI) import: reads the uploaded file, then creates the project, its calendar exceptions,
// tasks (WBS from the outline) and links in one transaction and schedules it. A bad file writes nothing.
import type { DataSource, EntityManager } from "typeorm";
import { CalendarException, Phase, Task, TaskLink } from "../../entities";
import { readMspdi, type ImportWarning, type MspdiProject } from "../domain/mspdi";
import type { PhaseKind } from "../domain/types";
import { ProjectService } from "./project-service";
import { reschedule } from "./schedule-service";
import { decodeXmlBytes, parseMspdiXml } from "./mspdi-xml";

export interface ImportInput {
  /** The project name; '' takes the file's title, then the file name. */
  name: string;
  /** The phase every imported task goes into. */
  phase: PhaseKind;
}

export interface ImportResult {
  projectId: number;
  taskCount: number;
  linkCount: number;
  warnings: ImportWarning[];
}

export class ImportService {
  constructor(private readonly ds: DataSource) {}

  /**
   * Imports an uploaded MSPDI file as a new project. Throws a DomainError (an "import.errors.*" key) for a
   * file that is not XML, not MSPDI, has no tasks or unusable links; nothing is written then.
   */
  async importMspdi(file: { bytes: Uint8Array; fileName: string }, input: ImportInput): Promise<ImportResult> {
    const plan = readMspdi(parseMspdiXml(decodeXmlBytes(file.bytes)));
    const name = (input.name || plan.name || file.fileName.replace(/\.[A-Za-z0-9]{1,5}$/, "") || "MS Project").slice(0, 200);
    return this.ds.transaction((m) => this.create(m, plan, name, input.phase));
  }

  private async create(m: EntityManager, plan: MspdiProject, name: string, phaseKind: PhaseKind): Promise<ImportResult> {
    const project = await new ProjectService(this.ds).createIn(m, {
      name,
      clientOrganisation: "",
      description: "",
      kickoffDate: plan.startDate,
      workingDays: [...plan.calendar.workingWeek],
    });
    const phase = await m.getRepository(Phase).findOneOrFail({ where: { projectId: project.id, kind: phaseKind } });

    const exceptions = m.getRepository(CalendarException);
    await exceptions.save(
      plan.calendar.exceptions.map((e) => exceptions.create({ projectId: project.id, date: e.date, working: e.working, name: "" })),
      { chunk: 200 },
    );

    const idOf = await this.createTasks(m, plan, project.id, phase.id);
    const links = m.getRepository(TaskLink);
    await links.save(
      plan.links.map((l) =>
        links.create({
          projectId: project.id,
          predecessorId: idOf.get(l.predecessorUid)!,
          successorId: idOf.get(l.successorUid)!,
          type: l.type,
          lagDays: l.lagDays,
        }),
      ),
      { chunk: 200 },
    );

    await reschedule(m, project.id);
    return { projectId: project.id, taskCount: plan.tasks.length, linkCount: plan.links.length, warnings: plan.warnings };
  }

  /** Saves the tasks level by level (parents first, so children know their parent's id); returns UID → id. */
  private async createTasks(m: EntityManager, plan: MspdiProject, projectId: number, phaseId: number): Promise<Map<number, number>> {
    const repo = m.getRepository(Task);
    const idOf = new Map<number, number>();
    const positions = new Map<number | null, number>();
    const byLevel = new Map<number, Task[]>();
    const uidOf = new Map<Task, number>();
    for (const t of plan.tasks) {
      const position = (positions.get(t.parentUid) ?? 0) + 1;
      positions.set(t.parentUid, position);
      const row = repo.create({
        projectId,
        phaseId,
        parentId: null,
        position,
        key: null,
        name: t.name,
        startDate: t.start,
        durationDays: t.durationDays,
        finishDate: t.finish,
        milestone: t.milestone,
        progress: t.percentComplete,
        assigneeId: null,
        notes: "",
        manual: t.manual,
        constraintType: t.constraint,
        constraintDate: t.constraintDate,
        importUid: t.uid,
      });
      uidOf.set(row, t.uid);
      const level = byLevel.get(t.outlineLevel);
      if (level) level.push(row);
      else byLevel.set(t.outlineLevel, [row]);
    }
    const parentUid = new Map(plan.tasks.map((t) => [t.uid, t.parentUid]));
    for (const level of [...byLevel.keys()].sort((a, b) => a - b)) {
      const rows = byLevel.get(level)!;
      for (const row of rows) {
        const p = parentUid.get(uidOf.get(row)!) ?? null;
        row.parentId = p === null ? null : idOf.get(p)!;
      }
      await repo.save(rows, { chunk: 200 });
      for (const row of rows) idOf.set(uidOf.get(row)!, row.id);
    }
    return idOf;
  }
}
