// HTTP: user administration at /admin/users — the list, a new account (password policy, unique e-mail),
// editing (the acting administrator keeps their own flag and stays enabled), disabling and enabling,
// setting a new password, and 403 for everyone but administrators.
import { expect } from "chai";
import request from "supertest";
import * as cheerio from "cheerio";
import type { Express } from "express";
import { createApp } from "../../server/app";
import { LoginThrottle, Session, User } from "../../entities";
import { translate } from "../../server/i18n";
import { verifyPassword } from "../../server/services/passwords";
import { NOW, TODAY, testApp, type TestApp } from "../support/app";

const en = (key: string, params?: Record<string, unknown>) => translate("en", key, params);
const BASE = "/admin/users";
const GOOD = "a long enough passphrase";

describe("User administration", () => {
  let t: TestApp;
  let admin: User;

  const makeUser = (over: Partial<User> = {}) =>
    t.ds.getRepository(User).save({ email: "sara@example.com", name: "Sara Ahmadi", passwordHash: "none", isAdmin: false, locale: "en", disabledAt: null, ...over });
  const reload = (id: number) => t.ds.getRepository(User).findOneByOrFail({ id });
  /** A stored session of the user, as express-session writes it. */
  const sessionOf = (sid: string, userId: number) =>
    t.ds.getRepository(Session).save({ sid, expiresAt: String(Date.now() + 3_600_000), data: JSON.stringify({ cookie: {}, userId }) });
  const sids = async () => (await t.ds.getRepository(Session).find()).map((s) => s.sid).sort();

  beforeEach(async () => {
    t = await testApp();
    admin = await t.ds.getRepository(User).findOneByOrFail({ email: "admin@example.com" });
  });
  afterEach(() => t.close());

  it("lists every account with e-mail, administrator flag, status and creation time, and marks one's own", async () => {
    const sara = await makeUser();
    const old = await makeUser({ email: "old@example.com", name: "Old Account", disabledAt: "2026-01-15T10:00:00.000Z" });
    const res = await request(t.app).get(BASE).expect(200);
    const $ = cheerio.load(res.text);
    expect($("h1").text()).to.equal(en("admin.users.title"));
    expect($("tbody tr").map((_i, el) => $(el).find('[data-col="name"] bdi').text()).get()).to.deep.equal(["Old Account", "Sara Ahmadi", "Test Admin"]);
    const me = $(`tr[data-user-id="${admin.id}"]`);
    expect(me.find('[data-col="email"]').text()).to.equal("admin@example.com");
    expect(me.find('[data-col="admin"]').text()).to.contain(en("admin.users.admin"));
    expect(me.find('[data-col="name"]').text()).to.contain(en("admin.users.you"));
    expect(me.find('[data-col="created"]').text().trim()).not.to.equal("");
    // No disable button on one's own row.
    expect(me.find(`form[action="${BASE}/${admin.id}/disable"]`).length).to.equal(0);
    const row = $(`tr[data-user-id="${sara.id}"]`);
    expect(row.find('[data-col="admin"]').text()).to.contain(en("common.no"));
    expect(row.find('[data-col="status"]').text()).to.contain(en("admin.users.active"));
    expect(row.find(`a[href="${BASE}/${sara.id}/edit"]`).length).to.equal(1);
    expect(row.find(`a[href="${BASE}/${sara.id}/password"]`).length).to.equal(1);
    expect(row.find(`form[action="${BASE}/${sara.id}/disable"] input[name="_csrf"]`).length).to.equal(1);
    const oldRow = $(`tr[data-user-id="${old.id}"]`);
    expect(oldRow.find('[data-col="status"]').text()).to.contain(en("admin.users.disabled"));
    expect(oldRow.find(`form[action="${BASE}/${old.id}/enable"]`).length).to.equal(1);
    expect($(".page-header a.button--primary").attr("href")).to.equal(`${BASE}/new`);
  });

  it("creates an account with a lower-cased e-mail and a hashed password, and says so", async () => {
    const page = cheerio.load((await request(t.app).get(`${BASE}/new`).expect(200)).text);
    expect(page(`form[action="${BASE}"][method="post"] input[name="_csrf"]`).length).to.equal(1);
    expect(page("#field-password").attr("type")).to.equal("password");
    const agent = request.agent(t.app);
    await agent.post(BASE).type("form").send({ name: "Nima Rad", email: " Nima@Example.com ", password: GOOD, isAdmin: "on" }).expect(303).expect("Location", BASE);
    const saved = await t.ds.getRepository(User).findOneByOrFail({ email: "nima@example.com" });
    expect(saved).to.include({ name: "Nima Rad", isAdmin: true, disabledAt: null });
    expect(saved.passwordHash).not.to.contain(GOOD);
    expect(await verifyPassword(GOOD, saved.passwordHash)).to.equal(true);
    const $ = cheerio.load((await agent.get(BASE).expect(200)).text);
    expect($(".flash").text()).to.equal(en("admin.users.created", { name: "Nima Rad" }));
    expect($(`tr[data-user-id="${saved.id}"] [data-col="admin"]`).text()).to.contain(en("admin.users.admin"));
  });

  it("creates an ordinary account when the administrator box is not ticked", async () => {
    await request(t.app).post(BASE).type("form").send({ name: "Reza Karimi", email: "reza@example.com", password: GOOD }).expect(303);
    expect((await t.ds.getRepository(User).findOneByOrFail({ email: "reza@example.com" })).isAdmin).to.equal(false);
  });

  it("refuses a weak password with 422, names the field and does not echo the password", async () => {
    const res = await request(t.app).post(BASE).type("form").send({ name: "Nima Rad", email: "nima@example.com", password: "short" }).expect(422);
    const $ = cheerio.load(res.text);
    expect($("#error-password").text()).to.equal(en("auth.errors.passwordTooShort"));
    expect($(".error-summary li").text()).to.equal(en("form.fieldError", { field: en("admin.field.password"), message: en("auth.errors.passwordTooShort") }));
    expect($("#field-password").val()).to.equal("");
    expect($("#field-email").val()).to.equal("nima@example.com");
    await request(t.app).post(BASE).type("form").send({ name: "Nima Rad", email: "nima@example.com", password: "nima-secret-words" }).expect(422);
    expect(await t.ds.getRepository(User).count()).to.equal(1);
  });

  it("refuses an e-mail that is taken, whatever its case, and a missing name or e-mail", async () => {
    await makeUser();
    const res = await request(t.app).post(BASE).type("form").send({ name: "Another Sara", email: "SARA@example.com", password: GOOD }).expect(422);
    expect(cheerio.load(res.text)("#error-email").text()).to.equal(en("auth.errors.emailTaken"));
    const empty = cheerio.load((await request(t.app).post(BASE).type("form").send({ password: GOOD }).expect(422)).text);
    expect(empty("#error-name").text()).to.equal(en("errors.required"));
    expect(empty("#error-email").text()).to.equal(en("errors.required"));
    expect(await t.ds.getRepository(User).count()).to.equal(2);
  });

  it("edits name, e-mail (lower-cased, unique) and the administrator flag", async () => {
    const sara = await makeUser();
    await makeUser({ email: "taken@example.com", name: "Taken" });
    const form = cheerio.load((await request(t.app).get(`${BASE}/${sara.id}/edit`).expect(200)).text);
    expect(form("#field-name").val()).to.equal("Sara Ahmadi");
    expect(form("#field-email").val()).to.equal("sara@example.com");
    expect(form("#field-isAdmin").is(":checked")).to.equal(false);
    expect(form("#field-disabled").is(":checked")).to.equal(false);
    expect(form(`form[action="${BASE}/${sara.id}/edit"] input[name="_csrf"]`).length).to.equal(1);

    const taken = await request(t.app).post(`${BASE}/${sara.id}/edit`).type("form").send({ name: "Sara", email: "Taken@example.com" }).expect(422);
    expect(cheerio.load(taken.text)("#error-email").text()).to.equal(en("auth.errors.emailTaken"));
    expect((await reload(sara.id)).email).to.equal("sara@example.com");

    await request(t.app)
      .post(`${BASE}/${sara.id}/edit`)
      .type("form")
      .send({ name: "Sara A. Ahmadi", email: "Sara.Ahmadi@Example.com", isAdmin: "on" })
      .expect(303)
      .expect("Location", BASE);
    expect(await reload(sara.id)).to.include({ name: "Sara A. Ahmadi", email: "sara.ahmadi@example.com", isAdmin: true, disabledAt: null });
    // Keeping one's e-mail is not "taken".
    await request(t.app).post(`${BASE}/${sara.id}/edit`).type("form").send({ name: "Sara", email: "sara.ahmadi@example.com" }).expect(303);
    expect(await reload(sara.id)).to.include({ name: "Sara", isAdmin: false });
  });

  it("refuses to let administrators remove their own administrator flag or disable themselves (422)", async () => {
    const demote = await request(t.app).post(`${BASE}/${admin.id}/edit`).type("form").send({ name: "Test Admin", email: "admin@example.com" }).expect(422);
    const $ = cheerio.load(demote.text);
    expect($("#error-isAdmin").text()).to.equal(en("admin.errors.selfDemote"));
    expect($(".error-summary").text()).to.contain(en("admin.errors.selfDemote"));
    const disable = await request(t.app)
      .post(`${BASE}/${admin.id}/edit`)
      .type("form")
      .send({ name: "Test Admin", email: "admin@example.com", isAdmin: "on", disabled: "on" })
      .expect(422);
    expect(cheerio.load(disable.text)("#error-disabled").text()).to.equal(en("admin.errors.selfDisable"));
    const button = await request(t.app).post(`${BASE}/${admin.id}/disable`).expect(422);
    expect(cheerio.load(button.text)("main").text()).to.contain(en("admin.errors.selfDisable"));
    expect(await reload(admin.id)).to.include({ isAdmin: true, disabledAt: null });
    // Another administrator's flag can be taken away.
    const other = await makeUser({ email: "other-admin@example.com", name: "Other Admin", isAdmin: true });
    await request(t.app).post(`${BASE}/${other.id}/edit`).type("form").send({ name: "Other Admin", email: "other-admin@example.com" }).expect(303);
    expect((await reload(other.id)).isAdmin).to.equal(false);
  });

  it("disables an account (stamping the time, ending its sessions) and enables it again", async () => {
    const sara = await makeUser();
    const reza = await makeUser({ email: "reza@example.com", name: "Reza" });
    await sessionOf("sara-1", sara.id);
    await sessionOf("sara-2", sara.id);
    await sessionOf("reza-1", reza.id);
    const agent = request.agent(t.app);
    await agent.post(`${BASE}/${sara.id}/disable`).expect(303).expect("Location", BASE);
    expect((await reload(sara.id)).disabledAt).to.equal(NOW);
    expect(await sids()).to.deep.equal(["reza-1"]);
    expect(cheerio.load((await agent.get(BASE)).text)(".flash").text()).to.equal(en("admin.users.disabledDone", { name: "Sara Ahmadi" }));
    // A disabled account cannot sign in.
    const err = await t.services.users.authenticate("sara@example.com", "none", "test", new Date(NOW)).catch((e: unknown) => e);
    expect(err).to.have.property("key", "auth.errors.invalid");

    await agent.post(`${BASE}/${sara.id}/enable`).expect(303);
    expect((await reload(sara.id)).disabledAt).to.equal(null);

    // The edit form's checkbox does the same.
    await request(t.app).post(`${BASE}/${sara.id}/edit`).type("form").send({ name: "Sara Ahmadi", email: "sara@example.com", disabled: "on" }).expect(303);
    expect((await reload(sara.id)).disabledAt).to.equal(NOW);
    const form = cheerio.load((await request(t.app).get(`${BASE}/${sara.id}/edit`)).text);
    expect(form("#field-disabled").is(":checked")).to.equal(true);
    await request(t.app).post(`${BASE}/${sara.id}/edit`).type("form").send({ name: "Sara Ahmadi", email: "sara@example.com" }).expect(303);
    expect((await reload(sara.id)).disabledAt).to.equal(null);
  });

  it("sets a new password under the policy, ends the account's sessions and lifts a sign-in lock", async () => {
    const sara = await makeUser();
    await sessionOf("sara-1", sara.id);
    await t.ds.getRepository(LoginThrottle).save({ key: "email:sara@example.com", failures: 5, windowStart: NOW, lockedUntil: "2026-03-02T10:00:00.000Z" });
    const page = cheerio.load((await request(t.app).get(`${BASE}/${sara.id}/password`).expect(200)).text);
    expect(page("h1").text()).to.equal(en("admin.users.passwordTitle", { name: "Sara Ahmadi" }));
    expect(page(`form[action="${BASE}/${sara.id}/password"] input[name="_csrf"]`).length).to.equal(1);

    const weak = await request(t.app).post(`${BASE}/${sara.id}/password`).type("form").send({ password: "sara-is-here-2026" }).expect(422);
    expect(cheerio.load(weak.text)("#error-password").text()).to.equal(en("auth.errors.passwordContainsName"));
    expect(await sids()).to.deep.equal(["sara-1"]);

    const agent = request.agent(t.app);
    await agent.post(`${BASE}/${sara.id}/password`).type("form").send({ password: GOOD }).expect(303).expect("Location", BASE);
    expect(await verifyPassword(GOOD, (await reload(sara.id)).passwordHash)).to.equal(true);
    expect(await sids()).to.deep.equal([]);
    expect(await t.ds.getRepository(LoginThrottle).count()).to.equal(0);
    expect(cheerio.load((await agent.get(BASE)).text)(".flash").text()).to.equal(en("admin.users.passwordSet", { name: "Sara Ahmadi" }));
    const signedIn = await t.services.users.authenticate("SARA@example.com", GOOD, "test", new Date(NOW));
    expect(signedIn.id).to.equal(sara.id);
  });

  it("answers 404 for an unknown or malformed user id", async () => {
    await request(t.app).get(`${BASE}/999/edit`).expect(404);
    await request(t.app).post(`${BASE}/999/edit`).type("form").send({ name: "X", email: "x@example.com" }).expect(404);
    await request(t.app).get(`${BASE}/abc/password`).expect(404);
    await request(t.app).post(`${BASE}/999/disable`).expect(404);
  });

  describe("for a user who is not an administrator", () => {
    let app: Express;
    let sara: User;

    beforeEach(async () => {
      sara = await makeUser();
      app = createApp({ trustedTestUser: sara, dataSource: t.ds, today: () => TODAY, now: () => NOW, log: () => undefined });
    });

    it("answers 403 to every page and change, and changes nothing", async () => {
      for (const path of [BASE, `${BASE}/new`, `${BASE}/${sara.id}/edit`, `${BASE}/${admin.id}/password`]) {
        const res = await request(app).get(path).expect(403);
        expect(cheerio.load(res.text)("h1").text()).to.equal(en("error.forbidden.title"));
      }
      await request(app).post(BASE).type("form").send({ name: "Evil", email: "evil@example.com", password: GOOD, isAdmin: "on" }).expect(403);
      await request(app).post(`${BASE}/${sara.id}/edit`).type("form").send({ name: "Sara", email: "sara@example.com", isAdmin: "on" }).expect(403);
      await request(app).post(`${BASE}/${admin.id}/password`).type("form").send({ password: GOOD }).expect(403);
      await request(app).post(`${BASE}/${admin.id}/disable`).expect(403);
      expect(await t.ds.getRepository(User).count()).to.equal(2);
      expect((await reload(sara.id)).isAdmin).to.equal(false);
      expect(await reload(admin.id)).to.include({ passwordHash: "none", disabledAt: null });
    });

    it("is not offered the Users link", async () => {
      const $ = cheerio.load((await request(app).get("/projects").expect(200)).text);
      expect($(`.topbar a[href="${BASE}"]`).length).to.equal(0);
    });
  });
});
