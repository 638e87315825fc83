// Development only (NODE_ENV=development with the demo seeded): demo accounts, one per project role,
// so the demo project can be tried as each of them. Documented in docs/DEMO-USERS.md. Idempotent.
import type { DataSource } from "typeorm";
import { Project, User } from "../entities";
import { UserService } from "../server/services/user-service";
import type { ProjectRole } from "../server/domain/permissions";

export const DEMO_PASSWORD = "demo-password-2026";

export const DEMO_USERS: { email: string; name: string; role: ProjectRole | "admin" }[] = [
  { email: "admin@demo.example", name: "Ada Admin", role: "admin" },
  { email: "owner@demo.example", name: "Daniel Whitaker", role: "owner" },
  { email: "manager@demo.example", name: "Sara Ahmadi", role: "manager" },
  { email: "member@demo.example", name: "Priya Raman", role: "member" },
  { email: "stakeholder@demo.example", name: "Elena Rossi", role: "stakeholder" },
  { email: "consultant@demo.example", name: "Lukas Becker", role: "consultant" },
];

export async function seedDemoUsers(ds: DataSource): Promise<void> {
  const users = new UserService(ds);
  const demo = await ds.getRepository(Project).findOne({ where: { seedKey: "demo" } });
  let created = 0;
  for (const u of DEMO_USERS) {
    let user = await ds.getRepository(User).findOne({ where: { email: u.email } });
    if (!user) {
      user = await users.create({ email: u.email, name: u.name, password: DEMO_PASSWORD, isAdmin: u.role === "admin", isConsultant: u.role === "consultant" });
      created++;
    }
    if (demo && u.role !== "admin") await users.addMembership(demo.id, user.id, u.role);
  }
  if (created) console.log(`Development mode: ${created} demo accounts (see docs/DEMO-USERS.md), password "${DEMO_PASSWORD}".`);
}
