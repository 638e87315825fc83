// Rescheduling: runs the pure scheduler over a project's tasks and stores the result (being written).
import type { EntityManager } from "typeorm";

/** Recomputes and stores the schedule of every task of the project, inside the caller's transaction. */
export async function reschedule(_m: EntityManager, _projectId: number): Promise<void> {}
