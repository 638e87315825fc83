// A user's role in one project (owner, manager, member, stakeholder, consultant).
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import type { User } from "./user";

@Entity({ name: "project_memberships" })
@Index(["projectId", "userId"], { unique: true })
export class ProjectMembership {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: "project_id", type: "integer" })
  projectId!: number;

  @ManyToOne("Project", { onDelete: "CASCADE" })
  @JoinColumn({ name: "project_id" })
  project!: unknown;

  @Column({ name: "user_id", type: "integer" })
  userId!: number;

  @ManyToOne("User", { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user!: User;

  @Column({ type: "varchar", length: 20 })
  role!: string;

  /** The project's person record of this user, for "tasks assigned to me" (optional). */
  @Column({ name: "member_id", type: "integer", nullable: true })
  memberId!: number | null;

  @ManyToOne("Member", { onDelete: "SET NULL", nullable: true })
  @JoinColumn({ name: "member_id" })
  member!: unknown;
}
