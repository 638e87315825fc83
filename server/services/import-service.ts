// MS Project (MSPDI) import: reads the uploaded file, then creates the project, its calendar exceptions,
// tasks (WBS from the outline) and links in one transaction and schedules it. A bad file writes nothing.
import type { DataSource, EntityManager } from "typeorm";
import { CalendarException, Phase, Task, TaskLink } from "../../entities";
import { readMspdi, type ImportWarning, type MspdiProject, type MspdiTask } from "../domain/mspdi";
import type { PhaseKind } from "../domain/types";
import { ProjectService } from "./project-service";
import { reschedule } from "./schedule-service";
import { decodeXmlBytes, parseMspdiXml } from "./mspdi-xml";
import { record, systemClock, type Clock } from "./activity";

/** Rows per INSERT statement (well under SQLite's and PostgreSQL's bound-parameter limits). */
const CHUNK = 200;

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
  constructor(
    private readonly ds: DataSource,
    private readonly now: Clock = systemClock,
  ) {}

  /**
   * Imports an uploaded MSPDI file as a new project. Throws a DomainError (an "import.errors.*" key) for a
   * file that is not XML, not MSPDI, has no tasks or unusable links; nothing is written then.
   */
  async importMspdi(file: { bytes: Uint8Array; fileName: string }, input: ImportInput, ownerUserId?: number): Promise<ImportResult> {
    const plan = readMspdi(parseMspdiXml(decodeXmlBytes(file.bytes)));
    const name = (input.name || plan.name || file.fileName.replace(/\.[A-Za-z0-9]{1,5}$/, "") || "MS Project").slice(0, 200);
    return this.ds.transaction(async (m) => {
      const result = await this.create(m, plan, name, input.phase, ownerUserId);
      const changes = [
        { field: "tasks", from: null, to: result.taskCount },
        { field: "links", from: null, to: result.linkCount },
      ];
      await record(m, { projectId: result.projectId, at: this.now(), subjectType: "import", subjectId: result.projectId, subjectLabel: file.fileName, action: "imported", changes });
      return result;
    });
  }

  private async create(m: EntityManager, plan: MspdiProject, name: string, phaseKind: PhaseKind, ownerUserId?: number): Promise<ImportResult> {
    const project = await new ProjectService(this.ds).createIn(m, {
      name,
      clientOrganisation: "",
      description: "",
      kickoffDate: plan.startDate,
      workingDays: [...plan.calendar.workingWeek],
    }, { ownerUserId });
    const phase = await m.getRepository(Phase).findOneOrFail({ where: { projectId: project.id, kind: phaseKind } });

    const names = new Map(plan.exceptionNames.map((e) => [e.date, e.name]));
    const exceptions = plan.calendar.exceptions.map((e) => ({ projectId: project.id, date: e.date, working: e.working, name: names.get(e.date) ?? "" }));
    for (let i = 0; i < exceptions.length; i += CHUNK) await m.getRepository(CalendarException).insert(exceptions.slice(i, i + CHUNK));

    const idOf = await this.createTasks(m, plan, project.id, phase.id);
    const links = plan.links.map((l) => ({
      projectId: project.id,
      predecessorId: idOf.get(l.predecessorUid)!,
      successorId: idOf.get(l.successorUid)!,
      type: l.type,
      lagDays: l.lagDays,
    }));
    for (let i = 0; i < links.length; i += CHUNK) await m.getRepository(TaskLink).insert(links.slice(i, i + CHUNK));

    await reschedule(m, project.id);
    return { projectId: project.id, taskCount: plan.tasks.length, linkCount: plan.links.length, warnings: plan.warnings };
  }

  /**
   * Inserts the tasks level by level (parents first, so children know their parent's id), in chunks;
   * returns UID → id. UIDs are unique in a file, so importUid finds each new row again.
   */
  private async createTasks(m: EntityManager, plan: MspdiProject, projectId: number, phaseId: number): Promise<Map<number, number>> {
    const repo = m.getRepository(Task);
    const idOf = new Map<number, number>();
    const positions = new Map<number | null, number>();
    const positionOf = new Map<number, number>();
    const byLevel = new Map<number, MspdiTask[]>();
    for (const t of plan.tasks) {
      const position = (positions.get(t.parentUid) ?? 0) + 1;
      positions.set(t.parentUid, position);
      positionOf.set(t.uid, position);
      const level = byLevel.get(t.outlineLevel);
      if (level) level.push(t);
      else byLevel.set(t.outlineLevel, [t]);
    }
    for (const level of [...byLevel.keys()].sort((a, b) => a - b)) {
      const rows = byLevel.get(level)!.map((t) => ({
        projectId,
        phaseId,
        parentId: t.parentUid === null ? null : idOf.get(t.parentUid)!,
        position: positionOf.get(t.uid)!,
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
      }));
      for (let i = 0; i < rows.length; i += CHUNK) await repo.insert(rows.slice(i, i + CHUNK));
      const saved = await repo.find({ select: { id: true, importUid: true }, where: { projectId } });
      for (const row of saved) if (row.importUid !== null) idOf.set(row.importUid, row.id);
    }
    return idOf;
  }
}
