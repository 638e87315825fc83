// User accounts: first-run setup, sign-in with throttling, passwords, and project memberships.
import { createHash, randomBytes } from "node:crypto";
import type { DataSource } from "typeorm";
import { AppSetting, LoginThrottle, ProjectMembership, User } from "../../entities";
import { DomainError, NotFound } from "../domain/errors";
import { isOneOf } from "../domain/types";
import { PROJECT_ROLES, type ProjectRole } from "../domain/permissions";
import { passwordProblem } from "../domain/passwords";
import { hashPassword, verifyPassword } from "./passwords";

/** Failures allowed per key in a window before sign-in is refused for a while. */
const MAX_FAILURES = 5;
const WINDOW_MS = 15 * 60_000;
const LOCK_MS = 15 * 60_000;
const SETUP_KEY = "setup_token_hash";
const SECRET_KEY = "session_secret";

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

export interface NewUser {
  email: string;
  name: string;
  password: string;
  isAdmin: boolean;
}

export class UserService {
  constructor(private readonly ds: DataSource) {}

  async count(): Promise<number> {
    return this.ds.getRepository(User).count();
  }

  async get(id: number): Promise<User | null> {
    return this.ds.getRepository(User).findOne({ where: { id } });
  }

  async list(): Promise<User[]> {
    return this.ds.getRepository(User).find({ order: { name: "ASC", id: "ASC" } });
  }

  /** Creates a user; a taken e-mail or a weak password is a field error. */
  async create(input: NewUser): Promise<User> {
    const email = input.email.trim().toLowerCase();
    const problem = passwordProblem(input.password, email);
    if (problem) throw new DomainError(problem, {}, "password");
    const passwordHash = await hashPassword(input.password);
    return this.ds.transaction(async (m) => {
      if (await m.getRepository(User).exist({ where: { email } })) throw new DomainError("auth.errors.emailTaken", {}, "email");
      return m.getRepository(User).save(m.getRepository(User).create({ email, name: input.name, passwordHash, isAdmin: input.isAdmin, locale: "en", disabledAt: null }));
    });
  }

  /**
   * The user for these credentials, or a DomainError: "auth.errors.invalid" (never saying which part was
   * wrong) or "auth.errors.throttled" after too many failures for the address or the client.
   */
  async authenticate(emailRaw: string, password: string, client: string, now: Date): Promise<User> {
    const email = emailRaw.trim().toLowerCase();
    const keys = [`email:${email}`, `client:${client}`];
    const throttles = this.ds.getRepository(LoginThrottle);
    for (const key of keys) {
      const t = await throttles.findOne({ where: { key } });
      if (t?.lockedUntil && new Date(t.lockedUntil) > now) {
        const minutes = Math.ceil((new Date(t.lockedUntil).getTime() - now.getTime()) / 60_000);
        throw new DomainError("auth.errors.throttled", { minutes }, "email");
      }
    }
    const user = await this.ds.getRepository(User).findOne({ where: { email } });
    // Hash even for an unknown address so timing does not tell whether the account exists.
    const ok = await verifyPassword(password, user?.passwordHash ?? "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    if (!user || !ok || user.disabledAt) {
      for (const key of keys) await this.recordFailure(key, now);
      throw new DomainError("auth.errors.invalid", {}, "email");
    }
    await throttles.delete({ key: keys[0] });
    return user;
  }

  private async recordFailure(key: string, now: Date): Promise<void> {
    await this.ds.transaction(async (m) => {
      const repo = m.getRepository(LoginThrottle);
      let t = await repo.findOne({ where: { key } });
      if (!t || now.getTime() - new Date(t.windowStart).getTime() > WINDOW_MS) {
        t = repo.create({ key, failures: 0, windowStart: now.toISOString(), lockedUntil: null });
      }
      t.failures += 1;
      if (t.failures >= MAX_FAILURES) t.lockedUntil = new Date(now.getTime() + LOCK_MS).toISOString();
      await repo.save(t);
    });
  }

  async changePassword(userId: number, current: string, next: string): Promise<void> {
    const user = await this.ds.getRepository(User).findOne({ where: { id: userId } });
    if (!user) throw new NotFound("user");
    if (!(await verifyPassword(current, user.passwordHash))) throw new DomainError("auth.errors.wrongPassword", {}, "current");
    const problem = passwordProblem(next, user.email);
    if (problem) throw new DomainError(problem, {}, "password");
    await this.ds.getRepository(User).update({ id: userId }, { passwordHash: await hashPassword(next) });
  }

  /** The actor's role in a project, or null when not a member. */
  async roleIn(projectId: number, userId: number): Promise<{ role: ProjectRole; memberId: number | null } | null> {
    const m = await this.ds.getRepository(ProjectMembership).findOne({ where: { projectId, userId } });
    if (!m || !isOneOf(PROJECT_ROLES, m.role)) return null;
    return { role: m.role, memberId: m.memberId };
  }

  /** Ids of the projects the user belongs to. */
  async projectIdsOf(userId: number): Promise<number[]> {
    const rows = await this.ds.getRepository(ProjectMembership).find({ where: { userId }, select: { projectId: true } });
    return rows.map((r) => r.projectId);
  }

  async addMembership(projectId: number, userId: number, role: ProjectRole): Promise<void> {
    const repo = this.ds.getRepository(ProjectMembership);
    const existing = await repo.findOne({ where: { projectId, userId } });
    if (existing) await repo.update({ id: existing.id }, { role });
    else await repo.save(repo.create({ projectId, userId, role, memberId: null }));
  }

  /** The secret that signs session cookies: SESSION_SECRET, else one generated once and kept in the database. */
  async sessionSecret(fromEnv: string | null): Promise<string> {
    if (fromEnv) return fromEnv;
    const repo = this.ds.getRepository(AppSetting);
    const found = await repo.findOne({ where: { key: SECRET_KEY } });
    if (found) return found.value;
    const value = randomBytes(32).toString("base64url");
    await repo.save({ key: SECRET_KEY, value });
    return value;
  }

  /** While no user exists: a fresh one-time setup token (only its hash is stored); null once set up. */
  async issueSetupToken(): Promise<string | null> {
    if ((await this.count()) > 0) return null;
    const token = randomBytes(24).toString("base64url");
    await this.ds.getRepository(AppSetting).save({ key: SETUP_KEY, value: sha256(token) });
    return token;
  }

  async setupTokenValid(token: string): Promise<boolean> {
    if ((await this.count()) > 0) return false;
    const row = await this.ds.getRepository(AppSetting).findOne({ where: { key: SETUP_KEY } });
    return row !== null && token.length > 0 && row.value === sha256(token);
  }

  /** Creates the first administrator with the setup token, then retires the token. */
  async completeSetup(token: string, input: Omit<NewUser, "isAdmin">): Promise<User> {
    if (!(await this.setupTokenValid(token))) throw new NotFound("setup");
    const user = await this.create({ ...input, isAdmin: true });
    await this.ds.getRepository(AppSetting).delete({ key: SETUP_KEY });
    return user;
  }
}
