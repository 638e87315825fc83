// One task's dates in a baseline.
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";

@Entity({ name: "baseline_tasks" })
@Index(["baselineId", "taskId"], { unique: true })
export class BaselineTask {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: "baseline_id", type: "integer" })
  baselineId!: number;

  @ManyToOne("Baseline", { onDelete: "CASCADE" })
  @JoinColumn({ name: "baseline_id" })
  baseline!: unknown;

  @Column({ name: "task_id", type: "integer" })
  taskId!: number;

  @ManyToOne("Task", { onDelete: "CASCADE" })
  @JoinColumn({ name: "task_id" })
  task!: unknown;

  @Column({ name: "start_date", type: "varchar", length: 10 })
  startDate!: string;

  @Column({ name: "finish_date", type: "varchar", length: 10 })
  finishDate!: string;

  @Column({ name: "duration_days", type: "integer" })
  durationDays!: number;
}
