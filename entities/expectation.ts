// An end-user expectation (requirement) gathered in foundation, with MoSCoW priority and linked tasks.
import { Column, Entity, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import type { Task } from "./task";

@Entity({ name: "expectations" })
export class Expectation {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: "project_id", type: "integer" })
  projectId!: number;

  @ManyToOne("Project", { onDelete: "CASCADE" })
  @JoinColumn({ name: "project_id" })
  project!: unknown;

  @Column({ name: "user_group", type: "varchar", length: 200 })
  userGroup!: string;

  @Column({ type: "text" })
  statement!: string;

  /** must | should | could | wont */
  @Column({ type: "varchar", length: 10 })
  priority!: string;

  /** workshop | interview | survey | observation | document | other */
  @Column({ type: "varchar", length: 20 })
  source!: string;

  /** new | accepted | in_progress | delivered | rejected */
  @Column({ type: "varchar", length: 20, default: "new" })
  status!: string;

  @ManyToMany("Task", { onDelete: "CASCADE" })
  @JoinTable({
    name: "expectation_tasks",
    joinColumn: { name: "expectation_id", referencedColumnName: "id" },
    inverseJoinColumn: { name: "task_id", referencedColumnName: "id" },
  })
  tasks!: Task[];
}
