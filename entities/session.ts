// A signed-in session, stored in the database so it survives restarts and works across processes.
import { Column, Entity, Index, PrimaryColumn } from "typeorm";

@Entity({ name: "sessions" })
export class Session {
  @PrimaryColumn({ type: "varchar", length: 128 })
  sid!: string;

  /** Expiry in milliseconds since the epoch. */
  @Index()
  @Column({ name: "expires_at", type: "bigint" })
  expiresAt!: string;

  @Column({ type: "text" })
  data!: string;
}
