// A task (or WBS summary, or milestone) within a phase; parentId builds the WBS tree.
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import type { Phase } from "./phase";
import type { Member } from "./member";

@Entity({ name: "tasks" })
@Index(["projectId"])
export class Task {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: "project_id", type: "integer" })
  projectId!: number;

  @ManyToOne("Project", { onDelete: "CASCADE" })
  @JoinColumn({ name: "project_id" })
  project!: unknown;

  @Column({ name: "phase_id", type: "integer" })
  phaseId!: number;

  @ManyToOne("Phase", { onDelete: "CASCADE" })
  @JoinColumn({ name: "phase_id" })
  phase!: Phase;

  @Column({ name: "parent_id", type: "integer", nullable: true })
  parentId!: number | null;

  @ManyToOne("Task", { onDelete: "CASCADE", nullable: true })
  @JoinColumn({ name: "parent_id" })
  parent!: Task | null;

  /** Order among siblings (1-based). */
  @Column({ type: "integer", default: 0 })
  position!: number;

  /** Optional stable key, e.g. "PL-01" from the task library. */
  @Column({ name: "task_key", type: "varchar", length: 40, nullable: true })
  key!: string | null;

  @Column({ type: "varchar", length: 300 })
  name!: string;

  /** ISO date YYYY-MM-DD. */
  @Column({ name: "start_date", type: "varchar", length: 10 })
  startDate!: string;

  /** Duration in working days (0 for a milestone). */
  @Column({ name: "duration_days", type: "integer" })
  durationDays!: number;

  /** ISO date YYYY-MM-DD, inclusive. */
  @Column({ name: "finish_date", type: "varchar", length: 10 })
  finishDate!: string;

  @Column({ type: "boolean", default: false })
  milestone!: boolean;

  /** Percent complete, 0–100. */
  @Column({ type: "integer", default: 0 })
  progress!: number;

  @Column({ name: "assignee_id", type: "integer", nullable: true })
  assigneeId!: number | null;

  @ManyToOne("Member", { onDelete: "SET NULL", nullable: true })
  @JoinColumn({ name: "assignee_id" })
  assignee!: Member | null;

  @Column({ type: "text", default: "" })
  notes!: string;
}
