// A goal or KPI of the project: baseline, target and the latest actual.
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import type { Member } from "./member";

@Entity({ name: "goals" })
export class Goal {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: "project_id", type: "integer" })
  projectId!: number;

  @ManyToOne("Project", { onDelete: "CASCADE" })
  @JoinColumn({ name: "project_id" })
  project!: unknown;

  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Column({ type: "varchar", length: 40, default: "" })
  unit!: string;

  @Column({ type: "double precision", nullable: true })
  baseline!: number | null;

  @Column({ type: "double precision" })
  target!: number;

  @Column({ type: "double precision", nullable: true })
  actual!: number | null;

  @Column({ name: "due_date", type: "varchar", length: 10, nullable: true })
  dueDate!: string | null;

  @Column({ name: "owner_id", type: "integer", nullable: true })
  ownerId!: number | null;

  @ManyToOne("Member", { onDelete: "SET NULL", nullable: true })
  @JoinColumn({ name: "owner_id" })
  owner!: Member | null;

  @Column({ type: "text", default: "" })
  notes!: string;
}
