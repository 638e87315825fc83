// A CRM rollout project: the root every other record hangs from.
import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import type { Phase } from "./phase";

@Entity({ name: "projects" })
export class Project {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Column({ name: "client_organisation", type: "varchar", length: 200, default: "" })
  clientOrganisation!: string;

  @Column({ type: "text", default: "" })
  description!: string;

  /** ISO date YYYY-MM-DD. */
  @Column({ name: "kickoff_date", type: "varchar", length: 10 })
  kickoffDate!: string;

  /** ISO weekdays that are working days, comma-separated (1 = Monday … 7 = Sunday). */
  @Column({ name: "working_days", type: "varchar", length: 20, default: "1,2,3,4,5" })
  workingDays!: string;

  /** ISO timestamp when archived; null while active. */
  @Column({ name: "archived_at", type: "varchar", length: 30, nullable: true })
  archivedAt!: string | null;

  /** Stable key of the seed that created this project (idempotent seeding). */
  @Column({ name: "seed_key", type: "varchar", length: 60, nullable: true, unique: true })
  seedKey!: string | null;

  /** The baseline the task table and the Gantt compare against (null: none). */
  @Column({ name: "compared_baseline_id", type: "integer", nullable: true })
  comparedBaselineId!: number | null;

  /** Key and language of the template the project was created from (null: none). */
  @Column({ name: "template_key", type: "varchar", length: 80, nullable: true })
  templateKey!: string | null;

  @Column({ name: "template_language", type: "varchar", length: 2, nullable: true })
  templateLanguage!: string | null;

  /** The template version the project was created from, raised when newer items are taken over. */
  @Column({ name: "template_version", type: "integer", nullable: true })
  templateVersion!: number | null;

  /** Set while the project is the draft a template is edited in (the template's id); hidden from project lists. */
  @Column({ name: "draft_of_template_id", type: "integer", nullable: true })
  draftOfTemplateId!: number | null;

  @CreateDateColumn({ name: "created_at" })
  createdAt!: Date;

  @UpdateDateColumn({ name: "updated_at" })
  updatedAt!: Date;

  @OneToMany("Phase", (phase: Phase) => phase.project)
  phases!: Phase[];
}
