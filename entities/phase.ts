// One of the three fixed phases of a project (planning, foundation, rollout) and its gate sign-off.
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import type { Project } from "./project";
import type { Member } from "./member";

@Entity({ name: "phases" })
@Index(["projectId", "kind"], { unique: true })
export class Phase {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: "project_id", type: "integer" })
  projectId!: number;

  @ManyToOne("Project", (p: Project) => p.phases, { onDelete: "CASCADE" })
  @JoinColumn({ name: "project_id" })
  project!: Project;

  /** planning | foundation | rollout */
  @Column({ type: "varchar", length: 20 })
  kind!: string;

  /** 1-based order within the project. */
  @Column({ type: "integer" })
  position!: number;

  @Column({ name: "gate_signed_off_by_id", type: "integer", nullable: true })
  gateSignedOffById!: number | null;

  @ManyToOne("Member", { onDelete: "SET NULL", nullable: true })
  @JoinColumn({ name: "gate_signed_off_by_id" })
  gateSignedOffBy!: Member | null;

  /** ISO timestamp of the gate sign-off; null while the gate is open. */
  @Column({ name: "gate_signed_off_at", type: "varchar", length: 30, nullable: true })
  gateSignedOffAt!: string | null;

  @Column({ name: "gate_note", type: "text", default: "" })
  gateNote!: string;

  /** Checklist items still open when the gate was signed off anyway (0: signed off complete). */
  @Column({ name: "gate_open_items", type: "integer", default: 0 })
  gateOpenItems!: number;

  /** Why the gate was signed off with open checklist items; stays on record. */
  @Column({ name: "gate_override_reason", type: "text", default: "" })
  gateOverrideReason!: string;
}
