// A checklist category of a project: one of the built-in kinds or a name a user added.
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import type { Project } from "./project";

@Entity({ name: "checklist_categories" })
export class ChecklistCategory {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: "project_id", type: "integer" })
  projectId!: number;

  @ManyToOne("Project", { onDelete: "CASCADE" })
  @JoinColumn({ name: "project_id" })
  project!: Project;

  /** scope | roles | goals | resources | expectations for built-ins; null for user categories. */
  @Column({ name: "builtin_key", type: "varchar", length: 30, nullable: true })
  builtinKey!: string | null;

  /** The user's name for a custom category (empty for built-ins, which are translated). */
  @Column({ type: "varchar", length: 100, default: "" })
  name!: string;

  @Column({ type: "integer", default: 0 })
  position!: number;
}
