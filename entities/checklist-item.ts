// A checklist item of a phase, in a category, with an owner, a due date and a done record.
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import type { Phase } from "./phase";
import type { ChecklistCategory } from "./checklist-category";
import type { Member } from "./member";

@Entity({ name: "checklist_items" })
@Index(["projectId"])
export class ChecklistItem {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: "project_id", type: "integer" })
  projectId!: number;

  @ManyToOne("Project", { onDelete: "CASCADE" })
  @JoinColumn({ name: "project_id" })
  project!: unknown;

  @Column({ name: "phase_id", type: "integer" })
  phaseId!: number;

  @ManyToOne("Phase", { onDelete: "CASCADE" })
  @JoinColumn({ name: "phase_id" })
  phase!: Phase;

  @Column({ name: "category_id", type: "integer" })
  categoryId!: number;

  @ManyToOne("ChecklistCategory", { onDelete: "CASCADE" })
  @JoinColumn({ name: "category_id" })
  category!: ChecklistCategory;

  @Column({ type: "varchar", length: 500 })
  text!: string;

  @Column({ name: "owner_id", type: "integer", nullable: true })
  ownerId!: number | null;

  @ManyToOne("Member", { onDelete: "SET NULL", nullable: true })
  @JoinColumn({ name: "owner_id" })
  owner!: Member | null;

  /** ISO date YYYY-MM-DD or null. */
  @Column({ name: "due_date", type: "varchar", length: 10, nullable: true })
  dueDate!: string | null;

  @Column({ type: "boolean", default: false })
  done!: boolean;

  @Column({ name: "done_by_id", type: "integer", nullable: true })
  doneById!: number | null;

  @ManyToOne("Member", { onDelete: "SET NULL", nullable: true })
  @JoinColumn({ name: "done_by_id" })
  doneBy!: Member | null;

  /** ISO timestamp when marked done. */
  @Column({ name: "done_at", type: "varchar", length: 30, nullable: true })
  doneAt!: string | null;

  @Column({ type: "text", default: "" })
  note!: string;

  @Column({ type: "integer", default: 0 })
  position!: number;
}
