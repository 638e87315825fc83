// A comment on a task or a checklist item (subjectType + subjectId); deleted with its record by the services.
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";

@Entity({ name: "comments" })
@Index(["subjectType", "subjectId"])
@Index(["projectId"])
export class Comment {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: "project_id", type: "integer" })
  projectId!: number;

  @ManyToOne("Project", { onDelete: "CASCADE" })
  @JoinColumn({ name: "project_id" })
  project!: unknown;

  /** task | checklist_item */
  @Column({ name: "subject_type", type: "varchar", length: 20 })
  subjectType!: string;

  @Column({ name: "subject_id", type: "integer" })
  subjectId!: number;

  /** Plain text (at most 5000 characters); shown escaped, line breaks kept. */
  @Column({ type: "text" })
  body!: string;

  /** The user who wrote it; null until accounts exist. */
  @Column({ name: "author_user_id", type: "integer", nullable: true })
  authorUserId!: number | null;

  /** The author's name as it was then (empty until accounts exist). */
  @Column({ name: "author_name", type: "varchar", length: 200, default: "" })
  authorName!: string;

  /** ISO timestamp (UTC), from the injected clock. */
  @Column({ name: "created_at", type: "varchar", length: 30 })
  createdAt!: string;
}
