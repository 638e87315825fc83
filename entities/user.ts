// A person who signs in. Administrators manage users; everyone else gets rights per project.
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";

@Entity({ name: "users" })
export class User {
  @PrimaryGeneratedColumn()
  id!: number;

  /** Lower-cased; unique. */
  @Column({ type: "varchar", length: 254, unique: true })
  email!: string;

  @Column({ type: "varchar", length: 200 })
  name!: string;

  /** scrypt$N$r$p$salt$hash (server/services/passwords.ts). */
  @Column({ name: "password_hash", type: "varchar", length: 300 })
  passwordHash!: string;

  @Column({ name: "is_admin", type: "boolean", default: false })
  isAdmin!: boolean;

  /** Consultants manage the template library (admins may too). */
  @Column({ name: "is_consultant", type: "boolean", default: false })
  isConsultant!: boolean;

  /** Preferred UI language: en | fa. */
  @Column({ type: "varchar", length: 2, default: "en" })
  locale!: string;

  /** Date calendar: auto (Jalali in fa, Gregorian in en) | gregorian | jalali. */
  @Column({ name: "date_calendar", type: "varchar", length: 10, default: "auto" })
  dateCalendar!: string;

  /** Budget amounts in rials or tomans: as-entered | rial | toman (server/domain/money.ts). */
  @Column({ name: "money_display", type: "varchar", length: 10, default: "as-entered" })
  moneyDisplay!: string;

  /** ISO timestamp when the account was disabled; disabled users cannot sign in. */
  @Column({ name: "disabled_at", type: "varchar", length: 30, nullable: true })
  disabledAt!: string | null;

  @CreateDateColumn({ name: "created_at" })
  createdAt!: Date;
}
