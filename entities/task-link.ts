// A dependency between two tasks of the same project: type FS/SS/FF/SF with a lag in working days.
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import type { Task } from "./task";

@Entity({ name: "task_links" })
@Index(["predecessorId", "successorId"], { unique: true })
@Index(["projectId"])
export class TaskLink {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: "project_id", type: "integer" })
  projectId!: number;

  @ManyToOne("Project", { onDelete: "CASCADE" })
  @JoinColumn({ name: "project_id" })
  project!: unknown;

  @Column({ name: "predecessor_id", type: "integer" })
  predecessorId!: number;

  @ManyToOne("Task", { onDelete: "CASCADE" })
  @JoinColumn({ name: "predecessor_id" })
  predecessor!: Task;

  @Column({ name: "successor_id", type: "integer" })
  successorId!: number;

  @ManyToOne("Task", { onDelete: "CASCADE" })
  @JoinColumn({ name: "successor_id" })
  successor!: Task;

  /** FS | SS | FF | SF */
  @Column({ type: "varchar", length: 2, default: "FS" })
  type!: string;

  /** Lag in working days; negative overlaps. */
  @Column({ name: "lag_days", type: "integer", default: 0 })
  lagDays!: number;
}
