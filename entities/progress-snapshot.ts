// A project's percent complete as recorded on one day: the points of the S-curve's actual line.
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";

@Entity({ name: "progress_snapshots" })
@Index(["projectId", "date"], { unique: true })
export class ProgressSnapshot {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: "project_id", type: "integer" })
  projectId!: number;

  @ManyToOne("Project", { onDelete: "CASCADE" })
  @JoinColumn({ name: "project_id" })
  project!: unknown;

  /** ISO date YYYY-MM-DD. */
  @Column({ type: "varchar", length: 10 })
  date!: string;

  /** Duration-weighted percent complete of the project's leaf tasks, 0–100. */
  @Column({ type: "integer" })
  percent!: number;
}
