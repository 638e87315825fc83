// More test helpers: service inputs with defaults, row snapshots, rejected-promise capture, form bodies.
import type { DataSource } from "typeorm";
import { ChecklistCategory, ChecklistItem, Member, Phase, Task, TaskLink } from "../../entities";
import type { TaskInput } from "../../server/forms/tasks";
import type { ChecklistItemEditInput } from "../../server/forms/checklists";

/** A valid TaskInput for TaskService.create/update: a 5-day planning task starting Mon 2026-03-02. */
export function taskInput(phaseId: number | null, over: Partial<TaskInput> = {}): TaskInput {
  return {
    name: "New task",
    key: "",
    phaseId,
    parentId: null,
    startDate: "2026-03-02",
    durationDays: 5,
    finishDate: null,
    milestone: false,
    progress: 0,
    assigneeId: null,
    notes: "",
    manual: false,
    constraintType: "ASAP",
    constraintDate: null,
    predecessors: [],
    ...over,
  };
}

/** A valid ChecklistItemEditInput for ChecklistService.update. */
export function itemEditInput(categoryId: number, over: Partial<ChecklistItemEditInput> = {}): ChecklistItemEditInput {
  return { text: "Scope statement signed", categoryId, ownerId: null, dueDate: null, note: "", done: false, doneById: null, ...over };
}

/** The error a promise rejects with; fails when it resolves. */
export async function rejectionOf(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected the promise to reject, but it resolved");
}

/** Counts of every project-owned table, for "nothing saved / nothing deleted" checks. */
export async function rowCounts(ds: DataSource, projectId: number) {
  const where = { where: { projectId } };
  return {
    phases: await ds.getRepository(Phase).count(where),
    categories: await ds.getRepository(ChecklistCategory).count(where),
    items: await ds.getRepository(ChecklistItem).count(where),
    members: await ds.getRepository(Member).count(where),
    tasks: await ds.getRepository(Task).count(where),
    links: await ds.getRepository(TaskLink).count(where),
  };
}

/**
 * A urlencoded body as a browser sends it: array values repeat the key (workingDays=1&workingDays=2).
 * Pass the result to supertest's .type("form").send(...).
 */
export function formBody(fields: Record<string, string | readonly string[]>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) {
    if (typeof v === "string") params.append(k, v);
    else for (const x of v) params.append(k, x);
  }
  return params.toString();
}
