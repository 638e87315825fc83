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

  /** Scheduling mode: a manual (pinned) task keeps its start; an automatic one is placed by the scheduler. */
  @Column({ type: "boolean", default: false })
  manual!: boolean;

  /** ASAP | SNET (start no earlier than) | FNLT (finish no later than) | MFO (must finish on). */
  @Column({ name: "constraint_type", type: "varchar", length: 4, default: "ASAP" })
  constraintType!: string;

  @Column({ name: "constraint_date", type: "varchar", length: 10, nullable: true })
  constraintDate!: string | null;

  /** The UID the task had in an imported MS Project file, if any. */
  @Column({ name: "import_uid", type: "integer", nullable: true })
  importUid!: number | null;

  // The computed schedule, written by the scheduler in the same transaction as every change.
  @Column({ name: "early_start", type: "varchar", length: 10, nullable: true })
  earlyStart!: string | null;

  @Column({ name: "early_finish", type: "varchar", length: 10, nullable: true })
  earlyFinish!: string | null;

  @Column({ name: "late_start", type: "varchar", length: 10, nullable: true })
  lateStart!: string | null;

  @Column({ name: "late_finish", type: "varchar", length: 10, nullable: true })
  lateFinish!: string | null;

  /** Total slack in working days (negative when a deadline is missed). */
  @Column({ name: "total_slack", type: "integer", nullable: true })
  totalSlack!: number | null;

  @Column({ name: "free_slack", type: "integer", nullable: true })
  freeSlack!: number | null;

  @Column({ type: "boolean", default: false })
  critical!: boolean;

  /** True when a finish-no-later-than / must-finish-on date cannot be met (negative slack). */
  @Column({ name: "constraint_violated", type: "boolean", default: false })
  constraintViolated!: boolean;
}
