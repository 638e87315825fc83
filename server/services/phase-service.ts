// Phases: per-phase summaries (dates, progress, checklist, gate) and gate sign-off.
import type { DataSource } from "typeorm";
import { ChecklistItem, Phase, Task } from "../../entities";
import { DomainError, NotFound } from "../domain/errors";
import { gateState, leafTasks, rollUpProgress, spanOf } from "../domain/progress";
import { isOneOf, PHASE_KINDS, type GateState } from "../domain/types";
import type { GateInput } from "../forms/checklists";
import { assertMember } from "./guards";
import { memberNames, record, systemClock, type Clock } from "./activity";
import { diffFields } from "../domain/diff";

export interface PhaseSummary {
  phase: Phase;
  start: string | null;
  finish: string | null;
  progress: number;
  taskCount: number;
  openTasks: number;
  checklistTotal: number;
  checklistDone: number;
  openItems: number;
  gate: GateState;
}

export class PhaseService {
  constructor(
    private readonly ds: DataSource,
    private readonly now: Clock = systemClock,
  ) {}

  /** The phase of the project with this kind, or NotFound (also for an unknown kind). */
  async byKind(projectId: number, kind: string): Promise<Phase> {
    if (!isOneOf(PHASE_KINDS, kind)) throw new NotFound("phase");
    const phase = await this.ds.getRepository(Phase).findOne({ where: { projectId, kind }, relations: { gateSignedOffBy: true } });
    if (!phase) throw new NotFound("phase");
    return phase;
  }

  /** One summary per phase, in phase order, from two queries. */
  async summaries(projectId: number): Promise<PhaseSummary[]> {
    const phases = await this.ds.getRepository(Phase).find({ where: { projectId }, order: { position: "ASC" }, relations: { gateSignedOffBy: true } });
    const tasks = await this.ds.getRepository(Task).find({
      where: { projectId },
      select: { id: true, phaseId: true, parentId: true, startDate: true, finishDate: true, durationDays: true, progress: true },
    });
    const items = await this.ds.getRepository(ChecklistItem).find({ where: { projectId }, select: { id: true, phaseId: true, done: true } });
    const leaves = leafTasks(tasks);
    return phases.map((phase) => {
      const own = leaves.filter((t) => t.phaseId === phase.id);
      const ownItems = items.filter((i) => i.phaseId === phase.id);
      const span = spanOf(own);
      return {
        phase,
        start: span.start,
        finish: span.finish,
        progress: rollUpProgress(own),
        taskCount: own.length,
        openTasks: own.filter((t) => t.progress < 100).length,
        checklistTotal: ownItems.length,
        checklistDone: ownItems.filter((i) => i.done).length,
        openItems: ownItems.filter((i) => !i.done).length,
        gate: gateState({ signedOffAt: phase.gateSignedOffAt, taskProgress: own.map((t) => t.progress), checklistDone: ownItems.map((i) => i.done) }),
      };
    });
  }

  /** Records the gate sign-off: who (a project member, optional), when, and the decision note. */
  async signOff(projectId: number, kind: string, input: GateInput, now: string): Promise<void> {
    await this.ds.transaction(async (m) => {
      const phase = await m.getRepository(Phase).findOne({ where: { projectId, kind } });
      if (!phase) throw new NotFound("phase");
      if (phase.gateSignedOffAt) throw new DomainError("gate.alreadySignedOff", {}, "signerId");
      await assertMember(m, projectId, input.signerId, "signerId");
      // The checklist must be complete, or the sign-off overrides it with a reason kept on record.
      const open = await m.getRepository(ChecklistItem).count({ where: { phaseId: phase.id, done: false } });
      if (open > 0 && !input.override) throw new DomainError("gate.errors.checklistOpen", { count: open }, "override");
      if (open > 0 && input.overrideReason === "") throw new DomainError("gate.errors.reasonRequired", {}, "overrideReason");
      phase.gateOpenItems = open;
      phase.gateOverrideReason = open > 0 ? input.overrideReason : "";
      phase.gateSignedOffById = input.signerId;
      phase.gateSignedOffAt = now;
      phase.gateNote = input.note;
      await m.getRepository(Phase).save(phase);
      const signer = (await memberNames(m, projectId))(input.signerId);
      const changes = diffFields({}, { signer, openItems: open || null, overrideReason: phase.gateOverrideReason, gateNote: phase.gateNote });
      await record(m, { projectId, at: now, subjectType: "phase", subjectId: phase.id, subjectLabel: phase.kind, action: "signed_off", changes });
    });
  }

  /** Clears the sign-off so the gate is open again (the note is kept for the record). */
  async reopen(projectId: number, kind: string): Promise<void> {
    await this.ds.transaction(async (m) => {
      const phase = await m.getRepository(Phase).findOne({ where: { projectId, kind } });
      if (!phase) throw new NotFound("phase");
      phase.gateSignedOffAt = null;
      phase.gateSignedOffById = null;
      await m.getRepository(Phase).save(phase);
      await record(m, { projectId, at: this.now(), subjectType: "phase", subjectId: phase.id, subjectLabel: phase.kind, action: "reopened" });
    });
  }
}
