// HTTP: project access at /projects/:projectId/access — the accounts with their roles and person records,
// giving access by e-mail, changing a role or person record, removing access, the rules (a project keeps an
// owner, only owners and administrators touch the owner role, a person record belongs to one account of
// this project), 404 for another project's membership, and the activity log of it all.
import { expect } from "chai";
import request from "supertest";
import * as cheerio from "cheerio";
import type { Express } from "express";
import { createApp } from "../../server/app";
import { ActivityEntry, ProjectMembership, User, type Member, type Project } from "../../entities";
import { translate } from "../../server/i18n";
import { NOW, TODAY, testApp, type TestApp } from "../support/app";
import { makeMember, makeProject } from "../support/factories";

const en = (key: string, params?: Record<string, unknown>) => translate("en", key, params);

describe("Project access", () => {
  let t: TestApp;
  let project: Project;
  let other: Project;
  let base: string;
  let owner: User;
  let sara: User;
  let ownerM: ProjectMembership;
  let person: Member;

  const makeUser = (email: string, name: string, over: Partial<User> = {}) =>
    t.ds.getRepository(User).save({ email, name, passwordHash: "none", isAdmin: false, locale: "en", disabledAt: null, ...over });
  const makeMembership = (projectId: number, userId: number, role: string, memberId: number | null = null) =>
    t.ds.getRepository(ProjectMembership).save({ projectId, userId, role, memberId });
  const membershipsOf = async (projectId: number) =>
    (await t.ds.getRepository(ProjectMembership).find({ where: { projectId }, order: { id: "ASC" } })).map((m) => ({ userId: m.userId, role: m.role, memberId: m.memberId }));
  const accessEntries = () => t.ds.getRepository(ActivityEntry).find({ where: { projectId: project.id, subjectType: "access" }, order: { id: "ASC" } });

  beforeEach(async () => {
    t = await testApp();
    project = await makeProject(t.ds);
    other = await makeProject(t.ds, { name: "Other rollout" });
    base = `/projects/${project.id}/access`;
    owner = await makeUser("owner@example.com", "Olivia Owner");
    sara = await makeUser("sara@example.com", "Sara Ahmadi");
    ownerM = await makeMembership(project.id, owner.id, "owner");
    person = await makeMember(t.ds, project.id, { name: "Sara Ahmadi (PM)" });
  });
  afterEach(() => t.close());

  it("lists the project's accounts, owners first, with role, person record and e-mail, and explains each role", async () => {
    const stake = await makeUser("elena@example.com", "Elena Rossi", { disabledAt: "2026-02-01T00:00:00.000Z" });
    await makeMembership(project.id, stake.id, "stakeholder");
    await makeMembership(project.id, sara.id, "manager", person.id);
    await makeMembership(other.id, (await makeUser("x@example.com", "Outsider")).id, "owner");
    const res = await request(t.app).get(base).expect(200);
    const $ = cheerio.load(res.text);
    expect($("h1").text()).to.equal(en("access.title"));
    expect($(".sidenav a[aria-current]").attr("href")).to.equal(base);
    expect($(".access-table tbody tr").map((_i, el) => $(el).find('[data-col="account"] bdi').first().text()).get()).to.deep.equal(["Olivia Owner", "Sara Ahmadi", "Elena Rossi"]);
    expect(res.text).not.to.contain("Outsider");
    const saraRow = $(".access-table tbody tr").eq(1);
    expect(saraRow.find('[data-col="account"]').text()).to.contain("sara@example.com");
    expect(saraRow.find('select[name="role"] option[selected]').val()).to.equal("manager");
    expect(saraRow.find('select[name="memberId"] option[selected]').text()).to.equal("Sara Ahmadi (PM)");
    const formId = saraRow.find('select[name="role"]').attr("form");
    expect($(`form#${formId}`).attr("action")).to.equal(`${base}/${saraRow.attr("data-membership-id")}`);
    expect($(`form#${formId} input[name="_csrf"]`).length).to.equal(1);
    expect(saraRow.find(`form[action="${base}/${saraRow.attr("data-membership-id")}/delete"] input[name="_csrf"]`).length).to.equal(1);
    expect($(".access-table tbody tr").eq(2).find('[data-col="account"]').text()).to.contain(en("access.disabled"));
    // The only owner cannot be removed: no button, a note instead.
    const ownerRow = $(`tr[data-membership-id="${ownerM.id}"]`);
    expect(ownerRow.find(`form[action$="/delete"]`).length).to.equal(0);
    expect(ownerRow.text()).to.contain(en("access.lastOwner"));
    // One line per role.
    expect($(".role-help tbody th").map((_i, el) => $(el).text()).get()).to.deep.equal(["Owner", "Manager", "Member", "Stakeholder", "Consultant"]);
    expect($(".role-help tbody td").first().text()).to.equal(en("access.roleHelp.owner"));
    // The add form: e-mail, role (member preselected), optional person record.
    const add = $(`form[action="${base}"][method="post"]`);
    expect(add.find('input[name="_csrf"]').length).to.equal(1);
    expect(add.find("#field-role option[selected]").val()).to.equal("member");
    expect(add.find("#field-memberId option").map((_i, el) => $(el).text()).get()).to.deep.equal([en("access.noPerson"), "Sara Ahmadi (PM)"]);
  });

  it("gives an account access by e-mail (any case) with a role and a person record, and logs it", async () => {
    const agent = request.agent(t.app);
    await agent.post(base).type("form").send({ email: " SARA@example.com ", role: "consultant", memberId: String(person.id) }).expect(303).expect("Location", base);
    expect(await membershipsOf(project.id)).to.deep.equal([
      { userId: owner.id, role: "owner", memberId: null },
      { userId: sara.id, role: "consultant", memberId: person.id },
    ]);
    const $ = cheerio.load((await agent.get(base)).text);
    expect($(".flash").text()).to.equal(en("access.granted", { name: "Sara Ahmadi" }));
    const [entry] = await accessEntries();
    expect(entry).to.include({ action: "created", subjectLabel: "Sara Ahmadi", actorName: "Test Admin", at: NOW });
    expect(JSON.parse(entry.changes)).to.deep.equal([
      { field: "email", from: null, to: "sara@example.com" },
      { field: "role", from: null, to: "consultant" },
      { field: "member", from: null, to: "Sara Ahmadi (PM)" },
    ]);
    // The activity page tells it in words, with the role translated.
    const log = cheerio.load((await request(t.app).get(`/projects/${project.id}/activity?type=access`).expect(200)).text);
    expect(log("main").text()).to.contain(en("activity.sentence.access.created", { label: "Sara Ahmadi" })).and.contain("Consultant");
  });

  it("refuses an e-mail without an account (422) and a missing or unknown role", async () => {
    const res = await request(t.app).post(base).type("form").send({ email: "nobody@example.com", role: "member" }).expect(422);
    const $ = cheerio.load(res.text);
    expect($("#error-email").text()).to.equal(en("access.errors.noAccount"));
    expect($(".error-summary").text()).to.contain(en("access.errors.noAccount"));
    expect($("#field-email").val()).to.equal("nobody@example.com");
    const bad = cheerio.load((await request(t.app).post(base).type("form").send({ email: "sara@example.com", role: "admin" }).expect(422)).text);
    expect(bad("#error-role").text()).to.equal(en("errors.choice"));
    await request(t.app).post(base).type("form").send({ role: "member" }).expect(422);
    expect(await membershipsOf(project.id)).to.have.length(1);
    expect(await accessEntries()).to.deep.equal([]);
  });

  it("changes the role of an account that already has access instead of adding it twice", async () => {
    await makeMembership(project.id, sara.id, "stakeholder", person.id);
    await request(t.app).post(base).type("form").send({ email: "sara@example.com", role: "manager" }).expect(303);
    // The person record stays when none is chosen.
    expect(await membershipsOf(project.id)).to.deep.equal([
      { userId: owner.id, role: "owner", memberId: null },
      { userId: sara.id, role: "manager", memberId: person.id },
    ]);
    const [entry] = await accessEntries();
    expect(entry.action).to.equal("updated");
    expect(JSON.parse(entry.changes)).to.deep.equal([{ field: "role", from: "stakeholder", to: "manager" }]);
  });

  it("changes a membership's role and person record, and clears the person record", async () => {
    const m = await makeMembership(project.id, sara.id, "member");
    await request(t.app).post(`${base}/${m.id}`).type("form").send({ role: "consultant", memberId: String(person.id) }).expect(303).expect("Location", base);
    expect(await t.ds.getRepository(ProjectMembership).findOneByOrFail({ id: m.id })).to.include({ role: "consultant", memberId: person.id });
    await request(t.app).post(`${base}/${m.id}`).type("form").send({ role: "consultant", memberId: "" }).expect(303);
    expect((await t.ds.getRepository(ProjectMembership).findOneByOrFail({ id: m.id })).memberId).to.equal(null);
    const entries = await accessEntries();
    expect(entries.map((e) => JSON.parse(e.changes))).to.deep.equal([
      [
        { field: "role", from: "member", to: "consultant" },
        { field: "member", from: null, to: "Sara Ahmadi (PM)" },
      ],
      [{ field: "member", from: "Sara Ahmadi (PM)", to: null }],
    ]);
    // Saving without a change logs nothing.
    await request(t.app).post(`${base}/${m.id}`).type("form").send({ role: "consultant" }).expect(303);
    expect(await accessEntries()).to.have.length(2);
  });

  it("refuses another project's person record and one already linked to another account (422)", async () => {
    const m = await makeMembership(project.id, sara.id, "member");
    const foreign = await makeMember(t.ds, other.id, { name: "Foreign Person" });
    const res = await request(t.app).post(`${base}/${m.id}`).type("form").send({ role: "member", memberId: String(foreign.id) }).expect(422);
    const $ = cheerio.load(res.text);
    expect($(`tr[data-membership-id="${m.id}"] .field__error`).text()).to.equal(en("errors.choice"));
    expect($(".error-summary a").attr("href")).to.equal(`#access-${m.id}`);
    await t.ds.getRepository(ProjectMembership).update({ id: ownerM.id }, { memberId: person.id });
    const taken = await request(t.app).post(`${base}/${m.id}`).type("form").send({ role: "member", memberId: String(person.id) }).expect(422);
    expect(cheerio.load(taken.text)(`tr[data-membership-id="${m.id}"] .field__error`).text()).to.equal(en("access.errors.personTaken", { name: "Olivia Owner" }));
    const add = await request(t.app).post(base).type("form").send({ email: "sara@example.com", role: "member", memberId: String(foreign.id) }).expect(422);
    expect(cheerio.load(add.text)("#error-memberId").text()).to.equal(en("errors.choice"));
    expect((await t.ds.getRepository(ProjectMembership).findOneByOrFail({ id: m.id })).memberId).to.equal(null);
  });

  it("removes access and logs it", async () => {
    const m = await makeMembership(project.id, sara.id, "member", person.id);
    const agent = request.agent(t.app);
    await agent.post(`${base}/${m.id}/delete`).expect(303).expect("Location", base);
    expect(await membershipsOf(project.id)).to.deep.equal([{ userId: owner.id, role: "owner", memberId: null }]);
    expect(cheerio.load((await agent.get(base)).text)(".flash").text()).to.equal(en("access.removed", { name: "Sara Ahmadi" }));
    const [entry] = await accessEntries();
    expect(entry).to.include({ action: "deleted", subjectLabel: "Sara Ahmadi", subjectId: m.id });
    expect(JSON.parse(entry.changes)).to.deep.equal([
      { field: "email", from: "sara@example.com", to: null },
      { field: "role", from: "member", to: null },
      { field: "member", from: "Sara Ahmadi (PM)", to: null },
    ]);
    // The user account itself stays.
    expect(await t.ds.getRepository(User).findOneBy({ id: sara.id })).not.to.equal(null);
  });

  it("keeps the last owner: neither demoted (422) nor removed (422), by the row or by the add form", async () => {
    const demote = await request(t.app).post(`${base}/${ownerM.id}`).type("form").send({ role: "manager" }).expect(422);
    const $ = cheerio.load(demote.text);
    expect($(".error-summary").text()).to.contain(en("access.errors.lastOwner"));
    expect($(`tr[data-membership-id="${ownerM.id}"] .field__error`).text()).to.equal(en("access.errors.lastOwner"));
    // The row shows what was submitted.
    expect($(`tr[data-membership-id="${ownerM.id}"] select[name="role"] option[selected]`).val()).to.equal("manager");
    const remove = await request(t.app).post(`${base}/${ownerM.id}/delete`).expect(422);
    expect(cheerio.load(remove.text)(".error-summary").text()).to.contain(en("access.errors.lastOwner"));
    const viaAdd = await request(t.app).post(base).type("form").send({ email: "owner@example.com", role: "member" }).expect(422);
    expect(cheerio.load(viaAdd.text)("#error-role").text()).to.equal(en("access.errors.lastOwner"));
    expect(await membershipsOf(project.id)).to.deep.equal([{ userId: owner.id, role: "owner", memberId: null }]);
    expect(await accessEntries()).to.deep.equal([]);

    // With a second owner, either may step down.
    await request(t.app).post(base).type("form").send({ email: "sara@example.com", role: "owner" }).expect(303);
    await request(t.app).post(`${base}/${ownerM.id}`).type("form").send({ role: "manager" }).expect(303);
    await request(t.app).post(`${base}/${ownerM.id}/delete`).expect(303);
    expect(await membershipsOf(project.id)).to.deep.equal([{ userId: sara.id, role: "owner", memberId: null }]);
  });

  it("answers 404 for another project's membership and for a malformed id", async () => {
    const foreign = await makeMembership(other.id, sara.id, "member");
    await request(t.app).post(`${base}/${foreign.id}`).type("form").send({ role: "manager" }).expect(404);
    await request(t.app).post(`${base}/${foreign.id}/delete`).expect(404);
    await request(t.app).post(`${base}/99999/delete`).expect(404);
    await request(t.app).post(`${base}/abc`).type("form").send({ role: "manager" }).expect(404);
    expect(await t.ds.getRepository(ProjectMembership).findOneByOrFail({ id: foreign.id })).to.include({ role: "member", projectId: other.id });
  });

  describe("as the project's manager (not an administrator)", () => {
    let app: Express;
    let manager: User;
    let managerM: ProjectMembership;

    beforeEach(async () => {
      manager = await makeUser("manager@example.com", "Max Manager");
      managerM = await makeMembership(project.id, manager.id, "manager");
      app = createApp({ trustedTestUser: manager, dataSource: t.ds, today: () => TODAY, now: () => NOW, log: () => undefined });
    });

    it("gives and changes roles below owner, but cannot give or take away the owner role (422)", async () => {
      await request(app).post(base).type("form").send({ email: "sara@example.com", role: "member" }).expect(303);
      const saraM = await t.ds.getRepository(ProjectMembership).findOneByOrFail({ projectId: project.id, userId: sara.id });
      await request(app).post(`${base}/${saraM.id}`).type("form").send({ role: "consultant" }).expect(303);

      const promote = await request(app).post(`${base}/${saraM.id}`).type("form").send({ role: "owner" }).expect(422);
      expect(cheerio.load(promote.text)(".error-summary").text()).to.contain(en("access.errors.ownerOnly"));
      const self = await request(app).post(base).type("form").send({ email: "manager@example.com", role: "owner" }).expect(422);
      expect(cheerio.load(self.text)("#error-role").text()).to.equal(en("access.errors.ownerOnly"));
      await request(app).post(`${base}/${ownerM.id}/delete`).expect(422);
      // A second owner makes no difference: the owner role is not a manager's to change.
      await makeMembership(project.id, (await makeUser("o2@example.com", "Second Owner")).id, "owner");
      await request(app).post(`${base}/${ownerM.id}`).type("form").send({ role: "member" }).expect(422);
      expect((await t.ds.getRepository(ProjectMembership).findOneByOrFail({ id: ownerM.id })).role).to.equal("owner");
      expect((await t.ds.getRepository(ProjectMembership).findOneByOrFail({ id: saraM.id })).role).to.equal("consultant");
      expect((await t.ds.getRepository(ProjectMembership).findOneByOrFail({ id: managerM.id })).role).to.equal("manager");
    });

    it("shows owner rows read-only and offers no owner role", async () => {
      const $ = cheerio.load((await request(app).get(base).expect(200)).text);
      const ownerRow = $(`tr[data-membership-id="${ownerM.id}"]`);
      expect(ownerRow.find("select").length).to.equal(0);
      expect(ownerRow.find('[data-col="role"]').text()).to.equal("Owner");
      expect($(`tr[data-membership-id="${managerM.id}"] [data-col="account"]`).text()).to.contain(en("access.you"));
      expect($("#field-role option").map((_i, el) => $(el).val()).get()).to.deep.equal(["manager", "member", "stakeholder", "consultant"]);
    });

    it("leaves the project when removing their own access, landing on the project list", async () => {
      await request(app).post(`${base}/${managerM.id}/delete`).expect(303).expect("Location", "/projects");
      await request(app).get(base).expect(404);
    });
  });

  it("is refused (403) to roles without project.manageMembers", async () => {
    await makeMembership(project.id, sara.id, "consultant");
    const app = createApp({ trustedTestUser: sara, dataSource: t.ds, today: () => TODAY, now: () => NOW, log: () => undefined });
    await request(app).get(base).expect(403);
    await request(app).post(base).type("form").send({ email: "sara@example.com", role: "owner" }).expect(403);
    await request(app).post(`${base}/${ownerM.id}/delete`).expect(403);
    expect(await membershipsOf(project.id)).to.have.length(2);
  });
});
