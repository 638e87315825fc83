// A person on a project: team member, client contact, vendor consultant.
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import type { Project } from "./project";

@Entity({ name: "members" })
export class Member {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: "project_id", type: "integer" })
  projectId!: number;

  @ManyToOne("Project", { onDelete: "CASCADE" })
  @JoinColumn({ name: "project_id" })
  project!: Project;

  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Column({ type: "varchar", length: 254, default: "" })
  email!: string;

  @Column({ type: "varchar", length: 200, default: "" })
  organisation!: string;

  @Column({ name: "role_title", type: "varchar", length: 200, default: "" })
  roleTitle!: string;
}
