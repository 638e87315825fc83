// Failed sign-ins per key (an e-mail address or a client address), for throttling.
import { Column, Entity, PrimaryColumn } from "typeorm";

@Entity({ name: "login_throttles" })
export class LoginThrottle {
  @PrimaryColumn({ type: "varchar", length: 300 })
  key!: string;

  @Column({ type: "integer", default: 0 })
  failures!: number;

  /** ISO timestamp of the first failure in the current window. */
  @Column({ name: "window_start", type: "varchar", length: 30 })
  windowStart!: string;

  /** ISO timestamp until which sign-in is refused for this key. */
  @Column({ name: "locked_until", type: "varchar", length: 30, nullable: true })
  lockedUntil!: string | null;
}
