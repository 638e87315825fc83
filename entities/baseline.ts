// A named snapshot of every task's start, finish and duration, to compare the plan against.
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";

@Entity({ name: "baselines" })
export class Baseline {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: "project_id", type: "integer" })
  projectId!: number;

  @ManyToOne("Project", { onDelete: "CASCADE" })
  @JoinColumn({ name: "project_id" })
  project!: unknown;

  @Column({ type: "varchar", length: 200 })
  name!: string;

  @CreateDateColumn({ name: "created_at" })
  createdAt!: Date;
}
