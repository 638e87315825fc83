// Comments on tasks and checklist items: the list (oldest first) and adding one (logged as activity).
// Deleting a task or an item deletes its comments in the same transaction (deleteComments).
import { currentActor } from "./current-actor";
import type { DataSource, EntityManager } from "typeorm";
import { In } from "typeorm";
import { ChecklistItem, Comment, Task } from "../../entities";
import { NotFound } from "../domain/errors";
import type { CommentSubjectType } from "../domain/types";
import { compactValue } from "../domain/diff";
import type { CommentInput } from "../forms/comments";
import { record, systemClock, type Clock } from "./activity";

export class CommentService {
  constructor(
    private readonly ds: DataSource,
    private readonly now: Clock = systemClock,
  ) {}

  /** The record's comments, oldest first. */
  async list(projectId: number, subjectType: CommentSubjectType, subjectId: number): Promise<Comment[]> {
    return this.ds.getRepository(Comment).find({ where: { projectId, subjectType, subjectId }, order: { createdAt: "ASC", id: "ASC" } });
  }

  /** Adds a comment to a task or checklist item of the project (NotFound for any other id). */
  async add(projectId: number, subjectType: CommentSubjectType, subjectId: number, input: CommentInput): Promise<Comment> {
    return this.ds.transaction(async (m) => {
      const label = await subjectLabel(m, projectId, subjectType, subjectId);
      const at = this.now();
      const repo = m.getRepository(Comment);
      const comment = await repo.save(repo.create({ projectId, subjectType, subjectId, body: input.body, authorUserId: currentActor()?.userId ?? null, authorName: currentActor()?.name ?? "", createdAt: at }));
      await record(m, {
        projectId,
        at,
        subjectType,
        subjectId,
        subjectLabel: label,
        action: "commented",
        changes: [{ field: "comment", from: null, to: compactValue(input.body) }],
      });
      return comment;
    });
  }
}

/** The task's name or the item's text; NotFound when it is not a record of the project. */
async function subjectLabel(m: EntityManager, projectId: number, subjectType: CommentSubjectType, subjectId: number): Promise<string> {
  if (subjectType === "task") {
    const task = await m.getRepository(Task).findOne({ where: { id: subjectId, projectId }, select: { id: true, name: true } });
    if (!task) throw new NotFound("task");
    return task.name;
  }
  const item = await m.getRepository(ChecklistItem).findOne({ where: { id: subjectId, projectId }, select: { id: true, text: true } });
  if (!item) throw new NotFound("checklist item");
  return item.text;
}

/** Deletes the comments of the given records (inside the caller's transaction). */
export async function deleteComments(m: EntityManager, projectId: number, subjectType: CommentSubjectType, subjectIds: readonly number[]): Promise<void> {
  if (subjectIds.length) await m.getRepository(Comment).delete({ projectId, subjectType, subjectId: In([...subjectIds]) });
}
