// One entry of a project's activity log: who did what to which record, when, and which fields changed.
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";

@Entity({ name: "activity_entries" })
@Index(["projectId", "at"])
@Index(["subjectType", "subjectId"])
export class ActivityEntry {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: "project_id", type: "integer" })
  projectId!: number;

  @ManyToOne("Project", { onDelete: "CASCADE" })
  @JoinColumn({ name: "project_id" })
  project!: unknown;

  /** ISO timestamp (UTC) of the change, from the injected clock. */
  @Column({ type: "varchar", length: 30 })
  at!: string;

  /** The user who made the change; null until accounts exist. */
  @Column({ name: "actor_user_id", type: "integer", nullable: true })
  actorUserId!: number | null;

  /** The actor's name as it was then (empty until accounts exist). */
  @Column({ name: "actor_name", type: "varchar", length: 200, default: "" })
  actorName!: string;

  /** One of ACTIVITY_SUBJECT_TYPES (server/domain/activity.ts). */
  @Column({ name: "subject_type", type: "varchar", length: 20 })
  subjectType!: string;

  /** The record's id (it may since have been deleted); null when the entry is about no single record. */
  @Column({ name: "subject_id", type: "integer", nullable: true })
  subjectId!: number | null;

  /** The record's name or text as it was then, so entries about deleted records still read well. */
  @Column({ name: "subject_label", type: "varchar", length: 300, default: "" })
  subjectLabel!: string;

  /** One of ACTIVITY_ACTIONS (server/domain/activity.ts). */
  @Column({ type: "varchar", length: 20 })
  action!: string;

  /** JSON list of FieldChange ({field, from, to}; server/domain/diff.ts). */
  @Column({ type: "text", default: "[]" })
  changes!: string;
}
