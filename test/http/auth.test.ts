// HTTP: accounts without the trustedTestUser seam — the sign-in page, wrong credentials (one message for
// every failure), throttling per e-mail and per client address, disabled accounts, the `next` redirect,
// the session cookie (HttpOnly, SameSite=Lax, kept in the database across restarts, gone at sign-out),
// CSRF tokens, changing one's password, and the first-run setup of the first administrator.
import { expect } from "chai";
import request from "supertest";
import * as cheerio from "cheerio";
import type { DataSource } from "typeorm";
import type { Express } from "express";
import { createApp } from "../../server/app";
import { UserService } from "../../server/services/user-service";
import { translate } from "../../server/i18n";
import { AppSetting, Project, Session, User } from "../../entities";
import { freshDataSource } from "../support/db";
import { NOW, TODAY } from "../support/app";
import { formBody } from "../support/more-factories";

const en = (key: string, params?: Record<string, unknown>) => translate("en", key, params);
const PASSWORD = "correct horse battery staple";
const SECRET = "test-secret";
const INVALID = "The e-mail or the password is not right.";

type Agent = ReturnType<typeof request.agent>;
type Res = request.Response;

const load = (res: Res) => cheerio.load(res.text);
const csrfOf = (res: Res) => load(res)('input[name="_csrf"]').first().val() as string;
const heading = (res: Res) => load(res)("h1").first().text().trim();

/** The crm.sid cookie a response sets ("crm.sid=…"), or undefined. */
function sessionCookie(res: Res): string | undefined {
  const set = ([] as string[]).concat(res.headers["set-cookie"] ?? []);
  return set.find((c) => c.startsWith("crm.sid="));
}

let ipSeq = 0;
/** A client address of its own (the app trusts X-Forwarded-For from loopback), so throttling stays per test. */
const freshIp = () => `198.51.100.${++ipSeq}`;

function appOver(ds: DataSource, now: () => string, secret = SECRET): Express {
  return createApp({ dataSource: ds, today: () => TODAY, now, sessionSecret: secret, log: (e) => console.error(e) });
}

describe("Accounts: signing in and out", function () {
  let ds: DataSource;
  let app: Express;
  /** The app's clock (the throttling window reads it); a test that moves it puts it back. */
  let clock = NOW;
  let passwordHash: string;

  /** A browser from its own address. */
  function visitor(ip = freshIp()): Agent {
    return request.agent(app).set("X-Forwarded-For", ip);
  }

  /** Opens the sign-in page and posts the form; the response of the POST. */
  async function attempt(agent: Agent, email: string, password: string, next?: string): Promise<Res> {
    const csrf = csrfOf(await agent.get("/login").expect(200));
    return agent.post("/login").type("form").send(formBody({ _csrf: csrf, email, password, ...(next === undefined ? {} : { next }) }));
  }

  /** A browser signed in as the user; `csrf` is its signed-in session's token, `cookie` its session cookie. */
  async function signedIn(email: string, password = PASSWORD): Promise<{ agent: Agent; csrf: string; cookie: string }> {
    const agent = visitor();
    const res = await attempt(agent, email, password);
    expect(res.status, `sign-in of ${email}: ${res.status} ${heading(res)}`).to.equal(303);
    const csrf = csrfOf(await agent.get("/account/password").expect(200));
    return { agent, csrf, cookie: sessionCookie(res)!.split(";")[0] };
  }

  /** A user with the shared password; only the first one is hashed (scrypt, about 100 ms). */
  async function makeUser(email: string, name: string): Promise<User> {
    if (!passwordHash) {
      const u = await new UserService(ds).create({ email, name, password: PASSWORD, isAdmin: false });
      passwordHash = u.passwordHash;
      return u;
    }
    const repo = ds.getRepository(User);
    return repo.save(repo.create({ email, name, passwordHash, isAdmin: false, locale: "en", disabledAt: null }));
  }

  const signedInAs = async (agent: Agent) => {
    const res = await agent.get("/projects");
    return res.status === 200 ? load(res)(".topbar__username").text() : null;
  };

  before(async () => {
    ds = await freshDataSource();
    app = appOver(ds, () => clock);
    await makeUser("pat@example.com", "Pat Manager");
  });
  after(() => ds?.destroy());
  afterEach(() => {
    clock = NOW;
  });

  describe("the sign-in page", () => {
    it("shows the e-mail and password fields and a CSRF token, returning to the projects by default", async () => {
      const res = await visitor().get("/login").expect(200);
      const $ = load(res);
      expect($("form[action='/login'] #field-email").attr("type")).to.equal("email");
      expect($("form[action='/login'] #field-password").attr("type")).to.equal("password");
      expect($("form[action='/login'] input[name='_csrf']").val()).to.match(/^\S{20,}$/);
      expect($("form[action='/login'] input[name='next']").val()).to.equal("/projects");
    });

    it("keeps a same-site `next` path in the form and replaces any other by /projects", async () => {
      const nextOf = async (next: string) => load(await visitor().get(`/login?next=${encodeURIComponent(next)}`).expect(200))("input[name='next']").val();
      expect(await nextOf("/projects/3/tasks")).to.equal("/projects/3/tasks");
      expect(await nextOf("//evil.com")).to.equal("/projects");
      expect(await nextOf("https://evil.com")).to.equal("/projects");
    });

    it("sends a user who is already signed in on to `next`", async () => {
      const { agent } = await signedIn("pat@example.com");
      await agent.get("/login?next=%2Faccount%2Fpassword").expect(302).expect("Location", "/account/password");
    });
  });

  describe("wrong credentials", () => {
    /** The form of a refused sign-in, with what legitimately differs (token, typed e-mail) blanked out. */
    const refusedForm = (res: Res, email: string) => {
      const $ = load(res);
      $("input[name='_csrf']").attr("value", "TOKEN");
      return ($("form[action='/login']").parent().html() ?? "").split(email).join("EMAIL");
    };

    it("refuses a wrong password with 422 and a message that does not say which part was wrong", async () => {
      const agent = visitor();
      const res = await attempt(agent, "pat@example.com", "not the password at all");
      expect(res.status).to.equal(422);
      const $ = load(res);
      expect($(".error-summary").text()).to.contain(INVALID);
      expect($(".error-summary").text()).not.to.match(/password is wrong|unknown|no account|not found/i);
      expect($("#field-password").attr("aria-invalid")).to.equal(undefined);
      expect($("#field-password").attr("value")).to.equal("");
      expect($("#field-email").attr("value")).to.equal("pat@example.com");
      expect(await signedInAs(agent)).to.equal(null);
    });

    it("answers an unknown e-mail exactly as a wrong password", async () => {
      const wrongPassword = await attempt(visitor(), "pat@example.com", "not the password at all");
      const unknown = await attempt(visitor(), "nobody@example.com", "not the password at all");
      expect(unknown.status).to.equal(422);
      expect(load(unknown)(".error-summary").text()).to.contain(INVALID);
      expect(refusedForm(unknown, "nobody@example.com")).to.equal(refusedForm(wrongPassword, "pat@example.com"));
    });
  });

  describe("throttling", () => {
    it("still lets the right password in after four failures", async () => {
      await makeUser("four@example.com", "Four Failures");
      for (let i = 0; i < 4; i++) expect((await attempt(visitor(), "four@example.com", `wrong ${i}`)).status).to.equal(422);
      expect((await attempt(visitor(), "four@example.com", PASSWORD)).status).to.equal(303);
    });

    it("refuses the sixth attempt on an e-mail after five failures, even with the right password and from another address", async () => {
      await makeUser("locked@example.com", "Locked Out");
      for (let i = 0; i < 5; i++) expect((await attempt(visitor(), "locked@example.com", `wrong ${i}`)).status).to.equal(422);
      const agent = visitor();
      const res = await attempt(agent, "locked@example.com", PASSWORD);
      expect(res.status).to.equal(422);
      expect(load(res)(".error-summary").text()).to.contain(en("auth.errors.throttled", { minutes: 15 }));
      expect(await signedInAs(agent)).to.equal(null);
    });

    it("refuses every sign-in from a client address after five failures there, whatever the account; other addresses are not affected", async () => {
      await makeUser("victim@example.com", "Vic Tim");
      const ip = freshIp();
      for (let i = 0; i < 5; i++) expect((await attempt(visitor(ip), `guess${i}@example.com`, "password123")).status).to.equal(422);
      const res = await attempt(visitor(ip), "victim@example.com", PASSWORD);
      expect(res.status).to.equal(422);
      expect(load(res)(".error-summary").text()).to.contain(en("auth.errors.throttled", { minutes: 15 }));
      expect((await attempt(visitor(), "victim@example.com", PASSWORD)).status).to.equal(303);
    });

    it("lets the account in again once the 15-minute lock is over", async () => {
      await makeUser("patient@example.com", "Pat Ient");
      for (let i = 0; i < 5; i++) await attempt(visitor(), "patient@example.com", `wrong ${i}`);
      clock = new Date(Date.parse(NOW) + 14 * 60_000).toISOString();
      expect(load(await attempt(visitor(), "patient@example.com", PASSWORD))(".error-summary").text()).to.contain(en("auth.errors.throttled", { minutes: 1 }));
      clock = new Date(Date.parse(NOW) + 15 * 60_000 + 1000).toISOString();
      expect((await attempt(visitor(), "patient@example.com", PASSWORD)).status).to.equal(303);
    });
  });

  describe("disabled accounts", () => {
    it("refuses a disabled account's right password with the same message as a wrong one", async () => {
      const user = await makeUser("gone@example.com", "Gone Away");
      await ds.getRepository(User).update({ id: user.id }, { disabledAt: NOW });
      const res = await attempt(visitor(), "gone@example.com", PASSWORD);
      expect(res.status).to.equal(422);
      expect(load(res)(".error-summary").text()).to.contain(INVALID);
    });

    it("signs out an account that is disabled while signed in", async () => {
      const user = await makeUser("leaver@example.com", "Lee Ver");
      const { agent } = await signedIn("leaver@example.com");
      expect(await signedInAs(agent)).to.equal("Lee Ver");
      await ds.getRepository(User).update({ id: user.id }, { disabledAt: NOW });
      await agent.get("/projects").expect(302).expect("Location", "/login?next=%2Fprojects");
    });
  });

  describe("where sign-in leads (`next`)", () => {
    it("follows a same-site path", async () => {
      const res = await attempt(visitor(), "pat@example.com", PASSWORD, "/projects/42/tasks?view=all");
      expect(res.status).to.equal(303);
      expect(res.headers.location).to.equal("/projects/42/tasks?view=all");
    });

    for (const next of ["//evil.com", "https://evil.com", "/\\evil.com", "javascript:alert(1)", "/login?next=//evil.com"]) {
      it(`goes to /projects instead of ${next}`, async () => {
        const res = await attempt(visitor(), "pat@example.com", PASSWORD, next);
        expect(res.status).to.equal(303);
        expect(res.headers.location).to.equal("/projects");
      });
    }
  });

  describe("the session", () => {
    it("is an HttpOnly, SameSite=Lax cookie whose id changes at sign-in", async () => {
      const agent = visitor();
      const page = await agent.get("/login").expect(200);
      const anonymousCookie = sessionCookie(page);
      const csrf = csrfOf(page);
      const res = await agent.post("/login").type("form").send(formBody({ _csrf: csrf, email: "pat@example.com", password: PASSWORD })).expect(303);
      const cookie = sessionCookie(res)!;
      expect(cookie).to.match(/; HttpOnly/);
      expect(cookie).to.match(/; SameSite=Lax/);
      expect(cookie).to.match(/; Path=\//);
      expect(cookie).not.to.match(/; Secure/); // only behind TLS (secureCookies)
      expect(anonymousCookie, "a session exists before sign-in (it holds the CSRF token)").to.be.a("string");
      expect(cookie.split(";")[0]).not.to.equal(anonymousCookie!.split(";")[0]);
    });

    it("survives a restart of the app: sessions are kept in the database", async () => {
      const { cookie } = await signedIn("pat@example.com");
      const restarted = appOver(ds, () => clock);
      const res = await request(restarted).get("/projects").set("Cookie", cookie).expect(200);
      expect(load(res)(".topbar__username").text()).to.equal("Pat Manager");
      // The cookie is signed: an app with another secret does not accept it.
      await request(appOver(ds, () => clock, "another-secret")).get("/projects").set("Cookie", cookie).expect(302);
    });

    it("ends at sign-out: the old cookie no longer opens anything and its row is gone", async () => {
      const { agent, csrf, cookie } = await signedIn("pat@example.com");
      const sid = decodeURIComponent(cookie.slice("crm.sid=".length)).replace(/^s:/, "").split(".")[0];
      expect(await ds.getRepository(Session).exists({ where: { sid } })).to.equal(true);
      await agent.post("/logout").type("form").send(formBody({ _csrf: csrf })).expect(303).expect("Location", "/login");
      await request(app).get("/projects").set("Cookie", cookie).expect(302).expect("Location", "/login?next=%2Fprojects");
      expect(await ds.getRepository(Session).exists({ where: { sid } })).to.equal(false);
    });
  });

  describe("CSRF tokens", () => {
    it("refuses a sign-in form without a token with the 403 Form expired page", async () => {
      const agent = visitor();
      await agent.get("/login").expect(200);
      const res = await agent.post("/login").type("form").send(formBody({ email: "pat@example.com", password: PASSWORD }));
      expect(res.status).to.equal(403);
      expect(heading(res)).to.equal(en("error.csrf.title"));
      expect(await signedInAs(agent)).to.equal(null);
    });

    it("refuses a signed-in user's POST without a token, and saves nothing", async () => {
      const { agent } = await signedIn("pat@example.com");
      const projectsBefore = await ds.getRepository(Project).count();
      const res = await agent
        .post("/projects")
        .type("form")
        .send(formBody({ name: "Forged", clientOrganisation: "Evil", description: "", kickoffDate: TODAY, workingDays: ["1"] }));
      expect(res.status).to.equal(403);
      expect(heading(res)).to.equal(en("error.csrf.title"));
      expect(await ds.getRepository(Project).count()).to.equal(projectsBefore);
    });

    it("refuses a token that belongs to another session", async () => {
      const mine = await signedIn("pat@example.com");
      const theirs = await signedIn("pat@example.com");
      expect(theirs.csrf).not.to.equal(mine.csrf);
      const res = await mine.agent.post("/logout").type("form").send(formBody({ _csrf: theirs.csrf }));
      expect(res.status).to.equal(403);
      expect(heading(res)).to.equal(en("error.csrf.title"));
      expect(await signedInAs(mine.agent)).to.equal("Pat Manager");
    });

    it("takes the token from the query string for multipart uploads only", async () => {
      const { agent, csrf } = await signedIn("pat@example.com");
      const q = `?_csrf=${encodeURIComponent(csrf)}`;
      expect((await agent.post(`/projects${q}`).type("form").send(formBody({ name: "" }))).status).to.equal(403);
      expect((await agent.post(`/projects/import${q}`).field("phase", "planning")).status).to.equal(422);
      expect((await agent.post("/projects/import").field("phase", "planning")).status).to.equal(403);
    });
  });

  describe("changing one's password", () => {
    const change = (s: { agent: Agent; csrf: string }, current: string, password: string) =>
      s.agent.post("/account/password").type("form").send(formBody({ _csrf: s.csrf, current, password }));

    it("refuses a wrong current password with 422", async () => {
      await makeUser("wrongcurrent@example.com", "Wren Current");
      const res = await change(await signedIn("wrongcurrent@example.com"), "not my password", "a brand new passphrase");
      expect(res.status).to.equal(422);
      expect(load(res)(".error-summary").text()).to.contain(en("auth.errors.wrongPassword"));
    });

    it("refuses a weak new password with 422", async () => {
      await makeUser("weak@example.com", "Wea K");
      const res = await change(await signedIn("weak@example.com"), PASSWORD, "short");
      expect(res.status).to.equal(422);
      expect(load(res)(".error-summary").text()).to.contain(en("auth.errors.passwordTooShort"));
    });

    it("changes it: afterwards only the new password signs in", async () => {
      await makeUser("changer@example.com", "Chan Ger");
      const res = await change(await signedIn("changer@example.com"), PASSWORD, "a brand new passphrase");
      expect(res.status).to.equal(303);
      expect(res.headers.location).to.equal("/projects");
      const old = await attempt(visitor(), "changer@example.com", PASSWORD);
      expect(old.status).to.equal(422);
      expect(load(old)(".error-summary").text()).to.contain(INVALID);
      expect((await attempt(visitor(), "changer@example.com", "a brand new passphrase")).status).to.equal(303);
    });
  });
});

describe("Accounts: first-run setup", function () {
  describe("before any account exists", () => {
    let ds: DataSource;
    let app: Express;

    beforeEach(async () => {
      ds = await freshDataSource();
      app = appOver(ds, () => NOW);
    });
    afterEach(() => ds.destroy());

    it("sends every page to /setup", async () => {
      for (const url of ["/", "/projects", "/projects/new", "/projects/1", "/projects/1/tasks", "/account/password", "/admin/users"]) {
        await request(app).get(url).expect(302).expect("Location", "/setup");
      }
      const agent = request.agent(app);
      const csrf = csrfOf(await agent.get("/login").expect(200));
      await agent.post("/projects").type("form").send(formBody({ _csrf: csrf })).expect(302).expect("Location", "/setup");
    });

    it("shows the setup instructions at /setup without a token", async () => {
      const res = await request(app).get("/setup").expect(200);
      expect(load(res)("p").text()).to.contain(en("auth.setup.instructions"));
      expect(load(res)("pre").text()).to.equal("npm run create-admin");
      expect(load(res)("form[action='/setup']").length).to.equal(0);
    });

    it("answers 404 to a wrong setup token, and creates nobody with it", async () => {
      await new UserService(ds).issueSetupToken();
      await request(app).get("/setup?token=not-the-token").expect(404);
      const agent = request.agent(app);
      const csrf = csrfOf(await agent.get("/login").expect(200));
      await agent
        .post("/setup")
        .type("form")
        .send(formBody({ _csrf: csrf, token: "not-the-token", name: "Mallory", email: "mallory@example.com", password: PASSWORD }))
        .expect(404);
      expect(await ds.getRepository(User).count()).to.equal(0);
    });

    it("creates the first administrator with the issued token, signs them in, and retires the token", async () => {
      const token = (await new UserService(ds).issueSetupToken())!;
      const agent = request.agent(app);
      const page = await agent.get(`/setup?token=${encodeURIComponent(token)}`).expect(200);
      expect(load(page)("form[action='/setup'] input[name='token']").val()).to.equal(token);
      const res = await agent
        .post("/setup")
        .type("form")
        .send(formBody({ _csrf: csrfOf(page), token, name: "Ada Admin", email: "Ada@Example.com", password: PASSWORD }));
      expect(res.status).to.equal(303);
      expect(res.headers.location).to.equal("/projects");
      const projects = await agent.get("/projects").expect(200);
      expect(load(projects)(".topbar__username").text()).to.equal("Ada Admin");
      expect(await ds.getRepository(User).findOneOrFail({ where: { email: "ada@example.com" } })).to.include({ isAdmin: true, disabledAt: null });
      expect(await ds.getRepository(AppSetting).findOne({ where: { key: "setup_token_hash" } })).to.equal(null);
    });

    it("refuses a weak password at setup with 422 and keeps the token usable", async () => {
      const token = (await new UserService(ds).issueSetupToken())!;
      const agent = request.agent(app);
      const page = await agent.get(`/setup?token=${encodeURIComponent(token)}`).expect(200);
      const res = await agent.post("/setup").type("form").send(formBody({ _csrf: csrfOf(page), token, name: "Ada Admin", email: "ada@example.com", password: "short" }));
      expect(res.status).to.equal(422);
      expect(await ds.getRepository(User).count()).to.equal(0);
      expect(await new UserService(ds).setupTokenValid(token)).to.equal(true);
    });
  });

  describe("after the first administrator exists", () => {
    let ds: DataSource;
    let app: Express;
    let token: string;

    before(async () => {
      ds = await freshDataSource();
      const users = new UserService(ds);
      token = (await users.issueSetupToken())!;
      await users.completeSetup(token, { name: "Ada Admin", email: "ada@example.com", password: PASSWORD });
      app = appOver(ds, () => NOW);
    });
    after(() => ds.destroy());

    it("sends /setup to the sign-in page, with or without the old token", async () => {
      await request(app).get("/setup").expect(302).expect("Location", "/login");
      await request(app).get(`/setup?token=${encodeURIComponent(token)}`).expect(302).expect("Location", "/login");
    });

    it("answers 404 to POST /setup, so no second administrator can be made there", async () => {
      const agent = request.agent(app);
      const csrf = csrfOf(await agent.get("/login").expect(200));
      await agent
        .post("/setup")
        .type("form")
        .send(formBody({ _csrf: csrf, token, name: "Mallory", email: "mallory@example.com", password: PASSWORD }))
        .expect(404);
      expect(await ds.getRepository(User).count()).to.equal(1);
    });

    it("no longer sends pages to /setup: an anonymous visitor goes to the sign-in page", async () => {
      await request(app).get("/projects").expect(302).expect("Location", "/login?next=%2Fprojects");
    });
  });
});
