// A project template in the library: the canonical JSON document (docs/TEMPLATE-FORMAT.md) plus the
// fields the library lists and filters by. One row per key and language; `version` is the document's.
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";

@Entity({ name: "templates" })
@Index("uq_templates_key_language", ["key", "language"], { unique: true })
export class Template {
  @PrimaryGeneratedColumn()
  id!: number;

  /** The document's stable key (the same across versions). */
  @Column({ type: "varchar", length: 80 })
  key!: string;

  /** en | fa. */
  @Column({ type: "varchar", length: 2 })
  language!: string;

  @Column({ type: "varchar", length: 200 })
  name!: string;

  /** smb-sales | enterprise-ecrm | service-centre | custom. */
  @Column({ type: "varchar", length: 30 })
  kind!: string;

  @Column({ type: "integer" })
  version!: number;

  @Column({ type: "text", default: "" })
  description!: string;

  /** Built-in templates are seeded from seeds/templates and read-only. */
  @Column({ name: "built_in", type: "boolean", default: false })
  builtIn!: boolean;

  /** The template in canonical form (serializeTemplate). */
  @Column({ type: "text" })
  document!: string;

  @Column({ name: "task_count", type: "integer", default: 0 })
  taskCount!: number;

  /** Working days from the kickoff to the last finish. */
  @Column({ name: "duration_days", type: "integer", default: 0 })
  durationDays!: number;

  /** The draft project the template is being edited in (null when nobody edits it). */
  @Column({ name: "draft_project_id", type: "integer", nullable: true })
  draftProjectId!: number | null;

  @Column({ name: "updated_by_id", type: "integer", nullable: true })
  updatedById!: number | null;

  @CreateDateColumn({ name: "created_at" })
  createdAt!: Date;

  @UpdateDateColumn({ name: "updated_at" })
  updatedAt!: Date;
}
