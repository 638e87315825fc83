// HTTP: the route × role matrix. Every rule of PROJECT_ROUTES is requested by every kind of visitor —
// administrator, the project's owner, manager, consultant, member, stakeholder, a user of another project
// only, and an anonymous visitor — through real sessions and CSRF tokens (no trustedTestUser seam), and the
// answer must match the permission table: allowed → through to the handler, not allowed → 403, another
// project's user → 404, anonymous → the sign-in page (GET) or 401 (POST). The cases are generated from
// PROJECT_ROUTES, so a new rule is covered as soon as it is added; a guard checks that every route the
// project routers register has a rule (and every rule a route).
import { expect } from "chai";
import { BUILT_IN_TEMPLATES } from "../../seeds/templates";
import { CRM_ID_FIXTURES, CRM_PARAM_FIXTURES } from "../support/crm-fixtures";
import request from "supertest";
import * as cheerio from "cheerio";
import type { DataSource } from "typeorm";
import type { Express } from "express";
import { createApp } from "../../server/app";
import { createServices, type Services } from "../../server/services";
import { UserService } from "../../server/services/user-service";
import { PROJECT_ROUTES, type RouteRule } from "../../server/domain/route-permissions";
import { can, PERMISSIONS, type Permission, type ProjectRole } from "../../server/domain/permissions";
import { translate } from "../../server/i18n";
import { CalendarException, Phase, Project, ProjectMembership, User, type Member } from "../../entities";
import { freshDataSource } from "../support/db";
import { NOW, TODAY } from "../support/app";
import { makeChecklistItem, makeMember, makeProject, makeTask } from "../support/factories";
import { makeExpectation, makeGoal, makeResource } from "../support/register-factories";
import { formBody } from "../support/more-factories";

const en = (key: string, params?: Record<string, unknown>) => translate("en", key, params);
const PASSWORD = "correct horse battery staple";

type Agent = ReturnType<typeof request.agent>;
type Res = request.Response;
/** The signed-in visitors of the matrix: an administrator and the five project roles. */
type Visitor = "admin" | ProjectRole;
const VISITORS: readonly Visitor[] = ["admin", "owner", "manager", "consultant", "member", "stakeholder"];
/** Whose record a plan.editAssigned rule is tried on: the signed-in member's own, or somebody else's. */
type Variant = "own" | "other";

interface Session {
  agent: Agent;
  csrf: string;
}

/** Errors the app logged (500s), shown in the message of the assertion that meets them. */
const serverErrors: unknown[] = [];

/** One line about a response, for assertion messages: status, Location, the page's heading, a logged error. */
function summary(res: Res): string {
  const h1 = res.type === "text/html" ? cheerio.load(res.text)("h1").first().text().trim() : "";
  const logged = res.status >= 500 && serverErrors.length > 0 ? ` [${String(serverErrors[serverErrors.length - 1])}]` : "";
  return `${res.status}${res.headers.location ? ` → ${res.headers.location}` : ""}${h1 ? ` “${h1}”` : ""}${logged}`;
}

function heading(res: Res): string {
  return cheerio.load(res.text)("h1").first().text().trim();
}

/** "/tasks/:taskId/edit" with the given values for its parameters. */
function fill(path: string, params: Record<string, string>): string {
  return path
    .split("/")
    .map((seg) => (seg.startsWith(":") ? params[seg.slice(1)] : seg))
    .join("/");
}

const label = (rule: RouteRule) => `${rule.method} ${rule.path || "/"}`;

// --- the routes Express actually has, read from the router stack (Express 5 / router 2.x) -------------

interface RegisteredRoute {
  method: string;
  path: string;
}

interface StackLayer {
  rawPath?: unknown;
  route?: { path: unknown; methods: Record<string, boolean> };
  handle?: { stack?: StackLayer[] };
}

/**
 * Every route of the app with its full path, walking app.router's stack into mounted routers. Router 2.x
 * keeps the path each layer was registered with in `layer.rawPath`; when a future version drops it, this
 * throws rather than silently finding nothing.
 */
function registeredRoutes(app: Express): RegisteredRoute[] {
  const out: RegisteredRoute[] = [];
  const join = (prefix: string, p: string) => (p === "/" ? prefix : `${prefix}${p}`.replace(/\/+$/, ""));
  const walk = (stack: StackLayer[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route) {
        const p = layer.route.path;
        if (typeof p !== "string") throw new Error(`route with a non-string path under ${prefix}: update the guard`);
        for (const m of Object.keys(layer.route.methods)) out.push({ method: m.toUpperCase(), path: join(prefix, p) || "/" });
      } else if (layer.handle && Array.isArray(layer.handle.stack)) {
        if (typeof layer.rawPath !== "string") throw new Error(`mounted router without a string rawPath under "${prefix}": the router package changed; update the guard`);
        walk(layer.handle.stack, join(prefix, layer.rawPath));
      }
    }
  };
  walk((app as unknown as { router: { stack: StackLayer[] } }).router.stack, "");
  return out;
}

const PROJECT_PREFIX = "/projects/:projectId";

/** True when the rule's pattern covers the registered path: a rule parameter takes any segment, a literal only itself. */
function ruleCovers(rulePath: string, registered: string): boolean {
  const a = rulePath.split("/");
  const b = registered.split("/");
  return a.length === b.length && a.every((seg, i) => seg.startsWith(":") || (!b[i].startsWith(":") && seg === b[i]));
}

/** Same shape: parameters in the same places (names aside), literals equal. */
function sameShape(x: string, y: string): boolean {
  const a = x.split("/");
  const b = y.split("/");
  return a.length === b.length && a.every((seg, i) => (seg.startsWith(":") ? b[i].startsWith(":") : seg === b[i]));
}

describe("Route × role permissions", function () {
  let ds: DataSource;
  let app: Express;
  let services: Services;

  let project: Project;
  let otherProject: Project;
  let base: string;
  let linked: Member; // the person record of the "member" user
  let someoneElse: Member;
  const users = {} as Record<Visitor | "outsider", User>;
  const sessions = {} as Record<Visitor | "outsider", Session>;
  /** An anonymous visitor who opened the sign-in page: a session with a CSRF token but no user. */
  let anonymous: Session;
  /** Ids of records that GET rules are tried on (POST rules get fresh records, see freshParam). */
  const stable: Record<string, string> = {};
  let seq = 0;

  async function signIn(email: string): Promise<Session> {
    const agent = request.agent(app);
    const login = await agent.get("/login").expect(200);
    const token = cheerio.load(login.text)('input[name="_csrf"]').val() as string;
    await agent.post("/login").type("form").send({ _csrf: token, email, password: PASSWORD }).expect(303).expect("Location", "/projects");
    // A new session begins at sign-in; its token is in every signed-in page (the sign-out form).
    const page = await agent.get("/account/password").expect(200);
    const csrf = cheerio.load(page.text)('input[name="_csrf"]').first().val() as string;
    expect(csrf, `CSRF token for ${email}`).to.be.a("string").and.not.equal("");
    return { agent, csrf };
  }

  before(async function () {
    this.timeout(60_000);
    ds = await freshDataSource();
    services = createServices(ds, () => NOW);
    app = createApp({ dataSource: ds, today: () => TODAY, now: () => NOW, sessionSecret: "test-secret", log: (e) => serverErrors.push(e) });
    app.enable("view cache"); // compile each template once, as in production: the matrix renders ~700 pages

    // One scrypt hash (about 100 ms), then the same hash for everyone else: the password is the same.
    const first = await new UserService(ds).create({ email: "admin@example.com", name: "Ada Admin", password: PASSWORD, isAdmin: true });
    users.admin = first;
    const userRepo = ds.getRepository(User);
    const person = (key: string, name: string) =>
      userRepo.save(userRepo.create({ email: `${key}@example.com`, name, passwordHash: first.passwordHash, isAdmin: false, locale: "en", disabledAt: null }));
    users.owner = await person("owner", "Olivia Owner");
    users.manager = await person("manager", "Max Manager");
    users.consultant = await person("consultant", "Cora Consultant");
    users.member = await person("member", "Mia Member");
    users.stakeholder = await person("stakeholder", "Sam Stakeholder");
    users.outsider = await person("outsider", "Otto Outsider");

    // The project: its creator becomes its owner; the others get their roles.
    project = await services.projects.create(
      { name: "Acme CRM rollout", clientOrganisation: "Acme Ltd", description: "", kickoffDate: TODAY, workingDays: [1, 2, 3, 4, 5] },
      { ownerUserId: users.owner.id },
    );
    base = `/projects/${project.id}`;
    // Created from a template whose library version is newer: /template-update has something to offer.
    await services.templates.seedBuiltIns([BUILT_IN_TEMPLATES[0]]);
    await ds.getRepository(Project).update({ id: project.id }, { templateKey: BUILT_IN_TEMPLATES[0].key, templateLanguage: BUILT_IN_TEMPLATES[0].language, templateVersion: 0 });
    for (const role of ["manager", "consultant", "member", "stakeholder"] as const) await services.users.addMembership(project.id, users[role].id, role);
    linked = await makeMember(ds, project.id, { name: "Mia Member", email: "member@example.com" });
    someoneElse = await makeMember(ds, project.id, { name: "Simon Else", email: "simon@example.com" });
    await ds.getRepository(ProjectMembership).update({ projectId: project.id, userId: users.member.id }, { memberId: linked.id });
    // Another project, shared with the outsider only.
    otherProject = await makeProject(ds, { name: "Globex rollout" });
    await services.users.addMembership(otherProject.id, users.outsider.id, "owner");

    stable.kind = "planning";
    stable.taskId_own = String((await makeTask(ds, project.id, { name: "Mia's task", assigneeId: linked.id })).id);
    stable.taskId_other = String((await makeTask(ds, project.id, { name: "Simon's task", assigneeId: someoneElse.id, position: 2 })).id);
    stable.itemId_own = String((await makeChecklistItem(ds, project.id, { text: "Mia's item", ownerId: linked.id })).id);
    stable.itemId_other = String((await makeChecklistItem(ds, project.id, { text: "Simon's item", ownerId: someoneElse.id, position: 2 })).id);
    for (const name of ["categoryId", "membershipId", "baselineId", "exceptionId", "linkId"]) stable[name] = await freshParam(name, "other", "");
    for (const r of ["people", "goals", "resources", "expectations"]) stable[`id_${r}`] = await freshParam("id", "other", `/${r}`);

    for (const v of [...VISITORS, "outsider" as const]) sessions[v] = await signIn(users[v].email);
    const agent = request.agent(app);
    const login = await agent.get("/login").expect(200);
    anonymous = { agent, csrf: cheerio.load(login.text)('input[name="_csrf"]').val() as string };
  });

  after(() => ds?.destroy());

  /** A new record for a route parameter, so a POST that deletes or changes it harms no other case. */
  async function freshParam(name: string, variant: Variant, pathBefore: string): Promise<string> {
    const n = ++seq;
    switch (name) {
      case "kind":
        return "planning";
      case "taskId":
        return String((await makeTask(ds, project.id, { name: `Task ${n}`, position: 10 + n, assigneeId: variant === "own" ? linked.id : someoneElse.id })).id);
      case "itemId":
        return String((await makeChecklistItem(ds, project.id, { text: `Item ${n}`, position: 10 + n, ownerId: variant === "own" ? linked.id : someoneElse.id })).id);
      case "categoryId":
        return String((await services.checklists.addCategory(project.id, `Category ${n}`)).id);
      case "membershipId": {
        const repo = ds.getRepository(User);
        const u = await repo.save(repo.create({ email: `extra${n}@example.com`, name: `Extra ${n}`, passwordHash: "none", isAdmin: false, locale: "en", disabledAt: null }));
        const m = ds.getRepository(ProjectMembership);
        return String((await m.save(m.create({ projectId: project.id, userId: u.id, role: "stakeholder", memberId: null }))).id);
      }
      case "baselineId":
        return String((await services.baselines.save(project.id, `Baseline ${n}`)).id);
      case "exceptionId": {
        const repo = ds.getRepository(CalendarException);
        const date = new Date(Date.UTC(2027, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
        return String((await repo.save(repo.create({ projectId: project.id, date, working: false, name: `Holiday ${n}` }))).id);
      }
      case "linkId":
        return String((await services.shareLinks.create(project.id, { label: `Link ${n}`, expiresAt: null, locale: "en" }, NOW)).link.id);
      case "id": {
        const register = pathBefore.split("/")[1];
        if (register === "crm" && CRM_ID_FIXTURES[pathBefore.split("/")[2]]) return String(await CRM_ID_FIXTURES[pathBefore.split("/")[2]](ds, project.id, n));
        if (register === "people") return String((await makeMember(ds, project.id, { name: `Person ${n}`, email: `p${n}@example.com` })).id);
        if (register === "goals") return String((await makeGoal(ds, project.id, { name: `Goal ${n}` })).id);
        if (register === "resources") return String((await makeResource(ds, project.id, { name: `Resource ${n}` })).id);
        if (register === "expectations") return String((await makeExpectation(ds, project.id, { statement: `Expectation ${n}` })).id);
        throw new Error(`no fixture for :id under "${pathBefore}": teach freshParam about it`);
      }
      default:
        if (CRM_PARAM_FIXTURES[name]) return String(await CRM_PARAM_FIXTURES[name](ds, project.id, n));
        throw new Error(`no fixture for the route parameter :${name}: teach freshParam about it`);
    }
  }

  /** The URL a rule is tried at: stable records for GET, fresh ones for POST. */
  async function urlFor(rule: RouteRule, variant: Variant): Promise<string> {
    const segs = rule.path.split("/");
    const params: Record<string, string> = {};
    for (let i = 0; i < segs.length; i++) {
      if (!segs[i].startsWith(":")) continue;
      const name = segs[i].slice(1);
      const before = segs.slice(0, i).join("/");
      if (rule.method === "POST") params[name] = await freshParam(name, variant, before);
      else params[name] = stable[`${name}_${variant}`] ?? stable[`${name}_${before.split("/")[1]}`] ?? stable[name] ?? (await freshParam(name, variant, before));
    }
    return `${base}${fill(rule.path, params)}`;
  }

  /** Undoes the project-wide side effects an allowed POST may have had (archived, a gate signed off). */
  async function resetProject(): Promise<void> {
    await ds.getRepository(Project).update({ id: project.id }, { archivedAt: null, templateVersion: 0 });
    await ds.getRepository(Phase).update({ projectId: project.id }, { gateSignedOffAt: null, gateSignedOffById: null });
  }

  /** An empty form (only the token): enough to get past the permission check without saving anything. */
  function send(s: Session, method: "GET" | "POST", url: string): Promise<Res> {
    if (method === "GET") return s.agent.get(url).then((r) => r);
    return s.agent.post(url).type("form").send(formBody({ _csrf: s.csrf })).then((r) => r);
  }

  function expectAllowed(res: Res, rule: RouteRule, who: string): void {
    const msg = `${who} on ${label(rule)}: ${summary(res)}`;
    expect(res.status, msg).not.to.be.oneOf([401, 403, 404]);
    expect(res.status, msg).to.be.below(500);
    if (rule.method === "GET") {
      expect(res.status === 200 || (res.status >= 300 && res.status < 400), msg).to.equal(true);
      if (res.status !== 200) expect(res.headers.location, msg).not.to.match(/^\/login/);
    }
  }

  function expectForbidden(res: Res, rule: RouteRule, who: string): void {
    const msg = `${who} on ${label(rule)}: ${summary(res)}`;
    expect(res.status, msg).to.equal(403);
    // The permission page, not the CSRF one ("Form expired"), which is also a 403.
    expect(heading(res), msg).to.equal(en("error.forbidden.title"));
  }

  function expectNotFound(res: Res, rule: RouteRule, who: string): void {
    const msg = `${who} on ${label(rule)}: ${summary(res)}`;
    expect(res.status, msg).to.equal(404);
    expect(heading(res), msg).to.equal(en("error.notFound.title"));
  }

  const actorOf = (v: Visitor) => (v === "admin" ? { isAdmin: true, role: null } : { isAdmin: false, role: v });

  describe("the matrix, generated from PROJECT_ROUTES", () => {
    for (const rule of PROJECT_ROUTES) {
      describe(`${label(rule)} (${rule.permission})`, () => {
        // For assignment rules everyone is tried on a record assigned to somebody else; the member also on their own.
        const cases: { visitor: Visitor; variant: Variant }[] = VISITORS.map((visitor) => ({ visitor, variant: rule.assigned ? "other" : "own" }));
        if (rule.assigned) cases.push({ visitor: "member", variant: "own" });

        for (const { visitor, variant } of cases) {
          const assigned = visitor === "member" && variant === "own";
          const allowed = can(actorOf(visitor), rule.permission, { assigned });
          const whose = rule.assigned ? (assigned ? " on their own " : " on somebody else's ") + (rule.assigned === "task" ? "task" : "checklist item") : "";
          it(`${allowed ? "lets" : "refuses (403)"} the ${visitor}${allowed ? " through" : ""}${whose}`, async () => {
            const res = await send(sessions[visitor], rule.method, await urlFor(rule, variant));
            if (allowed) expectAllowed(res, rule, visitor);
            else expectForbidden(res, rule, visitor);
            if (rule.method === "POST") await resetProject();
          });
        }

        it("answers 404 to a user of another project, as if the project did not exist", async () => {
          const res = await send(sessions.outsider, rule.method, await urlFor(rule, "own"));
          expectNotFound(res, rule, "outsider");
        });

        if (rule.method === "GET") {
          it("sends an anonymous visitor to the sign-in page, to come back afterwards", async () => {
            const url = await urlFor(rule, "own");
            const res = await anonymous.agent.get(url);
            expect(res.status, summary(res)).to.equal(302);
            expect(res.headers.location).to.equal(`/login?next=${encodeURIComponent(url)}`);
          });
        } else {
          // The CSRF check runs before the sign-in check (server/http/auth.ts), so an anonymous visitor
          // holding a valid token of their own (from the sign-in page) is refused with 401, and one
          // without any token — a bare POST, a cross-site form — with the 403 "Form expired" page.
          it("refuses an anonymous visitor with a valid CSRF token with 401", async () => {
            const res = await send(anonymous, "POST", await urlFor(rule, "own"));
            expect(res.status, summary(res)).to.equal(401);
            expect(heading(res)).to.equal(en("error.signInRequired.title"));
          });

          it("refuses an anonymous POST without a CSRF token with 403 Form expired", async () => {
            const res = await request(app).post(await urlFor(rule, "own")).type("form").send("");
            expect(res.status, summary(res)).to.equal(403);
            expect(heading(res)).to.equal(en("error.csrf.title"));
          });
        }
      });
    }
  });

  describe("the table itself (hand-written expectations a wrong permission in PROJECT_ROUTES would break)", () => {
    const READ: readonly Permission[] = ["project.view", "project.viewInternal"];

    it("has one rule per method and path", () => {
      const keys = PROJECT_ROUTES.map((r) => `${r.method} ${r.path.replace(/:\w+/g, ":")}`);
      expect(keys.filter((k, i) => keys.indexOf(k) !== i)).to.deep.equal([]);
    });

    it("guards no POST with a read permission only", () => {
      expect(PROJECT_ROUTES.filter((r) => r.method === "POST" && READ.includes(r.permission)).map(label)).to.deep.equal([]);
    });

    it("guards no form page that changes something (new, edit, delete, revoke, settings, access, share) with a read permission only", () => {
      const forms = PROJECT_ROUTES.filter((r) => r.method === "GET" && /\/(new|edit|delete|revoke|settings|access|share)$/.test(r.path));
      expect(forms.length).to.be.greaterThan(10);
      expect(forms.filter((r) => READ.includes(r.permission)).map(label)).to.deep.equal([]);
    });

    it("names an assignment record exactly for the plan.editAssigned rules", () => {
      for (const r of PROJECT_ROUTES) expect(r.assigned !== undefined, label(r)).to.equal(r.permission === "plan.editAssigned");
    });

    it("gives the sensitive routes the permissions docs/SECURITY.md describes", () => {
      const expected: Record<string, Permission> = {
        "GET /activity": "project.viewInternal",
        "GET /settings": "project.edit",
        "POST /settings": "project.edit",
        "POST /archive": "project.edit",
        "POST /calendar": "project.edit",
        "POST /baselines": "project.edit",
        "GET /delete": "project.delete",
        "POST /delete": "project.delete",
        "GET /access": "project.manageMembers",
        "POST /access": "project.manageMembers",
        "POST /access/:membershipId": "project.manageMembers",
        "POST /phases/:kind/gate": "gate.signOff",
        "POST /phases/:kind/gate/reopen": "gate.signOff",
        "GET /share": "share.manage",
        "POST /share": "share.manage",
        "POST /tasks": "plan.edit",
        "POST /tasks/:taskId/delete": "plan.edit",
        "POST /tasks/:taskId": "plan.editAssigned",
        "POST /checklist/:itemId/toggle": "plan.editAssigned",
        "POST /tasks/:taskId/comments": "comment.add",
        "POST /checklist/:itemId/comments": "comment.add",
      };
      const actual = Object.fromEntries(PROJECT_ROUTES.map((r) => [label(r), r.permission]));
      for (const [key, permission] of Object.entries(expected)) expect(actual[key], key).to.equal(permission);
    });

    it("uses only known permissions", () => {
      for (const r of PROJECT_ROUTES) expect(PERMISSIONS, label(r)).to.include(r.permission);
    });
  });

  describe("guard: PROJECT_ROUTES and the registered project routes agree", () => {
    const projectRoutes = () =>
      registeredRoutes(app)
        .filter((r) => r.path === PROJECT_PREFIX || r.path.startsWith(`${PROJECT_PREFIX}/`))
        .map((r) => ({ method: r.method, path: r.path.slice(PROJECT_PREFIX.length) }));

    it("finds the project routes in the router stack (so the guard itself works)", () => {
      const found = projectRoutes().map((r) => `${r.method} ${r.path || "/"}`);
      expect(found).to.include.members(["GET /", "GET /tasks", "POST /tasks/:taskId", "GET /goals/:goalId/edit", "POST /share/:linkId/revoke"]);
      expect(found.length).to.be.greaterThan(50);
    });

    it("has a rule for every route registered under /projects/:projectId (an unlisted GET would fall back to project.view, an unlisted POST be refused to everyone)", () => {
      const missing = projectRoutes()
        .filter((r) => !PROJECT_ROUTES.some((rule) => rule.method === r.method && ruleCovers(rule.path, r.path)))
        .map((r) => `${r.method} ${r.path || "/"}`);
      expect(missing).to.deep.equal([]);
    });

    it("has a registered route for every rule (a rule without one is dead or its router is not mounted)", () => {
      const registered = projectRoutes();
      const unserved = PROJECT_ROUTES.filter((rule) => !registered.some((r) => r.method === rule.method && sameShape(rule.path, r.path))).map(label);
      expect(unserved).to.deep.equal([]);
    });
  });

  describe("plan.editAssigned is limited to progress, done and notes (permissions.ts)", () => {
    /** The fields of a form as a browser would submit them. */
    function formFields($: cheerio.CheerioAPI, selector: string): Record<string, string[]> {
      const out: Record<string, string[]> = {};
      const add = (name: string | undefined, value: string) => {
        if (name) (out[name] ??= []).push(value);
      };
      $(`${selector} input`).each((_i, el) => {
        const e = $(el);
        const type = e.attr("type") ?? "text";
        if ((type === "checkbox" || type === "radio") && e.attr("checked") === undefined) return;
        if (type === "submit" || type === "button") return;
        add(e.attr("name"), e.attr("value") ?? (type === "checkbox" ? "on" : ""));
      });
      $(`${selector} select`).each((_i, el) => {
        const e = $(el);
        const selected = e.find("option[selected]").first();
        add(e.attr("name"), (selected.length ? selected : e.find("option").first()).attr("value") ?? "");
      });
      $(`${selector} textarea`).each((_i, el) => add($(el).attr("name"), $(el).text()));
      return out;
    }

    it("does not let a member rename, reschedule or reassign their own task", async () => {
      const s = sessions.member;
      const own = await makeTask(ds, project.id, { name: "Train the field sales team", position: 900, assigneeId: linked.id });
      const $ = cheerio.load((await s.agent.get(`${base}/tasks/${own.id}/edit`).expect(200)).text);
      const fields = formFields($, `form[action="${base}/tasks/${own.id}"]`);
      expect(fields.name, "the edit form's fields").to.deep.equal(["Train the field sales team"]);
      const body = { ...fields, _csrf: [s.csrf], name: ["Renamed by the member"], durationDays: ["20"], assigneeId: [String(someoneElse.id)], progress: ["50"] };
      const res = await s.agent.post(`${base}/tasks/${own.id}`).type("form").send(formBody(body));
      expect(res.status, summary(res)).to.be.below(500);
      const after = await services.tasks.get(project.id, own.id);
      expect({ name: after.name, durationDays: after.durationDays, assigneeId: after.assigneeId }).to.deep.equal({
        name: "Train the field sales team",
        durationDays: 5,
        assigneeId: linked.id,
      });
    });

    it("does not let a member reword or hand over their own checklist item", async () => {
      const s = sessions.member;
      const own = await makeChecklistItem(ds, project.id, { text: "Data owners named", position: 900, ownerId: linked.id });
      const $ = cheerio.load((await s.agent.get(`${base}/checklist/${own.id}/edit`).expect(200)).text);
      const fields = formFields($, `form[action="${base}/checklist/${own.id}"]`);
      expect(fields.text, "the edit form's fields").to.deep.equal(["Data owners named"]);
      const body = { ...fields, _csrf: [s.csrf], text: ["Reworded by the member"], ownerId: [String(someoneElse.id)], note: ["Done in the workshop"] };
      const res = await s.agent.post(`${base}/checklist/${own.id}`).type("form").send(formBody(body));
      expect(res.status, summary(res)).to.be.below(500);
      const after = await services.checklists.get(project.id, own.id);
      expect({ text: after.text, ownerId: after.ownerId }).to.deep.equal({ text: "Data owners named", ownerId: linked.id });
    });
  });

  describe("project.viewInternal: what a stakeholder's pages must not show", () => {
    it("shows no checklist note, task note or comment on any page a stakeholder may open", async () => {
      const task = await makeTask(ds, project.id, { name: "Marker task", position: 950, notes: "INTERNAL-TASK-NOTE" });
      await makeChecklistItem(ds, project.id, { text: "Marker item", position: 950, note: "INTERNAL-ITEM-NOTE" });
      await services.comments.add(project.id, "task", task.id, { body: "INTERNAL-COMMENT" });
      const leaks: string[] = [];
      for (const rule of PROJECT_ROUTES.filter((r) => r.method === "GET" && can({ isAdmin: false, role: "stakeholder" }, r.permission))) {
        const url = await urlFor(rule, "other");
        const res = await sessions.stakeholder.agent.get(url);
        expect(res.status, `${url}: ${summary(res)}`).to.equal(200);
        for (const marker of ["INTERNAL-TASK-NOTE", "INTERNAL-ITEM-NOTE", "INTERNAL-COMMENT"]) if (res.text.includes(marker)) leaks.push(`${label(rule)} shows ${marker}`);
      }
      expect(leaks).to.deep.equal([]);
    });
  });

  describe("the routes outside a project", () => {
    const everyone = [...VISITORS, "outsider"] as const;

    async function listedProjectIds(s: Session): Promise<number[]> {
      const $ = cheerio.load((await s.agent.get("/projects").expect(200)).text);
      return $("table a[href^='/projects/']")
        .map((_i, el) => Number(/^\/projects\/(\d+)$/.exec($(el).attr("href") ?? "")?.[1]))
        .get()
        .filter((n: number) => Number.isInteger(n) && n > 0);
    }

    it("lists the project to its members but not to a user of another project; the administrator sees every project", async () => {
      await resetProject();
      for (const v of ["owner", "manager", "consultant", "member", "stakeholder"] as const) {
        const ids = await listedProjectIds(sessions[v]);
        expect(ids, v).to.include(project.id);
        expect(ids, v).not.to.include(otherProject.id);
      }
      const outsider = await listedProjectIds(sessions.outsider);
      expect(outsider).to.include(otherProject.id);
      expect(outsider).not.to.include(project.id);
      expect(await listedProjectIds(sessions.admin)).to.include.members([project.id, otherProject.id]);
    });

    it("opens the new-project and import forms for every signed-in user", async () => {
      for (const v of everyone) {
        await sessions[v].agent.get("/projects/new").expect(200);
        await sessions[v].agent.get("/projects/import").expect(200);
      }
    });

    it("accepts a new-project form from every signed-in user (an empty one is a 422, not a refusal)", async () => {
      for (const v of everyone) {
        const res = await send(sessions[v], "POST", "/projects");
        expect(res.status, `${v}: ${summary(res)}`).to.equal(422);
      }
    });

    it("accepts an import upload from every signed-in user, with the token in the query (no file is a 422)", async () => {
      for (const v of everyone) {
        const res = await sessions[v].agent.post(`/projects/import?_csrf=${encodeURIComponent(sessions[v].csrf)}`).field("phase", "planning");
        expect(res.status, `${v}: ${summary(res)}`).to.equal(422);
      }
    });

    it("makes whoever creates a project its owner, and shows it to them only", async () => {
      const s = sessions.stakeholder;
      const res = await s.agent
        .post("/projects")
        .type("form")
        .send(formBody({ _csrf: s.csrf, name: "Stakeholder's own rollout", clientOrganisation: "Initech", description: "", kickoffDate: TODAY, workingDays: ["1", "2", "3", "4", "5"] }))
        .expect(303);
      const id = Number(/^\/projects\/(\d+)$/.exec(res.headers.location)?.[1]);
      expect(await services.users.roleIn(id, users.stakeholder.id)).to.deep.equal({ role: "owner", memberId: null });
      expect(await listedProjectIds(s)).to.include(id);
      expect(await listedProjectIds(sessions.outsider)).not.to.include(id);
      await s.agent.get(`/projects/${id}/settings`).expect(200);
      await sessions.outsider.agent.get(`/projects/${id}/settings`).expect(404);
    });

    it("sends an anonymous visitor of the global pages to the sign-in page and refuses their POSTs with 401", async () => {
      for (const url of ["/projects", "/projects/new", "/projects/import", "/account/password"]) {
        await anonymous.agent.get(url).expect(302).expect("Location", `/login?next=${encodeURIComponent(url)}`);
      }
      const res = await send(anonymous, "POST", "/projects");
      expect(res.status, summary(res)).to.equal(401);
      const upload = await anonymous.agent.post(`/projects/import?_csrf=${encodeURIComponent(anonymous.csrf)}`).field("phase", "planning");
      expect(upload.status, summary(upload)).to.equal(401);
    });

    describe("/admin (user administration), when it exists", () => {
      it("is for administrators only", async function () {
        const adminRoutes = registeredRoutes(app).filter((r) => r.path === "/admin" || r.path.startsWith("/admin/"));
        if (adminRoutes.length === 0) this.skip(); // not built yet: nothing to check
        for (const r of adminRoutes) {
          const method = r.method;
          if (method !== "GET" && method !== "POST") continue;
          // Parameters get a throwaway user's id, so an administrator's POST changes nobody who matters.
          const repo = ds.getRepository(User);
          const n = ++seq;
          const spare = await repo.save(repo.create({ email: `spare${n}@example.com`, name: `Spare ${n}`, passwordHash: "none", isAdmin: false, locale: "en", disabledAt: null }));
          const url = r.path.replace(/:\w+/g, String(spare.id));
          const rule: RouteRule = { method, path: url, permission: "project.view" };
          for (const v of everyone) {
            const res = await send(sessions[v], method, url);
            if (v === "admin") expectAllowed(res, rule, v);
            else expect(res.status, `${v} on ${r.method} ${url}: ${summary(res)}`).to.equal(403);
          }
          const anon = await send(anonymous, method, url);
          if (method === "GET") expect(anon.headers.location, `anonymous GET ${url}`).to.equal(`/login?next=${encodeURIComponent(url)}`);
          else expect(anon.status, `anonymous POST ${url}`).to.equal(401);
        }
      });
    });
  });
});
