// Gate sign-off needs a complete checklist, or an explicit override whose reason stays on record.
import { expect } from "chai";
import request from "supertest";
import * as cheerio from "cheerio";
import { Phase } from "../../entities";
import { translate } from "../../server/i18n";
import { testApp, type TestApp } from "../support/app";
import { makeChecklistItem, makeMember, makeProject, phaseOf } from "../support/factories";

const en = (key: string, params?: Record<string, unknown>) => translate("en", key, params);

describe("Gate sign-off with open checklist items", () => {
  let t: TestApp;
  let base: string;
  let projectId: number;

  beforeEach(async () => {
    t = await testApp();
    const project = await makeProject(t.ds);
    projectId = project.id;
    base = `/projects/${project.id}/phases/planning`;
    await makeChecklistItem(t.ds, project.id, { text: "Scope signed" });
    await makeChecklistItem(t.ds, project.id, { text: "RACI agreed", done: true });
  });
  afterEach(() => t.close());

  it("refuses the sign-off with 422 while an item is open, naming how many, and saves nothing", async () => {
    const res = await request(t.app).post(`${base}/gate`).type("form").send({ note: "Go" }).expect(422);
    const $ = cheerio.load(res.text);
    expect($("#error-override").text()).to.equal(en("gate.errors.checklistOpen", { count: 1 }));
    expect((await phaseOf(t.ds, projectId)).gateSignedOffAt).to.equal(null);
  });

  it("asks for the reason when the override is ticked without one", async () => {
    const res = await request(t.app).post(`${base}/gate`).type("form").send({ override: "on", overrideReason: " " }).expect(422);
    expect(cheerio.load(res.text)("#error-overrideReason").text()).to.equal(en("gate.errors.reasonRequired"));
    expect((await phaseOf(t.ds, projectId)).gateSignedOffAt).to.equal(null);
  });

  it("signs off with the override, keeping the open-item count and the reason on record and on the page", async () => {
    const sponsor = await makeMember(t.ds, projectId, { name: "Daniel Whitaker" });
    await request(t.app)
      .post(`${base}/gate`)
      .type("form")
      .send({ signerId: String(sponsor.id), note: "Proceed", override: "on", overrideReason: "Scope sign-off follows on Monday" })
      .expect(303);
    const phase = await t.ds.getRepository(Phase).findOneByOrFail({ projectId, kind: "planning" });
    expect([phase.gateOpenItems, phase.gateOverrideReason, phase.gateSignedOffById]).to.deep.equal([1, "Scope sign-off follows on Monday", sponsor.id]);
    const page = cheerio.load((await request(t.app).get(base).expect(200)).text);
    expect(page(".gate .callout--warn").text()).to.contain(en("gate.overrideReason", { reason: "Scope sign-off follows on Monday" }));
  });

  it("signs off without an override once every item is done, recording no open items", async () => {
    const item = await makeChecklistItem(t.ds, projectId, { text: "Goals set" });
    await request(t.app).post(`/projects/${projectId}/checklist/${item.id}/delete`).expect(303);
    const open = await t.ds.query(`SELECT id FROM checklist_items WHERE done = 0`);
    for (const row of open) await request(t.app).post(`/projects/${projectId}/checklist/${row.id}/toggle`).expect(303);
    await request(t.app).post(`${base}/gate`).type("form").send({ note: "All done" }).expect(303);
    const phase = await t.ds.getRepository(Phase).findOneByOrFail({ projectId, kind: "planning" });
    expect([phase.gateOpenItems, phase.gateOverrideReason, phase.gateSignedOffAt !== null]).to.deep.equal([0, "", true]);
  });
});
