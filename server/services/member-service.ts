// Project members (people): list (with workload counts), create, edit, remove.
import type { DataSource } from "typeorm";
import { ChecklistItem, Member, Task } from "../../entities";
import { NotFound } from "../domain/errors";
import type { MemberInput } from "../forms/members";
import { diffFields, type Snapshot } from "../domain/diff";
import { record, recordUpdate, systemClock, type Clock } from "./activity";

const fieldsOf = (p: Member): Snapshot => ({ name: p.name, email: p.email, organisation: p.organisation, roleTitle: p.roleTitle });

export interface MemberRow {
  member: Member;
  /** Tasks assigned to the member. */
  taskCount: number;
  /** Checklist items the member owns that are not done yet. */
  openItemCount: number;
}

export class MemberService {
  constructor(
    private readonly ds: DataSource,
    private readonly now: Clock = systemClock,
  ) {}

  /** The project's members ordered by name (for lists and owner/assignee selects). */
  async list(projectId: number): Promise<Member[]> {
    return this.ds.getRepository(Member).find({ where: { projectId }, order: { name: "ASC", id: "ASC" } });
  }

  /** The members with their assigned-task and open-checklist-item counts, in three queries. */
  async listWithCounts(projectId: number): Promise<MemberRow[]> {
    const members = await this.list(projectId);
    if (members.length === 0) return [];
    const tasks = await this.ds
      .getRepository(Task)
      .createQueryBuilder("t")
      .select("t.assigneeId", "memberId")
      .addSelect("COUNT(*)", "count")
      .where("t.projectId = :projectId", { projectId })
      .andWhere("t.assigneeId IS NOT NULL")
      .groupBy("t.assigneeId")
      .getRawMany<{ memberId: number; count: number | string }>();
    const items = await this.ds
      .getRepository(ChecklistItem)
      .createQueryBuilder("c")
      .select("c.ownerId", "memberId")
      .addSelect("COUNT(*)", "count")
      .where("c.projectId = :projectId", { projectId })
      .andWhere("c.ownerId IS NOT NULL")
      .andWhere("c.done = :done", { done: false })
      .groupBy("c.ownerId")
      .getRawMany<{ memberId: number; count: number | string }>();
    const taskCounts = countMap(tasks);
    const itemCounts = countMap(items);
    return members.map((member) => ({
      member,
      taskCount: taskCounts.get(member.id) ?? 0,
      openItemCount: itemCounts.get(member.id) ?? 0,
    }));
  }

  /** The member if it belongs to the project, else NotFound. */
  async get(projectId: number, id: number): Promise<Member> {
    const member = await this.ds.getRepository(Member).findOne({ where: { id, projectId } });
    if (!member) throw new NotFound("member");
    return member;
  }

  async create(projectId: number, input: MemberInput): Promise<Member> {
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(Member);
      const member = await repo.save(repo.create({ projectId, ...input }));
      await record(m, { projectId, at: this.now(), subjectType: "member", subjectId: member.id, subjectLabel: member.name, action: "created" });
      return member;
    });
  }

  async update(projectId: number, id: number, input: MemberInput): Promise<Member> {
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(Member);
      const member = await repo.findOne({ where: { id, projectId } });
      if (!member) throw new NotFound("member");
      const before = fieldsOf(member);
      Object.assign(member, input);
      await repo.save(member);
      await recordUpdate(m, { projectId, at: this.now(), subjectType: "member", subjectId: id, subjectLabel: member.name }, diffFields(before, fieldsOf(member)));
      return member;
    });
  }

  /** Removes the member; their tasks, checklist items, goals and resources keep going unowned (FK SET NULL). */
  async delete(projectId: number, id: number): Promise<Member> {
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(Member);
      const member = await repo.findOne({ where: { id, projectId } });
      if (!member) throw new NotFound("member");
      await repo.delete({ id, projectId });
      await record(m, { projectId, at: this.now(), subjectType: "member", subjectId: id, subjectLabel: member.name, action: "deleted" });
      return member;
    });
  }
}

function countMap(rows: { memberId: number; count: number | string }[]): Map<number, number> {
  return new Map(rows.map((r) => [Number(r.memberId), Number(r.count)]));
}
