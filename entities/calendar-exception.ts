// A dated exception to a project's working week: a holiday (non-working) or an extra working day.
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";

@Entity({ name: "calendar_exceptions" })
@Index(["projectId", "date"], { unique: true })
export class CalendarException {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: "project_id", type: "integer" })
  projectId!: number;

  @ManyToOne("Project", { onDelete: "CASCADE" })
  @JoinColumn({ name: "project_id" })
  project!: unknown;

  /** ISO date YYYY-MM-DD. */
  @Column({ type: "varchar", length: 10 })
  date!: string;

  /** false: a holiday on a working weekday; true: an extra working day on a weekend. */
  @Column({ type: "boolean", default: false })
  working!: boolean;

  @Column({ type: "varchar", length: 200, default: "" })
  name!: string;
}
