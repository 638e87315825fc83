// HTTP: share links — managing them under the project (create shows the URL once, list, revoke) and the
// public read-only view at /s/:token (what it shows and hides, 404s, language, headers, last use).
import { createHash } from "node:crypto";
import { expect } from "chai";
import request from "supertest";
import * as cheerio from "cheerio";
import { Phase, ShareLink, type Project } from "../../entities";
import { translate } from "../../server/i18n";
import { NOW, testApp, type TestApp } from "../support/app";
import { makeChecklistItem, makeMember, makeProject, makeTask } from "../support/factories";
import { makeGoal } from "../support/register-factories";
import { formBody } from "../support/more-factories";

const en = (key: string, params?: Record<string, unknown>) => translate("en", key, params);
const TOKEN_URL = /http:\/\/127\.0\.0\.1:\d+\/s\/([A-Za-z0-9_-]{43})/;

describe("Share links", () => {
  let t: TestApp;
  let project: Project;
  let base: string;

  beforeEach(async () => {
    t = await testApp();
    project = await makeProject(t.ds);
    base = `/projects/${project.id}/share`;
  });
  afterEach(() => t.close());

  const create = (fields: Record<string, string>, agent = request.agent(t.app)) =>
    agent.post(base).type("form").send(formBody({ label: "Steering committee", expiresAt: "", locale: "en", ...fields }));
  /** Creates a link through the form and returns its token, as the list page shows it once after the redirect. */
  const token = async (fields: Record<string, string> = {}) => {
    const agent = request.agent(t.app);
    await create(fields, agent).expect(303);
    return TOKEN_URL.exec((await agent.get(base).expect(200)).text)![1];
  };
  const links = () => t.ds.getRepository(ShareLink).find({ where: { projectId: project.id } });

  describe("managing", () => {
    it("is in the project navigation and lists nothing at first", async () => {
      const $ = cheerio.load((await request(t.app).get(base).expect(200)).text);
      expect($("nav.sidenav a").map((_i, el) => $(el).text()).get()).to.include("Share");
      expect($("nav.sidenav a[aria-current]").text()).to.equal("Share");
      expect($(".empty").text()).to.equal(en("share.empty"));
      expect($("#field-locale option:selected").attr("value")).to.equal("en");
    });

    it("creates a link and shows its full URL once, after the redirect; only the token's SHA-256 is stored", async () => {
      const agent = request.agent(t.app);
      await create({ label: "Steering committee", expiresAt: "2026-06-30", locale: "fa" }, agent).expect(303).expect("Location", base);
      const res = await agent.get(base).expect(200);
      expect(res.headers["cache-control"]).to.equal("no-store");
      const $ = cheerio.load(res.text);
      const url = $("#share-url").attr("value")!;
      const [, tok] = TOKEN_URL.exec(url)!;
      expect(Buffer.from(tok, "base64url").length).to.equal(32);
      expect($(".share-created").text()).to.contain(en("share.createdOnce"));

      const [link] = await links();
      expect(link).to.deep.include({ label: "Steering committee", locale: "fa", expiresAt: "2026-06-30", revokedAt: null, createdAt: NOW, lastUsedAt: null });
      expect(link.tokenHash).to.equal(createHash("sha256").update(tok).digest("hex"));
      expect(JSON.stringify(link)).not.to.contain(tok);

      // Shown once: the same browser's next visit (a reload) shows the list only.
      const list = await agent.get(base).expect(200);
      expect(list.text).not.to.contain(tok);
      expect(cheerio.load(list.text)(".share-created").length).to.equal(0);
      const $$ = cheerio.load(list.text);
      const cells = $$(`#share-link-${link.id} td`).map((_i, el) => $$(el).text().replace(/\s+/g, " ").trim()).get();
      expect(cells.slice(0, 6)).to.deep.equal(["Steering committee", en("share.locale.fa"), "30 Jun 2026", "2 Mar 2026, 09:30 UTC", en("share.notUsed"), `✓ ${en("share.status.active")}`]);
    });

    it("shows no URL for a forged or stale creation cookie", async () => {
      await token();
      const [link] = await links();
      const forged = Buffer.alloc(32, 1).toString("base64url");
      for (const cookie of [`share_created=${link.id}.${forged}`, `share_created=999.${forged}`, "share_created=garbage"]) {
        const $ = cheerio.load((await request(t.app).get(base).set("Cookie", cookie).expect(200)).text);
        expect($(".share-created").length, cookie).to.equal(0);
      }
    });

    it("gives every link its own token", async () => {
      expect(await token()).not.to.equal(await token());
    });

    it("rejects an empty label and a past expiry with 422, keeping the input", async () => {
      let $ = cheerio.load((await create({ label: "  " }).expect(422)).text);
      expect($(".field--error #field-label").length).to.equal(1);
      expect($(".error-summary").text()).to.contain(en("errors.required"));
      $ = cheerio.load((await create({ label: "Sponsor", expiresAt: "2026-03-01" }).expect(422)).text);
      expect($("#error-expiresAt").text()).to.equal(en("share.errors.expiryPast"));
      expect($("#field-label").attr("value")).to.equal("Sponsor");
      await create({ locale: "de" }).expect(422);
      await create({ expiresAt: "2026-02-30" }).expect(422);
      expect(await links()).to.deep.equal([]);
      await create({ expiresAt: "2026-03-02" }).expect(303);
    });

    it("revokes a link behind a confirmation page, after which it is listed as revoked", async () => {
      await token();
      const [link] = await links();
      const confirm = cheerio.load((await request(t.app).get(`${base}/${link.id}/revoke`).expect(200)).text);
      expect(confirm("h1").text()).to.equal(en("share.revokeTitle", { label: "Steering committee" }));
      expect(confirm(`form[action="${base}/${link.id}/revoke"]`).length).to.equal(1);
      expect((await links())[0].revokedAt).to.equal(null);

      await request(t.app).post(`${base}/${link.id}/revoke`).expect(303).expect("Location", base);
      expect((await links())[0].revokedAt).to.equal(NOW);
      const $ = cheerio.load((await request(t.app).get(base)).text);
      expect($(`#share-link-${link.id}`).text()).to.contain(en("share.status.revoked"));
      expect($(`#share-link-${link.id} a[href$="/revoke"]`).length).to.equal(0);
    });

    it("lists an expired link as expired", async () => {
      await token();
      await t.ds.getRepository(ShareLink).update({ projectId: project.id }, { expiresAt: "2026-03-01" });
      const $ = cheerio.load((await request(t.app).get(base)).text);
      expect($(".share-status").text()).to.contain(en("share.status.expired"));
    });

    it("is a 404 for an unknown link, another project's link, or an unknown project", async () => {
      const other = await makeProject(t.ds, { name: "Other" });
      await request(t.app).post(`/projects/${other.id}/share`).type("form").send(formBody({ label: "Theirs", expiresAt: "", locale: "en" })).expect(303);
      const [theirs] = await t.ds.getRepository(ShareLink).find({ where: { projectId: other.id } });
      await request(t.app).get(`${base}/999/revoke`).expect(404);
      await request(t.app).get(`${base}/${theirs.id}/revoke`).expect(404);
      await request(t.app).post(`${base}/${theirs.id}/revoke`).expect(404);
      await request(t.app).get(`${base}/abc/revoke`).expect(404);
      await request(t.app).get("/projects/999/share").expect(404);
      expect((await t.ds.getRepository(ShareLink).findOneByOrFail({ id: theirs.id })).revokedAt).to.equal(null);
    });
  });

  describe("public view", () => {
    const view = (tok: string, query = "") => request(t.app).get(`/s/${tok}${query}`);

    it("shows the dashboard and the Gantt, read-only, with no form, no notes and no link into /projects", async () => {
      const sara = await makeMember(t.ds, project.id, { name: "Sara Ahmadi" });
      await makeTask(t.ds, project.id, { name: "Define goals", progress: 40, notes: "SECRET task note", assigneeId: sara.id });
      await makeTask(t.ds, project.id, { name: "Kick-off", milestone: true, durationDays: 0, startDate: "2026-03-09", finishDate: "2026-03-09", position: 2 });
      await makeChecklistItem(t.ds, project.id, { text: "Scope statement signed", note: "SECRET checklist note", dueDate: "2026-02-27" });
      await makeGoal(t.ds, project.id, { name: "Lead response time", notes: "SECRET goal note", actual: 28 });
      await t.ds.getRepository(Phase).update({ projectId: project.id, kind: "planning" }, { gateNote: "SECRET gate note", gateOverrideReason: "SECRET override" });

      const res = await view(await token()).expect(200);
      const $ = cheerio.load(res.text);
      expect($("h1").text()).to.equal("Acme CRM rollout");
      expect($('section[aria-labelledby="rag-heading"]').length).to.equal(1);
      expect($('section[aria-labelledby="dash-phases-heading"] tbody tr').length).to.equal(3);
      expect($('section[aria-labelledby="dash-milestones-heading"]').text()).to.contain("Kick-off");
      expect($('section[aria-labelledby="dash-goals-heading"]').text()).to.contain("Lead response time");
      expect($("svg.scurve__svg").length).to.equal(1);
      expect($("#gantt svg.gantt-body").length).to.equal(1);
      expect($("#gantt .gantt-grid tbody tr").length).to.equal(2);

      expect(res.text).not.to.contain("<form");
      expect(res.text).not.to.contain("SECRET");
      expect($("a[href*='/projects']").length).to.equal(0);
      expect(res.text).not.to.match(/href="[^"]*\/projects/);
      expect($("nav.sidenav, .topbar__nav, .topbar__lang").length).to.equal(0);
      expect($("button, input, select, textarea").length).to.equal(0);
      expect($("a.button").map((_i, el) => $(el).attr("href")).get()).to.deep.equal(["?print=1"]);
      expect($("[style]").length).to.equal(0);
      expect($("script:not([src])").length).to.equal(0);
    });

    it("shows an empty project plainly, without the team's instructions", async () => {
      const $ = cheerio.load((await view(await token()).expect(200)).text);
      expect($('section[aria-labelledby="rag-heading"]').text()).to.contain(en("dashboard.noTasksShared"));
      expect($("#gantt").text()).to.contain(en("dashboard.noTasksShared"));
      expect($("main").text()).to.contain(en("dashboard.noBaselineShared"));
      expect($("main").text()).not.to.contain(en("dashboard.noTasks"));
      expect($("main").text()).not.to.contain(en("dashboard.noBaselineSlip"));
    });

    it("is private: noindex, no referrer, never cached", async () => {
      const res = await view(await token()).expect(200);
      expect(res.headers["cache-control"]).to.equal("no-store");
      expect(res.headers["referrer-policy"]).to.equal("no-referrer");
      expect(res.headers["x-robots-tag"]).to.contain("noindex");
      const $ = cheerio.load(res.text);
      expect($('meta[name="robots"]').attr("content")).to.contain("noindex");
    });

    it("keeps the Gantt's zoom links on the share URL", async () => {
      await makeTask(t.ds, project.id, { progress: 10 });
      const tok = await token();
      const $ = cheerio.load((await view(tok, "?zoom=month").expect(200)).text);
      const hrefs = $(".gantt-zoom a").map((_i, el) => $(el).attr("href")).get();
      expect(hrefs).to.deep.equal([`/s/${tok}?zoom=day#gantt`, `/s/${tok}#gantt`, `/s/${tok}?zoom=month#gantt`, `/s/${tok}?zoom=quarter#gantt`]);
      expect($(".gantt-zoom a[aria-current]").attr("href")).to.equal(`/s/${tok}?zoom=month#gantt`);
    });

    it("renders in the link's language, whatever the visitor's own", async () => {
      await makeTask(t.ds, project.id, { progress: 10 });
      const tok = await token({ locale: "fa" });
      const res = await view(tok).set("Cookie", "lang=en").expect(200);
      const $ = cheerio.load(res.text);
      expect($("html").attr("dir")).to.equal("rtl");
      expect($("html").attr("lang")).to.equal("fa");
      expect($('section[aria-labelledby="rag-heading"] h2').text()).to.equal(translate("fa", "dashboard.status"));
      // The visitor's next page is in their own language again.
      const after = cheerio.load((await request(t.app).get("/projects").set("Cookie", "lang=en")).text);
      expect(after("html").attr("dir")).to.equal("ltr");
    });

    it("answers a revoked, expired, unknown or malformed token with the ordinary not-found page", async () => {
      const notFound = cheerio.load((await request(t.app).get("/no-such-page").expect(404)).text)(".error-page").text();
      const revoked = await token({ label: "Revoked" });
      const expired = await token({ label: "Expired", expiresAt: "2026-03-02" });
      const lastDay = await token({ label: "Last day", expiresAt: "2026-03-02" });
      const [r, e] = await links().then((ls) => [ls.find((l) => l.label === "Revoked")!, ls.find((l) => l.label === "Expired")!]);
      await view(revoked).expect(200);
      await request(t.app).post(`${base}/${r.id}/revoke`).expect(303);
      await t.ds.getRepository(ShareLink).update({ id: e.id }, { expiresAt: "2026-03-01" });

      await view(lastDay).expect(200);
      const unknown = Buffer.alloc(32, 7).toString("base64url");
      for (const tok of [revoked, expired, unknown, "short", `${unknown.slice(0, 42)}!`, `${unknown}A`]) {
        const res = await view(encodeURIComponent(tok)).expect(404);
        expect(cheerio.load(res.text)(".error-page").text(), tok).to.equal(notFound);
      }
    });

    it("records the last use at most once an hour", async () => {
      const tok = await token();
      const lastUsed = async () => (await links())[0].lastUsedAt;
      await view(tok).expect(200);
      expect(await lastUsed()).to.equal(NOW);
      await t.ds.getRepository(ShareLink).update({ projectId: project.id }, { lastUsedAt: "2026-03-02T09:00:00.000Z" });
      await view(tok).expect(200);
      expect(await lastUsed()).to.equal("2026-03-02T09:00:00.000Z");
      await t.ds.getRepository(ShareLink).update({ projectId: project.id }, { lastUsedAt: "2026-03-02T08:29:00.000Z" });
      await view(tok).expect(200);
      expect(await lastUsed()).to.equal(NOW);
    });

    it("disappears with its project", async () => {
      const tok = await token();
      await t.ds.getRepository("Project").delete({ id: project.id });
      expect(await t.ds.getRepository(ShareLink).count()).to.equal(0);
      await view(tok).expect(404);
    });
  });
});
