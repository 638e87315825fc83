// Installation-wide settings, such as the generated session secret when SESSION_SECRET is not set.
import { Column, Entity, PrimaryColumn } from "typeorm";

@Entity({ name: "app_settings" })
export class AppSetting {
  @PrimaryColumn({ type: "varchar", length: 60 })
  key!: string;

  @Column({ type: "text" })
  value!: string;
}
