// A resource line: people's time, a budget line, a tool or an environment, planned vs committed.
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import type { Member } from "./member";

@Entity({ name: "resources" })
export class Resource {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: "project_id", type: "integer" })
  projectId!: number;

  @ManyToOne("Project", { onDelete: "CASCADE" })
  @JoinColumn({ name: "project_id" })
  project!: unknown;

  /** people | budget | tool | environment */
  @Column({ type: "varchar", length: 20 })
  kind!: string;

  @Column({ type: "varchar", length: 200 })
  name!: string;

  /** For people's time: the member whose time this is. */
  @Column({ name: "member_id", type: "integer", nullable: true })
  memberId!: number | null;

  @ManyToOne("Member", { onDelete: "SET NULL", nullable: true })
  @JoinColumn({ name: "member_id" })
  member!: Member | null;

  /** Unit of the amounts: "days", "EUR", "licences"… */
  @Column({ type: "varchar", length: 40, default: "" })
  unit!: string;

  @Column({ type: "double precision", default: 0 })
  planned!: number;

  @Column({ type: "double precision", default: 0 })
  committed!: number;

  @Column({ type: "text", default: "" })
  notes!: string;
}
