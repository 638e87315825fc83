// A revocable read-only link to a project's dashboard and Gantt: only the SHA-256 of its token is stored.
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";

@Entity({ name: "share_links" })
@Index(["projectId"])
export class ShareLink {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: "project_id", type: "integer" })
  projectId!: number;

  @ManyToOne("Project", { onDelete: "CASCADE" })
  @JoinColumn({ name: "project_id" })
  project!: unknown;

  /** Who the link is for ("Steering committee"), shown only to the project's team. */
  @Column({ type: "varchar", length: 200 })
  label!: string;

  /** Hex SHA-256 of the token; the token itself is shown once and never stored. */
  @Column({ name: "token_hash", type: "varchar", length: 64, unique: true })
  tokenHash!: string;

  /** The language the shared pages render in: en | fa. */
  @Column({ type: "varchar", length: 5, default: "en" })
  locale!: string;

  /** Last day the link works (ISO date, inclusive); null: no expiry. */
  @Column({ name: "expires_at", type: "varchar", length: 10, nullable: true })
  expiresAt!: string | null;

  /** ISO timestamp of the revocation; null while the link is live. */
  @Column({ name: "revoked_at", type: "varchar", length: 30, nullable: true })
  revokedAt!: string | null;

  /** ISO timestamp. */
  @Column({ name: "created_at", type: "varchar", length: 30 })
  createdAt!: string;

  /** ISO timestamp of the latest use, recorded at most once an hour. */
  @Column({ name: "last_used_at", type: "varchar", length: 30, nullable: true })
  lastUsedAt!: string | null;
}
