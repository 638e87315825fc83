// User accounts: first-run setup, sign-in with throttling, passwords, and project memberships.
import { createHash, randomBytes } from "node:crypto";
import { In, Like, Not, type DataSource, type EntityManager } from "typeorm";
import { AppSetting, LoginThrottle, Member, ProjectMembership, Session, User } from "../../entities";
import { DomainError, NotFound } from "../domain/errors";
import { isOneOf } from "../domain/types";
import { PROJECT_ROLES, type ProjectRole } from "../domain/permissions";
import { passwordProblem } from "../domain/passwords";
import { hashPassword, verifyPassword } from "./passwords";
import { record, recordUpdate } from "./activity";
import { diffFields, type FieldChange, type Snapshot } from "../domain/diff";

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
  /** Manages the template library. */
  isConsultant?: boolean;
}

/** What an administrator edits on an account (the password has its own form). */
export interface UserUpdate {
  name: string;
  email: string;
  isAdmin: boolean;
  isConsultant?: boolean;
  disabled: boolean;
}

/** A user's access to a project: the role and the optional person record (Member) for "assigned to me". */
export interface AccessInput {
  role: ProjectRole;
  memberId: number | null;
}

/** Who changes access: only owners and administrators may give or take away the owner role. */
export interface AccessActor {
  mayManageOwners: boolean;
}

/** A row of a project's Access page. */
export interface AccessRow {
  membership: ProjectMembership;
  user: User;
  memberName: string | null;
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
      return m.getRepository(User).save(m.getRepository(User).create({ email, name: input.name, passwordHash, isAdmin: input.isAdmin, isConsultant: input.isConsultant ?? false, locale: "en", disabledAt: null }));
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

  /** The user's language and date calendar ("auto" follows the language). */
  async setPreferences(userId: number, prefs: { locale: string; dateCalendar: string; moneyDisplay: string }): Promise<void> {
    await this.ds.getRepository(User).update({ id: userId }, { locale: prefs.locale, dateCalendar: prefs.dateCalendar, moneyDisplay: prefs.moneyDisplay });
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

  /**
   * Edits an account. The e-mail stays unique (lower-cased); disabling stamps the time and ends the
   * account's sessions. The acting administrator cannot take away their own administrator flag or
   * disable themselves (field errors), so there is always an administrator left.
   */
  async update(id: number, input: UserUpdate, actorUserId: number, now: string): Promise<User> {
    const email = input.email.trim().toLowerCase();
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(User);
      const user = await repo.findOne({ where: { id } });
      if (!user) throw new NotFound("user");
      if (id === actorUserId && !input.isAdmin) throw new DomainError("admin.errors.selfDemote", {}, "isAdmin");
      if (id === actorUserId && input.disabled) throw new DomainError("admin.errors.selfDisable", {}, "disabled");
      if (email !== user.email && (await repo.exists({ where: { email } }))) throw new DomainError("auth.errors.emailTaken", {}, "email");
      const disabling = input.disabled && !user.disabledAt;
      user.name = input.name;
      user.email = email;
      user.isAdmin = input.isAdmin;
      if (input.isConsultant !== undefined) user.isConsultant = input.isConsultant;
      user.disabledAt = input.disabled ? (user.disabledAt ?? now) : null;
      await repo.save(user);
      if (disabling) await endSessions(m, id);
      return user;
    });
  }

  /**
   * An administrator sets a new password (policy of server/domain/passwords.ts, a field error otherwise).
   * The account's sessions end, except `keepSid` (the administrator's own when they reset their own
   * password), and a sign-in lock on the address is lifted.
   */
  async setPassword(id: number, password: string, keepSid?: string): Promise<User> {
    const user = await this.get(id);
    if (!user) throw new NotFound("user");
    const problem = passwordProblem(password, user.email);
    if (problem) throw new DomainError(problem, {}, "password");
    const passwordHash = await hashPassword(password);
    await this.ds.transaction(async (m) => {
      await m.getRepository(User).update({ id }, { passwordHash });
      await m.getRepository(LoginThrottle).delete({ key: `email:${user.email}` });
      await endSessions(m, id, keepSid);
    });
    return user;
  }

  /** Disables (stamping the time and ending the sessions) or enables an account; never one's own. */
  async setDisabled(id: number, disabled: boolean, actorUserId: number, now: string): Promise<User> {
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(User);
      const user = await repo.findOne({ where: { id } });
      if (!user) throw new NotFound("user");
      if (disabled && id === actorUserId) throw new DomainError("admin.errors.selfDisable", {}, "disabled");
      if (disabled === (user.disabledAt !== null)) return user;
      user.disabledAt = disabled ? now : null;
      await repo.save(user);
      if (disabled) await endSessions(m, id);
      return user;
    });
  }

  /** The project's accounts with their roles and linked person records, owners first, then by name. */
  async accessList(projectId: number): Promise<AccessRow[]> {
    const memberships = await this.ds.getRepository(ProjectMembership).find({ where: { projectId }, relations: { user: true } });
    const members = await this.ds.getRepository(Member).find({ where: { projectId }, select: { id: true, name: true } });
    const names = new Map(members.map((p) => [p.id, p.name]));
    const rank = (role: string) => PROJECT_ROLES.indexOf(role as ProjectRole);
    return memberships
      .map((membership) => ({ membership, user: membership.user, memberName: membership.memberId === null ? null : (names.get(membership.memberId) ?? null) }))
      .sort((a, b) => rank(a.membership.role) - rank(b.membership.role) || a.user.name.localeCompare(b.user.name) || a.user.id - b.user.id);
  }

  /**
   * Gives the account with this e-mail the role in the project (a field error when no account has the
   * e-mail). When the account already has access its role is changed instead, and its person record too
   * when one is chosen.
   */
  async grantAccess(projectId: number, emailRaw: string, input: AccessInput, actor: AccessActor, now: string): Promise<AccessRow> {
    const email = emailRaw.trim().toLowerCase();
    return this.ds.transaction(async (m) => {
      const user = await m.getRepository(User).findOne({ where: { email } });
      if (!user) throw new DomainError("access.errors.noAccount", {}, "email");
      const existing = await m.getRepository(ProjectMembership).findOne({ where: { projectId, userId: user.id } });
      if (existing) return this.changeIn(m, projectId, existing, user, { role: input.role, memberId: input.memberId ?? existing.memberId }, actor, now);
      await checkAccessChange(m, projectId, null, input, actor);
      const repo = m.getRepository(ProjectMembership);
      const membership = await repo.save(repo.create({ projectId, userId: user.id, role: input.role, memberId: input.memberId }));
      const memberName = await personName(m, input.memberId);
      const changes: FieldChange[] = [
        { field: "email", from: null, to: user.email },
        { field: "role", from: null, to: input.role },
        ...(memberName ? [{ field: "member", from: null, to: memberName }] : []),
      ];
      await record(m, { projectId, at: now, subjectType: "access", subjectId: membership.id, subjectLabel: user.name, action: "created", changes });
      return { membership, user, memberName };
    });
  }

  /** Changes the role and person record of a membership of this project (404 for another project's). */
  async changeAccess(projectId: number, membershipId: number, input: AccessInput, actor: AccessActor, now: string): Promise<AccessRow> {
    return this.ds.transaction(async (m) => {
      const existing = await m.getRepository(ProjectMembership).findOne({ where: { id: membershipId, projectId }, relations: { user: true } });
      if (!existing) throw new NotFound("membership");
      return this.changeIn(m, projectId, existing, existing.user, input, actor, now);
    });
  }

  /** Takes an account's access to the project away; never the last owner's. */
  async removeAccess(projectId: number, membershipId: number, actor: AccessActor, now: string): Promise<AccessRow> {
    return this.ds.transaction(async (m) => {
      const existing = await m.getRepository(ProjectMembership).findOne({ where: { id: membershipId, projectId }, relations: { user: true } });
      if (!existing) throw new NotFound("membership");
      await checkAccessChange(m, projectId, existing, null, actor);
      const memberName = await personName(m, existing.memberId);
      await m.getRepository(ProjectMembership).delete({ id: existing.id });
      const changes: FieldChange[] = [
        { field: "email", from: existing.user.email, to: null },
        { field: "role", from: existing.role, to: null },
        ...(memberName ? [{ field: "member", from: memberName, to: null }] : []),
      ];
      await record(m, { projectId, at: now, subjectType: "access", subjectId: existing.id, subjectLabel: existing.user.name, action: "deleted", changes });
      return { membership: existing, user: existing.user, memberName };
    });
  }

  private async changeIn(m: EntityManager, projectId: number, existing: ProjectMembership, user: User, input: AccessInput, actor: AccessActor, now: string): Promise<AccessRow> {
    await checkAccessChange(m, projectId, existing, input, actor);
    const before: Snapshot = { role: existing.role, member: await personName(m, existing.memberId) };
    const memberName = await personName(m, input.memberId);
    await m.getRepository(ProjectMembership).update({ id: existing.id }, { role: input.role, memberId: input.memberId });
    await recordUpdate(m, { projectId, at: now, subjectType: "access", subjectId: existing.id, subjectLabel: user.name }, diffFields(before, { role: input.role, member: memberName }));
    return { membership: { ...existing, role: input.role, memberId: input.memberId }, user, memberName };
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

/**
 * The rules of an access change (`next` null for a removal): only owners and administrators touch the
 * owner role, a project keeps at least one owner, and a person record belongs to this project and to
 * at most one account in it.
 */
async function checkAccessChange(m: EntityManager, projectId: number, current: ProjectMembership | null, next: AccessInput | null, actor: AccessActor): Promise<void> {
  const field = next ? "role" : undefined;
  const ownerBefore = current?.role === "owner";
  const ownerAfter = next?.role === "owner";
  if (!actor.mayManageOwners && ownerBefore !== ownerAfter) throw new DomainError("access.errors.ownerOnly", {}, field);
  if (ownerBefore && !ownerAfter) {
    const owners = await m.getRepository(ProjectMembership).count({ where: { projectId, role: "owner" } });
    if (owners <= 1) throw new DomainError("access.errors.lastOwner", {}, field);
  }
  if (next?.memberId != null) {
    if (!(await m.getRepository(Member).exists({ where: { id: next.memberId, projectId } }))) throw new DomainError("errors.choice", {}, "memberId");
    const taken = await m.getRepository(ProjectMembership).findOne({
      where: { projectId, memberId: next.memberId, ...(current ? { id: Not(current.id) } : {}) },
      relations: { user: true },
    });
    if (taken) throw new DomainError("access.errors.personTaken", { name: taken.user.name }, "memberId");
  }
}

async function personName(m: EntityManager, memberId: number | null): Promise<string | null> {
  if (memberId === null) return null;
  return (await m.getRepository(Member).findOne({ where: { id: memberId }, select: { id: true, name: true } }))?.name ?? null;
}

/** Deletes the stored sessions of a user (all but keepSid), so a disabled account or a reset password takes effect at once. */
async function endSessions(m: EntityManager, userId: number, keepSid?: string): Promise<void> {
  const repo = m.getRepository(Session);
  const candidates = await repo.find({ where: { data: Like(`%"userId":${userId}%`) }, select: { sid: true, data: true } });
  const sids = candidates
    .filter((s) => s.sid !== keepSid)
    .filter((s) => {
      try {
        return (JSON.parse(s.data) as { userId?: unknown }).userId === userId;
      } catch {
        return false;
      }
    })
    .map((s) => s.sid);
  if (sids.length) await repo.delete({ sid: In(sids) });
}
